"""Mood check-ins and what /grafik draws: read and write in the caller's transaction,
never commit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Answer, Journey, MoodCheckin
from bot.db.sql import insert_ignoring_duplicates
from conversations.journey import ABANDONED
from conversations.mood import Checkin, JourneyMoods


async def latest_journey(session: AsyncSession, user_id: int) -> Journey | None:
    """The journey a check-in belongs to: the user's latest one."""
    statement = (
        select(Journey)
        .where(Journey.user_id == user_id, Journey.status != ABANDONED)
        .order_by(Journey.created_at.desc(), Journey.id.desc())
        .limit(1)
    )
    return (await session.scalars(statement)).first()


async def add_checkin(
    session: AsyncSession,
    user_id: int,
    journey_id: int | None,
    score: int,
    source: str,
    now: datetime,
    message_id: int | None = None,
) -> bool:
    """Store a check-in; False when this message's check-in was stored already (a second
    tap on the same daily message)."""
    result = await session.execute(
        insert_ignoring_duplicates(
            session,
            MoodCheckin,
            user_id=user_id,
            journey_id=journey_id,
            score=score,
            source=source,
            created_at=now,
            message_id=message_id,
        )
    )
    return bool(getattr(result, "rowcount", 0))


async def drop_since(session: AsyncSession, user_id: int, source: str, since: datetime) -> int:
    """Delete the user's check-ins of this source from `since` on; how many went."""
    result = await session.execute(
        delete(MoodCheckin).where(
            MoodCheckin.user_id == user_id,
            MoodCheckin.source == source,
            MoodCheckin.created_at >= since,
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def chart_rows(
    session: AsyncSession, user_id: int
) -> tuple[list[JourneyMoods], list[Checkin]]:
    """Every journey with its interview date and start mood, and every check-in."""
    answers: dict[tuple[int, str], tuple[object, datetime]] = {
        (journey_id, prompt): (value, created_at)
        for journey_id, prompt, value, created_at in await session.execute(
            select(Answer.journey_id, Answer.prompt, Answer.value, Answer.created_at).where(
                Answer.user_id == user_id, Answer.prompt.in_(("interview_date", "mood"))
            )
        )
    }
    journeys = []
    for journey in await session.scalars(
        select(Journey).where(Journey.user_id == user_id).order_by(Journey.id)
    ):
        interview, _ = answers.get((journey.id, "interview_date"), (None, None))
        mood, mood_at = answers.get((journey.id, "mood"), (None, None))
        journeys.append(
            JourneyMoods(
                id=journey.id,
                created_at=journey.created_at,
                company=journey.company,
                position=journey.position,
                interview_date=date.fromisoformat(interview)
                if isinstance(interview, str)
                else None,
                start_score=mood if isinstance(mood, int) else None,
                start_at=mood_at,
            )
        )
    checkins = [
        Checkin(journey_id, score, created_at)
        for journey_id, score, created_at in await session.execute(
            select(MoodCheckin.journey_id, MoodCheckin.score, MoodCheckin.created_at)
            .where(MoodCheckin.user_id == user_id)
            .order_by(MoodCheckin.created_at, MoodCheckin.id)
        )
    ]
    return journeys, checkins
