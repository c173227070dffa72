"""An aiosqlite connection that runs SQLite on the event loop's own thread.

aiosqlite hands every call (cursor, execute, fetch, close, commit) to a thread of its
own and wakes the event loop when it is done: a queue put, a future and a loop wake-up,
three or four times per statement. On our database a statement takes tens of
microseconds (WAL with synchronous=NORMAL commits without fsync), far less than the hop,
and the Store already lets one writer at a time in. So the calls run inline here; the
rest of aiosqlite's API, and SQLAlchemy's aiosqlite dialect on top, stay as they are.

SQLAlchemy's aiosqlite adapter still awaits each call (cursor, execute, fetch, close:
a greenlet switch and a coroutine each), although nothing here waits. The adapter built
by `dbapi()` hands SQLAlchemy a cursor that calls sqlite3 directly instead, and awaits
only for what may wait (below) or goes to a thread.

Waiting for another connection's lock must not freeze the loop (nor, when that
connection is ours, wait for it in vain): a statement that may wait, one that SQLite
says may be retried (outside a transaction, such as BEGIN IMMEDIATE, or a COMMIT), runs
with SQLite's busy timeout at zero and, while the database is busy, again after
asyncio.sleep until the usual busy timeout has passed.
"""

from __future__ import annotations

import asyncio
import collections
import sqlite3
import time
from collections.abc import Callable, Generator, Sequence
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util.concurrency import await_only

# The calls that run SQL (on a connection or a cursor).
_STATEMENTS = frozenset({"execute", "executemany", "executescript"})
# Between attempts at a busy database, in seconds: at first often, then every 50 ms.
_BACKOFF = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05)


class _RunAtOnce:
    """Stands in for aiosqlite's queue to its thread: the few places that put a call on
    it directly (connecting, stopping, SQLAlchemy's isolation_level setter) run it now."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:  # handed to whoever awaits, as the thread would
            if future is not None and not future.done():
                future.set_exception(exc)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    def __init__(
        self, connector: Callable[[], sqlite3.Connection], iter_chunk_size: int, busy_ms: int
    ) -> None:
        super().__init__(connector, iter_chunk_size)
        self._tx = _RunAtOnce()  # type: ignore[assignment]
        self._busy_seconds = busy_ms / 1000
        self._restore_busy = f"PRAGMA busy_timeout={busy_ms}"

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()  # no thread to start

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        connection = self._connection
        if not self._running or connection is None:
            raise ValueError("Connection closed")
        name = getattr(fn, "__name__", "")
        if self.runs_at_once(name):
            return fn(*args, **kwargs)
        return await self._waiting(fn, name, *args, **kwargs)

    def runs_at_once(self, name: str) -> bool:
        """Whether a call cannot wait: neither many rows (a thread's) nor a statement that
        may wait for another connection's lock."""
        connection = self._connection
        if connection is None or name == "executemany":
            return False
        # What may wait for another connection's lock: a statement outside a transaction
        # (BEGIN IMMEDIATE, a checkpoint) or a COMMIT. Inside a transaction that holds
        # the write lock, WAL has nothing to wait for.
        return name != "commit" and (connection.in_transaction or name not in _STATEMENTS)

    async def _waiting(self, fn: Callable[..., Any], name: str, *args: Any, **kwargs: Any) -> Any:
        connection = self._connection
        if not self._running or connection is None:
            raise ValueError("Connection closed")
        if name == "executemany":
            # Many rows at once (the scheduler's pages): their own work would hold the
            # loop, so they go to a thread as with aiosqlite. Never the lock-taking
            # statement of a transaction, which is a single BEGIN IMMEDIATE.
            return await asyncio.to_thread(fn, *args, **kwargs)
        deadline = time.monotonic() + self._busy_seconds
        attempt = 0
        while True:
            connection.execute("PRAGMA busy_timeout=0")
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                    raise
            finally:
                connection.execute(self._restore_busy)
            await asyncio.sleep(_BACKOFF[min(attempt, len(_BACKOFF) - 1)])
            attempt += 1

    async def execute_in_thread(self, sql: str) -> list[Any]:
        """For a statement slow by nature (a checkpoint copies the log into the database
        and syncs both): on a thread, as aiosqlite would, where busy_timeout may wait."""
        connection = self._conn
        return await asyncio.to_thread(lambda: connection.execute(sql).fetchall())


def connect(
    database: str, *, busy_ms: int, iter_chunk_size: int = 64, **kwargs: Any
) -> InlineConnection:
    """Like aiosqlite.connect. `busy_ms`: how long a busy database is waited for, as
    PRAGMA busy_timeout says (engine.py sets the same)."""
    # Used by one task at a time; on a thread only for executemany and execute_in_thread.
    kwargs["check_same_thread"] = False
    return InlineConnection(lambda: sqlite3.connect(database, **kwargs), iter_chunk_size, busy_ms)


class _Ready:
    """An awaitable that is done at once."""

    def __await__(self) -> Generator[Any, None, None]:
        return
        yield  # a generator that finishes at once


_READY = _Ready()


class InlineCursor:
    """A DBAPI cursor for SQLAlchemy over the connection's sqlite3 cursor: what cannot
    wait runs at once, with no greenlet switch; the rest is awaited as the adapter would
    (InlineConnection._waiting). Rows are fetched at execute, as the adapter does."""

    server_side = False

    def __init__(self, adapted: _AdaptedConnection, connection: InlineConnection) -> None:
        self._adapted = adapted
        self._connection = connection
        self._rows: collections.deque[Any] = collections.deque()
        self._description: Any = None
        try:
            self._cursor = connection._conn.cursor()
        except Exception as error:  # as the adapter reports a closed connection
            adapted._handle_exception(error)

    def _run(self, name: str, *args: Any) -> Any:
        try:
            method = getattr(self._cursor, name)
            if self._connection.runs_at_once(name):
                # One await all the same: SQLAlchemy's AsyncConnection checks that its
                # statement awaited something (its sign of an async driver).
                await_only(_READY)
                return method(*args)
            return await_only(self._connection._waiting(method, name, *args))
        except Exception as error:
            self._adapted._handle_exception(error)

    def execute(self, operation: str, parameters: Sequence[Any] | None = None) -> None:
        self._run("execute", operation, () if parameters is None else parameters)
        self._description = self._cursor.description
        rows = self._cursor.fetchall() if self._description is not None else ()
        self._rows = collections.deque(rows)

    def executemany(self, operation: str, seq_of_parameters: Sequence[Any]) -> None:
        self._run("executemany", operation, seq_of_parameters)
        self._description = None
        self._rows.clear()

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return int(self._cursor.arraysize)

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    def fetchone(self) -> Any:
        return self._rows.popleft() if self._rows else None

    def fetchmany(self, size: int | None = None) -> list[Any]:
        rows = self._rows
        count = min(self.arraysize if size is None else size, len(rows))
        return [rows.popleft() for _ in range(count)]

    def fetchall(self) -> list[Any]:
        rows = list(self._rows)
        self._rows.clear()
        return rows

    def close(self) -> None:
        self._rows.clear()
        self._cursor.close()

    async def _async_soft_close(self) -> None:
        """SQLAlchemy's asyncio results call this: the rows are already here."""
        self._cursor.close()


class _AdaptedConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()

    def cursor(self, server_side: bool = False) -> Any:
        connection = self._connection
        if server_side or not isinstance(connection, InlineConnection):
            return super().cursor(server_side)
        return InlineCursor(self, connection)


class _Dbapi(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *args: Any, **kwargs: Any) -> AsyncAdapt_aiosqlite_connection:
        creator = kwargs.pop("async_creator_fn", None)
        if creator is None:
            return super().connect(*args, **kwargs)
        return _AdaptedConnection(self, await_only(creator(*args, **kwargs)))


def dbapi() -> AsyncAdapt_aiosqlite_dbapi:
    """The aiosqlite dialect's DBAPI module (create_engine's `module`), whose connections
    from an `async_creator` returning an InlineConnection use InlineCursor."""
    return _Dbapi(aiosqlite, sqlite3)
