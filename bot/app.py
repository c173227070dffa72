"""The composition root: one place that builds the Application and its services."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from zoneinfo import ZoneInfo

from telegram import BotCommand, BotCommandScopeChat, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    Defaults,
)
from telegram.request import BaseRequest

from bot.db.engine import Store, create_engine
from bot.db.migrate import migrate
from bot.handlers import register_handlers
from bot.limiter import PacedRateLimiter
from bot.presenter import global_buttons
from bot.render import Renderer
from bot.router import Router
from bot.runtime import CONTEXT_TYPES, BangkitContext, BotData, Clock, Services, system_clock
from bot.scheduling import Scheduler
from bot.services import (
    admin,
    applications,
    care,
    email,
    followup,
    history,
    journey,
    menu,
    mood,
    practice,
    privacy,
    reminders,
)
from bot.settings import Settings
from conversations import care as care_rules
from conversations import safety as safety_rules

log = logging.getLogger(__name__)

BangkitApp = Application[Any, Any, Any, Any, BotData, Any]
# The console and tests talk to an in-process Bot API, which needs some token.
LOCAL_TOKEN = "700000001:LOCAL-CONSOLE-TOKEN"
RETENTION_INTERVAL_SECONDS = 3600


def build_router() -> Router:
    router = Router()
    menu.register(router)
    care.register(router)
    journey.register(router)
    email.register(router)
    privacy.register(router)
    reminders.register(router)
    followup.register(router)
    history.register(router)
    practice.register(router)
    mood.register(router)
    applications.register(router)
    admin.register(router)
    return router


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    clock: Clock = system_clock,
    rate_limit: bool = True,
    register_commands: bool = True,
    scheduler_user_id: int | None = None,
) -> BangkitApp:
    """The bot. `request` replaces the network (console chat, tests)."""
    token = settings.token or LOCAL_TOKEN
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.base_file_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                tzinfo=ZoneInfo(settings.default_timezone),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(CONTEXT_TYPES)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    # PTB's pool of 256 connections holds the scheduler's window (at most 100) and replies.
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    # Updates arrive through bot/polling.py or bot/webhook.py: PTB's Updater confirms an
    # update to Telegram before it is handled, which a crash would turn into a lost answer.
    builder = builder.updater(None)
    if rate_limit:
        # max_retries: a 429 waits the retry_after Telegram asks for, then sends again.
        limiter: Any = PacedRateLimiter(
            overall_max_rate=settings.send_rate_per_second, overall_time_period=1, max_retries=3
        )
        builder = builder.rate_limiter(limiter)
    application = builder.build()
    data = application.bot_data
    data.settings = settings
    data.clock = clock
    data.register_commands = register_commands
    data.scheduler_user_id = scheduler_user_id
    data.router = build_router()
    register_handlers(application)
    return application


async def _post_init(application: BangkitApp) -> None:
    data = application.bot_data
    settings = data.settings
    await migrate(settings.database_url)
    renderer = Renderer.shared()
    services = Services(
        settings=settings,
        store=Store(create_engine(settings.database_url)),
        renderer=renderer,
        clock=data.clock,
        crisis_text=renderer.render("safety/crisis.html"),
        crisis_text_again=renderer.render("safety/crisis.html", again=True),
        crisis_keyboard=InlineKeyboardMarkup(
            global_buttons(renderer, ((care_rules.grounding_button(),),))
        ),
    )
    data.services = services
    data.scheduler = Scheduler(
        services.store,
        renderer,
        services.clock,
        settings.default_timezone,
        send_rate=settings.send_rate_per_second,
        paid_broadcast=settings.paid_broadcast,
        only_user_id=data.scheduler_user_id,
    )
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            _tick_job, interval=settings.reminder_tick_seconds, first=1, name="scheduler"
        )
        application.job_queue.run_repeating(
            _prune_job,
            interval=RETENTION_INTERVAL_SECONDS,
            first=RETENTION_INTERVAL_SECONDS,
            name="retention",
        )
    if data.register_commands:
        await register_bot_profile(application, renderer)
    # The safety rules compile on first use; compiling them now, off the event loop,
    # spares the first user's message the wait without delaying start-up.
    data.warm_up = asyncio.get_running_loop().run_in_executor(None, safety_rules.warm_up)


async def _tick_job(context: BangkitContext) -> None:
    await context.bot_data.scheduler.tick(context.bot)


async def _prune_job(context: BangkitContext) -> None:
    services = context.bot_data.services
    removed = await privacy.prune(services.store, services.clock())
    log.info("retention: %d expired rows removed", removed)


async def register_bot_profile(application: BangkitApp, renderer: Renderer) -> None:
    """Commands and descriptions; Telegram refusing them must never stop the bot."""
    bot = application.bot
    commands = [BotCommand(c.name, c.description) for c in renderer.commands]
    steps: list[tuple[str, Callable[[], Awaitable[bool]]]] = [
        ("setMyCommands", lambda: bot.set_my_commands(commands)),
        (
            "setMyDescription",
            lambda: bot.set_my_description(renderer.render("bot_description.txt")),
        ),
        (
            "setMyShortDescription",
            lambda: bot.set_my_short_description(renderer.render("bot_short_description.txt")),
        ),
    ]
    admin_commands = commands + [BotCommand(c.name, c.description) for c in renderer.admin_commands]
    for admin_id in application.bot_data.settings.admin_user_ids:
        steps.append(
            (
                "setMyCommands (admin)",
                lambda chat=admin_id: bot.set_my_commands(  # type: ignore[misc]
                    admin_commands, scope=BotCommandScopeChat(chat)
                ),
            )
        )
    for name, call in steps:
        try:
            await call()
        except TelegramError as exc:
            log.warning("%s failed: %s", name, type(exc).__name__)


async def _post_shutdown(application: BangkitApp) -> None:
    services = application.bot_data.take_services()
    if services is not None:
        await services.store.dispose()


async def start_application(application: BangkitApp) -> None:
    """What run_polling does before polling: initialize (getMe) and post_init."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)


async def freeze_start_up_objects(application: BangkitApp) -> None:
    """Once start-up is over (the safety rules compiled too), collect once and move every
    object still alive into the collector's permanent generation. They live as long as
    the process (modules, templates, compiled rules, PTB and SQLAlchemy), yet a full
    collection walks them all: some 150,000 objects, 50 to 150 ms during which no chat
    is answered, every so often under load. Frozen, a full collection walks only what
    was made since."""
    warm_up = application.bot_data.warm_up
    if warm_up is not None:
        with contextlib.suppress(Exception):  # then they compile on first use, as before
            await warm_up
    gc.collect()
    gc.freeze()


def stop_scheduler(application: BangkitApp) -> None:
    """A running tick sends nothing new, lets the sends in flight finish, records them and
    releases what it claimed but never sent (bot/scheduling/tick.py)."""
    scheduler = application.bot_data.running_scheduler
    if scheduler is not None:
        scheduler.stop()


async def stop_application(application: BangkitApp) -> None:
    stop_scheduler(application)
    if application.running:
        await application.stop()
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
