"""Sending again when Telegram or the network hiccups, so a committed answer still gets
its reply. A timeout may hide a message that did arrive: the user may then see it twice,
which is better than never (DESIGN.md §2: reply at least once)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter

log = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
FIRST_DELAY_SECONDS = 0.5
T = TypeVar("T")


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    attempts: int = SEND_ATTEMPTS,
    first_delay: float = FIRST_DELAY_SECONDS,
) -> T:
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            wait = exc._retry_after.total_seconds()  # the public property is deprecated
            log.warning("rate limited; sending again in %.1f s", wait)
            await asyncio.sleep(wait)
        except BadRequest:  # our request is wrong: sending it again cannot help
            raise
        except NetworkError as exc:  # includes timeouts and Telegram's 5xx answers
            if attempt == attempts:
                raise
            log.warning("%s while sending; again in %.1f s", type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover
