"""Logging set-up: stderr (or a file, for the console chat), text or JSON, secrets
redacted, no message content."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

# Loggers that print request URLs, which contain the bot token.
# httpx logs request URLs (they contain the token); SQLAlchemy at INFO echoes every SQL.
NOISY_LOGGERS = ("httpx", "httpcore", "sqlalchemy")
LIBRARY_LOGGERS = ("telegram", "apscheduler", "aiosqlite", "asyncio", "alembic")


class RedactingFilter(logging.Filter):
    """Last line of defence: replaces any secret that slipped into a record."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            message = record.getMessage()
            if any(secret in message for secret in self._secrets):
                for secret in self._secrets:
                    message = message.replace(secret, "[REDACTED]")
                record.msg, record.args = message, None
        return True


class NoUpdateContentFilter(logging.Filter):
    """PTB logs a whole batch of updates (texts, names, phone numbers) when it cannot
    read one: keep the event, drop the content."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and "Received data was" in str(record.msg):
            record.msg, record.args = "PTB could not read a batch of updates (not logged)", None
            record.exc_info = None
        return True


# Structured fields our code passes with `extra=`: ids and outcomes, never content.
# `safety`: the detector's family name (never the words), so its alarms can be counted.
EVENT_FIELDS = ("update_id", "user_id", "handler", "outcome", "duration_ms", "safety")


def _event_fields(record: logging.LogRecord) -> dict[str, object]:
    return {key: getattr(record, key) for key in EVENT_FIELDS if hasattr(record, key)}


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _event_fields(record)
        if fields:
            line += " " + " ".join(f"{key}={value}" for key, value in fields.items())
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **_event_fields(record),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def console_log_file() -> Path:
    """A new log file for one console session in the user's temp folder, readable only
    by its owner: the chat stays clean, the log is there to read afterwards."""
    descriptor, name = tempfile.mkstemp(prefix="bangkit-console-", suffix=".log")
    os.close(descriptor)
    return Path(name)


def setup_logging(
    level: str, log_format: str, secrets: list[str], log_file: Path | None = None
) -> None:
    """Log to stderr, or to `log_file` (appended) when given."""
    handler: logging.Handler = (
        logging.StreamHandler(sys.stderr)
        if log_file is None
        else logging.FileHandler(log_file, encoding="utf-8")
    )
    handler.addFilter(RedactingFilter(secrets))
    handler.addFilter(NoUpdateContentFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter())
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    # At DEBUG, libraries log whole updates and API parameters (message text, names) and
    # aiosqlite every call: DEBUG is for our own code; libraries stay at INFO or above.
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # import chatter
    # Library warnings (deprecations) go where the log goes, not into the console chat.
    logging.captureWarnings(log_file is not None)
