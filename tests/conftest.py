"""Shared fixtures: databases (SQLite always, PostgreSQL where reachable) and a bot
harness that drives the real Application through a recording Bot API."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.harness import BotHarness

POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def _empty_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("empty")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Tests never read the developer's .env or environment. Each runs in a folder without
    a .env: its own tmp_path when it uses one (it may write there), else one empty folder
    shared by the tests that write nothing (a folder for each of those costs seconds)."""
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "ADMIN_", "LOG_")):
            monkeypatch.delenv(name, raising=False)
    folder = "tmp_path" if "tmp_path" in request.fixturenames else "_empty_folder"
    monkeypatch.chdir(request.getfixturevalue(folder))


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'bangkit.db'}"


async def _postgres_admin(statement: str) -> None:
    import asyncpg  # type: ignore[import-untyped]

    url = make_url(POSTGRES_URL)
    connection = await asyncpg.connect(
        host=url.host,
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        database=url.database,
        timeout=5,
    )
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database of this run's own on the PostgreSQL server, dropped afterwards."""
    yield from _own_postgres_database()


def _own_postgres_database() -> Iterator[str]:
    name = f"bangkit_test_{uuid.uuid4().hex[:12]}"
    try:
        asyncio.run(_postgres_admin(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server, no access: skip visibly, fail under CI
        message = f"PostgreSQL at TEST_POSTGRES_URL not reachable ({type(exc).__name__})"
        if IN_CI:
            pytest.fail(message + " and CI=true requires it")
        pytest.skip(message)
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each storage test runs on both engines; PostgreSQL gets a clean schema each time."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    url: str = request.getfixturevalue("postgres_database")
    asyncio.run(_reset_postgres(url))
    yield url


async def _reset_postgres(url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database at the newest schema, migrated once per test process."""
    from bot.db.migrate import migrate

    path = tmp_path_factory.mktemp("migrated") / "bangkit.db"
    asyncio.run(migrate(f"sqlite+aiosqlite:///{path}"))
    with closing(sqlite3.connect(path)) as db:  # all in the file itself, none in its WAL
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def migrated_postgres_database() -> Iterator[str]:
    """A second database of this run's own, migrated once; emptied before each test."""
    from bot.db.migrate import migrate

    for url in _own_postgres_database():
        asyncio.run(migrate(url))
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def migrated_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database at the newest schema, SQLite and PostgreSQL in turn: what the
    bot's start-up migration makes of a fresh one, without running every migration again
    for every test (tests/integration/test_migrations.py covers running them)."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("migrated_sqlite_template")
        path = tmp_path / "bangkit.db"
        shutil.copyfile(template, path)
        path.chmod(0o600)  # as the bot creates it
        return sqlite_url(tmp_path)
    url: str = request.getfixturevalue("migrated_postgres_database")
    asyncio.run(_empty_postgres(url))
    return url


async def _empty_postgres(url: str) -> None:
    """Every table emptied and every id sequence restarted; the schema stays."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    async with engine.begin() as connection:
        tables = (
            await connection.execute(
                text(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename <> 'alembic_version'"
                )
            )
        ).scalars()
        await connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture
async def bot(migrated_database_url: str) -> AsyncIterator[BotHarness]:
    """The real Application on an empty database, SQLite and PostgreSQL in turn."""
    harness = BotHarness(migrated_database_url)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
