"""The bot as a real process: exit codes, the console chat, polling a local Bot API."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.cli import main
from bot.local_api import UpdateFactory
from tests.fake_bot_api_server import FakeBotApiServer
from tests.waiting import wait_until

PROJECT = Path(__file__).resolve().parents[2]
TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"
# Up to the drain after SIGTERM (bot/inbox.py) plus start-up on a busy machine: a
# process that never stops still fails, one that is slow to does not.
STOP_SECONDS = 40


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "ADMIN_", "LOG_"))
    }
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'bangkit.db'}"
    env["PYTHONPATH"] = str(PROJECT)
    env["TMPDIR"] = str(tmp_path)  # the console's log file and saved files stay in here
    env.update(extra)
    return env


@contextmanager
def running_bot(tmp_path: Path, *args: str, **env: str) -> Iterator[subprocess.Popen[bytes]]:
    """`python -m bot` as a real process, its log in tmp_path/bot.log (a file, not a pipe:
    a pipe nobody reads fills up and blocks the bot's logging). Killed if still running."""
    with (tmp_path / "bot.log").open("w") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
            env=bot_env(tmp_path, **env),
        )
        try:
            yield process
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def run_bot(
    tmp_path: Path, *args: str, stdin: str = "", timeout: float = 30, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
        timeout=timeout,
        check=False,
    )


def test_console_shows_the_welcome_and_a_numbered_button_works(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="/start\n2\n")
    assert result.returncode == 0, result.stderr
    assert "Selamat datang di Bangkit" in result.stdout
    assert "[2] Bantuan dan kontak darurat" in result.stdout
    assert "Perintah yang bisa Anda gunakan" in result.stdout  # the press worked
    assert "<b>" not in result.stdout  # HTML shown as readable text
    assert "Traceback" not in result.stderr


def test_console_echoes_piped_input_so_a_script_reads_as_a_chat(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="/start\n\n2\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Anda> /start"
    assert "Anda> 2" in lines
    assert lines.index("Anda> 2") > lines.index("  [2] Bantuan dan kontak darurat")
    assert "Anda> " not in lines  # an empty line is not sent, so not echoed


LOG_LINE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ [A-Z]+ |\{\"time\": ")


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_console_logs_to_a_file_named_once_and_never_into_the_chat(
    tmp_path: Path, log_format: str
) -> None:
    result = run_bot(
        tmp_path, "console", stdin="/start\n/gagal\n", LOG_LEVEL="DEBUG", LOG_FORMAT=log_format
    )
    assert result.returncode == 0, result.stderr
    assert "Selamat datang di Bangkit" in result.stdout
    assert not [line for line in result.stdout.splitlines() if LOG_LINE.match(line)]
    announced = result.stderr.strip().splitlines()
    assert len(announced) == 1, result.stderr
    log_file = Path(announced[0].rsplit(" ", 1)[1])
    assert log_file.parent == tmp_path and log_file.name.startswith("bangkit-console-")
    logged = log_file.read_text()
    assert "update handled" in logged and "database schema is at head" in logged
    assert all(LOG_LINE.match(line) for line in logged.splitlines() if line.strip())
    assert "Selamat datang" not in logged  # logs carry ids and outcomes, not texts


def test_console_stopped_by_an_error_says_so_in_one_line_naming_the_log(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("")  # the database's folder cannot be made
    database = tmp_path / "not-a-folder" / "bangkit.db"
    result = run_bot(
        tmp_path, "console", stdin="/start\n", DATABASE_URL=f"sqlite+aiosqlite:///{database}"
    )
    assert result.returncode == 1
    announced, stopped = result.stderr.strip().splitlines()
    log_file = Path(announced.rsplit(" ", 1)[1])
    assert stopped.startswith("Bangkit berhenti") and stopped.endswith(str(log_file))
    assert "Traceback" in log_file.read_text() and "Traceback" not in result.stderr


def test_console_sends_a_colon_prefixed_number_as_text(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="/start\n:5\n")
    assert result.returncode == 0, result.stderr
    # Text that names no button of the menu on screen, not a press of a fifth button.
    assert "jawaban itu belum saya pahami" in result.stdout


def test_console_keeps_its_data_between_runs(tmp_path: Path) -> None:
    run_bot(tmp_path, "console", stdin="/start\n")
    assert (tmp_path / "data" / "bangkit.db").exists()
    second = run_bot(tmp_path, "console", stdin="/start\n")
    assert second.returncode == 0 and "Selamat datang" in second.stdout


def test_without_token_and_terminal_the_bot_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run_bot(tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "variable, value",
    [
        ("TELEGRAM_API_BASE_URL", "https://example.invalid/api"),
        ("DEFAULT_TIMEZONE", "Asia/Atlantis"),
        ("ADMIN_USER_IDS", "x"),
        ("REMINDER_TICK_SECONDS", "soon"),
        ("SEND_RATE_PER_SECOND", "0"),
        ("LOG_FORMAT", "xml"),
        ("DATABASE_URL", "mysql://localhost/db"),
        ("WEBHOOK_SECRET", "has spaces!"),
        ("WEBHOOK_PORT", "99999"),
    ],
)
def test_an_invalid_variable_exits_2_naming_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
) -> None:
    # In-process: what `python -m bot` exits with is main()'s answer (bot/__main__.py),
    # and the next test runs that path as a process.
    monkeypatch.setenv(variable, value)
    assert main(["migrate"]) == 2
    stderr = capsys.readouterr().err
    assert variable in stderr
    assert stderr.strip().count("\n") == 0
    assert "Traceback" not in stderr
    assert not (tmp_path / "data").exists()  # stopped before touching any database


def test_the_same_variable_in_dotenv_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ADMIN_USER_IDS=1,zwei\n")
    result = run_bot(tmp_path, "migrate")
    assert result.returncode == 2 and "ADMIN_USER_IDS" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_migrate_applies_the_schema_and_exits_0(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "migrate", ADMIN_USER_IDS="1, 2")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "bangkit.db").exists()


def test_help_works(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "--help")
    assert result.returncode == 0 and "console" in result.stdout
    assert "healthcheck" in result.stdout


def test_healthcheck_answers_1_until_the_database_holds_the_schema_then_0(
    tmp_path: Path,
) -> None:
    database = tmp_path / "data" / "bangkit.db"
    before = run_bot(tmp_path, "healthcheck")
    assert before.returncode == 1
    assert before.stderr.startswith("unhealthy:") and before.stderr.strip().count("\n") == 0
    assert not database.exists()  # a health check creates nothing
    assert run_bot(tmp_path, "migrate").returncode == 0
    after = run_bot(tmp_path, "healthcheck")
    assert (after.returncode, after.stdout.strip()) == (0, "healthy"), after.stderr
    # Docker reserves exit code 2: a configuration error is unhealthy (1), in one line.
    broken = run_bot(tmp_path, "healthcheck", DATABASE_URL="mysql://localhost/db")
    assert broken.returncode == 1 and "DATABASE_URL" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_a_token_rejected_by_the_bot_api_exits_2(tmp_path: Path) -> None:
    with FakeBotApiServer(TOKEN, reject_token=True) as server:
        result = run_bot(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "401" in result.stderr
    assert TOKEN not in result.stderr


def test_polls_a_local_bot_api_answers_start_and_never_logs_the_token(tmp_path: Path) -> None:
    with FakeBotApiServer(TOKEN) as server:
        server.pending_updates.append(UpdateFactory(501, "Rina").message("/start"))
        with running_bot(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=server.base_url,
            LOG_LEVEL="DEBUG",
        ) as process:
            wait_until(server.sent_texts, 30, "a reply sent")
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_SECONDS)
    stderr = (tmp_path / "bot.log").read_text()
    assert any("Selamat datang di Bangkit, Rina" in text for text in server.sent_texts())
    assert "setMyCommands" in server.methods()
    assert process.returncode == 0, stderr
    assert TOKEN not in stderr
    assert TOKEN.split(":")[1] not in stderr
    assert "update handled" in stderr


def test_an_unreachable_bot_api_is_retried_until_stopped(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port on this machine that nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "bot.log"
    with running_bot(
        tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot"
    ) as process:
        # However slow the machine, the bot has retried once it has said so twice.
        wait_until(
            lambda: log.read_text().count("unreachable") >= 2 or process.poll() is not None,
            30,
            "two 'Bot API unreachable' warnings",
        )
        assert process.poll() is None, "the bot gave up instead of retrying"
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=STOP_SECONDS)
    stderr = log.read_text()
    assert process.returncode == 0, stderr
    assert stderr.count("unreachable") >= 2
    assert TOKEN not in stderr


def test_sigterm_mid_window_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    """SIGTERM while sends are in flight: the bot exits 0 within 10 s, every message that
    went out is recorded as sent, and what was claimed but not sent is released, so the
    next process sends exactly the rest."""
    import asyncio
    from collections import Counter
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import func, select

    from bot.db.engine import create_engine
    from bot.db.migrate import migrate
    from bot.db.models import Delivery
    from tests.seeding import due_users, insert_due_users

    url = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'bangkit.db'}"
    users = 150
    first = 50_000

    async def seed() -> None:
        await migrate(url)
        engine = create_engine(url)
        async with engine.begin() as connection:
            await insert_due_users(
                connection, due_users(first, users, datetime.now(UTC) - timedelta(minutes=1))
            )
        await engine.dispose()

    async def ledger() -> dict[str, int]:
        engine = create_engine(url)
        async with engine.connect() as connection:
            result = await connection.execute(
                select(Delivery.state, func.count()).group_by(Delivery.state)
            )
            counts = {state: count for state, count in result.all()}
        await engine.dispose()
        return counts

    def daily_messages(server: FakeBotApiServer) -> Counter[int]:
        return Counter(
            int(params["chat_id"])
            for method, params in list(server.calls)
            if method == "sendMessage" and int(params["chat_id"]) >= first
        )

    asyncio.run(seed())
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "REMINDER_TICK_SECONDS": "1",
        "DEFAULT_TIMEZONE": "UTC",
        "SEND_RATE_PER_SECOND": "30",
    }
    with FakeBotApiServer(TOKEN, latency=0.1) as server:
        with running_bot(tmp_path, TELEGRAM_API_BASE_URL=server.base_url, **env) as process:
            deadline = time.monotonic() + 30
            while sum(daily_messages(server).values()) < 40 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert sum(daily_messages(server).values()) >= 40, "the daily send never started"
            signalled = time.monotonic()
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_SECONDS)
            stopped_after = time.monotonic() - signalled
        log_text = (tmp_path / "bot.log").rename(tmp_path / "bot-first.log").read_text()
        assert process.returncode == 0, log_text[-2000:]
        assert stopped_after < 10
        before = daily_messages(server)
        states = asyncio.run(ledger())
        assert server.most_in_flight > 1  # a window of sends, not one at a time
        assert sum(before.values()) < users  # it stopped mid-send, not after everyone
        # Each message that went out is recorded; the claims never sent are released.
        assert states.get("sent") == sum(before.values())
        assert states.get("released", 0) > 0 and "claimed" not in states
        with running_bot(tmp_path, TELEGRAM_API_BASE_URL=server.base_url, **env) as process:
            deadline = time.monotonic() + 40
            while len(daily_messages(server)) < users and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)  # anything sent twice would come now
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_SECONDS)
        after = daily_messages(server)
    assert after == Counter(range(first, first + users))  # everyone, once
    assert asyncio.run(ledger()) == {"sent": users}


def test_an_update_this_ptb_cannot_read_is_skipped_and_its_content_not_logged(
    tmp_path: Path,
) -> None:
    unreadable_poll = {  # lacks a field PTB 22.8 requires since Bot API 9.6
        "update_id": 1,
        "poll": {
            "id": "1",
            "question": "Rahasia Sari 0812-3456",
            "options": [{"text": "ya", "voter_count": 0}],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
        },
    }
    start = UpdateFactory(502, "Sari", first_update_id=2).message("/start")
    with FakeBotApiServer(TOKEN) as server:
        server.pending_updates.extend([unreadable_poll, start])
        with running_bot(
            tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url
        ) as process:
            wait_until(server.sent_texts, 30, "a reply sent")
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_SECONDS)
        confirmed = server.confirmed_below
    log = (tmp_path / "bot.log").read_text()
    assert any("Selamat datang di Bangkit, Sari" in text for text in server.sent_texts())
    assert confirmed == 3  # both confirmed: the unreadable one is not fetched forever
    assert "update 1 could not be read and was skipped" in log
    # (the whole number: a host name in the log may hold "0812" by chance)
    assert "Rahasia Sari" not in log and "0812-3456" not in log


def test_console_removes_the_files_it_saved_when_it_closes(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="/gagal\n1\n/ekspor\n")
    assert result.returncode == 0, result.stderr
    saved = re.findall(r"tersimpan sementara di: (\S+)", result.stdout)
    assert saved and all(not Path(path).exists() for path in saved)


def test_a_worker_answers_what_another_process_stored_in_order_and_once(
    tmp_path: Path, migrated_postgres_database: str
) -> None:
    """Scale-out: `python -m bot worker` takes nothing from Telegram itself; it handles the
    updates a poller or webhook replica stored in the shared inbox."""
    import asyncio
    from datetime import UTC, datetime

    from sqlalchemy import insert
    from sqlalchemy.ext.asyncio import create_async_engine

    from bot.db.models import InboxUpdate
    from tests.conftest import _empty_postgres

    asyncio.run(_empty_postgres(migrated_postgres_database))
    users = [UpdateFactory(900 + n, f"Pengguna{n}") for n in range(6)]
    chat_of = {id(factory): 900 + n for n, factory in enumerate(users)}
    ids = iter(range(1, 100))
    stored: list[dict[str, object]] = []
    for text in ("/start", "/bantuan"):
        for factory in users:
            update = {**factory.message(text), "update_id": next(ids)}
            stored.append(
                {
                    "update_id": update["update_id"],
                    "chat_id": factory.user["id"],
                    "user_id": factory.user["id"],
                    "payload": update,
                    "state": "pending",
                    "attempts": 0,
                    "received_at": datetime.now(UTC),
                }
            )

    async def store_as_another_process_would() -> None:
        engine = create_async_engine(migrated_postgres_database)
        async with engine.begin() as connection:
            await connection.execute(insert(InboxUpdate), stored)
        await engine.dispose()

    asyncio.run(store_as_another_process_would())
    with FakeBotApiServer(TOKEN) as server:
        with running_bot(
            tmp_path,
            "worker",
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=server.base_url,
            DATABASE_URL=migrated_postgres_database,
        ) as process:
            wait_until(lambda: len(server.sent_texts()) >= len(stored), 30, "every update answered")
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=STOP_SECONDS)
        assert "getUpdates" not in server.methods()  # it took nothing from Telegram itself
        for factory in users:
            texts = [str(m.get("text", "")) for m in server.delivered_to(chat_of[id(factory)])]
            # One welcome, then one help page: in order, each once.
            assert len(texts) == 2, texts
            assert f"Selamat datang di Bangkit, {factory.user['first_name']}" in texts[0]
            assert "/gagal" in texts[1] and "Selamat datang" not in texts[1]
    assert process.returncode == 0, (tmp_path / "bot.log").read_text()


def test_a_worker_on_sqlite_exits_2_naming_the_database(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "worker", TELEGRAM_BOT_TOKEN=TOKEN)
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr and "PostgreSQL" in result.stderr
    assert "Traceback" not in result.stderr
