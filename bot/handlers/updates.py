"""Turn a Telegram update into an event and run it through the pipeline."""

from __future__ import annotations

from telegram import ChatMember, MaybeInaccessibleMessage, Message, Update

from bot.pipeline import Pressed, handle, handle_edit
from bot.router import Router
from bot.runtime import BangkitContext, services_of
from bot.services import membership
from conversations.events import Command, Event, Text, Unsupported

# How templates/labels.txt marks a ticked option of a selection.
TICK = "✅"


def router_of(context: BangkitContext) -> Router:
    router = context.bot_data.router
    if router is None:
        raise RuntimeError("router is not registered")
    return router


async def _run(
    update: Update,
    context: BangkitContext,
    event: Event | Pressed,
    said: str | None = None,
) -> None:
    await handle(update, services_of(context), router_of(context), context.bot, event, said)


def parse_command(text: str) -> Command:
    head, _, args = text.partition(" ")
    name = head[1:].split("@", 1)[0].lower()
    return Command(name, args.strip())


async def on_command(update: Update, context: BangkitContext) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await _run(update, context, parse_command(message.text), said=message.text)


async def on_text(update: Update, context: BangkitContext) -> None:
    message = update.effective_message
    if message is not None and message.text is not None:
        await _run(update, context, Text(message.text), said=message.text)


async def on_edited(update: Update, context: BangkitContext) -> None:
    """An edit cannot change an answer already acted on, but it is read for safety."""
    message = update.edited_message
    if message is not None:
        await handle_edit(
            update, services_of(context), context.bot, message.text or message.caption
        )


async def on_callback(update: Update, context: BangkitContext) -> None:
    query = update.callback_query
    if query is None:
        return
    user = update.effective_user
    message = query.message
    # A button on a message that is not in this user's private chat is not theirs.
    if user is None or message is None or message.chat.id != user.id:
        await query.answer(services_of(context).renderer.render("foreign_button.txt"))
        return
    await _run(update, context, Pressed(query.data or "", ticked_on(message)))


def ticked_on(message: MaybeInaccessibleMessage) -> tuple[str, ...]:
    """The callback data of the buttons shown ticked (templates/labels.txt marks them)."""
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is None:
        return ()
    return tuple(
        button.callback_data
        for row in markup.inline_keyboard
        for button in row
        if isinstance(button.callback_data, str) and button.text.startswith(TICK)
    )


def content_kind(message: Message) -> str:
    for kind in (
        "sticker",
        "photo",
        "voice",
        "video",
        "video_note",
        "audio",
        "document",
        "animation",
        "location",
        "venue",
        "contact",
        "poll",
        "dice",
        "game",
    ):
        if getattr(message, kind, None):
            return kind
    return "other"


async def on_other_content(update: Update, context: BangkitContext) -> None:
    message = update.effective_message
    if message is None:
        return
    kind = content_kind(message)
    if kind == "other" and message.caption is None:
        return  # service messages (pinned, members joined, …) need no reply
    await _run(update, context, Unsupported(kind), said=message.caption)


async def on_my_chat_member(update: Update, context: BangkitContext) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    if change.new_chat_member.status != ChatMember.BANNED:
        return  # unblocking alone changes nothing: /start reactivates (docs/architecture.md)
    await membership.mark_blocked(services_of(context), change.from_user.id)
