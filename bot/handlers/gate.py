"""Chat conventions applied to every update before any feature sees it (docs/architecture.md)."""

from __future__ import annotations

import logging

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.runtime import BangkitContext, services_of
from bot.services import membership

log = logging.getLogger(__name__)

GROUP_TYPES = {Chat.GROUP, Chat.SUPERGROUP}


async def gate(update: Update, context: BangkitContext) -> None:
    if update.channel_post or update.edited_channel_post:
        raise ApplicationHandlerStop
    chat = update.effective_chat
    if chat is not None and chat.type in GROUP_TYPES:
        if update.message is not None:
            await _point_group_to_private_chat(chat, context)
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is None or user.is_bot:
        raise ApplicationHandlerStop
    wanted = (
        update.message or update.edited_message or update.callback_query or update.my_chat_member
    )
    if wanted is None or (chat is not None and chat.type != Chat.PRIVATE):
        raise ApplicationHandlerStop


async def _point_group_to_private_chat(chat: Chat, context: BangkitContext) -> None:
    services = services_of(context)
    if not await membership.first_time_in_group(services, chat.id):
        return
    renderer = services.renderer
    link = f"https://t.me/{context.bot.username}"
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(renderer.label("open_private_chat"), url=link)]]
    )
    try:
        await context.bot.send_message(
            chat.id, renderer.render("group_pointer.html"), reply_markup=keyboard
        )
    except TelegramError as exc:  # e.g. the bot may not write in that group
        log.warning("group pointer not sent: %s", type(exc).__name__)
