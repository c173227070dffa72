"""Mood check-ins: read and write in the caller's transaction, never commit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Journey, MoodCheckin
from conversations.journey import ABANDONED


async def latest_journey(session: AsyncSession, user_id: int) -> Journey | None:
    """The journey a check-in belongs to: the user's latest one."""
    statement = (
        select(Journey)
        .where(Journey.user_id == user_id, Journey.status != ABANDONED)
        .order_by(Journey.created_at.desc(), Journey.id.desc())
        .limit(1)
    )
    return (await session.scalars(statement)).first()


def add_checkin(
    session: AsyncSession,
    user_id: int,
    journey_id: int | None,
    score: int,
    source: str,
    now: datetime,
) -> None:
    session.add(
        MoodCheckin(
            user_id=user_id, journey_id=journey_id, score=score, source=source, created_at=now
        )
    )
