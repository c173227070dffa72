"""Repositories: read and write rows inside the caller's transaction, never commit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import GroupNotice, ProcessedUpdate, User
from bot.db.sql import insert_ignoring_duplicates


async def mark_update_processed(
    session: AsyncSession, update_id: int, user_id: int | None, now: datetime
) -> bool:
    """Record the update; False when it was already processed (a redelivery)."""
    statement = insert_ignoring_duplicates(
        session, ProcessedUpdate, update_id=update_id, user_id=user_id, processed_at=now
    )
    result = await session.execute(statement)
    return bool(getattr(result, "rowcount", 0))


async def load_user_for_update(session: AsyncSession, user_id: int, now: datetime) -> User:
    """The user's row, created on first contact and locked for this transaction."""
    await session.execute(
        insert_ignoring_duplicates(
            session,
            User,
            id=user_id,
            created_at=now,
            updated_at=now,
            is_active=True,
            keyboard_seq=0,
        )
    )
    user = await session.get(User, user_id, with_for_update=True, populate_existing=True)
    if user is None:  # pragma: no cover - the row was inserted just above
        raise LookupError(user_id)
    return user


async def set_user_active(session: AsyncSession, user_id: int, active: bool, now: datetime) -> None:
    await session.execute(
        update(User).where(User.id == user_id).values(is_active=active, updated_at=now)
    )


async def first_notice_in_group(session: AsyncSession, chat_id: int, now: datetime) -> bool:
    """True only the first time a group is seen: the bot points it to the private chat once."""
    result = await session.execute(
        insert_ignoring_duplicates(session, GroupNotice, chat_id=chat_id, created_at=now)
    )
    return bool(getattr(result, "rowcount", 0))
