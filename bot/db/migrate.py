"""Apply Alembic migrations from inside the running event loop (idempotent)."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.db.engine import create_engine, is_sqlite

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
# Any constant shared by all processes; it keeps concurrent start-ups from racing.
POSTGRES_MIGRATION_LOCK = 0x42414E47  # "BANG"


class MigrationError(Exception):
    pass


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _run(connection: Connection, config: Config, revision: str, downgrade: bool) -> None:
    config.attributes["connection"] = connection
    if downgrade:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


async def migrate(url: str, revision: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) the database at `url`; on PostgreSQL under an advisory lock."""
    sqlite = is_sqlite(url)
    # Batch migrations copy tables, so foreign key checks are off for the run and
    # verified once at the end instead (docs/architecture.md).
    engine = create_engine(url, foreign_keys=not sqlite)
    config = alembic_config(url)
    try:
        async with engine.begin() as connection:
            if not sqlite:
                await connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRES_MIGRATION_LOCK}
                )
            await connection.run_sync(_run, config, revision, downgrade)
            if sqlite:
                problems = (await connection.exec_driver_sql("PRAGMA foreign_key_check")).all()
                if problems:
                    raise MigrationError(f"foreign key check failed on {len(problems)} rows")
    finally:
        await engine.dispose()
    log.info("database schema is at %s", revision)
