"""The in-process Bot API with a network's round trip: each request is answered after
`latency` seconds, give or take `jitter` (a share of it), without blocking the event
loop. It notes when each request started and ended, and how many were in flight at once,
so tests can tell a concurrent sender from a sequential one without timing it."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from typing import Any

from telegram.request import RequestData

from bot.local_api import LocalBotApi


@dataclass(frozen=True)
class Span:
    method: str
    chat_id: int | None
    started: float
    ended: float
    status: int


class SlowBotApi(LocalBotApi):
    def __init__(self, latency: float, jitter: float = 0.2, seed: int = 1) -> None:
        super().__init__()
        self.latency = latency
        self.jitter = jitter
        self._random = random.Random(seed)
        self.in_flight = 0
        self.most_in_flight = 0
        self.spans: list[Span] = []
        # "method:chat_id" → (status, description): fails once, then works.
        self.fail_once: dict[str, tuple[int, str]] = {}

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        chat = request_data.parameters.get("chat_id") if request_data else None
        chat_id = int(str(chat)) if chat is not None else None
        started = time.monotonic()
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        key = f"{api_method}:{chat_id}"
        once = self.fail_once.pop(key, None)
        try:
            spread = self.latency * self.jitter
            await asyncio.sleep(self.latency + self._random.uniform(-spread, spread))
            if once is not None:
                self.failures[key] = once
            status, body = await super().do_request(url, method, request_data, *args, **kwargs)
        finally:
            if once is not None:
                self.failures.pop(key, None)
            self.in_flight -= 1
        self.spans.append(Span(api_method, chat_id, started, time.monotonic(), status))
        return status, body

    def sends(self) -> list[Span]:
        return [span for span in self.spans if span.method == "sendMessage"]
