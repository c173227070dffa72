"""One update = one transaction, committed before the reply is sent (docs/architecture.md).

update → parse (handlers) → here: mark processed, load the user, resolve the choice,
route, render, store the live keyboard → commit → send.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import inspect
from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot.db import repositories
from bot.db.models import User
from bot.presenter import (
    GLOBAL_SEQ,
    Presentation,
    RenderedMessage,
    is_global_choice,
    parse_callback_data,
    present,
)
from bot.retry import with_retries
from bot.router import Router, Turn
from bot.runtime import Services
from bot.services import safety
from conversations import callback, care
from conversations.choices import acknowledges, agrees, understand, without_done_words
from conversations.events import Choice, Choices, Event, Redelivered, Text
from conversations.journey import PLAN_PREFIX
from conversations.options import ASIDE, DONE, TOGGLE, Option, with_meant, with_newest
from conversations.outcome import Outcome
from conversations.safety import Risk
from conversations.topics import topic_of
from conversations.validators import corrects

log = logging.getLogger(__name__)

# Deleting data, withdrawing consent, abandoning a journey: a question about it expires.
DESTRUCTIVE_LIFETIME = timedelta(minutes=10)
# Replies go through Bot.do_api_request (see _post_reply), which asks every call to use
# the method of that name instead: the raw result is the point here.
_RAW_REPLIES = ("sendMessage", "editMessageText", "editMessageReplyMarkup")
warnings.filterwarnings(
    "ignore",
    message=rf"Please use 'Bot\.({'|'.join(_RAW_REPLIES)})' instead",
    category=PTBUserWarning,
)


class Pressed:
    """A button press before it is checked against the user's live keyboard. `ticked`:
    the choices shown ticked on the pressed message, for a selection whose ticks are not
    stored (feelings without consent live only on the user's screen)."""

    def __init__(self, data: str, ticked: tuple[str, ...] = ()) -> None:
        self.data = data
        self.ticked = ticked


async def handle(
    update: Update,
    services: Services,
    router: Router,
    bot: Bot,
    event: Event | Pressed,
    said: str | None = None,
) -> None:
    """`said`: what the user wrote (text, command or caption), read for safety first."""
    started = time.perf_counter()
    tg_user = update.effective_user
    chat = update.effective_chat
    if tg_user is None:
        return
    reading = await safety.reading_of(said, services, tg_user.id)
    risk = reading.risk
    if risk is Risk.CRISIS:  # answered before anything else, never used as input
        await safety.respond_to_crisis(update, services, bot)
        return
    query = update.callback_query
    message_id = query.message.message_id if query is not None and query.message else None
    now = services.clock()
    from_live_keyboard = False
    turn: Turn | None = None
    async with services.store.transaction() as session:
        fresh = await repositories.mark_update_processed(session, update.update_id, tg_user.id, now)
        found = await router.load_user(session, tg_user.id) if router.load_user else None
        preloaded: object = None
        if found is None:  # first contact (or no loader): created, counted and locked
            user = await repositories.load_user_for_update(session, tg_user.id, now, turn=fresh)
            unwritten: dict[str, Any] = {}
        else:  # the count goes into the row's one write below
            user, preloaded = found
            unwritten = repositories.count_turn(user, now, turn=fresh)
        if isinstance(event, Pressed) and not fresh:
            # Already applied: its keyboard is gone, so show where the user is now.
            resolved: Event | None = Redelivered()
            turn = Turn(session, services, user, tg_user.first_name, Redelivered(), now, fresh)
            turn.preloaded = preloaded
            outcome = await router.replay(turn)
            consumed = False
        else:
            resolved, from_live_keyboard = _resolve(event, user, now)
            consumed = isinstance(event, Pressed) and resolved is not None
            if resolved is None:
                outcome = Outcome(notice="stale_button.txt")
            else:
                turn = Turn(
                    session, services, user, tg_user.first_name, resolved, now, fresh, message_id
                )
                turn.preloaded = preloaded
                outcome = await router.dispatch(turn)
                if risk is Risk.DISTRESS:
                    outcome = safety.with_checkin(outcome, reading, again=_checked_in(user))
                if outcome.untouched:  # a row's name pressed: its buttons stay
                    consumed = from_live_keyboard = False
        redraw = isinstance(event, Pressed) and _redraws_pressed(outcome)
        # A redraw of the pressed message, or a question asked again, keeps the buttons
        # already on screen valid: quick taps on them all count.
        keeps_seq = redraw or outcome.miss or outcome.untouched
        presentation = present(
            services.renderer, outcome, user.keyboard_seq + (0 if keeps_seq else 1)
        )
        if query is None and not presentation.messages and presentation.notice:
            # A notice is a press's short answer; typed text gets it as a message, never
            # silence.
            presentation.messages.append(RenderedMessage(presentation.notice))
        if not inspect(user).deleted:  # /hapusdata may have removed the user just now
            # Written here, once, in one UPDATE (changed before routing, the routes'
            # queries would flush it separately).
            meant = resolved.nearest if isinstance(resolved, Text) else ()
            changes = _keyboard_changes(
                user, outcome, presentation, from_live_keyboard, keeps_seq, now, meant
            )
            if (
                isinstance(event, Pressed)
                and isinstance(resolved, Choice)
                and not presentation.choices
                and not outcome.untouched
            ):
                keyboard = changes.get("keyboard", user.keyboard)
                changes["keyboard"] = _without_question(keyboard, resolved.value)
            changes["updated_at"] = now
            await repositories.save_columns(session, user, changes, unwritten)
    if turn is not None and turn.scrub_after_commit:
        await services.store.scrub()
    chat_id = chat.id if chat is not None else tg_user.id
    try:
        await deliver(bot, chat_id, presentation, query, consumed)
    except Exception:
        # Committed, but the answer did not go out after its retries: the inbox keeps
        # the update as failed (logged, counted in /statistik) instead of replied.
        await repositories.mark_update_failed(services.store, update.update_id, services.clock())
        raise
    log.info(
        "update handled",
        extra={
            "update_id": update.update_id,
            "user_id": tg_user.id,
            "handler": type(resolved).__name__ if resolved is not None else "stale",
            "outcome": "fresh" if fresh else "replayed",
            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            "safety": reading.family,
        },
    )


async def handle_edit(update: Update, services: Services, bot: Bot, said: str | None) -> None:
    """An edited message changes no answer; it is read for safety like any other text."""
    user = update.effective_user
    if user is None:
        return
    reading = await safety.reading_of(said, services, user.id)
    if reading.risk is Risk.CRISIS:
        await safety.respond_to_crisis(update, services, bot)
    elif reading.risk is Risk.DISTRESS:
        checkin = present(services.renderer, safety.with_checkin(Outcome(), reading), GLOBAL_SEQ)
        chat = update.effective_chat
        await deliver(bot, chat.id if chat is not None else user.id, checkin, None, False)


def _redraws_pressed(outcome: Outcome) -> bool:
    with_buttons = [reply for reply in outcome.replies if reply.buttons]
    return bool(with_buttons) and all(reply.edit for reply in with_buttons)


def _keyboard_changes(
    user: User,
    outcome: Outcome,
    presentation: Presentation,
    from_live_keyboard: bool,
    keeps_seq: bool,
    now: datetime,
    meant: tuple[str, ...] = (),
) -> dict[str, Any]:
    """What the next press or typed text may answer (docs/architecture.md, chat conventions):
    the user's columns to change."""
    shown = presentation.choices
    if outcome.untouched:
        return {}
    if outcome.miss:
        # The nearest choices: typing now refers to them, the rest stay pressable. A
        # button typed text may not name (the check-in's exercise) changes nothing here.
        missed: dict[str, Any] = {"misses": user.misses + 1}
        if shown and any(option.typed for option in shown):
            missed["keyboard"] = with_newest(user.keyboard, shown)
        elif len(meant) == 1 and any(reply.context.get("nearest") for reply in outcome.replies):
            # "Maksud Anda <one option>?" without buttons of its own: "iya" chooses it.
            missed["keyboard"] = with_meant(user.keyboard, meant[0])
        return missed
    if shown is not None:
        # A redraw of the pressed message keeps its numbering (its other buttons stay
        # valid) but is the question on screen from now on.
        changes: dict[str, Any] = {
            "keyboard": [option.to_entry() for option in shown],
            "misses": 0,
            "keyboard_at": now,
            "keyboard_turn": user.turns,
        }
        if not keeps_seq:
            changes["keyboard_seq"] = user.keyboard_seq + 1
        return changes
    if outcome.resets_keyboard or from_live_keyboard:
        # A live keyboard's answer uses it up; a daily message's button does not.
        return {"keyboard": None, "misses": 0}
    return {}


def _without_question(keyboard: list[list[Any]] | None, pressed: str) -> list[list[Any]] | None:
    """A press on a message the bot sent on its own takes that question's buttons away
    (deliver removes them on screen): typed text must not answer it afterwards."""
    question = callback.question_of(pressed)
    if keyboard and question:
        kept = [e for e in keyboard if callback.question_of(str(e[0])) != question]
        return kept or None
    return keyboard


def _resolve(event: Event | Pressed, user: User, now: datetime) -> tuple[Event | None, bool]:
    """A press is valid only for the live keyboard; typed text is understood against the
    options of the latest message with buttons only. Returns the event, or None for a
    stale press, and whether it used the live keyboard."""
    options = [Option.from_entry(entry) for entry in user.keyboard or []]
    if isinstance(event, Pressed):
        parsed = parse_callback_data(event.data)
        if parsed is not None and parsed[0] == GLOBAL_SEQ and is_global_choice(parsed[1]):
            return Choice(parsed[1]), False
        if parsed is None or parsed[0] != user.keyboard_seq:
            return None, False
        pressed = next((option for option in options if option.value == parsed[1]), None)
        if pressed is None:
            return None, False
        expired = pressed.destructive and not _fresh_question(user, now)
        ticked = tuple(
            value
            for seq, value in filter(None, map(parse_callback_data, event.ticked))
            if seq == user.keyboard_seq
        )
        return Choice(pressed.value, expired=expired, on_screen=ticked), True
    if isinstance(event, Text) and options and not _nod_after_other_answer(event, user):
        offered = [option for option in options if option.typed]
        if offered and all(o.score is not None for o in offered) and topic_of(event.text):
            # "data aku aman gak?" under the mood scale asks about Bangkit: no mood of "aman".
            return event, False
        meant = [option for option in offered if option.meant] or (
            offered if len(offered) == 1 else []
        )
        # (an aside such as "Tambah nomor dan LinkedIn" too: it only leads elsewhere)
        plain = len(meant) == 1 and meant[0].role in (None, ASIDE) and not meant[0].destructive
        if user.misses and plain and agrees(event.text):
            # "Maksud Anda Wawancara rekrutmen (HR)?" → "iya": the one answer it named.
            return Choice(meant[0].value, typed=True), True
        multi = any(option.role in (DONE, TOGGLE) for option in options)
        # In a message of several questions, a number typed is an answer, not a position.
        grid = any(option.typed and option.role == TOGGLE for option in options)
        understood = understand(event.text, options, multi=multi, positions=not grid)
        done = without_done_words(event.text) if not understood.values else None
        if done is not None and any(_plan_item(option) for option in options):
            # "udah selesai latihan wawancara" under /rencana: that item ticked, never one
            # already ticked unticked by it.
            unticked = [o for o in options if _plan_item(o) and not o.label.startswith("✅")]
            understood = understand(done, unticked, multi=True, positions=False)
        if len(understood.values) == 1:
            chosen = next(option for option in options if option.value == understood.values[0])
            # Typed, a destructive choice must also be the very next message (after only
            # tries at the same question, which asked for it again).
            expired = chosen.destructive and not (
                _fresh_question(user, now) and user.keyboard_is_latest
            )
            fixes = corrects(event.text)
            chosen_typed = Choice(
                chosen.value, expired=expired, typed=True, corrects=fixes, said=event.text
            )
            return chosen_typed, True
        if understood.values:
            return Choices(understood.values), False
        if understood.nearest:
            return Text(event.text, understood.nearest), False
    return event, False


def _plan_item(option: Option) -> bool:
    return callback.prefix_of(option.value) == PLAN_PREFIX


def _nod_after_other_answer(event: Text, user: User) -> bool:
    """ "ok" after /riwayat's answer nods to that answer: it must not pick an option of
    the question asked before it (the /mood scale would save a 4)."""
    return not user.keyboard_is_latest and acknowledges(event.text)


def _checked_in(user: User) -> bool:
    """Whether the gentle check-in is the latest thing the bot said (its exercise button
    is on the latest keyboard and nothing but misses came since)."""
    latest = user.keyboard_is_latest
    return latest and any(entry[0] == care.GROUND for entry in user.keyboard or [])


def _fresh_question(user: User, now: datetime) -> bool:
    """Destructive choices are answered within DESTRUCTIVE_LIFETIME of being asked."""
    shown = user.keyboard_at
    return shown is not None and now - shown <= DESTRUCTIVE_LIFETIME


async def deliver(
    bot: Bot,
    chat_id: int,
    presentation: Presentation,
    query: CallbackQuery | None,
    consumed: bool,
) -> None:
    if query is not None:
        # Every callback query is answered, or the user's button keeps spinning.
        try:
            await query.answer(presentation.notice)
        except TelegramError as exc:
            log.warning("could not answer a callback query: %s", type(exc).__name__)
        edits_pressed = any(message.edit for message in presentation.messages)
        if consumed and not edits_pressed and query.message is not None:
            await _remove_keyboard(bot, query, _other_questions(query))
    for message in presentation.messages:
        await _send(bot, chat_id, message, query)


def _group(data: object) -> str | None:
    parsed = parse_callback_data(data) if isinstance(data, str) else None
    return callback.question_of(parsed[1]) if parsed is not None else None


def _other_questions(query: CallbackQuery) -> InlineKeyboardMarkup | None:
    """A message the bot sent on its own can ask more than one thing (the daily message:
    the mood check-in and the off switch). A press there removes only its own question's
    buttons, found by the value's prefix ("mood:d:3" → "mood:d")."""
    parsed = parse_callback_data(query.data or "")
    message = query.message
    if parsed is None or parsed[0] != GLOBAL_SEQ or not isinstance(message, Message):
        return None
    if message.reply_markup is None:
        return None
    pressed = _group(query.data)
    rows = [
        [button for button in row if _group(button.callback_data) != pressed]
        for row in message.reply_markup.inline_keyboard
    ]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


# A button's fields besides its label and its one action (presses or a link).
_OTHER_BUTTON_FIELDS = tuple(
    name for name in InlineKeyboardButton.__slots__ if name not in {"text", "callback_data", "url"}
)


def _wire_markup(markup: object) -> object:
    """An inline keyboard as the Bot API's JSON, built directly: PTB's generic to_dict
    costs about 35 µs a keyboard, more than the rest of the call. Anything else, or a
    button with more than a label and one action, is left to PTB."""
    if not isinstance(markup, InlineKeyboardMarkup):
        return markup
    rows = []
    for row in markup.inline_keyboard:
        wire = []
        for button in row:
            if button.api_kwargs or any(
                getattr(button, name) is not None for name in _OTHER_BUTTON_FIELDS
            ):
                return markup
            fields: dict[str, object] = {"text": button.text}
            if button.callback_data is not None:
                fields["callback_data"] = button.callback_data
            if button.url is not None:
                fields["url"] = button.url
            wire.append(fields)
        rows.append(wire)
    return {"inline_keyboard": rows}


async def _post_reply(bot: Bot, method: str, params: dict[str, Any]) -> None:
    """A reply whose returned Message nobody reads. PTB's methods decode it (with its
    keyboard), which costs more than the rest of the call; Bot.do_api_request, its
    documented raw call, does not, and still goes through the rate limiter. It applies
    no Defaults, so the bot's own ones for a text are passed here, as PTB would."""
    if params.get("reply_markup") is not None:
        params = {**params, "reply_markup": _wire_markup(params["reply_markup"])}
    defaults = bot.defaults if isinstance(bot, ExtBot) else None
    if defaults is not None and method != "editMessageReplyMarkup":
        params = {
            "parse_mode": defaults.parse_mode,
            "link_preview_options": defaults.link_preview_options,
            **params,
        }
        if method == "sendMessage":
            params.setdefault("disable_notification", defaults.disable_notification)
            params.setdefault("protect_content", defaults.protect_content)
    await bot.do_api_request(method, params)


async def _remove_keyboard(
    bot: Bot, query: CallbackQuery, keep: InlineKeyboardMarkup | None
) -> None:
    message = query.message
    assert message is not None  # deliver checked
    params = {"chat_id": message.chat.id, "message_id": message.message_id, "reply_markup": keep}
    try:
        await _post_reply(bot, "editMessageReplyMarkup", params)
    except BadRequest as exc:  # already gone or too old to edit: nothing to protect
        log.debug("keyboard not removed: %s", exc.message)
    except TelegramError as exc:  # the reply matters more; the press is already spent
        log.warning("keyboard not removed: %s", type(exc).__name__)


async def _send(
    bot: Bot, chat_id: int, message: RenderedMessage, query: CallbackQuery | None
) -> None:
    target: Any = query.message if query is not None else None
    if message.photo is not None:
        # Drawn only now, after the commit, and off the event loop.
        content = await asyncio.to_thread(message.photo.draw)
        await with_retries(
            partial(
                bot.send_photo,
                chat_id,
                content,
                caption=message.text,
                filename=message.photo.filename,
                reply_markup=message.keyboard,
            )
        )
    elif message.edit and target is not None:
        edited = {
            "chat_id": chat_id,
            "message_id": target.message_id,
            "text": message.text,
            "reply_markup": message.markup,
        }
        await with_retries(partial(_post_reply, bot, "editMessageText", edited))
    else:
        sent = {"chat_id": chat_id, "text": message.text, "reply_markup": message.markup}
        await with_retries(partial(_post_reply, bot, "sendMessage", sent))
    for document in message.documents:
        await with_retries(
            partial(bot.send_document, chat_id, document.content, filename=document.filename)
        )
