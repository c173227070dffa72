"""An in-process Bot API: answers PTB's requests without a network.

The console chat prints what it receives; tests record it. Both drive the real
`telegram.ext.Application`, so what they see is what Telegram would be asked to do.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

LOCAL_BOT = {
    "id": 700000001,
    "is_bot": True,
    "first_name": "Bangkit",
    "username": "BangkitLokalBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}

MESSAGE_METHODS = {"sendMessage", "sendDocument", "sendPhoto", "editMessageText"}


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    message_id: int | None = None
    result: Any = None

    @property
    def text(self) -> str:
        return str(self.params.get("text", self.params.get("caption", "")))

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return list(markup.get("inline_keyboard", []))

    @property
    def button_labels(self) -> list[str]:
        return [button["text"] for row in self.buttons for button in row]


class LocalBotApi(BaseRequest):
    """Answers every Bot API method with a plausible success and remembers the call."""

    def __init__(self) -> None:
        self.calls: list[ApiCall] = []
        self._message_ids = itertools.count(1)
        # Tests make a call fail: "method" or "method:chat_id" → (HTTP status, description);
        # status 0 raises TimedOut, 429 carries retry_after.
        self.failures: dict[str, tuple[int, str]] = {}
        # How many times a failure happens before it goes away (absent: every time).
        self.failure_counts: dict[str, int] = {}
        # Tests make a call slow: "method" or "method:chat_id" → seconds before answering.
        self.delays: dict[str, float] = {}

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data is not None and request_data.contains_files:
            for name, value in request_data.multipart_data.items():
                filename, content = str(value[0]), value[1]
                data = content if isinstance(content, bytes) else content.read()
                files[name] = (filename, data)
        call = ApiCall(api_method, params, files)
        delay = self.delays.get(f"{api_method}:{call.chat_id}", self.delays.get(api_method))
        if delay:
            await asyncio.sleep(delay)
        key = (
            f"{api_method}:{call.chat_id}"
            if f"{api_method}:{call.chat_id}" in self.failures
            else api_method
        )
        failure = self.failures.get(key)
        if failure is not None:
            self._count_down(key)
            status, description = failure
            self.calls.append(call)
            if status == 0:
                raise TimedOut(description)
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
            if status == 429:
                body["parameters"] = {"retry_after": 1}
            return status, json.dumps(body).encode()
        result = self.result_for(call)
        call.result = result
        self.calls.append(call)
        self.on_call(call)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _count_down(self, key: str) -> None:
        if key in self.failure_counts:
            self.failure_counts[key] -= 1
            if self.failure_counts[key] <= 0:
                del self.failure_counts[key], self.failures[key]

    def on_call(self, call: ApiCall) -> None:
        """Hook for the console to print; tests read `calls`."""

    def result_for(self, call: ApiCall) -> Any:
        if call.method == "getMe":
            return LOCAL_BOT
        if call.method == "getUpdates":
            return []
        if call.method in MESSAGE_METHODS:
            return self._message(call)
        if call.method == "editMessageReplyMarkup":
            return self._message(call)
        return True

    def _message(self, call: ApiCall) -> dict[str, Any]:
        chat_id = call.chat_id or 0
        if "message_id" in call.params:
            message_id = int(call.params["message_id"])
        else:
            message_id = next(self._message_ids)
        call.message_id = message_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": LOCAL_BOT,
        }
        if call.method in {"sendMessage", "editMessageText"}:
            message["text"] = call.text
        if call.method == "sendDocument":
            filename = next(iter(call.files.values()), ("document", b""))[0]
            message["document"] = {
                "file_id": f"doc{message_id}",
                "file_unique_id": f"u{message_id}",
                "file_name": filename,
            }
        if call.params.get("reply_markup"):
            markup = call.params["reply_markup"]
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message


class UpdateFactory:
    """Builds the JSON of incoming updates as Telegram would send them."""

    def __init__(
        self,
        user_id: int,
        first_name: str = "Rina",
        first_update_id: int = 1,
        update_ids: Iterator[int] | None = None,
    ) -> None:
        self.user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": "id",
        }
        # Several factories can share one sequence: Telegram's update ids are per bot.
        self._update_ids = update_ids or itertools.count(first_update_id)
        self._message_ids = itertools.count(1)

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def private_chat(self) -> dict[str, Any]:
        return {"id": self.user["id"], "type": "private", "first_name": self.user["first_name"]}

    def message(
        self, text: str | None = None, chat: dict[str, Any] | None = None, **extra: Any
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat or self.private_chat(),
            "from": self.user,
            **extra,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return {"update_id": self.next_update_id(), "message": message}

    def callback(self, data: str, message: dict[str, Any]) -> dict[str, Any]:
        return {
            "update_id": self.next_update_id(),
            "callback_query": {
                "id": f"cq{self.next_update_id()}",
                "from": self.user,
                "chat_instance": f"ci{self.user['id']}",
                "data": data,
                "message": message,
            },
        }
