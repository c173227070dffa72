"""`python -m bot [run|console|migrate|healthcheck]` with the exit codes of docs/operations.md:
0 clean stop, 2 configuration error (one line, no traceback), 1 anything else.
`healthcheck` answers 0 (healthy) or 1 (not), as a container health check expects."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.logs import console_log_file, setup_logging
from bot.settings import ConfigError, Settings, load_settings

# The bot's own modules (Telegram, the database) are imported when needed, so that a
# configuration error is reported at once.

log = logging.getLogger("bot")

EXIT_OK, EXIT_FAILURE, EXIT_CONFIG = 0, 1, 2
MAX_BACKOFF_SECONDS = 60.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description=(
            "Bangkit, a Telegram companion after a rejected job interview. Without "
            "TELEGRAM_BOT_TOKEN it opens the console chat (when run in a terminal)."
        ),
    )
    parser.add_argument(
        "mode",
        nargs="?",
        default="run",
        choices=("run", "console", "worker", "migrate", "healthcheck"),
        help="run: the bot (default); console: chat in this terminal, no network; "
        "worker: handle the updates a running bot took in, to share its load (PostgreSQL "
        "only); migrate: apply database migrations and exit; healthcheck: exit 0 when the "
        "database answers and holds the schema, 1 otherwise (for a container)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.mode == "healthcheck":
        return healthcheck()
    try:
        settings = load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return EXIT_CONFIG
    console = args.mode == "console" or (
        args.mode == "run" and settings.token is None and sys.stdin.isatty()
    )
    # The console chat logs to a file: a log line in the middle of the chat reads badly.
    log_file = console_log_file() if console else None
    setup_logging(settings.log_level, settings.log_format, [settings.token or ""], log_file)
    try:
        return asyncio.run(_dispatch("console" if console else args.mode, settings, log_file))
    except ConfigError as error:
        print(error, file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return EXIT_OK
    except Exception:
        log.exception("Bangkit stopped after an unexpected error")
        if log_file is not None:
            from bot.console import say_stopped

            say_stopped(log_file)
        return EXIT_FAILURE


async def _dispatch(mode: str, settings: Settings, log_file: Path | None = None) -> int:
    if mode == "migrate":
        from bot.db.migrate import migrate

        await migrate(settings.database_url)
        return EXIT_OK
    if mode == "console":
        from bot.console import run_console

        return await run_console(settings, log_file=log_file)
    if settings.token is None:
        raise ConfigError("TELEGRAM_BOT_TOKEN", "is not set (no terminal for the console chat)")
    if mode == "worker" and not settings.database_url.startswith("postgresql"):
        # Two processes on one SQLite file could handle one chat at once, out of order.
        raise ConfigError("DATABASE_URL", "must be PostgreSQL for a worker (SQLite is one process)")
    return await run_bot(settings, intake=mode != "worker")


def _stop_event() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    return stop


async def run_bot(settings: Settings, *, intake: bool = True) -> int:
    """Polling by default; webhook mode when WEBHOOK_URL is set. Without `intake` (a
    worker), it takes no updates from Telegram and handles those other processes stored
    in the shared inbox; its scheduler shares the daily sends through the ledger."""
    from telegram.error import InvalidToken, NetworkError

    from bot.app import (
        build_application,
        freeze_start_up_objects,
        stop_application,
        stop_scheduler,
    )

    stop = _stop_event()
    webhook = bool(settings.webhook_url)
    application = build_application(settings)
    delay = 1.0
    while True:
        try:
            await application.initialize()
            break
        except InvalidToken:
            raise ConfigError("TELEGRAM_BOT_TOKEN", "rejected by the Bot API (401)") from None
        except NetworkError as exc:
            log.warning("Bot API unreachable (%s); retrying in %.0f s", type(exc).__name__, delay)
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
                return EXIT_OK
            except TimeoutError:
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)
    # The scheduler stops at the signal, not after the poller's drain: both have seconds.
    stopping = asyncio.create_task(_call_when(stop, lambda: stop_scheduler(application)))
    freezing: asyncio.Task[None] | None = None
    try:
        if application.post_init is not None:
            await application.post_init(application)
        freezing = asyncio.create_task(freeze_start_up_objects(application))
        inbox = _inbox(application)
        handling = asyncio.create_task(inbox.run(stop))
        try:
            if not intake:
                await application.start()
                log.info("Bangkit is handling the shared inbox as @%s", application.bot.username)
                await stop.wait()
                log.info("stopping")
            elif webhook:
                await _serve_webhook(application, settings, inbox, stop)
            else:
                from bot.polling import DurablePoller

                await application.start()
                log.info("Bangkit is polling as @%s", application.bot.username)
                await DurablePoller(application, inbox, stop).run()
                log.info("stopping")
        finally:
            stop.set()
            await handling  # the chats in hand finish (briefly), the rest waits in the inbox
    finally:
        stopping.cancel()
        if freezing is not None:
            freezing.cancel()
        await stop_application(application)
    return EXIT_OK


def _inbox(application: Any) -> Any:
    """This process's workers on the shared inbox; the owner names them in the logs."""
    import os
    import socket
    import uuid

    from bot.inbox import Inbox

    services = application.bot_data.services
    owner = f"{socket.gethostname()[:40]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    return Inbox(application, services.store, services.clock, owner=owner)


async def _call_when(event: asyncio.Event, action: Callable[[], None]) -> None:
    await event.wait()
    action()


async def _serve_webhook(
    application: Any, settings: Settings, inbox: Any, stop: asyncio.Event
) -> None:
    from telegram import Update

    from bot.webhook import build_server, create_webhook_app, listen_path

    url = settings.webhook_url or ""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    store = application.bot_data.services.store
    server = build_server(
        create_webhook_app(application, store, inbox, listen_path(url), secret),
        settings.webhook_listen,
        settings.webhook_port,
    )
    await application.start()
    serving = asyncio.create_task(server.serve())
    await application.bot.set_webhook(
        url=url, secret_token=secret, allowed_updates=Update.ALL_TYPES
    )
    log.info(
        "Bangkit is serving its webhook on %s:%d", settings.webhook_listen, settings.webhook_port
    )
    await stop.wait()
    log.info("stopping")
    server.should_exit = True  # stop taking updates; requests in flight still finish
    await serving


def healthcheck() -> int:
    """For a container's HEALTHCHECK, in polling and webhook mode alike: 0 when the
    database the bot uses answers a read and holds Bangkit's schema, 1 otherwise, with one
    line saying which. Docker reserves exit code 2, so a configuration error is a 1 here.
    It changes nothing: no migration, no SQLite file created."""
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"unhealthy: {error}", file=sys.stderr)
        return EXIT_FAILURE
    from bot.db.health import HEALTH_TIMEOUT_SECONDS, check_database

    try:
        problem = asyncio.run(
            asyncio.wait_for(check_database(settings.database_url), HEALTH_TIMEOUT_SECONDS)
        )
    except TimeoutError:
        problem = f"the database did not answer within {HEALTH_TIMEOUT_SECONDS:.0f} s"
    if problem is not None:
        print(f"unhealthy: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    print("healthy")
    return EXIT_OK
