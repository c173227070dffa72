"""An aiosqlite connection that runs SQLite on the event loop's own thread.

aiosqlite hands every call (cursor, execute, fetch, close, commit) to a thread of its
own and wakes the event loop when it is done: a queue put, a future and a loop wake-up,
three or four times per statement. On our database a statement takes tens of
microseconds (WAL with synchronous=NORMAL commits without fsync), far less than the hop,
and the Store already lets one writer at a time in. So the calls run inline here; the
rest of aiosqlite's API, and SQLAlchemy's aiosqlite dialect on top, stay as they are.

Waiting for another connection's lock must not freeze the loop (nor, when that
connection is ours, wait for it in vain): a statement that may wait, one that SQLite
says may be retried (outside a transaction, such as BEGIN IMMEDIATE, or a COMMIT), runs
with SQLite's busy timeout at zero and, while the database is busy, again after
asyncio.sleep until the usual busy timeout has passed.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Generator
from typing import Any

import aiosqlite

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
        if name == "executemany":
            # Many rows at once (the scheduler's pages): their own work would hold the
            # loop, so they go to a thread as with aiosqlite. Never the lock-taking
            # statement of a transaction, which is a single BEGIN IMMEDIATE.
            return await asyncio.to_thread(fn, *args, **kwargs)
        # What may wait for another connection's lock: a statement outside a transaction
        # (BEGIN IMMEDIATE, a checkpoint) or a COMMIT. Inside a transaction that holds
        # the write lock, WAL has nothing to wait for.
        if name != "commit" and (connection.in_transaction or name not in _STATEMENTS):
            return fn(*args, **kwargs)
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
