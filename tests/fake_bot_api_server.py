"""A Bot API server on 127.0.0.1 for tests that run the bot as a real process."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from bot.local_api import LOCAL_BOT


class FakeBotApiServer:
    def __init__(self, token: str, *, reject_token: bool = False) -> None:
        self.token = token
        self.reject_token = reject_token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.pending_updates: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
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

    def _respond(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if self.reject_token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._lock:
            self.calls.append((method, params))
        if method == "getMe":
            return 200, {"ok": True, "result": LOCAL_BOT}
        if method == "getUpdates":
            with self._lock:
                updates, self.pending_updates = self.pending_updates, []
            if not updates:
                time.sleep(0.05)
            return 200, {"ok": True, "result": updates}
        if method == "sendMessage":
            chat_id = int(params["chat_id"])
            return 200, {
                "ok": True,
                "result": {
                    "message_id": len(self.calls),
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"},
                    "text": params.get("text", ""),
                },
            }
        return 200, {"ok": True, "result": True}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                path = self.path.split("?")[0]
                prefix = f"/bot{server.token}/"
                if not path.startswith(prefix):
                    self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(body or "{}")
                else:
                    params = dict(parse_qsl(body))
                status, payload = server._respond(path[len(prefix) :], params)
                self._reply(status, payload)

            do_GET = do_POST

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return None

        return Handler
