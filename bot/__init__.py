"""Bangkit: the Telegram adapter (app factory, handlers, storage, console chat)."""
