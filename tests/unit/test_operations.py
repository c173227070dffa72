"""Operations that need no server: JSON logs, the compose file, the container command,
its health check and the lock file it installs from."""

from __future__ import annotations

import json
import logging
import re
import tomllib
from importlib.metadata import requires
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.cli import parse_args
from bot.logs import setup_logging
from bot.settings import Settings
from tests.logging_state import restore_root_logger_after

PROJECT = Path(__file__).resolve().parents[2]


def test_json_logs_are_one_object_per_line_with_event_fields(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    restore_root_logger_after(request)
    setup_logging("INFO", "json", ["123:SECRET-TOKEN"])
    logging.getLogger("bot.test").info(
        "update handled via 123:SECRET-TOKEN",
        extra={
            "update_id": 7,
            "user_id": 42,
            "handler": "Text",
            "outcome": "fresh",
            "duration_ms": 1.5,
        },
    )
    line = capsys.readouterr().err.strip().splitlines()[-1]
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "bot.test"
    assert (entry["update_id"], entry["user_id"], entry["outcome"]) == (7, 42, "fresh")
    assert "SECRET-TOKEN" not in line and "[REDACTED]" in entry["message"]


def test_json_logs_can_go_to_a_file_and_nothing_reaches_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    restore_root_logger_after(request)
    log_file = tmp_path / "console.log"
    setup_logging("INFO", "json", ["123:SECRET-TOKEN"], log_file)
    logging.getLogger("bot.test").info("update handled via 123:SECRET-TOKEN")
    logging.getLogger("bot.test").debug("below the level")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = log_file.read_text().splitlines()
    assert [json.loads(line)["message"] for line in lines] == ["update handled via [REDACTED]"]
    assert capsys.readouterr().err == ""


def test_compose_reads_dotenv_and_runs_the_bot_with_postgresql_and_a_named_volume() -> None:
    compose = yaml.safe_load((PROJECT / "compose.yaml").read_text())
    bot, db = compose["services"]["bot"], compose["services"]["db"]
    assert bot["env_file"] in (".env", [".env"])  # every variable of .env reaches the bot
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql+asyncpg://")
    # An empty token would make the bot exit 2 and be restarted in a loop: compose refuses.
    assert bot["environment"]["TELEGRAM_BOT_TOKEN"].startswith("${TELEGRAM_BOT_TOKEN:?")
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert "bangkit-postgres" in compose["volumes"]
    assert any(v.startswith("bangkit-postgres:") for v in db["volumes"])


def test_compose_runs_a_second_process_on_the_shared_inbox_and_splits_the_send_rate() -> None:
    compose = yaml.safe_load((PROJECT / "compose.yaml").read_text())
    bot, worker = compose["services"]["bot"], compose["services"]["worker"]
    assert parse_args(worker["command"][3:]).mode == "worker"
    assert worker["environment"]["DATABASE_URL"] == bot["environment"]["DATABASE_URL"]
    assert worker["environment"]["TELEGRAM_BOT_TOKEN"].startswith("${TELEGRAM_BOT_TOKEN:?")
    rates = [int(s["environment"]["SEND_RATE_PER_SECOND"]) for s in (bot, worker)]
    assert sum(rates) <= Settings.model_fields["send_rate_per_second"].default


def test_the_image_runs_the_bot_as_a_non_root_user() -> None:
    dockerfile = (PROJECT / "Dockerfile").read_text()
    assert 'CMD ["python", "-m", "bot"]' in dockerfile
    assert "USER bangkit" in dockerfile
    assert "DATABASE_URL=sqlite+aiosqlite:////data/bangkit.db" in dockerfile
    ignored = (PROJECT / ".dockerignore").read_text().split()
    assert {".env", "data/", ".venv/"} <= set(ignored)


def test_dotenv_example_lists_every_setting_and_nothing_else() -> None:
    listed = {
        line.split("=", 1)[0]
        for line in (PROJECT / ".env.example").read_text().splitlines()
        if re.match(r"[A-Z_]+=", line)
    }
    settings = {name.upper() for name in Settings.model_fields}
    assert listed == settings | {"TEST_POSTGRES_URL"}


def dockerfile_instructions() -> list[str]:
    """The Dockerfile's instructions, continuation lines joined, comments left out."""
    text = (PROJECT / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return [" ".join(i.split()) for i in "\n".join(lines).replace("\\\n", " ").splitlines() if i]


def test_the_image_has_a_health_check_that_works_in_polling_mode_too() -> None:
    checks = [i for i in dockerfile_instructions() if i.startswith("HEALTHCHECK ")]
    assert len(checks) == 1
    # Not GET /healthz: a polling bot has no HTTP server. The command asks the database.
    assert checks[0].endswith('CMD ["python", "-m", "bot", "healthcheck"]')
    assert "--start-period=" in checks[0]  # migrations run at start-up
    assert parse_args(["healthcheck"]).mode == "healthcheck"


def locked_versions() -> dict[str, tuple[str, str]]:
    """requirements.lock: name -> (version, the entry's text with hashes and annotations)."""
    text = (PROJECT / "requirements.lock").read_text()
    entries = re.split(r"\n(?=[a-zA-Z0-9])", text)
    found: dict[str, tuple[str, str]] = {}
    for entry in entries:
        match = re.match(r"([A-Za-z0-9._-]+)==(\S+)", entry)
        if match:
            found[str(canonicalize_name(match.group(1)))] = (match.group(2), entry)
    return found


def test_the_image_installs_only_the_locked_versions_checked_by_hash() -> None:
    instructions = dockerfile_instructions()
    assert "COPY requirements.lock ./" in instructions
    installs = [i for i in instructions if i.startswith("RUN pip install")]
    assert installs[0] == "RUN pip install --no-cache-dir --require-hashes -r requirements.lock"
    # The project itself: no dependency and no build backend other than the locked ones.
    assert "--no-deps --no-build-isolation -e ." in installs[1]
    assert len(installs) == 2


def test_the_lock_pins_every_dependency_of_pyproject_within_its_range() -> None:
    pyproject = tomllib.loads((PROJECT / "pyproject.toml").read_text())
    locked = locked_versions()
    wanted = [Requirement(r) for r in pyproject["project"]["dependencies"]]
    wanted += [Requirement(r) for r in pyproject["build-system"]["requires"]]
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is missing from requirements.lock: run make lock"
        version = locked[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}=={version} is outside {requirement.specifier}: run make lock"
        )
        # What the extras bring (the job queue, the rate limiter) is locked too.
        for extra in requirement.extras:
            for raw in requires(requirement.name) or []:
                needed = Requirement(raw)
                if needed.marker is not None and needed.marker.evaluate({"extra": extra}):
                    assert canonicalize_name(needed.name) in locked, (name, extra, needed.name)
    for locked_name, (_version, entry) in locked.items():
        assert "--hash=sha256:" in entry, f"{locked_name} has no hash"
        if "bangkit (pyproject.toml)" in entry:  # asked for directly: still in pyproject
            assert name in {canonicalize_name(r.name) for r in wanted}, f"{name} is stale"
    # Tools for developers stay out of the image.
    dev = pyproject["project"]["optional-dependencies"]["dev"]
    assert not {canonicalize_name(Requirement(r).name) for r in dev} & set(locked)
