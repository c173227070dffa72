"""Polling that confirms an update to Telegram only after its effect is committed.

PTB's Updater confirms a batch (by asking for the next offset) as soon as the batch is
queued, so a crash loses whatever was fetched but not yet handled. Here the offset never
passes an update that is still being handled: after a crash Telegram delivers it again,
and the processed-update markers (DESIGN.md §2) make its effect apply once.

Each chat's updates are handled in order, different chats side by side, and a slow chat
(a send waiting out a timeout) does not hold up the others: getUpdates is asked again
from the oldest unfinished update, and what is already in hand is skipped.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError

log = logging.getLogger(__name__)

POLL_TIMEOUT_SECONDS = 10
MAX_BACKOFF_SECONDS = 30.0
# While updates are in hand and nothing new arrives, how long to wait for one to finish.
PROGRESS_WAIT_SECONDS = 0.5
# On stop, how long updates in hand may take to finish (SIGTERM must be quick).
DRAIN_SECONDS = 8.0
T = TypeVar("T")


class DurablePoller:
    def __init__(
        self,
        application: Any,
        stop: asyncio.Event,
        *,
        poll_timeout: int = POLL_TIMEOUT_SECONDS,
        max_backoff: float = MAX_BACKOFF_SECONDS,
    ) -> None:
        self.application = application
        self.stop = stop
        self.poll_timeout = poll_timeout
        self.max_backoff = max_backoff
        self.offset: int | None = None
        self._in_hand: dict[int, asyncio.Task[None]] = {}
        self._finished: set[int] = set()  # done, but not yet below the offset
        self._last_of_chat: dict[int | None, asyncio.Task[None]] = {}
        self._highest: int | None = None

    async def run(self) -> None:
        bot = self.application.bot
        # getUpdates is refused while a webhook is set (a switch back from webhook mode).
        if await self._until_stopped(lambda: bot.delete_webhook()) is None:
            return
        while not self.stop.is_set():
            updates = await self._until_stopped(self._fetch)
            if updates is None:
                break
            fresh = [
                u
                for u in updates
                if u.update_id not in self._in_hand and u.update_id not in self._finished
            ]
            for update in fresh:
                self._start(update)
            if self._in_hand and not fresh:  # nothing new: wait for progress, not a reply
                await asyncio.wait(
                    set(self._in_hand.values()),
                    timeout=PROGRESS_WAIT_SECONDS,
                    return_when=asyncio.FIRST_COMPLETED,
                )
            self._advance_offset()
        if self._in_hand:
            await asyncio.wait(set(self._in_hand.values()), timeout=DRAIN_SECONDS)
        self._advance_offset()
        await self._confirm()

    def _start(self, update: Update) -> None:
        chat = update.effective_chat
        user = update.effective_user
        key = chat.id if chat else user.id if user else None
        task = asyncio.create_task(self._handle(update, self._last_of_chat.get(key)))
        self._in_hand[update.update_id] = task
        self._last_of_chat[key] = task
        self._highest = max(self._highest or 0, update.update_id)

        def finished(done: asyncio.Task[None], update_id: int = update.update_id) -> None:
            self._in_hand.pop(update_id, None)
            self._finished.add(update_id)
            if self._last_of_chat.get(key) is done:
                del self._last_of_chat[key]

        task.add_done_callback(finished)

    async def _handle(self, update: Update, before: asyncio.Task[None] | None) -> None:
        if before is not None:
            await asyncio.wait({before})  # the same chat's earlier update goes first
        try:
            # Handler errors are caught by PTB and passed to our error handler.
            await self.application.process_update(update)
        except Exception:
            log.exception("update %s could not be processed", update.update_id)

    def _advance_offset(self) -> None:
        """Confirm (by the next getUpdates) everything below the oldest update in hand."""
        if self._in_hand:
            self.offset = min(self._in_hand)
        elif self._highest is not None:
            self.offset = self._highest + 1
        if self.offset is not None:
            self._finished = {i for i in self._finished if i >= self.offset}

    async def _fetch(self) -> list[Update]:
        bot = self.application.bot
        try:
            return list(
                await bot.get_updates(
                    offset=self.offset,
                    timeout=self.poll_timeout,
                    allowed_updates=Update.ALL_TYPES,
                )
            )
        except TelegramError:
            raise
        except Exception:
            # One update this PTB version cannot read (a field added to the Bot API after
            # it) must not stall everyone behind it: read them one by one, skip that one.
            return await self._fetch_readable()

    async def _fetch_readable(self) -> list[Update]:
        bot = self.application.bot
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "use get_updates instead": we just did
            raw = await bot.do_api_request(
                "getUpdates",
                api_kwargs={
                    "offset": self.offset,
                    "timeout": 0,
                    "allowed_updates": Update.ALL_TYPES,
                },
            )
        readable: list[Update] = []
        for data in raw:
            try:
                update = Update.de_json(data, bot)
            except Exception:
                log.warning("update %s could not be read and was skipped", data.get("update_id"))
                unreadable = int(data["update_id"])
                self._finished.add(unreadable)  # so the offset moves past it
                self._highest = max(self._highest or 0, unreadable)
                continue
            if update is not None:
                readable.append(update)
        return readable

    async def _until_stopped(self, call: Callable[[], Awaitable[T]]) -> T | None:
        """The call's result, retried with backoff on network trouble; None once stopping."""
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
            delay = min(delay * 2, self.max_backoff)
            try:
                await asyncio.wait_for(self.stop.wait(), timeout=wait)
            except TimeoutError:
                continue
        return None

    async def _confirm(self) -> None:
        """Tell Telegram the last batch is done, so a clean restart does not replay it."""
        if self.offset is None:
            return
        try:
            await self.application.bot.get_updates(offset=self.offset, timeout=0, limit=1)
        except TelegramError as exc:
            log.warning("last batch not confirmed (%s); it is replayed harmlessly", exc)
