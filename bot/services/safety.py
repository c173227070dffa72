"""The crisis safety net (docs/safety.md), one layer in front of every feature: what the
user wrote is read first. A crisis is answered before anything else (the reply goes out
first, then the journey is paused; saving may fail, the reply must not); distress gets a
gentle check-in in front of the normal answer."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy import update as sql_update
from telegram import Bot, Update
from telegram.error import TelegramError

from bot.db import repositories
from bot.db.models import Journey, User
from bot.retry import with_retries
from bot.runtime import Services
from conversations import care, safety_rules
from conversations.awaiting import REPLY, Awaiting
from conversations.followup import AWAITING_REPLY, SCHEDULED
from conversations.journey import ACTIVE, PAUSED
from conversations.outcome import Outcome, Reply
from conversations.safety import FALLBACK, Assessment, Risk, explain

log = logging.getLogger(__name__)


async def reading_of(said: str | None, services: Services, user_id: int) -> Assessment:
    """How what the user wrote reads for safety (Risk.NONE when they wrote nothing).

    Text pasted from someone else (the recruiter's reply the user was asked for) is read
    for the user's own first-person lines only, not for the sender's wording ("…
    memutuskan untuk mengakhiri proses seleksi…")."""
    if not said:
        return Assessment(Risk.NONE)
    reading = explain(said)
    ending = reading.risk is Risk.DISTRESS and reading.family in safety_rules.ENDING_FAMILIES
    if reading.risk is Risk.NONE or ending:
        # "pengen udahan aja" right after "cape sama semuanya": read with what came before.
        after = explain(said, after_distress=True)
        if after == reading or not await _just_checked_in(services, user_id):
            return reading
        return after
    if not await _pasting(services, user_id):
        return reading
    return explain(said, pasted=True)


# How long the gentle check-in colours the reading of what comes next.
AFTER_CHECKIN = timedelta(hours=1)


async def _just_checked_in(services: Services, user_id: int) -> bool:
    """Whether the gentle check-in, or the question it held, is the latest keyboard, shown
    within AFTER_CHECKIN and still the latest thing said. Read only when the message
    would read differently after distress; a database that cannot answer counts as no."""
    try:
        async with services.store.transaction() as session:
            user = await session.get(User, user_id)
            # Read before this message is counted as a turn (keyboard_is_latest counts it).
            latest = user is not None and user.turns - user.keyboard_turn == user.misses
            if user is None or user.keyboard_at is None or not latest:
                return False
            shown = {entry[0] for entry in user.keyboard or []}
            recent = services.clock() - user.keyboard_at <= AFTER_CHECKIN
            return recent and bool(shown & {care.GROUND, care.GO_ON})
    except Exception:
        log.warning("could not read whether the check-in came last", exc_info=True)
        return False


async def _pasting(services: Services, user_id: int) -> bool:
    """Whether the user's next text is the recruiter's reply. Read only after the text
    looked like distress or a crisis; a database that cannot answer counts as no: the
    crisis reply must not wait for it."""
    try:
        async with services.store.transaction() as session:
            awaiting = await session.scalar(select(User.awaiting).where(User.id == user_id))
    except Exception:
        log.warning("could not read whether the user is pasting a reply", exc_info=True)
        return False
    waiting = Awaiting.decode(awaiting)
    return waiting is not None and waiting.kind == REPLY


async def respond_to_crisis(update: Update, services: Services, bot: Bot) -> None:
    user = update.effective_user
    chat = update.effective_chat
    if user is None:
        return
    chat_id = chat.id if chat is not None else user.id
    text = _crisis_text(services, chat_id)
    try:
        # The same retries as every reply: this is the one that must arrive.
        await with_retries(
            lambda: bot.send_message(chat_id, text, reply_markup=services.crisis_keyboard)
        )
    except TelegramError as exc:
        log.error(
            "crisis reply not sent: %s",
            type(exc).__name__,
            extra={"update_id": update.update_id, "user_id": user.id},
        )
    now = services.clock()
    try:
        async with services.store.transaction() as session:
            await repositories.mark_update_processed(session, update.update_id, user.id, now)
            account = await repositories.load_user_for_update(session, user.id, now)
            account.crisis_paused_at = now
            account.keyboard = None  # the journey's buttons wait for /lanjut
            # Nor is the next text a recruiter's reply or an interview answer: the reply
            # is asked again a day after the user chooses to go on.
            account.awaiting = None
            await session.execute(
                sql_update(Journey)
                .where(Journey.user_id == user.id, Journey.followup_state == AWAITING_REPLY)
                .values(followup_state=SCHEDULED, followup_due_at=now + timedelta(days=1))
            )
            account.updated_at = now
            await session.execute(
                sql_update(Journey)
                .where(Journey.user_id == user.id, Journey.status == ACTIVE)
                .values(status=PAUSED, updated_at=now)
            )
    except Exception:
        log.exception(
            "crisis pause not saved", extra={"update_id": update.update_id, "user_id": user.id}
        )
    log.info(
        "crisis reply",
        extra={"update_id": update.update_id, "user_id": user.id, "outcome": "crisis"},
    )


# Within this long of the last crisis reply, the next one opens differently.
CRISIS_AGAIN_WITHIN = timedelta(hours=1)
# Chats remembered before the oldest are forgotten.
CRISIS_CHATS_REMEMBERED = 1000


def _crisis_text(services: Services, chat_id: int) -> str:
    """The crisis reply; a second one within the hour keeps the contacts and leaves out
    the opening the person has just read."""
    now = services.clock()
    last = services.crisis_sent_at.get(chat_id)
    sent = services.crisis_sent_at
    sent[chat_id] = now
    if len(sent) > CRISIS_CHATS_REMEMBERED:
        for old in [chat for chat, at in sent.items() if now - at > CRISIS_AGAIN_WITHIN]:
            del sent[old]
    if last is not None and now - last < CRISIS_AGAIN_WITHIN and services.crisis_text_again:
        return services.crisis_text_again
    return services.crisis_text


def with_checkin(
    outcome: Outcome, reading: Assessment | None = None, *, again: bool = False
) -> Outcome:
    """Ambiguous distress: a gentle check-in first, with the grounding exercise one tap
    away; the answer goes on as usual. When no rule matched and only the fallback's cues
    of death or absence did, the detector is unsure whether this is a crisis: the
    check-in then names 119 itself instead of only pointing to /bantuan.

    What the person wrote matters more than its format: when it was no answer to the
    question on screen (a miss), the check-in comes alone, never followed by "belum saya
    pahami". The question stands and its buttons stay live (the outcome is still a
    miss, and the exercise's button is not one that typed text refers to)."""
    unsure = reading is not None and reading.family == FALLBACK
    # `again`: the check-in above is still the latest message; a second one is one line.
    if outcome.miss:
        button = care.grounding_button(typed=False)
        context = {"pending": not again, "unsure": unsure, "again": again}
        return replace(outcome, replies=(Reply("safety/checkin.html", context, ((button,),)),))
    context = {"unsure": unsure, "again": again}
    checkin = Reply("safety/checkin.html", context, ((care.grounding_button(),),))
    if outcome.idle:  # the check-in is the whole answer
        return replace(outcome, replies=(checkin,))
    # The answers after it leave out their own pointer to /bantuan: said once is enough.
    after = tuple(
        replace(answer, context={**answer.context, "after_checkin": True})
        for answer in outcome.replies
    )
    if outcome.asks_next and after:
        # No new question right under "kita tidak perlu terburu-buru": it waits for a tap.
        after = (*after[:-1], care.held())
    return replace(outcome, replies=(checkin, *after))
