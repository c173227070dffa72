"""Configuration from the environment and `.env` (the table in the README)."""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
WEBHOOK_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
# Telegram's limits for messages to many users (https://core.telegram.org/bots/faq):
# about 30 a second, or up to 1000 a second with paid broadcast (Stars per message).
FREE_RATE_PER_SECOND = 30
PAID_RATE_PER_SECOND = 1000


class ConfigError(Exception):
    """A setting is missing or invalid; `str()` is the one line shown to the operator."""

    def __init__(self, variable: str, reason: str) -> None:
        self.variable = variable
        self.reason = reason
        super().__init__(f"Configuration error: {variable}: {reason}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        case_sensitive=False,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite+aiosqlite:///data/bangkit.db"
    default_timezone: str = "Asia/Jakarta"
    reminder_tick_seconds: int = Field(default=60, ge=1)
    # Before send_rate_per_second, whose check reads it.
    paid_broadcast: bool = False
    send_rate_per_second: float = Field(default=25, gt=0)
    followup_days: int = Field(default=5, ge=1)
    admin_user_ids: Annotated[tuple[int, ...], NoDecode] = ()
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        # Operators write "1, 2", not JSON.
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",")]
            return tuple(part for part in parts if part)
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_format(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @field_validator("send_rate_per_second")
    @classmethod
    def _check_rate(cls, value: float, info: ValidationInfo) -> float:
        if info.data.get("paid_broadcast"):
            if value > PAID_RATE_PER_SECOND:
                raise ValueError(
                    f"at most {PAID_RATE_PER_SECOND} (Telegram's paid broadcast limit)"
                )
        elif value > FREE_RATE_PER_SECOND:
            raise ValueError(
                f"at most {FREE_RATE_PER_SECOND} (Telegram's limit); "
                "more needs PAID_BROADCAST=true, which Telegram charges in Stars"
            )
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not (value.endswith("/bot") or "{token}" in value):
            raise ValueError("must end in /bot or contain {token}")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("default_timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (e.g. Asia/Jakarta)") from exc
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise ValueError("not a database URL") from exc
        if url.drivername not in SUPPORTED_DRIVERS:
            raise ValueError("use sqlite+aiosqlite:///… or postgresql+asyncpg://…")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _check_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not WEBHOOK_SECRET_PATTERN.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ or -")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _check_webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("must be an https:// URL")
        return value

    @model_validator(mode="after")
    def _secret_goes_with_webhook(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
        return self

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    @property
    def base_file_url(self) -> str:
        # The file endpoint mirrors the API one: …/bot → …/file/bot.
        if "{token}" in self.telegram_api_base_url:
            return self.telegram_api_base_url.replace("/bot{token}", "/file/bot{token}")
        return self.telegram_api_base_url[: -len("/bot")] + "/file/bot"


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning every failure into one `ConfigError` line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        location = error.get("loc") or ()
        variable = str(location[0]).upper() if location else "WEBHOOK_SECRET"
        reason = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
        raise ConfigError(variable, reason) from None
    except SettingsError as exc:
        match = re.search(r'field "([a-z_]+)"', str(exc))
        variable = match.group(1).upper() if match else "environment"
        raise ConfigError(variable, "could not be parsed") from None
