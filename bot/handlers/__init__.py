"""Telegram handlers: parse the update, hand it to the pipeline. No rules here."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers.errors import on_error
from bot.handlers.gate import gate
from bot.handlers.updates import (
    on_callback,
    on_command,
    on_edited,
    on_my_chat_member,
    on_other_content,
    on_text,
)

NEW_MESSAGES = filters.UpdateType.MESSAGE


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    # Group -1 runs first and stops whatever the chat conventions say to ignore.
    application.add_handler(TypeHandler(Update, gate), group=-1)
    application.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(NEW_MESSAGES & filters.COMMAND, on_command))
    application.add_handler(MessageHandler(NEW_MESSAGES & filters.TEXT, on_text))
    application.add_handler(CallbackQueryHandler(on_callback))
    application.add_handler(MessageHandler(NEW_MESSAGES, on_other_content))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edited))
    application.add_error_handler(on_error)
