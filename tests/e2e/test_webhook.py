"""Webhook mode over real HTTP on 127.0.0.1: the secret, malformed and oversized bodies,
the health check, and the whole bot as a process answering a signed update."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from bot.inbox import Inbox
from bot.webhook import MAX_BODY_BYTES, build_server, create_webhook_app
from tests.conftest import sqlite_url
from tests.e2e.test_process import TOKEN, running_bot
from tests.fake_bot_api_server import FakeBotApiServer
from tests.harness import BotHarness
from tests.waiting import until, wait_until

SECRET = "s3cret_TOKEN-123"
PATH = "/telegram/hook"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_update(update_id: int, user_id: int = 501) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Rina"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Rina"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


@pytest.fixture
async def served(bot: BotHarness) -> AsyncIterator[tuple[BotHarness, str]]:
    async with serving(bot) as base:
        yield bot, base


@asynccontextmanager
async def serving(bot: BotHarness) -> AsyncIterator[str]:
    """The webhook app of this bot on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    inbox = Inbox(bot.app, bot.services.store, bot.clock, owner="test", poll_seconds=0.05)
    stop = asyncio.Event()
    app = create_webhook_app(bot.app, bot.services.store, inbox, PATH, SECRET)
    server = build_server(app, "127.0.0.1", port)
    await bot.app.start()
    task = asyncio.create_task(server.serve())
    handling = asyncio.create_task(inbox.run(stop))
    await until(lambda: server.started, 10, "the webhook server listening")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        stop.set()
        await task
        await handling
        await bot.app.stop()


async def wait_for_reply(bot: BotHarness, count: int) -> None:
    await until(
        lambda: len([c for c in bot.api.calls if c.method == "sendMessage"]) >= count,
        10,
        f"{count} sendMessage calls",
    )


async def test_a_signed_update_is_processed(served: tuple[BotHarness, str]) -> None:
    bot, base = served
    async with httpx.AsyncClient(base_url=base) as client:
        answer = await client.post(
            PATH, json=start_update(1), headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
    assert answer.status_code == 200
    await wait_for_reply(bot, 1)
    assert any("Selamat datang" in c.text for c in bot.api.calls if c.method == "sendMessage")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
        {"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"},
    ],
)
async def test_without_the_right_secret_nothing_is_processed(
    served: tuple[BotHarness, str], headers: dict[str, str]
) -> None:
    bot, base = served
    async with httpx.AsyncClient(base_url=base) as client:
        answer = await client.post(PATH, json=start_update(2), headers=headers)
        assert answer.status_code == 403
        # The same chat's next, signed update: its chat's updates are handled in order,
        # so once it is answered the refused one would have been answered too.
        signed = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        assert (await client.post(PATH, json=start_update(3), headers=signed)).status_code == 200
    await wait_for_reply(bot, 1)
    welcomes = [c for c in bot.api.calls if c.method == "sendMessage"]
    assert len(welcomes) == 1 and "Selamat datang" in welcomes[0].text


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"update_id": "x"}', b""])
async def test_a_malformed_body_gets_400_and_is_not_logged(
    served: tuple[BotHarness, str], body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    _bot, base = served
    async with httpx.AsyncClient(base_url=base) as client:
        answer = await client.post(
            PATH, content=body + b" RAHASIA", headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
    assert answer.status_code == 400
    assert "RAHASIA" not in caplog.text


async def test_an_oversized_body_gets_413(served: tuple[BotHarness, str]) -> None:
    _bot, base = served
    big = json.dumps({"update_id": 3, "padding": "x" * MAX_BODY_BYTES}).encode()
    async with httpx.AsyncClient(base_url=base) as client:
        answer = await client.post(
            PATH, content=big, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
    assert answer.status_code == 413


async def test_health_follows_the_database(served: tuple[BotHarness, str]) -> None:
    bot, base = served
    async with httpx.AsyncClient(base_url=base) as client:
        assert (await client.get("/healthz")).status_code == 200

        working = bot.services.store.engine
        bot.services.store.engine = create_async_engine(
            "sqlite+aiosqlite:////nonexistent-folder/bangkit.db"
        )
        try:
            assert (await client.get("/healthz")).status_code == 503
        finally:
            await bot.services.store.engine.dispose()
            bot.services.store.engine = working


def test_the_bot_in_webhook_mode_registers_serves_and_stops_cleanly(tmp_path: Path) -> None:
    port = free_port()
    with (
        FakeBotApiServer(TOKEN) as telegram,
        running_bot(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=telegram.base_url,
            WEBHOOK_URL=f"https://bangkit.example{PATH}",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(port),
        ) as process,
    ):
        wait_until(lambda: "setWebhook" in telegram.methods(), 30, "setWebhook called")
        signed = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:

            def healthy() -> bool:
                try:
                    return client.get("/healthz").status_code == 200
                except httpx.ConnectError:
                    return False

            wait_until(healthy, 30, "GET /healthz answering 200")
            assert client.post(PATH, json=start_update(7), headers=signed).status_code == 200
            assert client.post(PATH, json=start_update(8)).status_code == 403
        wait_until(telegram.sent_texts, 30, "the welcome sent")
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
    assert process.returncode == 0, (tmp_path / "bot.log").read_text()[-2000:]
    assert len([t for t in telegram.sent_texts() if "Selamat datang" in t]) == 1
    setup = next(p for m, p in telegram.calls if m == "setWebhook")
    assert setup["url"] == f"https://bangkit.example{PATH}" and setup["secret_token"] == SECRET


async def test_health_does_not_wait_for_a_long_write(tmp_path: Path) -> None:
    """SQLite only: PostgreSQL has no single write lock to wait for."""
    bot = BotHarness(sqlite_url(tmp_path))
    await bot.start()
    writer = sqlite3.connect(tmp_path / "bangkit.db", isolation_level=None)
    try:
        async with serving(bot) as base, httpx.AsyncClient(base_url=base) as client:
            writer.execute("BEGIN IMMEDIATE")  # a long write elsewhere (the scheduler, say)
            # Held until after the answer: a check that waited for the write lock would
            # end in SQLite's "database is locked", a 503.
            answer = await client.get("/healthz")
            writer.execute("ROLLBACK")  # before stopping: the scheduler's tick waits for it
            assert answer.status_code == 200
    finally:
        if writer.in_transaction:
            writer.execute("ROLLBACK")
        writer.close()
        await bot.stop()


async def test_a_slow_answer_does_not_keep_telegram_waiting_and_a_redelivery_is_answered_once(
    served: tuple[BotHarness, str],
) -> None:
    bot, base = served
    # The request never waits for handling, so 4 s here stands for any length (Telegram
    # gives a webhook about 10 s before it delivers again).
    bot.api.delays["sendMessage:502"] = 4
    signed = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        started = time.monotonic()
        first = await client.post(PATH, json=start_update(40, 502), headers=signed)
        assert first.status_code == 200 and time.monotonic() - started < 2
        again = await client.post(PATH, json=start_update(40, 502), headers=signed)
        assert again.status_code == 200
        # Another chat is answered meanwhile.
        other = await client.post(PATH, json=start_update(41, 503), headers=signed)
        assert other.status_code == 200
    for _ in range(300):
        if any(c.chat_id == 503 for c in bot.api.calls if c.method == "sendMessage"):
            break
        await asyncio.sleep(0.02)
    assert any(c.chat_id == 503 for c in bot.api.calls if c.method == "sendMessage")
    bot.api.delays.clear()
    for _ in range(800):
        if any(c.chat_id == 502 for c in bot.api.calls if c.method == "sendMessage"):
            break
        await asyncio.sleep(0.02)
    welcomes = [c for c in bot.api.calls if c.method == "sendMessage" and c.chat_id == 502]
    assert len(welcomes) == 1
