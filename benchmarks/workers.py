"""Scale-out on PostgreSQL: how many updates a second one and two `python -m bot worker`
processes take from a shared inbox (docs/architecture.md, the inbox).

Every chat's whole journey, typed, is stored in the inbox first, the chats interleaved as
they would arrive; then the workers start against a fake Bot API on 127.0.0.1 and the
rows they finish are counted. The rate is taken between 10% and 90% of the rows done, so
neither start-up nor the last chats' tail counts as speed.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.db.migrate import migrate
from bot.db.models import InboxUpdate
from bot.local_api import UpdateFactory
from tests.conftest import POSTGRES_URL, _postgres_admin
from tests.e2e.test_journey import BY_TYPING
from tests.e2e.test_process import TOKEN, bot_env
from tests.fake_bot_api_server import FakeBotApiServer

# Telegram holds a bot to about 30 messages a second; here the limiter is set past what
# a process can do, so the figure is the processes' own capacity.
UNPACED = {"PAID_BROADCAST": "true", "SEND_RATE_PER_SECOND": "1000"}


def journeys(chats: int) -> list[dict[str, Any]]:
    """The inbox rows of `chats` people typing the whole journey, interleaved."""
    people = [UpdateFactory(700_000 + n, f"Pengguna{n}") for n in range(chats)]
    script = ["/gagal", *BY_TYPING]
    now = datetime.now(UTC)
    rows = []
    update_id = 1
    for text in script:
        for person in people:
            rows.append(
                {
                    "update_id": update_id,
                    "chat_id": person.user["id"],
                    "user_id": person.user["id"],
                    "payload": {**person.message(text), "update_id": update_id},
                    "state": "pending",
                    "attempts": 0,
                    "received_at": now,
                }
            )
            update_id += 1
    return rows


async def _finished(url: str) -> tuple[int, int]:
    """Rows handled (their effects committed) and rows failed."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            handled = await connection.scalar(
                select(func.count()).where(InboxUpdate.state != "pending")
            )
            failed = await connection.scalar(
                select(func.count()).where(InboxUpdate.state == "failed")
            )
    finally:
        await engine.dispose()
    return int(handled or 0), int(failed or 0)


async def run(workers: int, chats: int, folder: Path) -> float | None:
    """Updates/s for `workers` processes; None where no PostgreSQL server answers."""
    name = f"bangkit_bench_{uuid.uuid4().hex[:12]}"
    try:
        await _postgres_admin(f'CREATE DATABASE "{name}"')
    except Exception:
        return None
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        await migrate(url)
        rows = journeys(chats)
        engine = create_async_engine(url)
        async with engine.begin() as connection:
            await connection.execute(insert(InboxUpdate), rows)
        await engine.dispose()
        return await _measure(url, workers, len(rows), folder)
    finally:
        await _postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _measure(url: str, workers: int, total: int, folder: Path) -> float:
    seen: list[tuple[float, int]] = []
    with FakeBotApiServer(TOKEN) as server:
        processes = []
        for n in range(workers):
            home = folder / f"worker-{workers}-{n}"
            home.mkdir(parents=True, exist_ok=True)
            env = bot_env(
                home,
                DATABASE_URL=url,
                TELEGRAM_BOT_TOKEN=TOKEN,
                TELEGRAM_API_BASE_URL=server.base_url,
                LOG_LEVEL="WARNING",
                **UNPACED,
            )
            processes.append(
                await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "bot",
                    "worker",
                    cwd=home,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        try:
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                handled, failed = await _finished(url)
                seen.append((time.monotonic(), handled))
                if handled >= total:
                    break
                if any(process.returncode is not None for process in processes):
                    raise RuntimeError("a worker stopped before the inbox was empty")
                await asyncio.sleep(0.1)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                await asyncio.wait_for(process.wait(), 30)
    if failed:
        raise RuntimeError(f"{failed} updates failed")
    if seen[-1][1] < total:
        raise RuntimeError(f"only {seen[-1][1]} of {total} updates handled in time")
    start = next(t for t, handled in seen if handled >= total * 0.1)
    start_count = next(handled for _, handled in seen if handled >= total * 0.1)
    end, end_count = next((t, handled) for t, handled in seen if handled >= total * 0.9)
    return (end_count - start_count) / (end - start)
