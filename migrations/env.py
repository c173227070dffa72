"""Alembic environment: async, batch mode for SQLite, the URL from settings.

`bot.db.migrate` hands in a live connection (config.attributes["connection"]); the
plain `alembic` command line opens its own from DATABASE_URL.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.db.engine import create_engine
from bot.db.models import Base
from bot.settings import load_settings

config = context.config
target_metadata = Base.metadata


def run_with_connection(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_with_own_engine() -> None:
    url = config.get_main_option("sqlalchemy.url") or load_settings().database_url
    engine = create_engine(url, foreign_keys=False)
    async with engine.connect() as connection:
        await connection.run_sync(run_with_connection)
        await connection.commit()
    await engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (--sql) migrations are not supported; run them against a database.")

shared_connection = config.attributes.get("connection")
if shared_connection is None:
    asyncio.run(run_with_own_engine())
else:
    run_with_connection(shared_connection)
