"""A Bot API for the paced broadcast: tests/fake_bot_api_server.py on 127.0.0.1, in a
process of its own (so its CPU is not counted as ours), answering every send after a
round trip of `latency` seconds ± `jitter` (uniform), over keep-alive HTTP/1.1 as
Telegram's servers do. It models the network's round trip only: it never refuses (no
429s) and has no limit of its own; pacing is the bot's job."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType

from tests.e2e.test_process import TOKEN
from tests.fake_bot_api_server import FakeBotApiServer


@dataclass(frozen=True)
class Seen:
    sends: int
    chats: int  # distinct chats among them
    most_in_flight: int
    # When each send was answered (time.monotonic: one clock for every process here).
    answered: tuple[float, ...]


def _serve(connection: Connection, latency: float, jitter: float) -> None:
    with FakeBotApiServer(TOKEN, latency=latency, jitter=jitter, keep_alive=True) as server:
        connection.send(server.base_url)
        connection.recv()  # told to stop
        chats = [int(p["chat_id"]) for m, p in server.calls if m == "sendMessage"]
        seen = Seen(len(chats), len(set(chats)), server.most_in_flight, tuple(server.sent_at))
        connection.send(seen)


class StubBotApi:
    def __init__(self, latency: float, jitter: float = 0.2) -> None:
        self.latency = latency
        self.jitter = jitter
        self.seen: Seen | None = None

    def __enter__(self) -> StubBotApi:
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child, self.latency, self.jitter), daemon=True
        )
        self._process.start()
        self.base_url: str = self._connection.recv()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._connection.send("stop")
        self.seen = self._connection.recv()
        self._process.join(timeout=10)
