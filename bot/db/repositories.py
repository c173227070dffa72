"""Repositories: read and write rows inside the caller's transaction, never commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.dialects import postgresql, sqlite
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


def _user_upsert(dialect: str) -> Any:
    """INSERT … ON CONFLICT DO UPDATE … RETURNING: the user's row, created on first contact
    and (on PostgreSQL) locked, in one round trip. Built once per dialect."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(User).values(
        id=bindparam("user_id"),
        created_at=bindparam("now"),
        updated_at=bindparam("now"),
        is_active=True,
        keyboard_seq=0,
    )
    return statement.on_conflict_do_update(
        index_elements=[User.id], set_={"updated_at": statement.excluded.updated_at}
    ).returning(User)


_USER_UPSERTS = {dialect: _user_upsert(dialect) for dialect in ("postgresql", "sqlite")}


async def load_user_for_update(session: AsyncSession, user_id: int, now: datetime) -> User:
    """The user's row, created on first contact and locked for this transaction (SQLite:
    the transaction's BEGIN IMMEDIATE already holds the only write lock)."""
    statement = _USER_UPSERTS[session.get_bind().dialect.name]
    result = await session.scalars(
        statement,
        {"user_id": user_id, "now": now},
        execution_options={"populate_existing": True},
    )
    user: User = result.one()
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
