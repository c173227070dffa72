"""/riwayat: every journey of the user, newest first, in pages, with the patterns across
them; and the facts of the last finished journey for the opening of a new one.

Loads rows and hands them to conversations/history.py; it never commits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import applications
from bot.db.models import Answer, Journey, MoodCheckin, PlanItem
from bot.router import Router, Turn
from conversations import callback, history
from conversations import journey as flow
from conversations.applications import rules as application_rules
from conversations.outcome import Button, Outcome, Reply
from conversations.summary import EVAL_AREAS

PREFIX = "riwayat"
# The answers history reads; notes and stories stay where they are.
FACT_PROMPTS = (
    "mood",
    "interview_date",
    "skill_name",
    "strategy",
    flow.RESUME_KEY,
    *(f"eval_{area}" for area in EVAL_AREAS),
)
# The journeys "what helped last time" compares: the latest finished and the one before.
LAST_TIME_JOURNEYS = 2


def register(router: Router) -> None:
    router.command("riwayat")(show_history)
    router.choice(PREFIX)(turn_page)


def _zone(turn: Turn) -> ZoneInfo:
    return ZoneInfo(turn.user.timezone or turn.services.settings.default_timezone)


def _newest_first(user_id: int) -> Any:
    return (
        select(Journey)
        .where(Journey.user_id == user_id)
        .order_by(Journey.created_at.desc(), Journey.id.desc())
    )


def _step(journey: Journey, answers: dict[str, Any]) -> int:
    """The step reached (paused: the step it resumes at)."""
    return flow.resume_step(flow.State(journey.prompt, answers, journey.status))


async def load_facts(
    session: AsyncSession, user_id: int, zone: ZoneInfo, journeys: Sequence[Journey]
) -> list[history.JourneyFacts]:
    """The facts of these journeys, in their order: four queries, whatever their number."""
    ids = [journey.id for journey in journeys]
    if not ids:
        return []
    answers: dict[int, dict[str, Any]] = defaultdict(dict)
    for journey_id, prompt, value in await session.execute(
        select(Answer.journey_id, Answer.prompt, Answer.value).where(
            Answer.user_id == user_id,
            Answer.journey_id.in_(ids),
            Answer.prompt.in_(FACT_PROMPTS),
        )
    ):
        answers[journey_id][prompt] = value
    plans: dict[int, list[history.PlanFact]] = defaultdict(list)
    for item in await session.scalars(
        select(PlanItem)
        .where(PlanItem.user_id == user_id, PlanItem.journey_id.in_(ids))
        .order_by(PlanItem.id)
    ):
        plans[item.journey_id].append(
            history.PlanFact(item.action, item.detail, item.done_at is not None)
        )
    newest = (
        select(
            MoodCheckin.journey_id,
            MoodCheckin.score,
            func.row_number()
            .over(
                partition_by=MoodCheckin.journey_id,
                order_by=(MoodCheckin.created_at.desc(), MoodCheckin.id.desc()),
            )
            .label("rank"),
        )
        .where(MoodCheckin.user_id == user_id, MoodCheckin.journey_id.in_(ids))
        .subquery()
    )
    moods: dict[int, int] = {
        journey_id: score
        for journey_id, score in await session.execute(
            select(newest.c.journey_id, newest.c.score).where(newest.c.rank == 1)
        )
    }
    return [
        history.JourneyFacts(
            company=journey.company,
            position=journey.position,
            status=journey.status,
            step=_step(journey, answers[journey.id]),
            started_on=journey.created_at.astimezone(zone).date(),
            finished_on=journey.finished_at.astimezone(zone).date()
            if journey.finished_at
            else None,
            answers=answers[journey.id],
            plan=tuple(plans[journey.id]),
            latest_mood=moods.get(journey.id),
            feedback_reply=journey.feedback_reply,
            journey_id=journey.id,
        )
        for journey in journeys
    ]


async def last_time(turn: Turn) -> history.LastTime | None:
    """What helped in the latest finished journey, for the opening of a new one."""
    finished = list(
        await turn.session.scalars(
            select(Journey)
            .where(Journey.user_id == turn.user.id, Journey.status == flow.FINISHED)
            .order_by(Journey.finished_at.desc(), Journey.id.desc())
            .limit(LAST_TIME_JOURNEYS)
        )
    )
    if not finished:
        return None
    facts = await load_facts(turn.session, turn.user.id, _zone(turn), finished)
    return history.what_helped(facts)


# --- /riwayat --------------------------------------------------------------------------


def _page_button(direction: str, number: int) -> Button:
    return Button(
        "history_page",
        value=callback.value(PREFIX, number),
        label_context={"direction": direction},
    )


def _plan_button(entry: history.JourneyFacts, number: int) -> Button:
    return Button(
        "history_plan",
        value=flow.plan_view_value(entry.journey_id),
        label_context={"number": number},
    )


async def _funnel(turn: Turn) -> Reply | None:
    """The applications of /lamaran counted, when there are any."""
    zone = _zone(turn)
    rows = await applications.every(turn.session, turn.user.id)
    found = application_rules.funnel([applications.facts(row, zone) for row in rows])
    return Reply("history/funnel.html", {"f": found}) if found is not None else None


async def _history(turn: Turn, requested: int, *, first_view: bool) -> Outcome:
    journeys = list(await turn.session.scalars(_newest_first(turn.user.id)))
    if not journeys:
        funnel = await _funnel(turn) if first_view else None
        # After the crisis reply, no pointer to /gagal: the job waits for "I am safe".
        empty = Reply("history/empty.html", {"paused": turn.user.crisis_paused_at is not None})
        return Outcome((empty, *((funnel,) if funnel else ())))
    shown = history.page(len(journeys), requested)
    # The patterns need every journey; turning a page needs only the page's.
    wanted = journeys if first_view else journeys[shown.offset : shown.offset + shown.size]
    facts = await load_facts(turn.session, turn.user.id, _zone(turn), wanted)
    entries = facts[shown.offset : shown.offset + shown.size] if first_view else facts
    row = tuple(
        button
        for button in (
            _page_button("previous", shown.number - 1) if shown.has_previous else None,
            _page_button("next", shown.number + 1) if shown.has_next else None,
        )
        if button is not None
    )
    # Each journey's plan stays reachable here; /rencana shows the newest one.
    plans = tuple(
        (_plan_button(entry, shown.offset + index),)
        for index, entry in enumerate(entries, start=1)
        if entry.plan
    )
    rows = (*plans, row) if row else plans
    context = {"entries": entries, "page": shown, "total": len(journeys)}
    replies = [Reply("history/list.html", context, rows, edit=not first_view)]
    found = history.patterns(facts) if first_view else None
    if found is not None:
        replies.append(Reply("history/patterns.html", {"p": found}))
    funnel = await _funnel(turn) if first_view else None
    if funnel is not None:
        replies.append(funnel)
    return Outcome(tuple(replies))


async def show_history(turn: Turn) -> Outcome:
    return await _history(turn, 1, first_view=True)


async def turn_page(turn: Turn) -> Outcome:
    (raw,) = turn.choice_parts(1)
    if not raw.isdecimal() or len(raw) > 6:
        return Outcome(notice="stale_button.txt")
    return await _history(turn, int(raw), first_view=False)
