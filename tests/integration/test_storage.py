"""Repositories against both databases: update markers and user rows."""

from __future__ import annotations

from datetime import UTC, datetime

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
