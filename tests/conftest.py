"""Shared fixtures: databases (SQLite always, PostgreSQL where reachable) and a bot
harness that drives the real Application through a recording Bot API."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.harness import BotHarness

POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read the developer's .env or environment."""
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "ADMIN_", "LOG_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


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


@pytest.fixture
async def bot(database_url: str) -> AsyncIterator[BotHarness]:
    """The real Application on a fresh database, SQLite and PostgreSQL in turn."""
    harness = BotHarness(database_url)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
