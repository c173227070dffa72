"""Repositories against both databases: update markers and user rows."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, bindparam, exc, insert, select, update

from bot.db import engine as engine_module
from bot.db import hot, repositories
from bot.db.engine import Store, create_engine
from bot.db.migrate import migrate
from bot.db.models import InboxUpdate, User

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


async def test_an_update_is_marked_once_and_users_are_created_once(database_url: str) -> None:
    await migrate(database_url)
    store = Store(create_engine(database_url))
    try:
        async with store.transaction() as session:
            assert await repositories.mark_update_processed(session, 10, 5, NOW)
            user = await repositories.load_user_for_update(session, 5, NOW)
            user.keyboard_seq = 3
        async with store.transaction() as session:
            assert not await repositories.mark_update_processed(session, 10, 5, NOW)
            # Deduplicated by equality, not "highest seen": an older id is still new.
            assert await repositories.mark_update_processed(session, 9, 5, NOW)
            again = await repositories.load_user_for_update(session, 5, NOW)
            assert again.keyboard_seq == 3
            assert again.created_at == NOW
        async with store.transaction() as session:
            await repositories.set_user_active(session, 5, False, NOW)
        async with store.transaction() as session:
            stored = await session.get(User, 5)
            assert stored is not None and stored.is_active is False
            assert await repositories.first_notice_in_group(session, -1, NOW)
            assert not await repositories.first_notice_in_group(session, -1, NOW)
    finally:
        await store.dispose()


async def test_a_failed_transaction_keeps_nothing(database_url: str) -> None:
    await migrate(database_url)
    store = Store(create_engine(database_url))
    try:
        try:
            async with store.transaction() as session:
                await repositories.mark_update_processed(session, 11, 5, NOW)
                raise RuntimeError("handler failed")
        except RuntimeError:
            pass
        async with store.transaction() as session:
            assert await repositories.mark_update_processed(session, 11, 5, NOW)
    finally:
        await store.dispose()


_ADD_UPDATE = insert(cast(Table, InboxUpdate.__table__))
_USERS = cast(Table, User.__table__)
_MOVE_USER = update(_USERS).where(_USERS.c.id == bindparam("row_id"))


async def _not_called(*args: object, **kwargs: object) -> None:
    raise AssertionError("went through the session")


async def test_hot_writes_belong_to_the_transaction(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bot/db/hot.py runs one-row writes on SQLite's driver directly: they begin the
    transaction, roll back with it, see the session's pending rows, convert values as
    SQLAlchemy does, and fail as SQLAlchemy would."""
    await migrate(database_url)
    store = Store(create_engine(database_url))
    row = {"chat_id": 5, "user_id": 5, "state": "pending", "attempts": 0, "received_at": NOW}
    try:
        with pytest.raises(RuntimeError):
            async with store.transaction() as session:
                if store.engine.dialect.name == "sqlite":  # on the driver, not the session
                    monkeypatch.setattr(session, "execute", _not_called)
                # The first statement of its transaction: it begins it.
                assert await hot.write(session, _ADD_UPDATE, {"update_id": 1, **row})
                monkeypatch.undo()
                raise RuntimeError("handler failed")
        async with store.transaction() as session:
            assert await session.get(InboxUpdate, 1) is None  # rolled back
            # A user added to the session, not yet flushed: flushed before the write.
            session.add(User(id=5, created_at=NOW, updated_at=NOW))
            assert await hot.write(session, _MOVE_USER, {"row_id": 5, "timezone": "Asia/Makassar"})
            assert not await hot.write(session, _MOVE_USER, {"row_id": 6, "timezone": "WIT"})
            user = await session.get(User, 5)
            assert user is not None
            later = NOW.replace(hour=9)
            keyboard = [["j:story", "Ceritakan", None]]
            await repositories.save_columns(
                session, user, {"keyboard": keyboard, "keyboard_at": later}
            )
            await hot.write(session, _ADD_UPDATE, {"update_id": 2, **row})
        async with store.transaction() as session:
            stored = (await session.execute(select(User).where(User.id == 5))).scalar_one()
            assert (stored.timezone, stored.keyboard) == ("Asia/Makassar", keyboard)
            assert stored.keyboard_at == later and stored.keyboard_at.tzinfo is not None
            received = await session.scalar(
                select(InboxUpdate.received_at).where(InboxUpdate.update_id == 2)
            )
            assert received == NOW
        with pytest.raises(exc.IntegrityError):
            async with store.transaction() as session:
                await session.get(User, 5)
                await hot.write(session, _ADD_UPDATE, {"update_id": 2, **row})
    finally:
        await store.dispose()


async def test_sqlite_checkpoints_off_the_loop_keep_the_log_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own checkpoints are off on the Store's connections; the Store's, on a
    thread, still start the log again under a steady stream of writes."""
    monkeypatch.setattr(engine_module, "CHECKPOINT_EVERY_COMMITS", 5)
    monkeypatch.setattr(engine_module, "LOG_LIMIT_PAGES", 40)
    path = tmp_path / "wal.db"
    url = f"sqlite+aiosqlite:///{path}"
    await migrate(url)
    store = Store(create_engine(url))
    try:
        async with store.engine.connect() as connection:
            automatic = (await connection.exec_driver_sql("PRAGMA wal_autocheckpoint")).scalar()
        assert automatic == 0
        for update_id in range(600):
            async with store.transaction() as session:
                await repositories.mark_update_processed(session, update_id, 5, NOW)
                await repositories.load_user_for_update(session, 5, NOW, turn=True)
            # Between updates the loop turns (their replies are sent), and now and then
            # a checkpoint's thread gets the time to finish.
            await asyncio.sleep(0.05 if update_id % 25 == 24 else 0)
        async with store.transaction() as session:
            user = await repositories.load_user_for_update(session, 5, NOW)
            assert user.turns == 600
        longest = _log_pages(path)
    finally:
        await store.dispose()
    # Without the limit the log grows past 1,200 pages here; a loaded machine slows the
    # checkpoint's thread, so the bound leaves room for that, not for unbounded growth.
    assert 0 < longest < 40 * 10


def _log_pages(database: Path) -> int:
    """The write-ahead log file is as long as the log ever was (pages and their headers)."""
    return Path(f"{database}-wal").stat().st_size // (4096 + 24)
