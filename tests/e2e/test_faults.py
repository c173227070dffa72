"""What survives a crash, a misbehaving Telegram and a locked database.

The bot runs as a real process polling a fake Bot API on 127.0.0.1; simulated users type
their way through the whole journey, each sending the next answer once the bot has
replied to the last, as a person would. A handful of users is enough: what is proved
(nothing confirmed is lost, nothing applied twice, every journey equal to a reference
run, every fault kind met) holds per update, and each kill or fault is forced to fall
in the middle of their traffic, whatever the machine's speed.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.local_api import UpdateFactory
from tests.e2e.test_journey import BY_TYPING
from tests.e2e.test_process import TOKEN, bot_env
from tests.fake_bot_api_server import FakeBotApiServer, Faults
from tests.harness import BotHarness, FakeClock

FIRST_USER = 7_000


def typed_journey(today: datetime) -> list[str]:
    """/gagal and every answer typed, with the plan's target date a month ahead."""
    deadline = (today + timedelta(days=30)).strftime("%d/%m/%Y")
    return ["/gagal", *(deadline if typed == "31/12/2026" else typed for typed in BY_TYPING)]


class SimulatedUser:
    def __init__(self, user_id: int, script: list[str]) -> None:
        self.id = user_id
        self.script = script
        self.next_index = 0
        self.replies_seen = 0
        self.update_ids: list[int] = []
        self.done = False
        self.client = UpdateFactory(user_id, "Sari")

    def step(self, server: FakeBotApiServer) -> None:
        """Send the next answer once the bot has said something since the last one."""
        if self.done:
            return
        delivered = server.delivered_to(self.id)
        if self.next_index > 0 and len(delivered) <= self.replies_seen:
            return
        self.replies_seen = len(delivered)
        if self.next_index > 0 and "sedang sibuk" in str(delivered[-1].get("text", "")):
            self.next_index -= 1  # as the notice asks: send the same answer again
        if self.next_index >= len(self.script):
            self.done = True
            return
        self.update_ids.append(
            server.send_update(self.client.message(self.script[self.next_index]))
        )
        self.next_index += 1


def reference_answers(tmp_path: Path, script: list[str], now: datetime) -> dict[str, Any]:
    """The same script through the in-process Application: what the database should hold."""

    async def run() -> dict[str, Any]:
        harness = BotHarness(f"sqlite+aiosqlite:///{tmp_path / 'reference.db'}")
        harness.clock = FakeClock(now)
        harness.app = harness._build()
        await harness.start()
        try:
            user = harness.user(FIRST_USER - 1, "Sari")
            for text in script:
                await user.send(text)
        finally:
            await harness.stop()
        return read_journeys(tmp_path / "reference.db", FIRST_USER - 1)[FIRST_USER - 1]

    return asyncio.run(run())


def read_journeys(path: Path, *user_ids: int) -> dict[int, dict[str, Any]]:
    """Per user: journey statuses, answers by prompt and plan items, read with sqlite3."""
    found: dict[int, dict[str, Any]] = {}
    with sqlite3.connect(path) as db:
        for user_id in user_ids:
            found[user_id] = {
                "journeys": [
                    row[0]
                    for row in db.execute(
                        "SELECT status FROM journeys WHERE user_id = ?", (user_id,)
                    )
                ],
                "answers": dict(
                    db.execute("SELECT prompt, value FROM answers WHERE user_id = ?", (user_id,))
                ),
                "plan": sorted(
                    db.execute(
                        "SELECT kind, action, detail, due_on FROM plan_items WHERE user_id = ?",
                        (user_id,),
                    )
                ),
            }
    return found


def processed_update_ids(path: Path, *, applied: bool = False) -> set[int]:
    """Updates in the inbox (stored before they were confirmed), or only those whose
    effect is applied."""
    states = ("done", "replied") if applied else ("pending", "done", "replied", "failed")
    marks = ", ".join("?" * len(states))
    with sqlite3.connect(path) as db:
        query = f"SELECT update_id FROM inbox WHERE state IN ({marks})"
        return {row[0] for row in db.execute(query, states)}


class BotProcess:
    """`python -m bot` against the fake server; restartable, killable with SIGKILL."""

    def __init__(self, tmp_path: Path, server: FakeBotApiServer) -> None:
        self.tmp_path = tmp_path
        self.env = bot_env(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=server.base_url,
            # The figure of interest is safety, not pacing: Telegram's highest rate, which
            # a real bot may only configure with paid broadcast.
            SEND_RATE_PER_SECOND="1000",
            PAID_BROADCAST="true",
        )
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        log = (self.tmp_path / f"bot-{self.starts}.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=self.tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=self.env,
        )
        log.close()

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def stop(self) -> int:
        assert self.process is not None
        self.process.terminate()
        return self.process.wait(timeout=20)

    def logs(self) -> str:
        return "\n".join(
            (self.tmp_path / f"bot-{n}.log").read_text() for n in range(1, self.starts + 1)
        )


@dataclass
class Kill:
    """A SIGKILL `delay` seconds after the users have sent `after_updates` updates in all,
    or, `in_start_up`, after the restarted bot's first call (getMe): then it lands among
    migrations, the bot's profile, the first polls and the redelivered updates."""

    delay: float
    after_updates: int = 0
    in_start_up: bool = False


def drive(
    server: FakeBotApiServer,
    users: list[SimulatedUser],
    bot: BotProcess,
    *,
    deadline_seconds: float,
    kills: list[Kill] | None = None,
    on_kill: Any = None,
) -> None:
    started = time.monotonic()
    planned = list(kills or [])
    armed_at: float | None = None
    calls_before_start = 0
    while time.monotonic() - started < deadline_seconds:
        for user in users:
            user.step(server)
        if all(user.done for user in users) and not server.pending_updates:
            return
        if planned and armed_at is None:
            kill = planned[0]
            if kill.in_start_up:
                armed = "getMe" in server.methods()[calls_before_start:]
            else:
                armed = sum(len(user.update_ids) for user in users) >= kill.after_updates
            armed_at = time.monotonic() if armed else None
        if planned and armed_at is not None and time.monotonic() - armed_at >= planned[0].delay:
            planned.pop(0)
            armed_at = None
            confirmed = server.confirmed_below
            bot.kill()
            on_kill(confirmed)
            calls_before_start = len(server.methods())
            bot.start()
        time.sleep(0.01)
    stuck = [(u.id, u.next_index, u.replies_seen) for u in users if not u.done]
    raise AssertionError(f"users did not finish in time: {stuck[:5]}\n{bot.logs()[-3000:]}")


KILL_USERS = 8


@pytest.mark.timeout(240)
def test_kill_9_at_random_moments_loses_nothing_and_applies_nothing_twice(
    tmp_path: Path,
) -> None:
    now = datetime.now(UTC)
    script = typed_journey(now)
    expected = reference_answers(tmp_path, script, now)
    assert expected["journeys"] == ["finished"]
    database = tmp_path / "data" / "bangkit.db"
    users = [SimulatedUser(FIRST_USER + n, script) for n in range(KILL_USERS)]
    total = len(users) * len(script)
    rng = random.Random(20261125)
    # In the middle of the traffic, then in the start-up that follows, then later on;
    # each at a random moment a little after its trigger.
    plan = [
        Kill(rng.uniform(0.0, 0.5), after_updates=rng.randint(total // 8, total // 3)),
        Kill(rng.uniform(0.0, 0.3), in_start_up=True),
        Kill(rng.uniform(0.0, 0.5), after_updates=rng.randint(total // 2, total * 3 // 4)),
    ]
    checks: list[int] = []

    def after_kill(confirmed: int) -> None:
        # Every update the bot confirmed to Telegram before dying has its effect stored:
        # the marker commits in the same transaction as the answer.
        sent = {uid for user in users for uid in user.update_ids if uid < confirmed}
        missing = sent - processed_update_ids(database)
        assert not missing, f"confirmed but not stored: {sorted(missing)[:10]}"
        checks.append(len(sent))

    with FakeBotApiServer(TOKEN) as server:
        bot = BotProcess(tmp_path, server)
        bot.start()
        drive(server, users, bot, deadline_seconds=180, kills=plan, on_kill=after_kill)
        assert bot.stop() == 0, bot.logs()[-2000:]
    assert len(checks) == len(plan) and checks[-1] > 0
    assert bot.starts == len(plan) + 1
    stored = read_journeys(database, *(user.id for user in users))
    for user in users:
        assert stored[user.id] == expected, f"user {user.id} differs from the reference"
    all_sent = {uid for user in users for uid in user.update_ids}
    assert all_sent <= processed_update_ids(database, applied=True)
    assert "Traceback" not in bot.logs()


FAULT_USERS = 6


@pytest.mark.timeout(240)
def test_telegram_faults_slow_nobody_down_for_good(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    script = typed_journey(now)
    expected = reference_answers(tmp_path, script, now)
    faults = Faults(seed=7)
    users = [SimulatedUser(FIRST_USER + n, script) for n in range(FAULT_USERS)]
    # Enough sends that every forced fault falls inside the journeys.
    assert len(users) * len(script) > max(faults.forced)
    with FakeBotApiServer(TOKEN, faults=faults) as server:
        bot = BotProcess(tmp_path, server)
        bot.start()
        drive(server, users, bot, deadline_seconds=180)
        assert bot.stop() == 0, bot.logs()[-2000:]
    # Every kind of fault happened, and still every journey is whole and single, with
    # every reply delivered: nobody got the "ada kendala" notice instead of a prompt.
    assert set(faults.counts) == {"rate_limited", "server_error", "too_slow", "dropped"}
    for user in users:
        texts = [str(m.get("text", "")) for m in server.delivered_to(user.id)]
        assert not [t for t in texts if "ada kendala" in t], f"user {user.id} saw an error"
    stored = read_journeys(tmp_path / "data" / "bangkit.db", *(user.id for user in users))
    for user in users:
        assert stored[user.id] == expected, f"user {user.id} differs from the reference"


class WriterHoldingTheLock:
    """Another program writing to the same SQLite file: holds its write lock until it is
    released, by the test or after a while."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA busy_timeout=5000")
        self.holding = False

    def hold(self, seconds: float | None = None) -> None:
        self.connection.execute("BEGIN IMMEDIATE")
        self.holding = True
        if seconds is not None:
            asyncio.get_running_loop().call_later(seconds, self.release)

    def release(self) -> None:
        if self.holding:
            self.connection.execute("ROLLBACK")
            self.holding = False

    def close(self) -> None:
        self.connection.close()


async def started_journey(tmp_path: Path) -> tuple[BotHarness, Any]:
    harness = BotHarness(f"sqlite+aiosqlite:///{tmp_path / 'bangkit.db'}")
    await harness.start()
    sari = harness.user(FIRST_USER, "Sari")
    # Consent, step 1 typed, then the company: the position is asked next.
    for text in ("/gagal", "1", "2", "selesai", "lewati", "siap lanjut", "PT Sinar"):
        await sari.send(text)
    return harness, sari


async def stored_answers(harness: BotHarness) -> dict[str, Any]:
    path = Path(harness.settings.database_url.split("///")[1])
    answers: dict[str, Any] = read_journeys(path, FIRST_USER)[FIRST_USER]["answers"]
    return answers


async def test_a_database_locked_for_a_while_makes_the_bot_wait_not_fail(
    tmp_path: Path,
) -> None:
    harness, sari = await started_journey(tmp_path)
    writer = WriterHoldingTheLock(tmp_path / "bangkit.db")
    try:
        writer.hold(0.5)  # well inside the bot's busy timeout
        reply = await sari.send("Desainer Produk")
        # The answer needed the write lock, and the lock was released only during the
        # send: the bot waited for the other writer instead of failing.
        assert not writer.holding
    finally:
        writer.close()
        await harness.stop()
    assert "Sampai tahap mana proses seleksi" in reply[-1].text
    assert (await stored_answers(harness))["position"] == '"Desainer Produk"'


async def test_a_database_locked_too_long_gets_a_kind_reply_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.db.engine.SQLITE_BUSY_TIMEOUT_MS", 300)
    harness, sari = await started_journey(tmp_path)
    before = await stored_answers(harness)
    writer = WriterHoldingTheLock(tmp_path / "bangkit.db")
    try:
        writer.hold()  # past the bot's busy timeout: held until released below
        refused = await sari.send("Desainer Produk")
        assert writer.holding  # the refusal came while the other writer still held on
        assert "sedang sibuk" in refused[-1].text and "kirim ulang" in refused[-1].text
        assert "Traceback" not in refused[-1].text
        assert await stored_answers(harness) == before  # nothing half-saved, nothing lost
        writer.release()  # the other writer is done
        again = await sari.send("Desainer Produk")
    finally:
        writer.close()
        await harness.stop()
    assert "Sampai tahap mana proses seleksi" in again[-1].text
    assert (await stored_answers(harness))["position"] == '"Desainer Produk"'
    assert before.items() <= (await stored_answers(harness)).items()
