"""Polling into the durable inbox (bot/inbox.py).

Each batch from getUpdates is stored in the inbox first; only then is it confirmed to
Telegram (by asking for the next offset). Handling happens in the inbox's per-chat
workers, so a slow chat never holds up getUpdates, and a crash loses nothing: what was
stored is handled after the restart, what was not is delivered again by Telegram.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, TypeVar

from telegram import Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError

from bot.inbox import Inbox

log = logging.getLogger(__name__)

POLL_TIMEOUT_SECONDS = 10
MAX_BACKOFF_SECONDS = 30.0
T = TypeVar("T")


class DurablePoller:
    def __init__(
        self,
        application: Any,
        inbox: Inbox,
        stop: asyncio.Event,
        *,
        poll_timeout: int = POLL_TIMEOUT_SECONDS,
        max_backoff: float = MAX_BACKOFF_SECONDS,
    ) -> None:
        self.application = application
        self.inbox = inbox
        self.stop = stop
        self.poll_timeout = poll_timeout
        self.max_backoff = max_backoff
        self.offset: int | None = None

    async def run(self) -> None:
        bot = self.application.bot
        # getUpdates is refused while a webhook is set (a switch back from webhook mode).
        if await self._until_stopped(lambda: bot.delete_webhook()) is None:
            return
        while not self.stop.is_set():
            batch = await self._until_stopped(self._fetch)
            if not batch:
                continue
            if await self._until_stopped(partial(self.inbox.accept, batch)) is None:
                break  # stopping before the batch was stored: Telegram sends it again
            self.offset = max(int(data["update_id"]) for data in batch) + 1
        await self._confirm()

    async def _fetch(self) -> list[dict[str, Any]]:
        """The next batch as Telegram sent it: the inbox keeps the raw update, so one this
        PTB version cannot read is kept (and marked failed) instead of stalling the rest."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "use get_updates instead": raw is the point
            raw = await self.application.bot.do_api_request(
                "getUpdates",
                api_kwargs={
                    "offset": self.offset,
                    "timeout": self.poll_timeout,
                    "allowed_updates": Update.ALL_TYPES,
                },
                read_timeout=self.poll_timeout + 10,
            )
        return [data for data in raw if isinstance(data, dict) and "update_id" in data]

    async def _until_stopped(self, call: Callable[[], Awaitable[T]]) -> T | None:
        """The call's result, retried with backoff on network or database trouble; None
        once stopping."""
        delay = 1.0
        while not self.stop.is_set():
            task = asyncio.ensure_future(call())
            stopping = asyncio.ensure_future(self.stop.wait())
            done, _ = await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if task not in done:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                return None
            stopping.cancel()
            try:
                return task.result()
            except InvalidToken:
                raise
            except RetryAfter as exc:
                wait = exc._retry_after.total_seconds()  # PTB's public one is deprecated
                log.warning("getUpdates: asked to wait %.0f s", wait)
            except Conflict:
                wait = delay
                log.warning("getUpdates conflict: is another poller running with this token?")
            except TelegramError as exc:
                wait = delay
                log.warning("getUpdates failed (%s); retrying in %.0f s", type(exc).__name__, wait)
            except Exception as exc:  # the inbox's database busy or away for a moment
                wait = delay
                log.warning("updates not stored (%s); retrying in %.0f s", type(exc).__name__, wait)
            delay = min(delay * 2, self.max_backoff)
            try:
                await asyncio.wait_for(self.stop.wait(), timeout=wait)
            except TimeoutError:
                continue
        return None

    async def _confirm(self) -> None:
        """Tell Telegram the last batch is stored, so a clean restart does not replay it."""
        if self.offset is None:
            return
        try:
            await self.application.bot.get_updates(offset=self.offset, timeout=0, limit=1)
        except TelegramError as exc:
            log.warning("last batch not confirmed (%s); it is replayed harmlessly", exc)
