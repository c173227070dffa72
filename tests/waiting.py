"""Waiting for something to happen without a fixed sleep: poll until it holds, and fail
with a message naming it once a deadline has passed. A deadline only bounds a wait that
normally ends much sooner; no test asserts how fast anything is."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

POLL_SECONDS = 0.02


def wait_until(condition: Callable[[], object], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds:g} s: {what}")
        time.sleep(POLL_SECONDS)


async def until(condition: Callable[[], object], seconds: float, what: str) -> None:
    """The same inside an event loop: the loop keeps running while we wait."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds:g} s: {what}")
        await asyncio.sleep(POLL_SECONDS)
