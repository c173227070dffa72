"""Repositories against both databases: update markers and user rows."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.db import engine as engine_module
from bot.db import repositories
from bot.db.engine import Store, create_engine
from bot.db.migrate import migrate
from bot.db.models import User

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
