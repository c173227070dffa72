"""Migrations: upgrade → downgrade → upgrade with rows present; models match the schema."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import insert, inspect, select, text
from sqlalchemy.engine import Connection

from bot.db.engine import create_engine
from bot.db.migrate import alembic_config, migrate
from bot.db.models import Answer, Application, Base, InboxUpdate, Journey, User

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


def _revisions(url: str) -> list[str]:
    scripts = ScriptDirectory.from_config(alembic_config(url))
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


async def _seed(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            insert(User).values(
                id=42, created_at=NOW, updated_at=NOW, is_active=True, keyboard_seq=0
            )
        )
        await connection.execute(
            insert(Journey).values(
                id=1,
                user_id=42,
                status="active",
                prompt="opening",
                company="PT Maju",
                position="Analis Data",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        await connection.execute(
            insert(Answer).values(
                journey_id=1,
                user_id=42,
                prompt="company",
                value="PT Maju",
                is_feeling=False,
                created_at=NOW,
                updated_at=NOW,
            )
        )
        await connection.execute(
            insert(InboxUpdate).values(
                update_id=7, chat_id=42, user_id=42, state="replied", received_at=NOW
            )
        )
        await connection.execute(
            insert(Application).values(
                user_id=42,
                company="PT Maju",
                position="Analis Data",
                source="linkedin",
                stage="hr",
                stage_at=NOW,
                reached=[["applied", "2026-11-20"], ["hr", "2026-11-25"]],
                interview_on=NOW.date(),
                journey_id=1,
                created_at=NOW,
                updated_at=NOW,
            )
        )
    await engine.dispose()


async def test_upgrade_downgrade_upgrade_keeps_working_with_rows(database_url: str) -> None:
    revisions = _revisions(database_url)
    assert revisions, "no migrations found"
    await migrate(database_url)
    await _seed(database_url)
    # Step down and up one revision at a time: every downgrade must work with data present.
    for revision in reversed(revisions[1:]):
        await migrate(database_url, revision, downgrade=True)
        await migrate(database_url)
    await migrate(database_url, "base", downgrade=True)
    await migrate(database_url)
    await migrate(database_url)  # idempotent at head
    await _seed(database_url)
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        company = await connection.scalar(select(Journey.company).where(Journey.id == 1))
    await engine.dispose()
    assert company == "PT Maju"


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_models_match_the_migrated_schema(database_url: str) -> None:
    await migrate(database_url)
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        differences = await connection.run_sync(_differences)
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    await engine.dispose()
    assert differences == []
    assert set(Base.metadata.tables) <= tables


async def test_sqlite_file_and_folder_are_created_private(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "bangkit.db"
    await migrate(f"sqlite+aiosqlite:///{path}")
    assert path.exists()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.parametrize(
    "pragma, expected",
    [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("synchronous", 1),
        ("busy_timeout", 5000),
    ],
)
async def test_sqlite_connections_are_tuned(tmp_path: Path, pragma: str, expected: object) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    async with engine.connect() as connection:
        value = (await connection.exec_driver_sql(f"PRAGMA {pragma}")).scalar()
    await engine.dispose()
    assert value == expected


async def test_processes_starting_together_migrate_once_without_racing(
    database_url: str,
) -> None:
    import asyncio

    # The advisory lock (PostgreSQL) or the write lock (SQLite) lets one go first; the
    # others find the schema at head and do nothing.
    await asyncio.gather(*(migrate(database_url) for _ in range(3)))
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        versions = await connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        rows = versions.all()
    await engine.dispose()
    assert rows == [(_revisions(database_url)[-1],)]


async def test_data_of_users_in_the_middle_of_something_is_carried_over(
    database_url: str,
) -> None:
    """0006: the waiting flags become the one slot, and notes of people who declined
    consent go; 0007: journeys at a prompt that no longer exists resume at its successor."""
    await migrate(database_url, "0005")
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO users (id, created_at, updated_at, is_active, keyboard_seq,"
                " consent_feelings, practice_question, reminder_enabled)"
                " VALUES (42, :now, :now, true, 0, false, 'q07', false)"
            ),
            {"now": NOW.replace(tzinfo=None)},
        )
        await connection.execute(
            text(
                "INSERT INTO journeys (id, user_id, status, prompt, created_at, updated_at,"
                " followup_asks) VALUES (1, 42, 'paused', 'pause_invite', :now, :now, 0),"
                " (2, 42, 'active', 'eval_communication', :now, :now, 0)"
            ),
            {"now": NOW.replace(tzinfo=None)},
        )
        for journey, prompt, value, feeling in (
            (1, "_resume", '"skill_current"', False),
            (2, "eval_technical_note", '"kurang latihan"', False),
            (2, "company", '"PT Maju"', False),
        ):
            await connection.execute(
                text(
                    "INSERT INTO answers (journey_id, user_id, prompt, value, is_feeling,"
                    " created_at, updated_at) VALUES (:j, 42, :p, :v, :f, :now, :now)"
                ),
                {
                    "j": journey,
                    "p": prompt,
                    "v": value,
                    "f": feeling,
                    "now": NOW.replace(tzinfo=None),
                },
            )
    await engine.dispose()
    await migrate(database_url)
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        awaiting = await connection.scalar(select(User.awaiting).where(User.id == 42))
        prompts = dict((await connection.execute(select(Journey.id, Journey.prompt))).all())
        kept: dict[str, object] = dict(
            (
                await connection.execute(
                    select(Answer.prompt, Answer.value).where(Answer.user_id == 42)
                )
            ).all()
        )
    await engine.dispose()
    assert awaiting == "practice:q07"
    assert prompts == {1: "pause_invite", 2: "evaluation"}
    assert kept == {"_resume": "skill_gap", "company": "PT Maju"}  # the note went with consent


async def test_journeys_at_the_details_go_through_step_one_first(database_url: str) -> None:
    """0009: the details moved after step 1; a journey open at one of them, or paused to
    resume there, goes to the mood question, unless step 1 is behind it."""
    await migrate(database_url, "0008")
    engine = create_engine(database_url)
    now = NOW.replace(tzinfo=None)
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO users (id, created_at, updated_at, is_active, keyboard_seq,"
                " reminder_enabled, turns, misses) VALUES (42, :now, :now, true, 0, false, 0, 0)"
            ),
            {"now": now},
        )
        for journey, status, prompt in (
            (1, "active", "position"),
            (2, "paused", "pause_invite"),
            (3, "finished", "strategy"),
            (4, "active", "interview_date"),
        ):
            await connection.execute(
                text(
                    "INSERT INTO journeys (id, user_id, status, prompt, created_at,"
                    " updated_at, followup_asks) VALUES (:j, 42, :s, :p, :now, :now, 0)"
                ),
                {"j": journey, "s": status, "p": prompt, "now": now},
            )
        for journey, prompt, value in (
            (1, "company", '"PT Maju"'),
            (2, "_resume", '"stage"'),
            (4, "mood", "3"),  # an odd case: step 1 already answered, left as it is
        ):
            await connection.execute(
                text(
                    "INSERT INTO answers (journey_id, user_id, prompt, value, is_feeling,"
                    " created_at, updated_at) VALUES (:j, 42, :p, :v, false, :now, :now)"
                ),
                {"j": journey, "p": prompt, "v": value, "now": now},
            )
    await engine.dispose()
    await migrate(database_url)
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        prompts = dict((await connection.execute(select(Journey.id, Journey.prompt))).all())
        resume = await connection.scalar(
            select(Answer.value).where(Answer.journey_id == 2, Answer.prompt == "_resume")
        )
        company = await connection.scalar(
            select(Answer.value).where(Answer.journey_id == 1, Answer.prompt == "company")
        )
    await engine.dispose()
    assert prompts == {1: "mood", 2: "pause_invite", 3: "strategy", 4: "interview_date"}
    assert resume == "mood"
    assert company == "PT Maju"  # not asked again in step 2
