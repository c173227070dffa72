"""The hot path's writes of one row, on SQLite straight to the driver.

An update writes a few rows (its inbox mark, the user's row, the journey's, an answer).
Through the session each such statement costs about 60 µs of SQLAlchemy's own work
(the async wrapper, the session's bookkeeping, the execution context), against about
20 µs for SQLite to run it. Here a statement is compiled once per set of columns, by
SQLAlchemy, and its parameters go through the same bind processors; only the execution
is SQLite's own, on the connection the session already holds, inside its transaction.

Everything else goes through the session as before: PostgreSQL, a session that has ORM
changes to flush first (its autoflush would have run before the statement), many rows at
once, and any statement whose compiled form needs the execution context (column
defaults computed in Python, expanding IN lists, RETURNING).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, NamedTuple

from sqlalchemy import exc
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import UpdateBase

from bot.db import inline


class _Compiled(NamedTuple):
    sql: str
    names: tuple[str, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]
    compiled: Any


# Per statement (built once by its module), per set of parameter names: the compiled
# form, or None when it must go through the session.
_CACHE: dict[UpdateBase, dict[frozenset[str], _Compiled | None]] = {}


def _compile(statement: UpdateBase, dialect: Any, keys: frozenset[str]) -> _Compiled | None:
    compiled: Any = statement.compile(dialect=dialect, column_keys=sorted(keys))
    if (
        compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.post_compile_params
        or compiled.literal_execute_params
        or compiled.effective_returning
        or compiled.positiontup is None
    ):
        return None
    names = tuple(compiled.positiontup)
    processors = compiled._bind_processors
    return _Compiled(str(compiled), names, tuple(processors.get(n) for n in names), compiled)


def _driver(session: AsyncSession) -> sqlite3.Connection | None:
    """The SQLite connection of the session's transaction, when it is one of ours
    (bot/db/inline.py) and has begun."""
    bind: Any = session.get_bind()
    if not getattr(bind, "in_transaction", lambda: False)():
        return None
    connection = getattr(bind.connection.dbapi_connection, "_connection", None)
    if not isinstance(connection, inline.InlineConnection):
        return None
    driver = connection._conn
    return driver if driver.in_transaction else None


async def write(session: AsyncSession, statement: UpdateBase, params: dict[str, Any]) -> int:
    """Run an INSERT, UPDATE or DELETE of one row's `params` in the session's transaction;
    returns how many rows it matched."""
    driver: sqlite3.Connection | None = None
    # With ORM changes pending, the session's autoflush must run first.
    if session.sync_session._is_clean() and session.get_bind().dialect.name == "sqlite":
        driver = _driver(session)
        if driver is None and session.in_transaction():
            await session.connection()  # the transaction's first statement: BEGIN IMMEDIATE
            driver = _driver(session)
    prepared = _prepared(session, statement, params) if driver is not None else None
    if driver is None or prepared is None:
        result: Any = await session.execute(statement, params)
        return int(getattr(result, "rowcount", 0))
    values = prepared.compiled.construct_params(params)
    args = tuple(
        values[name] if process is None else process(values[name])
        for name, process in zip(prepared.names, prepared.processors, strict=True)
    )
    try:
        cursor = driver.execute(prepared.sql, args)
    except sqlite3.Error as error:  # as SQLAlchemy would report it
        raise exc.DBAPIError.instance(prepared.sql, args, error, sqlite3.Error) from error
    count = cursor.rowcount
    cursor.close()
    return count


def _prepared(
    session: AsyncSession, statement: UpdateBase, params: dict[str, Any]
) -> _Compiled | None:
    by_keys = _CACHE.setdefault(statement, {})
    keys = frozenset(params)
    if keys not in by_keys:
        by_keys[keys] = _compile(statement, session.get_bind().dialect, keys)
    return by_keys[keys]
