"""What every handler needs, kept in the Application's bot_data as one typed object."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from telegram import InlineKeyboardMarkup
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.db.engine import Store
from bot.render import Renderer
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.router import Router
    from bot.scheduling import Scheduler

Clock = Callable[[], datetime]


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
    # Sent instead when this chat had the crisis reply within the hour: the contacts
    # again, without the same opening word for word.
    crisis_text_again: str = ""
    # When each chat last had the crisis reply (this process only; another worker's
    # chats get the full text, which is never wrong).
    crisis_sent_at: dict[int, datetime] = field(default_factory=dict)


class BotData:
    """The Application's bot_data. PTB creates it empty; build_application fills what is
    known before start-up and post_init what needs the database."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self.clock: Clock = system_clock
        self.register_commands = True
        # The console chat sends scheduled messages to its own user only.
        self.scheduler_user_id: int | None = None
        self.router: Router | None = None
        self._services: Services | None = None
        self._scheduler: Scheduler | None = None
        # The safety rules compiling off the event loop (see bot/app.py).
        self.warm_up: asyncio.Future[int] | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            raise RuntimeError("settings are not set (build_application has not run)")
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("services are not ready (post_init has not run)")
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services

    def take_services(self) -> Services | None:
        """At shutdown: the services, once, so they are disposed of once."""
        services, self._services = self._services, None
        return services

    @property
    def scheduler(self) -> Scheduler:
        if self._scheduler is None:
            raise RuntimeError("the scheduler is not ready (post_init has not run)")
        return self._scheduler

    @scheduler.setter
    def scheduler(self, scheduler: Scheduler) -> None:
        self._scheduler = scheduler

    @property
    def running_scheduler(self) -> Scheduler | None:
        return self._scheduler


BangkitContext = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)


def services_of(context: BangkitContext) -> Services:
    return context.bot_data.services
