"""The services every handler needs, created in post_init and kept in bot_data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.ext import CallbackContext

from bot.db.engine import Store
from bot.render import Renderer
from bot.settings import Settings

Clock = Callable[[], datetime]

SERVICES_KEY = "services"


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    store: Store
    renderer: Renderer
    clock: Clock
    # Rendered once at start-up, so it can be sent even when nothing else works.
    crisis_text: str
    crisis_keyboard: InlineKeyboardMarkup | None = None


def services_of(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    services = context.bot_data.get(SERVICES_KEY) if context.bot_data is not None else None
    if not isinstance(services, Services):
        raise RuntimeError("services are not ready (post_init has not run)")
    return services
