"""`make bench`: the journey's per-update cost and latency under a steady load, the daily
broadcast at Telegram's pace and at our own cost, start-up time and memory at rest, each
next to a bare PTB baseline or a goal. Prints a table and writes docs/benchmarks.md.

    python -m benchmarks [--users 2000] [--broadcast 100000] [--steady-rate N]
                         [--chats 140] [--paced 1000] [--paid 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from telegram import Update
from telegram.ext import ApplicationBuilder, MessageHandler, filters

from benchmarks import safety_eval, workers
from benchmarks.stub import StubBotApi
from bot.app import (
    build_application,
    freeze_start_up_objects,
    start_application,
    stop_application,
)
from bot.db.models import Journey
from bot.inbox import Inbox
from bot.local_api import ApiCall, LocalBotApi, UpdateFactory
from bot.runtime import Services
from bot.scheduling import Scheduler
from bot.settings import load_settings
from tests.e2e.test_journey import BY_BUTTONS, BY_TYPING
from tests.e2e.test_process import TOKEN, bot_env
from tests.fake_bot_api_server import FakeBotApiServer
from tests.harness import BotHarness, UserSession
from tests.seeding import due_users, insert_due_users
from tests.unit.test_understanding_corpus import run_corpus

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
# Round trips to Telegram's Bot API, each ± 20 %.
LATENCIES = (0.05, 0.15, 0.3)
JITTER = 0.2
# The steady load's share of the inbox path's measured updates/s.
STEADY_SHARE = 0.5
# Offered to find the inbox path's capacity: more than one process can answer.
CAPACITY_PROBE_RATE = 2000
# What the README's timing claim is about.
USERS_AT_ONE_TIME = 100_000


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


def update_for(step: tuple[str, ...], person: UserSession, shown: ApiCall | None) -> dict[str, Any]:
    """The update a step of tests/e2e/test_journey.py's script makes: a message typed, or
    a press on `shown` (in a message of several questions, on the row named first)."""
    action, *values = step
    if action == "send":
        return person.factory.message(values[0])
    assert shown is not None, f"no keyboard to press {values}"
    row, label = (values[0], values[1]) if action == "cell" else (None, values[0])
    data = next(
        button["callback_data"]
        for buttons in shown.buttons
        if row is None or (buttons and buttons[0]["text"] == row)
        for button in buttons
        if button["text"] == label
    )
    return person.factory.callback(data, shown.result)


async def journey(users: int, folder: Path) -> list[float]:
    """Every user through the whole journey by buttons, interleaved, on SQLite (WAL).
    Only processing an update is timed, not finding the button to press."""
    bot = BotHarness(f"sqlite+aiosqlite:///{folder / 'journey.db'}")
    await bot.start()
    people = [bot.user(10_000 + n, "Rina") for n in range(users)]
    keyboards: dict[int, Any] = {}
    timings: list[float] = []

    async def timed(data: dict[str, Any]) -> None:
        update = Update.de_json(data, bot.app.bot)
        started = time.perf_counter()
        await bot.app.process_update(update)
        timings.append(time.perf_counter() - started)
        for call in bot.api.calls:
            if call.buttons and call.chat_id is not None:
                keyboards[call.chat_id] = call
        bot.api.calls.clear()  # the stub's memory would grow and slow the collector

    for person in people:
        await timed(person.factory.message("/gagal"))
    for step in BY_BUTTONS:
        for person in people:
            await timed(update_for(step, person, keyboards.get(person.id)))
    async with bot.services.store.transaction() as session:
        finished = await session.scalar(
            select(func.count()).where(Journey.finished_at.is_not(None))
        )
    await bot.stop()
    # Every update timed must have been a step forward, or the figure measures misses.
    assert finished == users, f"{finished} of {users} journeys finished"
    return timings


async def broadcast(count: int, folder: Path) -> tuple[float, float, float]:
    """`count` opted-in users due at once; the scheduler's own cost: rate limiter off, a
    Bot API that answers at once. Messages/s, CPU ms per message, RSS growth in MB."""
    bot = BotHarness(f"sqlite+aiosqlite:///{folder / 'broadcast.db'}")
    await bot.start()
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    rows = due_users(100_000, count, now, "Asia/Jakarta")
    async with bot.services.store.transaction() as session:
        await insert_due_users(session, rows)
    del rows
    scheduler = bot.app.bot_data.scheduler
    assert isinstance(scheduler, Scheduler)
    bot.clock.now = now + timedelta(seconds=30)
    # The stub keeps only its last calls: what it would remember is not ours to count.
    bot.api.calls = deque(maxlen=100)  # type: ignore[assignment]
    gc.collect()
    before = rss_of(os.getpid())
    cpu = time.process_time()
    started = time.perf_counter()
    report = await scheduler.tick(bot.app.bot)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    growth = rss_of(os.getpid()) - before
    await bot.stop()
    assert report.sent == count, report
    return count / elapsed, cpu / count * 1000, growth


@dataclass(frozen=True)
class Paced:
    latency: float
    configured: float
    messages: int
    # Messages/s over the tick after its first second: the limiter lets one second's
    # worth go at once, which a short run would count as speed.
    rate: float
    cpu_ms: float  # process CPU per message, the database's thread included
    most_in_flight: int

    @property
    def share(self) -> float:
        return self.rate / self.configured


async def paced(latency: float, count: int, rate: float, paid: bool, folder: Path) -> Paced:
    """`count` users due at once, sent by the real scheduler through PTB's HTTP client
    and AIORateLimiter at `rate` to the stub Bot API (benchmarks/stub.py)."""
    database = folder / f"paced-{rate:g}-{latency * 1000:.0f}.db"
    with StubBotApi(latency, JITTER) as stub:
        settings = load_settings(
            database_url=f"sqlite+aiosqlite:///{database}",
            telegram_bot_token=TOKEN,
            telegram_api_base_url=stub.base_url,
            send_rate_per_second=rate,
            paid_broadcast=paid,
            default_timezone="UTC",
        )
        app = build_application(settings, register_commands=False)
        await start_application(app)
        services = app.bot_data.services
        assert isinstance(services, Services)
        async with services.store.transaction() as session:
            await insert_due_users(
                session, due_users(1_000_000, count, datetime.now(UTC) - timedelta(minutes=1))
            )
        scheduler = app.bot_data.scheduler
        assert isinstance(scheduler, Scheduler)
        gc.collect()
        cpu = time.process_time()
        started = time.monotonic()
        report = await scheduler.tick(app.bot)
        cpu = time.process_time() - cpu
        await stop_application(app)
    seen = stub.seen
    assert seen is not None and report.sent == count == seen.sends == seen.chats, (report, seen)
    steady = [t for t in seen.answered if t >= started + 1.0]
    measured = (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 1 else math.nan
    return Paced(latency, rate, count, measured, cpu / count * 1000, seen.most_in_flight)


class TimedBotApi(LocalBotApi):
    """The local Bot API, noting per chat when it was last called and the last message
    with buttons it sent there: constant work per call, so the driver's own cost stays
    flat however long it runs."""

    def __init__(self) -> None:
        super().__init__()
        # Only the newest calls: the rest would grow the heap the collector walks.
        self.calls = deque(maxlen=100)  # type: ignore[assignment]
        self.last_call_at: dict[int, float] = {}
        self.keyboards: dict[int, ApiCall] = {}

    def on_call(self, call: ApiCall) -> None:
        chat = call.chat_id
        if chat is None:
            return
        self.last_call_at[chat] = time.perf_counter()
        if call.method in {"sendMessage", "editMessageText"} and any(
            "callback_data" in button for row in call.buttons for button in row
        ):
            self.keyboards[chat] = call


class TimedInbox(Inbox):
    """The product's inbox, telling the bench when it is done with each update."""

    def __init__(self, *args: Any, done: Callable[[int, bool], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.done = done

    def _mark_replied(self, update_id: int) -> None:
        super()._mark_replied(update_id)
        self.done(update_id, True)

    async def _finish(self, update_id: int, state: str) -> None:
        await super()._finish(update_id, state)
        self.done(update_id, False)


async def inbox_capacity(folder: Path, seconds: float = 5.0) -> float:
    """Updates per second the inbox path answers when offered far more than it can take:
    every answer counted, over the whole run (start-up included, so it errs low)."""
    started = time.perf_counter()
    answered = await steady(CAPACITY_PROBE_RATE, seconds, folder, name="capacity")
    return len(answered) / (time.perf_counter() - started)


async def steady(rate: int, seconds: float, folder: Path, name: str = "steady") -> list[float]:
    """Journey updates arriving at `rate` per second, taken in as polling does: stored by
    the inbox (`Inbox.accept`, one short transaction), then handled by its per-chat
    workers. The latency of each from its arrival to its last Bot API call: what a user
    waits. Each person sends the next update once the last one is answered; an update
    arrives at its slot in the schedule, or when its sender got the previous answer if
    that was later, so a driver that falls behind does not hide the wait."""
    bot = BotHarness(f"sqlite+aiosqlite:///{folder / f'{name}.db'}")
    api = TimedBotApi()
    bot.api = api
    bot.app = bot._build()
    await bot.start()
    await bot.app.start()  # as `python -m bot` does: the job queue runs alongside
    await freeze_start_up_objects(bot.app)  # as `python -m bot` does once started
    script = [("send", "/gagal"), *BY_BUTTONS]
    # Enough people that none runs out of steps before the end.
    count = max(10, rate // 2, math.ceil(rate * seconds / len(script) * 1.25))
    people = {person.id: person for person in (bot.user(50_000 + n) for n in range(count))}
    progress = dict.fromkeys(people, 0)
    ready: asyncio.Queue[tuple[int, float]] = asyncio.Queue()  # chat, answered at
    for chat in people:
        ready.put_nowait((chat, 0.0))
    in_hand: dict[int, tuple[int, float]] = {}  # update_id → chat, arrived at
    latencies: list[float] = []
    failed: list[int] = []

    def done(update_id: int, answered: bool) -> None:
        chat, arrived = in_hand.pop(update_id)
        now = time.perf_counter()
        latencies.append(api.last_call_at.get(chat, now) - arrived)
        if not answered:
            failed.append(update_id)
        if progress[chat] < len(script):
            ready.put_nowait((chat, now))

    inbox = TimedInbox(bot.app, bot.services.store, bot.clock, owner="bench", done=done)
    stop = asyncio.Event()
    handling = asyncio.create_task(inbox.run(stop))
    interval = 1 / rate
    next_at = time.perf_counter()
    deadline = next_at + seconds
    while (left := deadline - time.perf_counter()) > 0:
        try:
            chat, answered_at = await asyncio.wait_for(ready.get(), left)
        except TimeoutError:
            break
        person, step = people[chat], script[progress[chat]]
        data = update_for(step, person, None if step[0] == "send" else api.keyboards[chat])
        await asyncio.sleep(next_at - time.perf_counter())
        api.last_call_at.pop(chat, None)
        in_hand[int(data["update_id"])] = (chat, max(next_at, answered_at))
        progress[chat] += 1
        await inbox.accept([data])
        next_at += interval
    for _ in range(500):  # the last ones finish
        if not in_hand:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await handling
    await bot.app.stop()
    await bot.stop()
    gc.unfreeze()  # the benches after this one collect as they would on their own
    assert not in_hand and not failed, f"{len(in_hand)} unanswered, {len(failed)} failed"
    return latencies


def rss_of(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


BARE_POLLER = """
import sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters
async def echo(update, context):
    await context.bot.send_message(update.effective_chat.id, "ok")
app = ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2]).build()
app.add_handler(MessageHandler(filters.ALL, echo))
app.run_polling()
"""


def process_start(folder: Path, database: Path | None, bare: bool = False) -> tuple[float, float]:
    """Seconds from process start to polling (its first getUpdates), and RSS in MB once it
    has been idle for two seconds. `database` None means a new, empty one."""
    folder.mkdir(parents=True, exist_ok=True)
    with FakeBotApiServer(TOKEN) as server:
        env = bot_env(folder, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
        if database is not None:
            env["DATABASE_URL"] = f"sqlite+aiosqlite:///{database}"
        command = (
            [sys.executable, "-c", BARE_POLLER, TOKEN, server.base_url]
            if bare
            else [sys.executable, "-m", "bot"]
        )
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while "getUpdates" not in server.methods():
                if process.poll() is not None or time.perf_counter() - started > 60:
                    raise RuntimeError("the process did not start polling")
                time.sleep(0.005)
            ready = time.perf_counter() - started
            time.sleep(2)
            rss = rss_of(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=20)
    return ready, rss


def render(lines: list[tuple[str, str, str]], arguments: argparse.Namespace) -> str:
    table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in lines)
    latencies = ", ".join(f"{latency * 1000:.0f}" for latency in LATENCIES)
    return (
        "# Benchmarks\n\n"
        "Written by `make bench` (`python -m benchmarks`); do not edit by hand. Each\n"
        "baseline is measured in the same run.\n\n"
        "What stands in for Telegram:\n\n"
        "- **Journey, steady load, the scheduler's own cost**: an in-process Bot API that\n"
        "  answers at once, so the figures are Bangkit's own cost.\n"
        "- **Daily broadcast at Telegram's pace**: a Bot API on 127.0.0.1 in a process of\n"
        f"  its own, answering every message after a round trip of {latencies} ms ± "
        f"{JITTER:.0%}\n"
        "  (uniform), over keep-alive HTTP/1.1; the bot runs the real scheduler through\n"
        "  PTB's HTTP client and `AIORateLimiter`. The stub models the network's round trip\n"
        "  only: it never answers 429 and has no limit of its own. The achieved rate is\n"
        "  counted after the tick's first second (the limiter lets one second's worth go\n"
        "  at once), and set beside `SEND_RATE_PER_SECOND`. These runs send a few thousand\n"
        "  messages per latency, not 100,000, to keep `make bench` to a few minutes; the\n"
        "  time for 100,000 is computed from the slowest of them.\n"
        "- **Start-up and memory**: `python -m bot` polling a fake Bot API on 127.0.0.1.\n\n"
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n"
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite in WAL mode; load average"
        f" {arguments.load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
        " (other work on the machine slows every figure)\n"
        f"- journey: {arguments.users} users, every prompt, interleaved, one update at a time\n"
        f"- steady load: {arguments.steady_rate} updates/s for {arguments.steady_seconds:.0f} s"
        f" (unless chosen: {STEADY_SHARE:.0%} of the {getattr(arguments, 'inbox_rate', 0):,.0f}"
        " updates/s the inbox path answered when offered more than it could take), taken in as"
        " polling does: stored in the inbox, then handled by its per-chat workers; latency"
        " from an update's arrival to its last Bot API call, each person sending the next"
        " once answered\n"
        f"- scale-out: {arguments.chats} chats' typed journeys"
        f" ({arguments.chats * (len(BY_TYPING) + 1):,} updates) stored in the inbox on"
        " PostgreSQL, then handled by `python -m bot worker` processes against a fake Bot"
        " API on 127.0.0.1; counted between 10% and 90% done\n"
        f"- daily broadcast: {arguments.paced:,} users due at once per latency at the default"
        f" {arguments.rate:g} messages/s; {arguments.paid:,} with `PAID_BROADCAST` at"
        f" {arguments.paid_rate:g} messages/s\n"
        f"- scheduler's own cost: {arguments.broadcast:,} opted-in users due at once, rate"
        " limiter off\n"
        f"- start-up and memory: on a new database and on the broadcast's database"
        f" ({arguments.broadcast:,} users)\n\n"
        "| measure | Bangkit | baseline / goal |\n|---|---|---|\n" + table + "\n"
    )


def paced_lines(runs: list[Paced], goal: str) -> list[tuple[str, str, str]]:
    return [
        (
            f"daily broadcast, {run.latency * 1000:.0f} ms ± {JITTER:.0%} round trip",
            f"{run.rate:,.1f} messages/s: {run.share:.1%} of {run.configured:,g} configured",
            f"{goal}; {run.messages:,} messages, {run.most_in_flight} in flight at most,"
            f" {run.cpu_ms:.2f} ms CPU each",
        )
        for run in runs
    ]


async def main(arguments: argparse.Namespace) -> None:
    arguments.load_before = os.getloadavg()[0]
    folder = Path(tempfile.mkdtemp(prefix="bangkit-bench-"))
    bare = await bare_ptb(2000)
    steps = await journey(arguments.users, folder)
    if arguments.steady_rate is None:
        # Below capacity: what a user waits for when the bot keeps up. The capacity is
        # the inbox path's own (storing, then the per-chat workers), measured first by
        # offering more than it can take; the journey above skips the inbox.
        arguments.inbox_rate = await inbox_capacity(folder)
        arguments.steady_rate = max(10, int(arguments.inbox_rate * STEADY_SHARE))
    latencies = await steady(arguments.steady_rate, arguments.steady_seconds, folder)
    scale_out = [await workers.run(count, arguments.chats, folder) for count in (1, 2)]
    at_pace = [
        await paced(latency, arguments.paced, arguments.rate, False, folder)
        for latency in LATENCIES
    ]
    paid = [
        await paced(latency, arguments.paid, arguments.paid_rate, True, folder)
        for latency in LATENCIES
    ]
    own_rate, own_cpu, growth = await broadcast(arguments.broadcast, folder)
    bare_start, bare_rss = process_start(folder / "bare", None, bare=True)
    empty_start, empty_rss = process_start(folder / "empty", None)
    full_start, full_rss = process_start(folder / "full", folder / "broadcast.db")
    understanding = list(run_corpus())
    crises, look_alikes = safety_eval.crisis(), safety_eval.must_not()
    distress = safety_eval.gentle()
    bare_p50 = statistics.median(bare)
    p50 = statistics.median(steps)
    slowest = min(at_pace, key=lambda run: run.rate)
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
        (
            "journey p99 per update",
            f"{percentile(steps, 0.99) * 1000:.2f} ms",
            f"bare PTB {percentile(bare, 0.99) * 1000:.3f} ms",
        ),
        (
            f"p99 latency at {arguments.steady_rate} updates/s",
            f"{percentile(latencies, 0.99) * 1000:.1f} ms"
            f" (p50 {statistics.median(latencies) * 1000:.1f} ms)",
            "goal ≤ 10 ms; Bangkit's own time: the stub Bot API answers at once, so"
            " Telegram's round trip (tens to hundreds of ms) comes on top for users",
        ),
        *(
            (
                f"PostgreSQL, {count} worker process{'es' if count > 1 else ''}",
                f"{rate:,.0f} updates/s" if rate is not None else "not measured",
                "a shared inbox, limiter set past what a process can do"
                if rate is not None
                else "no PostgreSQL server at TEST_POSTGRES_URL",
            )
            for count, rate in zip((1, 2), scale_out, strict=True)
        ),
        (
            "typed answers understood (tests/data/understanding/)",
            f"{sum(r.understood for r in understanding):,} of {len(understanding):,},"
            f" {sum(r.misread for r in understanding)} misread",
            "goal ≥ 95%, 0 misread",
        ),
        (
            "crisis language answered as a crisis (tests/data/safety/)",
            f"{crises.total.right:,} of {crises.total.total:,}",
            f"false crisis on look-alikes: {look_alikes.total.total - look_alikes.total.right}"
            f" of {look_alikes.total.total:,}; gentle tier {distress.total.right}"
            f" of {distress.total.total}",
        ),
        *paced_lines(at_pace, "goal ≥ 95%"),
        (
            f"{USERS_AT_ONE_TIME:,} users at one time: the last message after",
            f"{USERS_AT_ONE_TIME / slowest.rate / 60:.0f} min",
            f"{USERS_AT_ONE_TIME:,} / {slowest.rate:.1f} messages/s (the slowest above);"
            f" {USERS_AT_ONE_TIME / arguments.rate / 60:.0f} min at exactly"
            f" {arguments.rate:g}",
        ),
        *paced_lines(paid, "with `PAID_BROADCAST`: one process's ceiling"),
        (
            f"scheduler's own cost, {arguments.broadcast:,} due at once",
            f"{own_rate:,.0f} messages/s, {own_cpu:.2f} ms CPU each",
            "rate limiter off, instant Bot API; goal ≥ 2,000",
        ),
        ("RSS growth during that broadcast", f"{growth:.1f} MB", "goal ≤ 30 MB"),
        (
            f"start-up to polling, {arguments.broadcast:,} users stored",
            f"{full_start:.2f} s (new database {empty_start:.2f} s)",
            f"bare PTB {bare_start:.2f} s; goal ≤ 2 s",
        ),
        (
            f"RSS at rest, {arguments.broadcast:,} users stored",
            f"{full_rss:.0f} MB (new database {empty_rss:.0f} MB)",
            f"bare PTB {bare_rss:.0f} MB; goal: flat",
        ),
    ]
    text = render(lines, arguments)
    DOC.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--users", type=int, default=2000, help="users through the journey")
    parser.add_argument("--broadcast", type=int, default=100_000, help="users due at once")
    parser.add_argument(
        "--steady-rate",
        type=int,
        default=None,
        help="updates offered per second (default: half capacity)",
    )
    parser.add_argument("--chats", type=int, default=140, help="chats in the scale-out run")
    parser.add_argument("--steady-seconds", type=float, default=20, help="how long to offer them")
    parser.add_argument("--paced", type=int, default=1000, help="messages per latency, paced")
    parser.add_argument("--rate", type=float, default=25, help="SEND_RATE_PER_SECOND, paced")
    parser.add_argument("--paid", type=int, default=2000, help="messages per latency, paid")
    parser.add_argument("--paid-rate", type=float, default=1000, help="SEND_RATE_PER_SECOND, paid")
    asyncio.run(main(parser.parse_args()))
