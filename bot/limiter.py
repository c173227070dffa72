"""One pace for everything this process sends: SEND_RATE_PER_SECOND.

PTB's AIORateLimiter sends a message marked `allow_paid_broadcast` through a limiter of
its own at Telegram's paid ceiling (1000 a second), past the configured rate. Telegram
charges Stars for each message above its free limit, so the operator's rate must hold
for paid messages too: the limiter here decides as if the mark were absent. The request
itself is sent unchanged, mark included.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram._utils.types import JSONDict
from telegram.ext import AIORateLimiter


class PacedRateLimiter(AIORateLimiter):
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        # `callback(*args)` carries the request; `data` only informs the decision.
        paced = {key: value for key, value in data.items() if key != "allow_paid_broadcast"}
        return await super().process_request(
            callback, args, kwargs, endpoint, paced, rate_limit_args
        )
