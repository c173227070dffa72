"""Engine factory: SQLite tuned as docs/architecture.md says, PostgreSQL as it comes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite
from sqlalchemy import event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.db import inline

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
# The Store copies the write-ahead log into the database (a checkpoint) after this many
# commits, on a thread. SQLite's own (every 1000 pages of log) runs inside the commit
# that crosses the mark: on the event loop, holding every chat for 5-10 ms.
CHECKPOINT_EVERY_COMMITS = 100
# A log longer than this many pages (~16 MB) is started again: see Checkpoints.
LOG_LIMIT_PAGES = 4000
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
        statement = "BEGIN" if read_only else "BEGIN IMMEDIATE"
        # On the DBAPI cursor: exec_driver_sql's execution context cost more than the
        # BEGIN. Its errors are raised as exec_driver_sql would (a busy database is an
        # OperationalError the callers know).
        dbapi = connection.dialect.loaded_dbapi
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            cursor.execute(statement)
        except dbapi.Error as error:
            raise exc.DBAPIError.instance(statement, (), error, dbapi.Error) from error
        finally:
            cursor.close()


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
            url,
            hide_parameters=True,
            async_creator=lambda: _connect_inline(engine),
            module=inline.dbapi(),
            **kwargs,
        )
        _tune_sqlite(engine, foreign_keys=foreign_keys)
        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


def _file_connector(engine: AsyncEngine) -> Callable[[], sqlite3.Connection] | None:
    """How to open the engine's SQLite file with the standard library (for a thread of
    its own); None for a database in memory, which has no write-ahead log."""
    url = engine.sync_engine.url
    database = url.database
    if not database or database == ":memory:" or "mode=memory" in database:
        return None
    args, kwargs = engine.sync_engine.dialect.create_connect_args(url)
    path: str = args[0]
    options: dict[str, Any] = {**kwargs, "check_same_thread": False}  # closed on the loop
    return lambda: sqlite3.connect(path, **options)


class Checkpoints:
    """Checkpoints of the write-ahead log on a thread instead of in a commit on the event
    loop: SQLite's automatic ones are off on the Store's connections, and every
    CHECKPOINT_EVERY_COMMITS commits a PASSIVE checkpoint (what the automatic one is)
    runs on a connection of its own, waiting for nobody.

    The log starts again from its beginning only at a write that finds all of it copied.
    Under a steady load, writes go on during every copy and that never happens: the log
    would grow for ever. So once it is longer than LOG_LIMIT_PAGES, the copy is finished
    with the Store's writers held back (the few pages written meanwhile, and the syncs:
    a few ms for writers, once in several checkpoints, instead of the whole copy on the
    loop every time)."""

    def __init__(
        self, connect: Callable[[], sqlite3.Connection], writers: asyncio.Lock, every: int
    ) -> None:
        self._connect = connect
        self._writers = writers
        self._every = every
        self._commits = 0
        self._running: asyncio.Task[None] | None = None
        self._copying: asyncio.Future[int] | None = None
        self._connection: sqlite3.Connection | None = None

    def committed(self) -> None:
        self._commits += 1
        if self._commits >= self._every and self._running is None:
            self._commits = 0
            self._running = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            pages = await self._copy()  # while writers go on
            if pages > LOG_LIMIT_PAGES:
                async with self._writers:
                    await self._copy()  # what they wrote meanwhile: the next write restarts
        except Exception:  # the next one copies what this one did not
            log.warning("checkpoint of the write-ahead log failed", exc_info=True)
        finally:
            self._running = None

    async def _copy(self) -> int:
        """The log's length in pages."""
        self._copying = asyncio.ensure_future(asyncio.to_thread(self._checkpoint))
        try:
            return await self._copying
        finally:
            self._copying = None

    def _checkpoint(self) -> int:
        if self._connection is None:
            self._connection = self._connect()
            # As the Store's own connections: the log synced before the copy, the
            # database after it.
            self._connection.execute("PRAGMA synchronous=NORMAL")
        checkpoint = self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        _busy, pages, _copied = checkpoint.fetchone()
        return int(pages)

    async def copied(self) -> None:
        """Wait for a copy in progress, if any (the caller holds the writers back)."""
        copying = self._copying
        if copying is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(copying)

    async def close(self) -> None:
        running = self._running
        if running is not None:
            await asyncio.shield(running)
        if self._connection is not None:
            self._connection.close()
            self._connection = None


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
        self._writer: AsyncConnection | None = None
        connect = _file_connector(engine) if self._one_writer else None
        self._checkpoints = (
            Checkpoints(connect, self._one_writer, CHECKPOINT_EVERY_COMMITS)
            if connect is not None and self._one_writer is not None
            else None
        )
        if self._checkpoints is not None:

            @event.listens_for(engine.sync_engine, "connect")
            def _no_automatic_checkpoint(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA wal_autocheckpoint=0")
                cursor.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        if self._one_writer is None:
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._one_writer:
            connection = await self._writer_connection()
            # Bound to the writer's connection: its transaction begins and ends with the
            # session's, and closing the session gives nothing back to the pool.
            session = self._sessions(bind=connection)
            try:
                # Begun by its first statement and committed here: `session.begin()`
                # would cost a round of the async wrapper more, for the same transaction.
                yield session
                await session.commit()
            finally:
                await session.close()  # rolls back what was not committed
                if connection.invalidated or connection.in_transaction():
                    # Lost, or left in doubt by a cancellation: the next one starts afresh.
                    self._writer = None
                    await connection.close()
            if self._checkpoints is not None:
                self._checkpoints.committed()

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[AsyncConnection]:
        """A transaction of Core statements only (the inbox's own rows): as `transaction`,
        without an ORM session, which costs more than such a write's SQL."""
        if self._one_writer is None:
            async with self.engine.begin() as connection:
                yield connection
            return
        async with self._one_writer:
            connection = await self._writer_connection()
            try:
                async with connection.begin():
                    yield connection
            finally:
                if connection.invalidated or connection.in_transaction():
                    self._writer = None
                    await connection.close()
            if self._checkpoints is not None:
                self._checkpoints.committed()

    async def _writer_connection(self) -> AsyncConnection:
        """SQLite's one writer keeps its connection: taking one from the pool and giving
        it back (with its reset) for every update cost more than the update's SQL."""
        if self._writer is None:
            self._writer = await self.engine.connect()
        return self._writer

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
            if self._checkpoints is not None:
                # A checkpoint in progress would leave this one part of the log.
                await self._checkpoints.copied()
            raw = await connection.get_raw_connection()
            driver: Any = raw.driver_connection  # an inline.InlineConnection
            await driver.execute_in_thread("PRAGMA wal_checkpoint(TRUNCATE)")

    async def dispose(self) -> None:
        if self._writer is not None:
            await self._writer.close()
            self._writer = None
        if self._checkpoints is not None:
            await self._checkpoints.close()
        await self.engine.dispose()
