"""The hot path's writes of one row, and its one read of the user's row, on SQLite
straight to the driver.

An update writes a few rows (its inbox mark, the user's row, the journey's, an answer).
Through the session each such statement costs about 60 µs of SQLAlchemy's own work
(the async wrapper, the session's bookkeeping, the execution context), against about
20 µs for SQLite to run it. Here a statement is compiled once per set of columns, by
SQLAlchemy, and its parameters go through the same bind processors; only the execution
is SQLite's own, on the connection the session already holds, inside its transaction.

The read (`read_row`) is the same idea for a SELECT of one row of plain columns: its
values go through the columns' result processors, as a Core result's would. `persistent`
then makes an ORM object of a row's columns without the ORM's loading machinery (about
60 µs for the user and the open journey together): the session holds it as if a query
had loaded it.

Everything else goes through the session as before: PostgreSQL, a session that has ORM
changes to flush first (its autoflush would have run before the statement), many rows at
once, and any statement whose compiled form needs the execution context (column
defaults computed in Python, expanding IN lists, RETURNING).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, exc, inspect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.sql.dml import UpdateBase

from bot.db import inline

T = TypeVar("T")


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


async def _usable_driver(session: AsyncSession) -> sqlite3.Connection | None:
    """The driver to run a statement on directly, or None when it must go through the
    session."""
    # With ORM changes pending, the session's autoflush must run first.
    if not session.sync_session._is_clean() or session.get_bind().dialect.name != "sqlite":
        return None
    driver = _driver(session)
    if driver is None:
        # The transaction's first statement: the session begins (BEGIN IMMEDIATE), as
        # its own execute would.
        await session.connection()
        driver = _driver(session)
    return driver


def _execute(
    driver: sqlite3.Connection, prepared: _Compiled, params: dict[str, Any]
) -> sqlite3.Cursor:
    values = prepared.compiled.construct_params(params)
    args = tuple(
        values[name] if process is None else process(values[name])
        for name, process in zip(prepared.names, prepared.processors, strict=True)
    )
    try:
        return driver.execute(prepared.sql, args)
    except sqlite3.Error as error:  # as SQLAlchemy would report it
        raise exc.DBAPIError.instance(prepared.sql, args, error, sqlite3.Error) from error


async def write(session: AsyncSession, statement: UpdateBase, params: dict[str, Any]) -> int:
    """Run an INSERT, UPDATE or DELETE of one row's `params` in the session's transaction;
    returns how many rows it matched."""
    driver = await _usable_driver(session)
    prepared = _prepared(session, statement, params) if driver is not None else None
    if driver is None or prepared is None:
        result: Any = await session.execute(statement, params)
        return int(getattr(result, "rowcount", 0))
    cursor = _execute(driver, prepared, params)
    count = cursor.rowcount
    cursor.close()
    return count


# Per SELECT (built once by its module): its compiled form with each column's result
# processor, or None when it must go through the session.
_READS: dict[Select[Any], tuple[_Compiled, tuple[Callable[[Any], Any] | None, ...]] | None] = {}


async def read_row(
    session: AsyncSession, statement: Select[Any], params: dict[str, Any]
) -> tuple[Any, ...] | None:
    """The first row of a SELECT of plain columns (no ORM entities) in the session's
    transaction, its values as a Core result would give them; None when there is none."""
    driver = await _usable_driver(session)
    if driver is not None and statement not in _READS:
        _READS[statement] = _compile_read(statement, session.get_bind().dialect)
    prepared = _READS.get(statement) if driver is not None else None
    if driver is None or prepared is None:
        found = (await session.execute(statement, params)).first()
        return tuple(found) if found is not None else None
    compiled, processors = prepared
    cursor = _execute(driver, compiled, params)
    row = cursor.fetchone()
    cursor.close()
    if row is None:
        return None
    return tuple(
        value if process is None else process(value)
        for value, process in zip(row, processors, strict=True)
    )


def _compile_read(
    statement: Select[Any], dialect: Any
) -> tuple[_Compiled, tuple[Callable[[Any], Any] | None, ...]] | None:
    compiled: Any = statement.compile(dialect=dialect)
    if compiled.post_compile_params or compiled.literal_execute_params:
        return None
    if compiled.positiontup is None:
        return None
    names = tuple(compiled.positiontup)
    binds = compiled._bind_processors
    prepared = _Compiled(str(compiled), names, tuple(binds.get(n) for n in names), compiled)
    results = tuple(
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in statement.selected_columns
    )
    return prepared, results


def persistent(session: AsyncSession, model: type[T], values: dict[str, Any]) -> T:
    """`model`'s object of a row read in this transaction (every column's value, by
    attribute name), held by the session as a query would have loaded it: changes to
    it are flushed, and later queries of its row give this object back. When the
    session already holds that row's object, that one is returned as it is, as a query
    would have."""
    instance = model()
    state = inspect(instance)
    state.dict.update(values)
    make_transient_to_detached(instance)  # its values become the loaded ones; keyed
    held: T | None = session.sync_session.identity_map.get(state.key)
    if held is not None:
        return held
    session.add(instance)
    return instance


def _prepared(
    session: AsyncSession, statement: UpdateBase, params: dict[str, Any]
) -> _Compiled | None:
    by_keys = _CACHE.setdefault(statement, {})
    keys = frozenset(params)
    if keys not in by_keys:
        by_keys[keys] = _compile(statement, session.get_bind().dialect, keys)
    return by_keys[keys]
