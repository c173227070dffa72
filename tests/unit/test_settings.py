"""Settings parsing in-process (the exit codes are covered in tests/e2e/test_process.py)."""

from __future__ import annotations

import pytest

from bot.settings import ConfigError, load_settings


def test_defaults_follow_the_contract() -> None:
    settings = load_settings()
    assert settings.token is None
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.database_url == "sqlite+aiosqlite:///data/bangkit.db"
    assert settings.default_timezone == "Asia/Jakarta"
    assert (settings.reminder_tick_seconds, settings.send_rate_per_second) == (60, 25)
    assert settings.followup_days == 5
    assert settings.admin_user_ids == ()
    assert (settings.log_level, settings.log_format) == ("INFO", "text")
    assert (settings.webhook_listen, settings.webhook_port) == ("0.0.0.0", 8080)


@pytest.mark.parametrize(
    "raw, expected", [("", ()), ("1, 2", (1, 2)), ("7", (7,)), (" 3 ,4,", (3, 4))]
)
def test_admin_ids_accept_empty_and_comma_lists(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: tuple[int, ...]
) -> None:
    monkeypatch.setenv("ADMIN_USER_IDS", raw)
    assert load_settings().admin_user_ids == expected


def test_token_is_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:secret")
    settings = load_settings()
    assert settings.token == "123:secret"
    assert "123:secret" not in repr(settings)


@pytest.mark.parametrize(
    "base, file_base",
    [
        ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
        ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot"),
        ("http://local/x/bot{token}", "http://local/x/file/bot{token}"),
    ],
)
def test_file_url_is_derived_from_the_api_url(
    monkeypatch: pytest.MonkeyPatch, base: str, file_base: str
) -> None:
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", base)
    assert load_settings().base_file_url == file_base


def test_webhook_url_needs_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bangkit.example/tg")
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert "WEBHOOK_SECRET" in str(error.value)


def test_log_level_is_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("LOG_FORMAT", "JSON")
    settings = load_settings()
    assert (settings.log_level, settings.log_format) == ("DEBUG", "json")


def test_every_setting_is_in_env_example_and_the_readme() -> None:
    from pathlib import Path

    from bot.settings import Settings

    root = Path(__file__).resolve().parents[2]
    example = (root / ".env.example").read_text()
    readme = (root / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in example, name
        assert f"`{name.upper()}`" in readme, name


@pytest.mark.parametrize(
    "rate, paid, accepted",
    [
        ("30", "false", True),
        ("31", "false", False),
        ("1000", "true", True),
        ("1001", "true", False),
    ],
)
def test_the_send_rate_stays_within_telegrams_limits(
    monkeypatch: pytest.MonkeyPatch, rate: str, paid: str, accepted: bool
) -> None:
    monkeypatch.setenv("SEND_RATE_PER_SECOND", rate)
    monkeypatch.setenv("PAID_BROADCAST", paid)
    if accepted:
        assert load_settings().send_rate_per_second == float(rate)
        return
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert error.value.variable == "SEND_RATE_PER_SECOND"
