"""`make bench`: the journey's per-update cost against a bare PTB baseline, and the daily
broadcast, with the network replaced by an in-process Bot API. Prints a table and writes
docs/benchmarks.md.

    python -m benchmarks [--users 100] [--broadcast 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from telegram import Update
from telegram.ext import ApplicationBuilder, MessageHandler, filters

from bot.app import SCHEDULER_KEY
from bot.db.models import User
from bot.local_api import LocalBotApi, UpdateFactory
from bot.scheduler import Scheduler
from tests.e2e.test_journey import BY_BUTTONS
from tests.harness import BotHarness

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def bare_ptb(updates: int) -> list[float]:
    """The baseline: a bare Application whose one handler sends one message."""
    api = LocalBotApi()
    app = ApplicationBuilder().token("1:BENCH").request(api).get_updates_request(api).build()

    async def echo(update: Update, context: Any) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "ok")

    app.add_handler(MessageHandler(filters.ALL, echo))
    await app.initialize()
    factory = UpdateFactory(1)
    timings = []
    for _ in range(updates):
        update = Update.de_json(factory.message("halo"), app.bot)
        started = time.perf_counter()
        await app.process_update(update)
        timings.append(time.perf_counter() - started)
    await app.shutdown()
    return timings


async def journey(users: int, folder: Path) -> list[float]:
    """Every user through the whole journey by buttons, interleaved, on SQLite (WAL).
    Only processing an update is timed, not finding the button to press."""
    bot = BotHarness(f"sqlite+aiosqlite:///{folder / 'journey.db'}")
    await bot.start()
    people = [bot.user(10_000 + n, "Rina") for n in range(users)]
    keyboards: dict[int, Any] = {}
    seen = 0
    timings: list[float] = []

    async def timed(data: dict[str, Any]) -> None:
        nonlocal seen
        update = Update.de_json(data, bot.app.bot)
        started = time.perf_counter()
        await bot.app.process_update(update)
        timings.append(time.perf_counter() - started)
        for call in bot.api.calls[seen:]:
            if call.buttons and call.chat_id is not None:
                keyboards[call.chat_id] = call
        seen = len(bot.api.calls)

    for person in people:
        await timed(person.factory.message("/gagal"))
    for action, value in BY_BUTTONS:
        for person in people:
            if action == "send":
                await timed(person.factory.message(value))
                continue
            message = keyboards[person.id]
            data = next(
                b["callback_data"] for row in message.buttons for b in row if b["text"] == value
            )
            await timed(person.factory.callback(data, message.result))
    await bot.stop()
    return timings


async def broadcast(count: int, folder: Path) -> tuple[float, float]:
    """`count` opted-in users due at once; the scheduler's own cost, rate limiter off."""
    bot = BotHarness(f"sqlite+aiosqlite:///{folder / 'broadcast.db'}")
    await bot.start()
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    rows = [
        {
            "id": 100_000 + n,
            "created_at": now,
            "updated_at": now,
            "is_active": True,
            "keyboard_seq": 0,
            "reminder_enabled": True,
            "reminder_minutes": 480,
            "reminder_consent_at": now,
            "reminder_next_at": now,
            "timezone": "Asia/Jakarta",
        }
        for n in range(count)
    ]
    async with bot.services.store.transaction() as session:
        for start in range(0, count, 5000):
            await session.execute(insert(User), rows[start : start + 5000])
    del rows
    scheduler = bot.app.bot_data[SCHEDULER_KEY]
    assert isinstance(scheduler, Scheduler)
    bot.clock.now = now + timedelta(seconds=30)
    bot.api.calls.clear()
    before = rss_mb()
    started = time.perf_counter()
    report = await scheduler.tick(bot.app.bot)
    elapsed = time.perf_counter() - started
    growth = rss_mb() - before
    await bot.stop()
    assert report.sent == count, report
    return count / elapsed, growth


def render(lines: list[tuple[str, str, str]], users: int, broadcast_users: int) -> str:
    table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in lines)
    return (
        "# Benchmarks\n\n"
        "Written by `make bench` (`python -m benchmarks`); do not edit by hand. The network is\n"
        "an in-process Bot API stub, so the figures are Bangkit's own cost.\n\n"
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n"
        f"- machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"Python {platform.python_version()}\n"
        f"- journey: {users} users, every prompt, interleaved, SQLite in WAL mode\n"
        f"- broadcast: {broadcast_users} opted-in users due at once, rate limiter off\n\n"
        "| measure | Bangkit | baseline / goal |\n|---|---|---|\n" + table + "\n"
    )


async def main(users: int, broadcast_users: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bangkit-bench-"))
    bare = await bare_ptb(2000)
    steps = await journey(users, folder)
    rate, growth = await broadcast(broadcast_users, folder)
    bare_p50 = statistics.median(bare)
    p50 = statistics.median(steps)
    lines = [
        (
            "journey updates/s",
            f"{len(steps) / sum(steps):,.0f}",
            f"bare PTB {len(bare) / sum(bare):,.0f}; goal ≥ 800",
        ),
        (
            "journey p50 per update",
            f"{p50 * 1000:.2f} ms",
            f"bare PTB {bare_p50 * 1000:.3f} ms; ratio {p50 / bare_p50:.1f} times (goal ≤ 15)",
        ),
        ("journey p99 per update", f"{percentile(steps, 0.99) * 1000:.2f} ms", "—"),
        ("daily broadcast", f"{rate:,.0f} messages/s", "goal ≥ 2,000"),
        ("RSS growth during broadcast", f"{growth:.1f} MB", "goal ≤ 30 MB"),
    ]
    text = render(lines, users, broadcast_users)
    DOC.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--users", type=int, default=100, help="users through the journey")
    parser.add_argument("--broadcast", type=int, default=10_000, help="users due at once")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.broadcast))
