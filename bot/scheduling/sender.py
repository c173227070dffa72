"""Sending scheduled messages: a bounded window of sends in flight, paced by PTB's rate
limiter, one message per user at a time.

Sent one after another, a broadcast goes at one message per round trip (6.6 messages/s
at 150 ms) whatever the rate limit. Here up to `size` sends wait on the limiter at once,
so the limiter sets the pace. Each message is rendered and split by bot/presenter.py and
sent with bot/retry.py's retries, as a reply is, except that a send whose outcome is
unknown (no answer came) is not sent again: nobody is waiting for this message, and a
second copy is worse than a missing one.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from functools import partial

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.presenter import GLOBAL_SEQ, Presentation, RenderedMessage, is_global_choice, present
from bot.render import Renderer
from bot.retry import FIRST_DELAY_SECONDS, Pause, outcome_unknown, with_retries
from bot.runtime import Clock
from bot.scheduling.due import Result, Scheduled
from bot.scheduling.ledger import FAILED, SENT, UNKNOWN

log = logging.getLogger(__name__)

# Sends in flight: the rate times a round trip, so the limiter, not the network, sets the
# pace. Telegram answers in 50-300 ms; this leaves room for slow answers and jitter. The
# cap: every open connection costs httpcore's pool CPU on each request, and a process
# runs out of CPU before it needs more (docs/benchmarks.md, paid broadcast).
ROUND_TRIP_ALLOWANCE_SECONDS = 0.6
MIN_WINDOW, MAX_WINDOW = 16, 100
# After a stop, how long sends in flight may take to finish (SIGTERM must be quick).
STOP_GRACE_SECONDS = 4.0
# How often finished sends are handed on to be recorded, at the least.
HAND_ON_SECONDS = 1.0


def window_size(rate_per_second: float) -> int:
    return min(
        MAX_WINDOW, max(MIN_WINDOW, math.ceil(rate_per_second * ROUND_TRIP_ALLOWANCE_SECONDS))
    )


@dataclass
class Progress:
    """How far one message got, for a send cut short by a stop."""

    pieces: int = 0
    # A request is out (or waiting in the rate limiter) and unanswered.
    in_flight: bool = False

    @property
    def may_have_arrived(self) -> bool:
        return self.in_flight or self.pieces > 0


class Sender:
    def __init__(
        self,
        renderer: Renderer,
        clock: Clock,
        *,
        paid_broadcast: bool = False,
        retry_delay: float = FIRST_DELAY_SECONDS,
    ) -> None:
        self.renderer = renderer
        self.clock = clock
        self.paid_broadcast = paid_broadcast
        self.retry_delay = retry_delay
        # One 429 holds back every send of this process, not only its own message.
        self.pause = Pause()

    async def send(self, bot: Bot, message: Scheduled, progress: Progress) -> Result:
        try:
            presentation = present(self.renderer, message.outcome, GLOBAL_SEQ)
            _check(presentation)
        except Exception:  # a broken template must not stop everyone else's message
            log.exception("scheduled %s could not be rendered", message.key.kind)
            return Result(message, FAILED)
        started_at = self.clock()
        for piece in presentation.messages:
            try:
                await with_retries(
                    partial(self._attempt, bot, message.user_id, piece, progress),
                    first_delay=self.retry_delay,
                    pause=self.pause,
                    resend_unknown=False,
                )
            except Forbidden:  # blocked, or the account is gone
                return self._failed(message, progress, unreachable=True)
            except BadRequest as exc:
                unreachable = "chat not found" in exc.message.lower()
                return self._failed(message, progress, unreachable=unreachable)
            except TelegramError as exc:  # network, timeout, flood: see the ledger's states
                cause = type(exc.__cause__).__name__ if exc.__cause__ else "-"
                log.warning("scheduled %s: %s (%s)", message.key.kind, type(exc).__name__, cause)
                if not outcome_unknown(exc):
                    return self._failed(message, progress, error=type(exc).__name__)
                last = piece is presentation.messages[-1]
                choices = tuple(presentation.choices or ()) if last else ()
                return Result(message, UNKNOWN, choices=choices, started_at=started_at)
            progress.pieces += 1
        return Result(
            message, SENT, choices=tuple(presentation.choices or ()), started_at=started_at
        )

    async def _attempt(
        self, bot: Bot, chat_id: int, piece: RenderedMessage, progress: Progress
    ) -> None:
        progress.in_flight = True
        try:
            await bot.send_message(
                chat_id,
                piece.text,
                reply_markup=piece.keyboard,
                allow_paid_broadcast=True if self.paid_broadcast else None,
            )
        except TelegramError as exc:
            progress.in_flight = outcome_unknown(exc)
            raise
        progress.in_flight = False

    @staticmethod
    def _failed(
        message: Scheduled,
        progress: Progress,
        *,
        unreachable: bool = False,
        error: str | None = None,
    ) -> Result:
        # Part of a long message went out: it is not sent again (see UNKNOWN).
        state = UNKNOWN if progress.pieces else FAILED
        return Result(message, state, unreachable=unreachable, error=error)


def _check(presentation: Presentation) -> None:
    """A message the bot sends on its own carries text and choices valid without a live
    keyboard (bot/presenter.py GLOBAL_SEQ), nothing else."""
    for option in presentation.choices or ():
        if not is_global_choice(option.value):
            raise ValueError(f"{option.value!r} is not valid without a live keyboard")
    for piece in presentation.messages:
        if piece.photo is not None or piece.documents or piece.edit:
            raise ValueError("a scheduled message is text with buttons only")


Pages = AsyncGenerator[list[Scheduled], None]
Running = dict[asyncio.Task[Result], tuple[Scheduled, Progress]]


class Window:
    """Up to `size` sends in flight; a user's next message waits for their previous one.

    `run` takes pages of claimed messages (fetching the next while the last of the
    previous are in flight), hands every finished send on to `done` (at least every
    HAND_ON_SECONDS, so results are recorded as they come), and returns the messages it
    never started because it was told to stop. Used once.
    """

    def __init__(self, sender: Sender, bot: Bot, size: int, stopping: Callable[[], bool]) -> None:
        self.sender = sender
        self.bot = bot
        self.size = size
        self.stopping = stopping
        self.most_in_flight = 0
        self._backlog: deque[Scheduled] = deque()
        self._running: Running = {}
        self._busy: set[int] = set()  # users with a send in flight
        # Finished sends, in the order they finished (one callback each, not a wait
        # over the whole window for every one).
        self._finished: asyncio.Queue[asyncio.Task[Result]] = asyncio.Queue()

    async def run(
        self, pages: Pages, done: Callable[[list[Result]], Awaitable[None]]
    ) -> list[Scheduled]:
        exhausted = False
        grace_ends: float | None = None
        try:
            while True:
                if grace_ends is None and self.stopping():
                    grace_ends = time.monotonic() + STOP_GRACE_SECONDS
                if grace_ends is None:
                    if not self._backlog and not exhausted:
                        page = await anext(pages, None)
                        exhausted = page is None
                        self._backlog.extend(page or ())
                        continue
                    self._launch()
                if not self._running:
                    if grace_ends is not None or (exhausted and not self._backlog):
                        break
                    continue
                wait = HAND_ON_SECONDS
                if grace_ends is not None:
                    wait = max(0.0, min(wait, grace_ends - time.monotonic()))
                results = await self._collect(wait)
                if grace_ends is not None and time.monotonic() >= grace_ends and self._running:
                    results.extend(await self._cut_short())
                await done(results)
        finally:
            await pages.aclose()
            for task in self._running:  # only when `done` failed: the process is going down
                task.cancel()
        return list(self._backlog)

    def _launch(self) -> None:
        waiting: list[Scheduled] = []
        while self._backlog and len(self._running) < self.size:
            message = self._backlog.popleft()
            if message.user_id in self._busy:  # one message at a time per user, in order
                waiting.append(message)
                continue
            progress = Progress()
            task = asyncio.create_task(self.sender.send(self.bot, message, progress))
            task.add_done_callback(self._finished.put_nowait)
            self._running[task] = (message, progress)
            self._busy.add(message.user_id)
        self._backlog.extendleft(reversed(waiting))
        self.most_in_flight = max(self.most_in_flight, len(self._running))

    async def _collect(self, wait: float) -> list[Result]:
        """The sends finished within `wait` seconds: at least one, unless none did."""
        tasks = []
        try:
            async with asyncio.timeout(wait):
                tasks.append(await self._finished.get())
        except TimeoutError:
            return []
        while not self._finished.empty():
            tasks.append(self._finished.get_nowait())
        results = []
        for task in tasks:
            if task not in self._running:  # cut short already
                continue
            message, progress = self._running.pop(task)
            self._busy.discard(message.user_id)
            results.append(_result(task, message, progress))
        return results

    async def _cut_short(self) -> list[Result]:
        """The stop's grace is over: what may have arrived counts as UNKNOWN, what surely
        did not goes back to the backlog, to be released."""
        for task in self._running:
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
        results = []
        for task, (message, progress) in self._running.items():
            if not task.cancelled() and task.exception() is None:
                results.append(task.result())
            elif progress.may_have_arrived:
                results.append(Result(message, UNKNOWN))
            else:
                self._backlog.append(message)
        self._running.clear()
        self._busy.clear()
        return results


def _result(task: asyncio.Task[Result], message: Scheduled, progress: Progress) -> Result:
    error = task.exception()
    if error is None:
        return task.result()
    log.error("scheduled %s failed unexpectedly", message.key.kind, exc_info=error)
    return Result(message, UNKNOWN if progress.may_have_arrived else FAILED)


__all__ = ["Progress", "Sender", "Window", "window_size"]
