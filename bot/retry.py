"""Sending again when Telegram or the network hiccups, so a committed answer still gets
its reply. A timeout may hide a message that did arrive: the user may then see it twice,
which is better than never for a reply (docs/architecture.md: reply at least once). A message the
bot sends on its own passes `resend_unknown=False`: nobody is waiting for it, so a second
copy is worse than a missing one (bot/scheduling/sender.py)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut

log = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
FIRST_DELAY_SECONDS = 0.5
T = TypeVar("T")
# The request cannot have reached Telegram: no connection, no free connection, not all
# of it written. (A 5xx or a 429 is Telegram's own answer: it did not send.)
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
)


def outcome_unknown(exc: TelegramError) -> bool:
    """Whether the request may have been carried out although no answer came: a read
    timeout, a connection dropped after the request went out."""
    if not isinstance(exc, NetworkError) or isinstance(exc, BadRequest):
        return False
    cause = exc.__cause__
    if isinstance(cause, _NOT_SENT):
        return False
    if isinstance(cause, httpx.HTTPError):
        return True
    # No transport error behind it: Telegram answered with an error status (a 5xx), unless
    # it is a timeout whose phase nobody told us.
    return isinstance(exc, TimedOut)


class Pause:
    """A wait every sender shares: Telegram's 429 asks the whole bot to hold off, so one
    message's retry_after holds back the others too, not only itself."""

    def __init__(self) -> None:
        self._until = 0.0

    def extend(self, seconds: float) -> None:
        self._until = max(self._until, time.monotonic() + seconds)

    async def wait(self) -> None:
        left = self._until - time.monotonic()
        while left > 0:  # extended meanwhile: wait for the new end
            await asyncio.sleep(left)
            left = self._until - time.monotonic()


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    attempts: int = SEND_ATTEMPTS,
    first_delay: float = FIRST_DELAY_SECONDS,
    pause: Pause | None = None,
    resend_unknown: bool = True,
) -> T:
    delay = first_delay
    for attempt in range(1, attempts + 1):
        if pause is not None:
            await pause.wait()
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            wait = exc._retry_after.total_seconds()  # the public property is deprecated
            log.warning("rate limited; sending again in %.1f s", wait)
            if pause is not None:
                pause.extend(wait)
            else:
                await asyncio.sleep(wait)
        except BadRequest:  # our request is wrong: sending it again cannot help
            raise
        except NetworkError as exc:  # includes timeouts and Telegram's 5xx answers
            if attempt == attempts or (not resend_unknown and outcome_unknown(exc)):
                raise
            log.warning("%s while sending; again in %.1f s", type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover
