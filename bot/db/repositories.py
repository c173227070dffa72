"""Repositories: read and write rows inside the caller's transaction, never commit."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from bot.db import hot
from bot.db.engine import Store
from bot.db.models import GroupNotice, InboxUpdate, Journey, User
from bot.db.sql import insert_ignoring_duplicates

log = logging.getLogger(__name__)
INBOX = cast(Table, InboxUpdate.__table__)

# An inbox row's states (bot/inbox.py).
PENDING, DONE, REPLIED, FAILED = "pending", "done", "replied", "failed"


def _claim_update(dialect: str) -> Any:
    """INSERT … ON CONFLICT DO UPDATE … WHERE state = 'pending': the update becomes
    "done" in this transaction, whether it came through the inbox (pending) or straight
    to the Application (the console, tests). Built once per dialect."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # On the table, not the mapped class: a Core statement reports its rowcount.
    statement = insert(INBOX).values(
        update_id=bindparam("update_id"),
        chat_id=bindparam("chat_id"),
        user_id=bindparam("user_id"),
        state=DONE,
        attempts=1,
        received_at=bindparam("now"),
        finished_at=bindparam("now"),
    )
    return statement.on_conflict_do_update(
        index_elements=[INBOX.c.update_id],
        set_={"state": DONE, "finished_at": statement.excluded.finished_at},
        where=INBOX.c.state == PENDING,
    )


_CLAIM_UPDATES = {dialect: _claim_update(dialect) for dialect in ("postgresql", "sqlite")}


async def mark_update_processed(
    session: AsyncSession, update_id: int, user_id: int | None, now: datetime
) -> bool:
    """Record the update's effect as applied; False when it was already (a redelivery,
    or a replay after a restart), so it changes nothing."""
    statement = _CLAIM_UPDATES[session.get_bind().dialect.name]
    params = {"update_id": update_id, "chat_id": user_id or 0, "user_id": user_id, "now": now}
    return bool(await hot.write(session, statement, params))


async def mark_update_failed(store: Store, update_id: int, now: datetime) -> None:
    """The update's answer could not be delivered (in a transaction of its own: the
    update's own is committed). Failing to record it must not hide the first error."""
    try:
        async with store.transaction() as session:
            await session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.update_id == update_id)
                .values(state=FAILED, finished_at=now)
            )
    except Exception:
        log.warning("could not record a failed delivery", extra={"update_id": update_id})


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
        turns=bindparam("turn"),
    )
    return statement.on_conflict_do_update(
        index_elements=[User.id],
        set_={
            "updated_at": statement.excluded.updated_at,
            "turns": User.turns + statement.excluded.turns,
        },
    ).returning(User)


# Loaded as a plain ORM query of its RETURNING rows (from_statement): an ORM-enabled
# INSERT would go through the bulk-insert machinery, a few times slower for one row.
_USER_UPSERTS = {
    dialect: select(User).from_statement(_user_upsert(dialect))
    for dialect in ("postgresql", "sqlite")
}


async def load_user_for_update(
    session: AsyncSession, user_id: int, now: datetime, *, turn: bool = False
) -> User:
    """The user's row, created on first contact and locked for this transaction (SQLite:
    the transaction's BEGIN IMMEDIATE already holds the only write lock). `turn`: this
    update counts in `turns`, counted in the same statement (not in an UPDATE of its own)."""
    statement = _USER_UPSERTS[session.get_bind().dialect.name]
    result = await session.scalars(
        statement,
        {"user_id": user_id, "now": now, "turn": 1 if turn else 0},
        execution_options={"populate_existing": True},
    )
    user: User = result.one()
    return user


def count_turn(user: User, now: datetime, *, turn: bool) -> dict[str, Any]:
    """What load_user_for_update writes at once, for a user read by a plain SELECT: set on
    `user` as if loaded, and returned for the update's last write of the row (which
    save_columns makes with `pending`)."""
    pending: dict[str, Any] = {"updated_at": now}
    if turn:
        pending["turns"] = user.turns + 1
    for key, value in pending.items():
        set_committed_value(user, key, value)
    return pending


# One UPDATE by id per table, its SET clause made of the values given at execution
# (built once; SQLAlchemy caches a compiled form per set of columns).
_UPDATES_BY_ID = {
    model: update(cast(Table, model.__table__)).where(
        cast(Table, model.__table__).c.id == bindparam("row_id")
    )
    for model in (User, Journey)
}


async def save_columns(
    session: AsyncSession,
    row: User | Journey,
    values: dict[str, Any],
    pending: dict[str, Any] | None = None,
) -> None:
    """The values that differ from `row`'s, written to its row in one Core UPDATE and set
    on `row` as loaded: the hot path skips the unit of work's flush at commit, and later
    reads in this transaction still see the new values. `pending`: values already set on
    `row` but not yet written (count_turn), written too."""
    changed = {key: value for key, value in values.items() if getattr(row, key) != value}
    if pending:
        changed = {**pending, **changed}
    if not changed:
        return
    await hot.write(session, _UPDATES_BY_ID[type(row)], {"row_id": row.id, **changed})
    for key, value in changed.items():
        set_committed_value(row, key, value)


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
