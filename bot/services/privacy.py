"""Data rights (UU PDP No. 27/2022, docs/safety.md): export everything, withdraw
consent for feelings data, delete everything. Tables are found from the metadata, so a
table added later is covered without touching this file."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import moods
from bot.db.engine import Store
from bot.db.models import (
    Answer,
    Base,
    Delivery,
    InboxUpdate,
    Journey,
    MoodCheckin,
    PlanItem,
    PracticeAnswer,
    User,
)
from bot.db.repositories import PENDING
from bot.router import Router, Turn, reply
from bot.services import journey as journeys
from conversations import callback, followup
from conversations import mood as mood_rules
from conversations.events import Choice
from conversations.outcome import Button, Document, Outcome, Reply
from conversations.practice import Question, skill_phrase
from conversations.reminders import zone_label

PREFIX = "d"
# Options that delete or withdraw: they expire and are never chosen by a bare number.
DESTRUCTIVE = frozenset({"withdraw", "confirm_withdraw", "confirm_all"})
PROCESSED_UPDATE_RETENTION = timedelta(hours=48)
LEDGER_RETENTION = timedelta(days=35)


def register(router: Router) -> None:
    router.command("hapusdata")(ask_what_to_delete)
    router.command("ekspor")(export)
    router.choice(PREFIX)(on_choice)


def personal_tables() -> list[Table]:
    """Every table with a user_id column, children first (safe order for deletes)."""
    return [t for t in reversed(Base.metadata.sorted_tables) if "user_id" in t.columns]


def _buttons(
    *options: str, weighty: frozenset[str] = frozenset()
) -> tuple[tuple[Button, ...], ...]:
    """`weighty`: options handled as the destructive ones (never chosen by a bare number
    typed, nor late) though they delete nothing."""
    return tuple(
        (
            Button(
                "option",
                value=callback.value(PREFIX, option),
                label_context={"group": "hapusdata", "value": option},
                destructive=option in DESTRUCTIVE or option in weighty,
            ),
        )
        for option in options
    )


def consent_button(mood: int | None = None) -> tuple[tuple[Button, ...], ...]:
    """ "Izinkan penyimpanan" where something was not stored for want of consent: one tap,
    not a detour through /hapusdata. Under a /mood answer it carries that mood, which is
    then kept too: the person agreed to store what they had just told."""
    (row,) = _buttons("give")
    if mood is None:
        return (row,)
    return ((replace(row[0], value=callback.value(PREFIX, "give", mood)),),)


async def ask_what_to_delete(turn: Turn) -> Outcome:
    consent = turn.user.consent_feelings is True
    # Whoever said no, or was never asked, can give consent here later.
    first = "withdraw" if consent else "give"
    return Outcome(
        (
            Reply(
                "privacy/hapusdata.html",
                {"consent": consent},
                # Consent to store health data is given in words or a tap, never by a
                # stray "1" typed under this menu.
                _buttons(first, "all", "cancel", weighty=frozenset({"give"})),
            ),
        )
    )


async def on_choice(turn: Turn) -> Outcome:
    option, mood = turn.choice_parts(2)
    if isinstance(turn.event, Choice) and turn.event.expired:
        # Asked too long ago, or answered later than the next message: nothing happens.
        menu = await ask_what_to_delete(turn)
        return Outcome((Reply("privacy/expired.html"), *menu.replies))
    if option == "withdraw":
        # It deletes what cannot be written again: asked once more, as deleting all is.
        buttons = _buttons("confirm_withdraw", "cancel")
        return Outcome((Reply("privacy/confirm_withdraw.html", {}, buttons),))
    if option == "confirm_withdraw":
        await withdraw_consent(turn)
        return reply("privacy/consent_withdrawn.html")
    if option == "give":
        turn.user.consent_feelings = True
        turn.user.consent_at = turn.now
        kept = mood.isdigit() and int(mood) in mood_rules.SCORES and turn.fresh
        if kept:
            journey = await moods.latest_journey(turn.session, turn.user.id)
            journey_id = journey.id if journey is not None else None
            await moods.add_checkin(
                turn.session, turn.user.id, journey_id, int(mood), mood_rules.COMMAND, turn.now
            )
        # A journey's question waiting: asked again under it, now with consent (its
        # "tidak akan saya simpan" no longer true).
        waiting = await journeys.current_prompt(turn) if turn.fresh else Outcome()
        given = Reply("privacy/consent_given.html", {"mood_kept": kept})
        return Outcome((given, *waiting.replies))
    if option == "all":
        return Outcome(
            (Reply("privacy/confirm_delete.html", {}, _buttons("confirm_all", "cancel")),)
        )
    if option == "confirm_all":
        await delete_everything(turn.session, turn.user.id)
        turn.scrub_after_commit = True
        return reply("privacy/deleted.html")
    return reply("privacy/cancelled.html")


async def withdraw_consent(turn: Turn) -> None:
    await turn.session.execute(
        delete(Answer).where(Answer.user_id == turn.user.id, Answer.is_feeling.is_(True))
    )
    # The recruiter's reply is free text the user typed: stored only with consent.
    await turn.session.execute(
        update(Journey)
        .where(Journey.user_id == turn.user.id)
        .values(feedback_reply=None, feedback_reply_at=None)
    )
    # Practice answers are free text, stored under the same consent.
    await turn.session.execute(delete(PracticeAnswer).where(PracticeAnswer.user_id == turn.user.id))
    await turn.session.execute(delete(MoodCheckin).where(MoodCheckin.user_id == turn.user.id))
    # Plan items made from the recruiter's reply carry its sentences.
    await turn.session.execute(
        delete(PlanItem).where(
            PlanItem.user_id == turn.user.id, PlanItem.kind == followup.PLAN_KIND
        )
    )
    turn.user.consent_feelings = False
    turn.user.consent_at = turn.now
    turn.scrub_after_commit = True


async def delete_everything(session: AsyncSession, user_id: int) -> None:
    for table in personal_tables():
        await session.execute(delete(table).where(table.c.user_id == user_id))
    user = await session.get(User, user_id)
    if user is not None:
        await session.delete(user)
        await session.flush()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


async def collect(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """All rows about the user, table by table."""
    users = Base.metadata.tables["users"]
    data: dict[str, list[dict[str, Any]]] = {}
    tables = [users, *[t for t in Base.metadata.sorted_tables if "user_id" in t.columns]]
    for table in tables:
        key = table.c.id if table is users else table.c.user_id
        result = await session.execute(select(table).where(key == user_id))
        data[table.name] = [
            {column: _plain(value) for column, value in row._mapping.items()} for row in result
        ]
    return data


async def export(turn: Turn) -> Outcome:
    data = await collect(turn.session, turn.user.id)
    payload = {"exported_at": turn.now.isoformat(), "user_id": turn.user.id, "tables": data}
    machine = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    journeys = sorted(data.get("journeys", []), key=lambda row: row["id"])
    zone = turn.user.timezone or turn.services.settings.default_timezone
    context = {
        "journeys": [_readable(journey, data, zone) for journey in journeys],
        "practice": _practice(data, turn.services.renderer.practice_pool, zone),
        "checkins": _checkins(data, [journey["id"] for journey in journeys], zone),
        "applications": _applications(data, zone),
        "zone_label": zone_label(zone),
        "consent": turn.user.consent_feelings,
        # Every date in the user's own zone, as the rest of the bot shows them.
        "exported_at": turn.now.astimezone(ZoneInfo(zone)).date(),
    }
    documents = (
        Document(None, "bangkit-data-saya.json", content=machine),
        Document("privacy/export.txt", "bangkit-ringkasan-data.txt", context),
    )
    return Outcome((Reply("privacy/export.html", {"count": len(journeys)}, documents=documents),))


DATE_ANSWERS = ("interview_date", "plan_deadline")


def _local_day(stamp: str, zone: str) -> date:
    return datetime.fromisoformat(stamp).astimezone(ZoneInfo(zone)).date()


def _readable(
    journey: dict[str, Any], data: dict[str, list[dict[str, Any]]], zone: str
) -> dict[str, Any]:
    """One journey for the readable summary: its answers and plan, dates as dates."""
    answers = [
        {
            **a,
            "value": date.fromisoformat(a["value"])
            if a["prompt"] in DATE_ANSWERS and isinstance(a["value"], str)
            else a["value"],
        }
        for a in data.get("answers", [])
        if a["journey_id"] == journey["id"]
    ]
    plan = [
        {**p, "due_on": date.fromisoformat(p["due_on"])}
        for p in data.get("plan_items", [])
        if p["journey_id"] == journey["id"]
    ]
    return {
        **journey,
        "created_at": _local_day(journey["created_at"], zone),
        "answers": answers,
        "values": {a["prompt"]: a["value"] for a in answers},
        "plan": plan,
    }


def _practice(
    data: dict[str, list[dict[str, Any]]], pool: tuple[Question, ...], zone: str
) -> list[dict[str, Any]]:
    """The /latihan answers for the readable summary, each with its question as it was
    asked: with the skill gap named in the latest journey before the answer."""
    questions = {question.key: question for question in pool}
    skills = sorted(
        (a["journey_id"], a["created_at"], a["value"])
        for a in data.get("answers", [])
        if a["prompt"] == "skill_name"
    )

    def asked(row: dict[str, Any]) -> str:
        question = questions.get(row["question"])
        if question is None:
            return str(row["question"])
        before = [value for _, at, value in skills if at <= row["created_at"]]
        return question.text_for(skill_phrase(before[-1]) if before else None)

    return [
        {**row, "created_at": _local_day(row["created_at"], zone), "question": asked(row)}
        for row in sorted(data.get("practice_answers", []), key=lambda row: row["id"])
    ]


def _applications(data: dict[str, list[dict[str, Any]]], zone: str) -> list[dict[str, Any]]:
    """The applications of /lamaran for the readable summary, dates as local dates."""
    tz = ZoneInfo(zone)
    return [
        {
            **row,
            "stage_on": datetime.fromisoformat(row["stage_at"]).astimezone(tz).date(),
            "interview_on": date.fromisoformat(row["interview_on"])
            if row.get("interview_on")
            else None,
        }
        for row in sorted(data.get("applications", []), key=lambda row: row["id"])
    ]


def _checkins(
    data: dict[str, list[dict[str, Any]]], journey_ids: list[int], zone: str
) -> list[dict[str, Any]]:
    """Mood check-ins for the readable summary: local time, and the journey's number."""
    numbers = {journey_id: index for index, journey_id in enumerate(journey_ids, start=1)}
    rows = sorted(data.get("mood_checkins", []), key=lambda row: (row["created_at"], row["id"]))
    return [
        {
            "at": datetime.fromisoformat(row["created_at"]).astimezone(ZoneInfo(zone)),
            "score": row["score"],
            "source": row["source"],
            "journey": numbers.get(row["journey_id"]),
        }
        for row in rows
    ]


async def prune(store: Store, now: datetime) -> int:
    """Retention (docs/operations.md): finished inbox rows (raw updates) 48 hours, ledger rows
    35 days. An update still waiting to be handled is never pruned."""
    async with store.transaction() as session:
        markers = await session.execute(
            delete(InboxUpdate).where(
                InboxUpdate.received_at < now - PROCESSED_UPDATE_RETENTION,
                InboxUpdate.state != PENDING,
            )
        )
        ledger = await session.execute(
            delete(Delivery).where(Delivery.created_at < now - LEDGER_RETENTION)
        )
    return sum(int(getattr(result, "rowcount", 0) or 0) for result in (markers, ledger))
