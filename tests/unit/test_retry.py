"""Which failed sends may have arrived, and what is sent again."""

from __future__ import annotations

import time
from datetime import timedelta

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.retry import Pause, outcome_unknown, with_retries


def caused(error: TelegramError, cause: BaseException) -> TelegramError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    "error, unknown",
    [
        (caused(TimedOut(), httpx.ReadTimeout("read")), True),
        (caused(NetworkError("httpx.RemoteProtocolError"), httpx.RemoteProtocolError("x")), True),
        (caused(NetworkError("httpx.ReadError"), httpx.ReadError("x")), True),
        (TimedOut(), True),  # a timeout nobody said the phase of
        (caused(TimedOut(), httpx.ConnectTimeout("connect")), False),
        (caused(TimedOut("Pool timeout"), httpx.PoolTimeout("pool")), False),
        (caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")), False),
        (caused(TimedOut(), httpx.WriteTimeout("write")), False),
        (NetworkError("Bad Gateway"), False),  # Telegram answered: not sent
        (BadRequest("Bad Request: chat not found"), False),
        (RetryAfter(1), False),
    ],
)
def test_which_failures_may_have_arrived(error: TelegramError, unknown: bool) -> None:
    assert outcome_unknown(error) is unknown


class Flaky:
    def __init__(self, *errors: TelegramError) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


async def test_a_reply_is_sent_again_after_a_timeout_a_scheduled_message_is_not() -> None:
    reply = Flaky(TimedOut())
    assert await with_retries(reply, first_delay=0) == "ok" and reply.calls == 2
    scheduled = Flaky(TimedOut())
    with pytest.raises(TimedOut):
        await with_retries(scheduled, first_delay=0, resend_unknown=False)
    assert scheduled.calls == 1
    refused = Flaky(NetworkError("Bad Gateway"))
    assert await with_retries(refused, first_delay=0, resend_unknown=False) == "ok"


async def test_a_shared_pause_is_waited_out_before_every_attempt() -> None:
    pause = Pause()
    limited = Flaky(RetryAfter(timedelta(seconds=0.05)))
    assert await with_retries(limited, pause=pause) == "ok"
    # The pause outlives the call that met it: another sender waits for it too.
    pause.extend(0.05)
    other = Flaky()
    started = time.monotonic()
    await with_retries(other, pause=pause)
    assert time.monotonic() - started >= 0.04
