"""Is the bot's database usable? For `python -m bot healthcheck` (a container's HEALTHCHECK),
which runs beside the bot as a separate process, in polling and webhook mode alike."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.db.engine import is_sqlite

HEALTH_TIMEOUT_SECONDS = 5.0


async def check_database(url: str) -> str | None:
    """None when the database answers a read and holds the schema (migrations were
    applied); otherwise one line saying what is wrong. It writes nothing: a missing SQLite
    file is reported, never created, and the URL (it may hold a password) is never shown."""
    if is_sqlite(url) and await asyncio.to_thread(_sqlite_file_missing, url):
        return "the SQLite database file does not exist yet"
    # asyncpg: the connect timeout; SQLite: how long a busy file is waited for.
    engine = create_async_engine(url, connect_args={"timeout": HEALTH_TIMEOUT_SECONDS})
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            try:
                version = (
                    await connection.execute(text("SELECT version_num FROM alembic_version"))
                ).scalar()
            except DBAPIError:  # no such table
                version = None
    except Exception as exc:  # any failure means "not healthy"; the reason, not the URL
        return f"the database did not answer a read ({type(exc).__name__})"
    finally:
        await engine.dispose()
    if version is None:
        return "the database has no schema yet (migrations not applied)"
    return None


def _sqlite_file_missing(url: str) -> bool:
    database = make_url(url).database or ""
    return bool(database) and database != ":memory:" and not Path(database).is_file()
