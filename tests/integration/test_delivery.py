"""How scheduled messages go out: many at once at the limiter's pace, a 429 holding back
every send, a database locked by another program while results are recorded, a stop in
the middle of a window, a long message split like a reply. Against a Bot API that
answers after a network's round trip (tests/slow_api.py); nothing here asserts a speed
(benchmarks/ measures it), only what was sent, recorded and overlapped."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Bot

from bot.db.models import Delivery
from bot.render import Renderer
from bot.runtime import system_clock
from bot.scheduling.due import Scheduled
from bot.scheduling.ledger import Key
from bot.scheduling.sender import Progress, Sender, Window
from conversations import followup
from conversations.outcome import Outcome, Reply
from tests.conftest import sqlite_url
from tests.e2e.test_faults import WriterHoldingTheLock
from tests.harness import BotHarness
from tests.integration.test_scheduler import scheduler
from tests.seeding import due_users, insert_due_users
from tests.slow_api import SlowBotApi

DUE = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
FIRST = 300_000


@asynccontextmanager
async def harness(url: str, api: SlowBotApi, **settings: Any) -> AsyncIterator[BotHarness]:
    bot = BotHarness(url, api=api, **settings)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


async def seed(bot: BotHarness, count: int) -> None:
    async with bot.services.store.transaction() as session:
        await insert_due_users(session, due_users(FIRST, count, DUE))
    bot.clock.now = DUE + timedelta(seconds=30)


async def ledger_states(bot: BotHarness) -> Counter[str]:
    async with bot.services.store.transaction() as session:
        return Counter(await session.scalars(select(Delivery.state)))


def chats(api: SlowBotApi) -> Counter[int | None]:
    return Counter(span.chat_id for span in api.sends() if span.status == 200)


async def test_a_tick_sends_many_at_once_at_the_limiters_pace(database_url: str) -> None:
    api = SlowBotApi(latency=0.1)
    # Paid broadcast lets the test run at 100 messages/s; the pace is still ours.
    async with harness(
        database_url, api, rate_limit=True, send_rate_per_second=100, paid_broadcast=True
    ) as bot:
        await seed(bot, 200)
        started = time.monotonic()
        report = await scheduler(bot).tick(bot.app.bot)
        elapsed = time.monotonic() - started
        states = await ledger_states(bot)
    assert report.sent == 200
    assert chats(api) == Counter(range(FIRST, FIRST + 200))  # everyone, once
    assert states == {"sent": 200}
    assert api.most_in_flight > 1, "sent one after another"
    assert all(c.params.get("allow_paid_broadcast") for c in api.calls if c.method == "sendMessage")
    # Not faster than configured: one second's worth at once, then 100 a second. (Paid
    # messages would otherwise pass PTB's limiter at Telegram's 1000 a second.)
    assert elapsed >= 0.9, elapsed


async def test_a_429_holds_back_every_send_not_only_its_own(database_url: str) -> None:
    api = SlowBotApi(latency=0.05)
    api.fail_once[f"sendMessage:{FIRST + 4}"] = (429, "Too Many Requests: retry after 1")
    async with harness(database_url, api) as bot:
        await seed(bot, 40)
        await scheduler(bot).tick(bot.app.bot)
        states = await ledger_states(bot)
    [limited] = [span for span in api.sends() if span.status == 429]
    later = [span for span in api.sends() if span.started > limited.ended]
    assert later, "nothing was sent after the 429"
    # Telegram asked for a second: no send of any chat started before it was over.
    assert min(span.started for span in later) >= limited.ended + 0.99
    assert chats(api) == Counter(range(FIRST, FIRST + 40))
    assert states == {"sent": 40}


class LockingApi(SlowBotApi):
    """Another program takes the SQLite file's write lock for `seconds` when the first
    scheduled message goes out: the claims are committed, the results not yet."""

    def __init__(self, writer: WriterHoldingTheLock, seconds: float) -> None:
        super().__init__(latency=0.02)
        self.writer = writer
        self.seconds = seconds
        self.held = False

    async def do_request(self, url: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if url.endswith("/sendMessage") and not self.held:
            self.held = True
            self.writer.hold(self.seconds)
        return await super().do_request(url, *args, **kwargs)


async def test_a_database_locked_past_busy_timeout_while_recording_sends_nothing_twice(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    writer = WriterHoldingTheLock(tmp_path / "bangkit.db")
    api = LockingApi(writer, seconds=6.0)  # longer than SQLite's busy_timeout (5 s)
    try:
        async with harness(sqlite_url(tmp_path), api) as bot:
            await seed(bot, 30)
            with caplog.at_level(logging.WARNING, "bot.scheduling.recording"):
                report = await scheduler(bot).tick(bot.app.bot)
            # Eleven minutes on, a claim never recorded would look stale and go again.
            bot.clock.now = DUE + timedelta(minutes=11)
            again = await scheduler(bot).tick(bot.app.bot)
            states = await ledger_states(bot)
    finally:
        writer.close()
    assert any("recording" in record.message for record in caplog.records), "no lock met"
    assert report.sent == 30 and again.sent == 0
    assert chats(api) == Counter(range(FIRST, FIRST + 30))
    assert states == {"sent": 30}


async def test_a_stop_mid_window_loses_nothing_and_sends_nothing_twice(
    database_url: str,
) -> None:
    api = SlowBotApi(latency=0.1)
    async with harness(database_url, api, rate_limit=True, send_rate_per_second=30) as bot:
        await seed(bot, 90)
        ticking = asyncio.create_task(scheduler(bot).tick(bot.app.bot))
        for _ in range(1000):  # up to 20 s
            if len(api.sends()) >= 10:
                break
            await asyncio.sleep(0.02)
        scheduler(bot).stop()
        first = await asyncio.wait_for(ticking, timeout=15)
        sent_before = chats(api)
        states = await ledger_states(bot)
        assert 10 <= first.sent < 90 and first.released > 0
        # What went out is recorded; what was claimed and never sent is given back.
        assert states == {"sent": first.sent, "released": 90 - first.sent}
        assert sum(sent_before.values()) == first.sent
        await bot.restart()  # a deploy: the next process takes the rest at once
        second = await scheduler(bot).tick(bot.app.bot)
        final = await ledger_states(bot)
    assert first.sent + second.sent == 90
    assert chats(api) == Counter(range(FIRST, FIRST + 90))  # everyone, once
    assert final == {"sent": 90}


async def test_a_long_scheduled_message_is_split_like_a_reply() -> None:
    api = SlowBotApi(latency=0.0)
    bot = Bot("1:SPLIT", request=api)
    await bot.initialize()
    company = "PT " + "Sangat Panjang " * 400  # far over Telegram's 4,096 characters
    question = Reply(
        "followup/ask.html", {"company": company, "position": None}, followup.question_buttons(7)
    )
    message = Scheduled(Key(42, DUE.date(), "fu-7"), Outcome((question,)), journey_id=7)
    result = await Sender(Renderer(), system_clock).send(bot, message, Progress())
    await bot.shutdown()
    sends = [call for call in api.calls if call.method == "sendMessage"]
    assert result.state == "sent" and len(sends) >= 2
    assert all(len(call.text) <= 4096 for call in sends)
    assert [bool(call.buttons) for call in sends] == [False] * (len(sends) - 1) + [True]
    assert [option.value for option in result.choices] == [
        f"f:7:{answer}" for answer in followup.ANSWERS
    ]


async def test_one_user_never_has_two_messages_in_flight_and_keeps_their_order() -> None:
    api = SlowBotApi(latency=0.05)
    bot = Bot("1:ORDER", request=api)
    await bot.initialize()

    def question(user_id: int, journey_id: int) -> Scheduled:
        reply = Reply(
            "followup/ask.html",
            {"company": f"PT {journey_id}", "position": None},
            followup.question_buttons(journey_id),
        )
        key = Key(user_id, DUE.date(), f"fu-{journey_id}")
        return Scheduled(key, Outcome((reply,)), journey_id=journey_id)

    async def pages() -> AsyncGenerator[list[Scheduled], None]:
        yield [question(1, 11), question(2, 21), question(1, 12), question(1, 13)]
        yield [question(2, 22), question(3, 31)]

    finished: list[Any] = []

    async def done(results: list[Any]) -> None:
        finished.extend(results)

    window = Window(Sender(Renderer(), system_clock), bot, 16, lambda: False)
    unsent = await window.run(pages(), done)
    await bot.shutdown()
    assert unsent == [] and len(finished) == 6 and window.most_in_flight > 1
    for user_id, journeys in ((1, [11, 12, 13]), (2, [21, 22])):
        spans = [span for span in api.sends() if span.chat_id == user_id]
        assert all(a.ended <= b.started for a, b in pairwise(spans))
        sent = [c.text for c in api.calls if c.method == "sendMessage" and c.chat_id == user_id]
        assert [next(j for j in journeys if f"PT {j}" in text) for text in sent] == journeys
