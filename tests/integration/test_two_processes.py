"""Two bot processes on one database (two Applications, two engines): one update is
applied once, whichever receives it."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.db.models import Answer, InboxUpdate
from tests.harness import BotHarness


async def test_the_same_update_through_two_processes_is_applied_once(
    database_url: str,
) -> None:
    first, second = BotHarness(database_url), BotHarness(database_url)
    await first.start()
    await second.start()
    try:
        rina = first.user(1201, "Rina")
        await rina.send("/gagal")
        consent = rina.last_keyboard_message()
        press = rina.factory.callback(consent.buttons[0][0]["callback_data"], consent.result)
        await asyncio.gather(first.feed(press), second.feed(press))
        typed = rina.factory.message("3")  # the mood
        await asyncio.gather(first.feed(typed), second.feed(typed))
        async with first.services.store.transaction() as session:
            answers = list(await session.scalars(select(Answer).where(Answer.user_id == 1201)))
            markers = await session.scalar(select(func.count()).select_from(InboxUpdate))
        assert sorted(a.prompt for a in answers) == ["consent", "mood"]
        assert markers == 3
        replies = [
            c
            for h in (first, second)
            for c in h.api.calls
            if c.method == "sendMessage" and "Apa saja yang sedang Anda rasakan" in c.text
        ]
        assert len(replies) >= 1  # answered at least once, applied once
    finally:
        await first.stop()
        await second.stop()
