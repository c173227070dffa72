"""Engine factory: SQLite tuned as docs/architecture.md says, PostgreSQL as it comes."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.db import inline

SQLITE_BUSY_TIMEOUT_MS = 5000
# Execution option for connections that only read.
READ_ONLY = "bangkit_read_only"


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def prepare_sqlite_file(url: str | URL) -> None:
    """Create the parent folder and an empty database file readable only by us."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(descriptor)


def _tune_sqlite(engine: AsyncEngine, *, foreign_keys: bool) -> None:
    # SQLAlchemy's recipe for aiosqlite: we emit BEGIN ourselves, so every write
    # transaction takes the lock up front (BEGIN IMMEDIATE) instead of failing later.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows are overwritten, not just unlinked: /hapusdata means gone.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A read (the health check) must not take, or wait for, the one write lock.
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


async def _connect_inline(engine: AsyncEngine) -> aiosqlite.Connection:
    # The URL's own connect arguments, as the dialect would have passed to aiosqlite.
    sync_engine = engine.sync_engine
    args, kwargs = sync_engine.dialect.create_connect_args(sync_engine.url)
    return await inline.connect(*args, busy_ms=SQLITE_BUSY_TIMEOUT_MS, **kwargs)


def create_engine(url: str, *, foreign_keys: bool = True, **kwargs: Any) -> AsyncEngine:
    """`foreign_keys=False` is for batch migrations, which must run with checks off."""
    if is_sqlite(url):
        prepare_sqlite_file(url)
        engine: AsyncEngine
        engine = create_async_engine(
            url, hide_parameters=True, async_creator=lambda: _connect_inline(engine), **kwargs
        )
        _tune_sqlite(engine, foreign_keys=foreign_keys)
        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


class Store:
    """Hands out one transaction per update; the service commits, repositories never do."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        # SQLite has one writer at a time. Without this queue, chats handled side by side
        # all wait in SQLite's busy handler, which is not first come first served: under
        # load one could wait past busy_timeout. Transactions must not nest.
        self._one_writer = asyncio.Lock() if is_sqlite(engine.url) else None
        # WAL readers neither block the writer nor wait for it (BEGIN, not IMMEDIATE).
        self._reader = engine.execution_options(**{READ_ONLY: True}) if self._one_writer else engine

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        if self._one_writer is None:
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._one_writer, self._sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncConnection]:
        """A transaction that only reads (it must not write): on SQLite it does not queue
        for the one write lock, and sees what was committed when it began."""
        async with self._reader.connect() as connection, connection.begin():
            yield connection

    async def scrub(self) -> None:
        """After personal data was deleted: SQLite keeps the old pages in its write-ahead
        log until a checkpoint, so copy the log into the (securely deleted) database and
        empty it. PostgreSQL needs nothing here."""
        if self._one_writer is None:
            return
        async with self._one_writer, self.engine.connect() as connection:
            raw = await connection.get_raw_connection()
            driver: Any = raw.driver_connection  # an inline.InlineConnection
            await driver.execute_in_thread("PRAGMA wal_checkpoint(TRUNCATE)")

    async def dispose(self) -> None:
        await self.engine.dispose()
