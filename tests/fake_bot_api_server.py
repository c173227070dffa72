"""A Bot API server on 127.0.0.1 for tests that run the bot as a real process.

It behaves like Telegram where crash safety depends on it: getUpdates hands out every
update until a later call's offset confirms it, long polls, and can be told to fail at a
fixed seed (429 with retry_after, 500, a response too slow for the client, a connection
dropped without an answer).
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from bot.local_api import LOCAL_BOT

SENDING_METHODS = {"sendMessage", "editMessageText", "sendDocument", "sendPhoto"}
MAX_LONG_POLL_SECONDS = 1.0


@dataclass
class Faults:
    """Which calls fail, and how: each call of `methods` draws one number from `seed`,
    and the first send at or after each number in `forced` (counting calls of `methods`)
    fails as given, so every kind of fault happens at least once whatever the timing."""

    seed: int
    methods: frozenset[str] = frozenset(SENDING_METHODS | {"getUpdates"})
    rate_limited: float = 0.005  # 429 with retry_after (it holds up every send a second)
    server_error: float = 0.04  # 500
    too_slow: float = 0.003  # answered after the client's read timeout
    dropped: float = 0.02  # connection closed without an answer
    forced: dict[int, str] = field(
        default_factory=lambda: {
            20: "rate_limited",
            40: "server_error",
            60: "too_slow",
            80: "dropped",
        }
    )
    slow_seconds: float = 6.0
    # getUpdates is asked far more often than anything is sent; it fails less often.
    poll_scale: float = 0.3
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()  # the server answers on several threads
        self._calls = 0

    def draw(self, method: str) -> str | None:
        if method not in self.methods:
            return None
        with self._lock:
            return self._draw(method)

    def _draw(self, method: str) -> str | None:
        self._calls += 1
        due = [n for n in self.forced if n <= self._calls]
        if due and method != "getUpdates":  # the first send at or after its number
            kind = self.forced.pop(min(due))
            self.counts[kind] = self.counts.get(kind, 0) + 1
            return kind
        roll = self._random.random()
        if method == "getUpdates":
            roll /= self.poll_scale
        for kind, share in (
            ("rate_limited", self.rate_limited),
            ("server_error", self.server_error),
            ("too_slow", self.too_slow if method != "getUpdates" else 0.0),
            ("dropped", self.dropped),
        ):
            if roll < share:
                self.counts[kind] = self.counts.get(kind, 0) + 1
                return kind
            roll -= share
        return None


class FakeBotApiServer:
    def __init__(
        self,
        token: str,
        *,
        reject_token: bool = False,
        faults: Faults | None = None,
        latency: float = 0.0,
        jitter: float = 0.2,
        keep_alive: bool = False,
    ) -> None:
        """`latency` (± `jitter`, a share of it) models the round trip of every sending
        method; `keep_alive` answers in HTTP/1.1, so a client keeps its connections as it
        does with Telegram."""
        self.token = token
        self.reject_token = reject_token
        self.faults = faults
        self.latency = latency
        self.jitter = jitter
        self.keep_alive = keep_alive
        self.in_flight = 0
        self.most_in_flight = 0
        # When each sendMessage was answered (time.monotonic, one clock for all processes).
        self.sent_at: list[float] = []
        self._random = random.Random(1)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        # Not yet confirmed by a getUpdates offset; tests may append to it directly.
        self.pending_updates: list[dict[str, Any]] = []
        # Every update id below this one has been confirmed by the bot.
        self.confirmed_below = 0
        self.delivered: dict[int, list[dict[str, Any]]] = {}
        self._next_update_id = 1
        self._lock = threading.Condition()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/bot"

    def __enter__(self) -> FakeBotApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def methods(self) -> list[str]:
        with self._lock:
            return [method for method, _ in self.calls]

    def sent_texts(self) -> list[str]:
        with self._lock:
            return [str(p.get("text", "")) for m, p in self.calls if m == "sendMessage"]

    def send_update(self, content: dict[str, Any]) -> int:
        """Queue one update as a user's client would; its id is assigned here (any id in
        `content` is replaced). Returns the id."""
        with self._lock:
            update_id = self._next_update_id
            self._next_update_id += 1
            self.pending_updates.append({**content, "update_id": update_id})
            self._lock.notify_all()
            return update_id

    def delivered_to(self, chat_id: int) -> list[dict[str, Any]]:
        """What reached this chat: sent or edited messages and files, in order."""
        with self._lock:
            return list(self.delivered.get(chat_id, []))

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), MAX_LONG_POLL_SECONDS)
        with self._lock:
            if offset:
                self.confirmed_below = max(self.confirmed_below, offset)
                self.pending_updates = [u for u in self.pending_updates if u["update_id"] >= offset]
            while not self.pending_updates and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            return list(self.pending_updates[:limit])

    def _message(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        with self._lock:
            self.delivered.setdefault(chat_id, []).append({"method": method, **params})
            message_id = len(self.calls)
            if method == "sendMessage":
                self.sent_at.append(time.monotonic())
        return {
            "message_id": int(params.get("message_id") or message_id),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "text": params.get("text", ""),
        }

    def _respond(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if self.reject_token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._lock:
            self.calls.append((method, params))
        if method == "getMe":
            return 200, {"ok": True, "result": LOCAL_BOT}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if method in SENDING_METHODS and "chat_id" in params:
            return 200, {"ok": True, "result": self._message(method, params)}
        return 200, {"ok": True, "result": True}

    def _travel(self) -> None:
        """The round trip, on this request's own thread; counts the requests in flight."""
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            spread = self.latency * self.jitter
            delay = self.latency + self._random.uniform(-spread, spread)
        time.sleep(delay)
        with self._lock:
            self.in_flight -= 1

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if server.keep_alive else "HTTP/1.0"

            def do_POST(self) -> None:
                path = self.path.split("?")[0]
                prefix = f"/bot{server.token}/"
                if not path.startswith(prefix):
                    self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode(errors="replace")
                params = _parse_body(self.headers.get("Content-Type") or "", body)
                method = path[len(prefix) :]
                fault = server.faults.draw(method) if server.faults else None
                if fault == "rate_limited":
                    self._reply(
                        429,
                        {
                            "ok": False,
                            "error_code": 429,
                            "description": "Too Many Requests: retry after 1",
                            "parameters": {"retry_after": 1},
                        },
                    )
                elif fault == "server_error":
                    self._reply(
                        500,
                        {"ok": False, "error_code": 500, "description": "Internal Server Error"},
                    )
                elif fault == "dropped":
                    self.close_connection = True
                    self.connection.close()
                else:
                    if method in SENDING_METHODS and server.latency:
                        server._travel()
                    status, payload = server._respond(method, params)
                    if fault == "too_slow" and server.faults is not None:
                        time.sleep(server.faults.slow_seconds)  # it arrived; the answer is late
                    self._reply(status, payload)

            do_GET = do_POST

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up waiting
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                return None

        return Handler


class _Server(ThreadingHTTPServer):
    # Python's default of 5 waiting connections makes the kernel reset a burst of them,
    # which a client reads as a dropped answer; Telegram's servers do not.
    request_queue_size = 128


def _parse_body(content_type: str, body: str) -> dict[str, Any]:
    if "json" in content_type:
        parsed = json.loads(body or "{}")
        return parsed if isinstance(parsed, dict) else {}
    if "multipart" in content_type:  # files: only the plain fields matter here
        fields = re.findall(r'name="([^"]+)"\r\n(?:[^\r\n]+\r\n)*\r\n([^\r]*)\r\n', body)
        return {name: value for name, value in fields if name != "document"}
    return dict(parse_qsl(body))
