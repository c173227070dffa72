"""The feedback follow-up (conversations/followup.py has its states): the answers to the
scheduler's question, the recruiter's reply typed in, and its points made plan items."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot.db.models import Answer, Journey, PlanItem
from bot.router import Router, Turn, Waiter, local_now, reply
from conversations import followup as rules
from conversations import validators as v
from conversations.awaiting import REPLY, Awaiting
from conversations.events import Text
from conversations.journey import ABANDONED
from conversations.outcome import Button, Outcome, Reply

PREFIX = rules.PREFIX
REPLY_LIMIT = 3000


def register(router: Router) -> None:
    router.choice(PREFIX)(on_choice)
    router.awaits(REPLY, Waiter(typed_reply, prefix=PREFIX, abandon=stop_waiting))


def next_ask(now: datetime, zone: str, days: int) -> datetime:
    return rules.due_at(now.astimezone(ZoneInfo(zone)), days)


async def _journey(turn: Turn, journey_id: int) -> Journey | None:
    return await turn.session.scalar(
        select(Journey).where(Journey.id == journey_id, Journey.user_id == turn.user.id)
    )


async def on_choice(turn: Turn) -> Outcome:
    journey_id, answer = turn.choice_parts(2)
    journey = await _journey(turn, int(journey_id)) if journey_id.isdigit() else None
    if journey is None:
        return Outcome(notice="stale_button.txt")
    if turn.user.crisis_paused_at is not None:  # job-focused content waits for /lanjut
        return reply("idle_text.html", after_crisis=True)
    if answer == rules.PLAN:
        return await _make_plan(turn, journey)
    if answer in (rules.SENT, rules.AGREE, rules.DECLINE):
        return await _sent_later(turn, journey, answer)
    state = journey.followup_state
    if state == rules.SCHEDULED and journey.followup_due_at and journey.followup_due_at <= turn.now:
        # Sent, and answered before the scheduler's next record: it was asked.
        state, journey.followup_asks = rules.ASKED, journey.followup_asks + 1
    step = rules.on_answer(state, journey.followup_asks, answer)
    if step is None:  # answered already (a second press, or the old message)
        return Outcome(notice="stale_button.txt")
    journey.followup_state = step.state
    journey.followup_due_at = None
    if step.reschedule:
        zone = turn.user.timezone or turn.services.settings.default_timezone
        journey.followup_due_at = next_ask(turn.now, zone, turn.services.settings.followup_days)
    if step.state == rules.AWAITING_REPLY:
        earlier = _awaited_journey(turn.awaiting)
        if earlier is not None and earlier != journey.id:
            await _stop_awaiting(turn, earlier)
        turn.wait_for(Awaiting(REPLY, str(journey.id)))
    return Outcome((Reply(step.template, _context(turn, journey)),))


def _context(turn: Turn, journey: Journey) -> dict[str, object]:
    return {
        "company": journey.company,
        "position": journey.position,
        "consent": turn.user.consent_feelings,
        "limit": REPLY_LIMIT,
    }


def _awaited_journey(awaiting: Awaiting | None) -> int | None:
    if awaiting is None or awaiting.kind != REPLY or not awaiting.ref.isdigit():
        return None
    return int(awaiting.ref)


async def typed_reply(turn: Turn, awaiting: Awaiting) -> Outcome | None:
    """The recruiter's reply, pasted or summarised, right after "a reply came"."""
    journey_id = _awaited_journey(awaiting)
    journey = await _journey(turn, journey_id) if journey_id is not None else None
    if (
        journey is None
        or journey.followup_state != rules.AWAITING_REPLY
        or turn.user.crisis_paused_at is not None
    ):
        turn.wait_for(None)
        return None
    if not isinstance(turn.event, Text):
        context = {**_context(turn, journey), "error": "unsupported"}
        return Outcome((Reply("followup/invalid.html", context),))
    text = v.parse_long_text(turn.event.text, REPLY_LIMIT)
    if isinstance(text, v.Invalid):
        context = {**_context(turn, journey), "error": text.error}
        return Outcome((Reply("followup/invalid.html", context),))
    turn.wait_for(None)
    return _noted(turn, journey, text)


async def reply_pasted(turn: Turn, text: str) -> Outcome | None:
    """A recruiter's reply pasted where nothing asked for it ("Halo Rina, terima kasih atas
    email Anda. … kami menyarankan …"): noted for the latest journey as if asked for,
    unless that journey's reply is noted already. None when it does not read as one."""
    if turn.user.crisis_paused_at is not None or not rules.reads_as_feedback(text):
        return None
    journey = await turn.session.scalar(
        select(Journey)
        .where(Journey.user_id == turn.user.id, Journey.status != ABANDONED)
        .order_by(Journey.created_at.desc(), Journey.id.desc())
        .limit(1)
    )
    if journey is None or journey.followup_state in (rules.REPLIED, rules.PLANNED):
        return None
    kept = v.parse_long_text(text, REPLY_LIMIT)
    if isinstance(kept, v.Invalid):
        return None
    earlier = _awaited_journey(turn.awaiting)
    if earlier is not None and earlier != journey.id:
        await _stop_awaiting(turn, earlier)
    return _noted(turn, journey, kept)


def _noted(turn: Turn, journey: Journey, text: str) -> Outcome:
    journey.followup_state = rules.REPLIED
    journey.followup_due_at = None  # no "was there a reply?" after it was pasted
    # Free text is stored only with consent (docs/architecture.md, chat conventions). The
    # points are shown either way; with consent they can become plan items with one tap.
    if turn.user.consent_feelings is True:
        journey.feedback_reply = text
        journey.feedback_reply_at = turn.now
    points = rules.reply_points(text)
    buttons: tuple[tuple[Button, ...], ...] = ()
    if points and turn.user.consent_feelings is True:
        buttons = ((rules.button(journey.id, rules.PLAN),),)
    context = {**_context(turn, journey), "points": points}
    return Outcome((Reply("followup/saved.html", context, buttons),))


async def _sent_later(turn: Turn, journey: Journey, answer: str) -> Outcome:
    """The email went out after the journey: note it, then ask (once) whether to check
    back, as the journey does right after "Sudah saya kirim"."""
    if journey.followup_state is not None:
        return Outcome(notice="stale_button.txt")
    if answer == rules.SENT:
        await turn.session.execute(
            update(Answer)
            .where(Answer.journey_id == journey.id, Answer.prompt == "email_sent")
            .values(value="sent", updated_at=turn.now)
        )
        buttons = tuple((rules.button(journey.id, c),) for c in (rules.AGREE, rules.DECLINE))
        return Outcome((Reply("journey/followup_ok.html", {}, buttons),))
    agreed = answer == rules.AGREE
    journey.followup_state = rules.SCHEDULED if agreed else rules.DECLINED
    journey.followup_consent_at = turn.now if agreed else None
    journey.followup_due_at = (
        rules.due_at(local_now(turn), turn.services.settings.followup_days) if agreed else None
    )
    return Outcome((Reply("followup/noted.html", {"agreed": agreed}),))


async def _make_plan(turn: Turn, journey: Journey) -> Outcome:
    if journey.followup_state != rules.REPLIED or not journey.feedback_reply:
        return Outcome(notice="stale_button.txt")
    due_on = rules.plan_due(local_now(turn).date())
    points = rules.reply_points(journey.feedback_reply)
    for point in points:
        turn.session.add(
            PlanItem(
                journey_id=journey.id,
                user_id=turn.user.id,
                kind=rules.PLAN_KIND,
                action=rules.PLAN_KIND,
                detail=point,
                due_on=due_on,
                created_at=turn.now,
            )
        )
    journey.followup_state = rules.PLANNED
    context = {**_context(turn, journey), "points": points, "due_on": due_on}
    return Outcome((Reply("followup/planned.html", context),))


async def stop_waiting(turn: Turn, awaiting: Awaiting) -> None:
    """A command, or another feature's button, means the user moved on."""
    journey_id = _awaited_journey(awaiting)
    if journey_id is not None:
        await _stop_awaiting(turn, journey_id)


async def _stop_awaiting(turn: Turn, journey_id: int) -> None:
    """The question's buttons went with the press, so it is asked again the next morning."""
    if _awaited_journey(turn.awaiting) == journey_id:
        turn.wait_for(None)
    journey = await _journey(turn, journey_id)
    if journey is not None and journey.followup_state == rules.AWAITING_REPLY:
        journey.followup_state = rules.SCHEDULED
        journey.followup_due_at = rules.due_at(local_now(turn), 1)
