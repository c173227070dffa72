"""The last resort: log the failure (no message content) and tell the user kindly."""

from __future__ import annotations

import logging

from sqlalchemy.exc import OperationalError
from telegram import Chat, Update
from telegram.error import TelegramError

from bot.runtime import BangkitContext

log = logging.getLogger(__name__)


async def on_error(update: object, context: BangkitContext) -> None:
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    log.error(
        "update %s failed: %s",
        update_id,
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error is not None else None,
        extra={"update_id": update_id, "outcome": "error"},
    )
    if not isinstance(update, Update):
        return
    chat = update.effective_chat
    if chat is None or chat.type != Chat.PRIVATE or not context.bot_data.ready:
        return
    services = context.bot_data.services
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        # A database that stayed busy (locked by another writer past busy_timeout) failed
        # before anything was saved: say so, so the user sends it again.
        notice = "busy.html" if isinstance(error, OperationalError) else "error.html"
        await context.bot.send_message(chat.id, services.renderer.render(notice))
    except TelegramError as exc:
        log.warning("error notice not sent: %s", type(exc).__name__)
    except Exception:  # the error handler itself must never raise
        log.exception("error notice failed")
