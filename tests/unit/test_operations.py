"""Operations that need no server: JSON logs, the compose file, the container command
and its health check."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import yaml

from bot.cli import parse_args
from bot.logs import setup_logging

PROJECT = Path(__file__).resolve().parents[2]


def test_json_logs_are_one_object_per_line_with_event_fields(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    request.addfinalizer(
        lambda: (root.handlers.__setitem__(slice(None), saved[0]), root.setLevel(saved[1]))
    )
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
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    request.addfinalizer(
        lambda: (root.handlers.__setitem__(slice(None), saved[0]), root.setLevel(saved[1]))
    )
    log_file = tmp_path / "console.log"
    setup_logging("INFO", "json", ["123:SECRET-TOKEN"], log_file)
    logging.getLogger("bot.test").info("update handled via 123:SECRET-TOKEN")
    logging.getLogger("bot.test").debug("below the level")
    for handler in root.handlers:
        handler.flush()
    lines = log_file.read_text().splitlines()
    assert [json.loads(line)["message"] for line in lines] == ["update handled via [REDACTED]"]
    assert capsys.readouterr().err == ""


def test_compose_runs_the_bot_with_postgresql_and_a_named_volume() -> None:
    compose = yaml.safe_load((PROJECT / "compose.yaml").read_text())
    bot, db = compose["services"]["bot"], compose["services"]["db"]
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert "bangkit-postgres" in compose["volumes"]
    assert any(v.startswith("bangkit-postgres:") for v in db["volumes"])


def test_the_image_runs_the_bot_as_a_non_root_user() -> None:
    dockerfile = (PROJECT / "Dockerfile").read_text()
    assert 'CMD ["python", "-m", "bot"]' in dockerfile
    assert "USER bangkit" in dockerfile
    assert "DATABASE_URL=sqlite+aiosqlite:////data/bangkit.db" in dockerfile
    ignored = (PROJECT / ".dockerignore").read_text().split()
    assert {".env", "data/", ".venv/"} <= set(ignored)


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
