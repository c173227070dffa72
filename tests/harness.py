"""Drive the real `telegram.ext.Application` with a recording Bot API (PTB's own tests
feed updates the same way) and look at what it asked Telegram to do."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from telegram import Update

from bot.app import BangkitApp, build_application, start_application, stop_application
from bot.local_api import ApiCall, LocalBotApi, UpdateFactory
from bot.runtime import Services
from bot.settings import load_settings


class FakeClock:
    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2026, 11, 25, 3, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class BotHarness:
    def __init__(
        self,
        database_url: str,
        *,
        api: LocalBotApi | None = None,
        rate_limit: bool = False,
        **settings: Any,
    ) -> None:
        self.settings = load_settings(database_url=database_url, **settings)
        self.api = api or LocalBotApi()
        self.rate_limit = rate_limit
        self.clock = FakeClock()
        self.app: BangkitApp = self._build()
        self.update_ids = itertools.count(1)

    def _build(self) -> BangkitApp:
        return build_application(
            self.settings, request=self.api, clock=self.clock, rate_limit=self.rate_limit
        )

    async def start(self) -> None:
        await start_application(self.app)

    async def stop(self) -> None:
        await stop_application(self.app)

    async def restart(self) -> None:
        """A new Application on the same database, as after a crash or deploy."""
        await self.stop()
        self.app = self._build()
        await self.start()

    @property
    def services(self) -> Services:
        return self.app.bot_data.services

    def user(self, user_id: int = 501, first_name: str = "Rina") -> UserSession:
        return UserSession(self, UpdateFactory(user_id, first_name, update_ids=self.update_ids))

    async def feed(self, data: dict[str, Any]) -> list[ApiCall]:
        """Process one update; return the Bot API calls it caused."""
        before = len(self.api.calls)
        await self.app.process_update(Update.de_json(data, self.app.bot))
        return self.api.calls[before:]


class UserSession:
    """One person in a private chat."""

    def __init__(self, harness: BotHarness, factory: UpdateFactory) -> None:
        self.harness = harness
        self.factory = factory
        self.last_update: dict[str, Any] | None = None

    @property
    def id(self) -> int:
        return int(str(self.factory.user["id"]))

    async def send(self, text: str) -> list[ApiCall]:
        self.last_update = self.factory.message(text)
        return await self.harness.feed(self.last_update)

    async def send_content(self, **content: Any) -> list[ApiCall]:
        self.last_update = self.factory.message(None, **content)
        return await self.harness.feed(self.last_update)

    async def redeliver(self) -> list[ApiCall]:
        assert self.last_update is not None
        return await self.harness.feed(self.last_update)

    def sent_to_me(self) -> list[ApiCall]:
        return [c for c in self.harness.api.calls if c.chat_id == self.id]

    def last_keyboard_message(self) -> ApiCall:
        for call in reversed(self.sent_to_me()):
            if call.method in {"sendMessage", "editMessageText"} and any(
                "callback_data" in b for row in call.buttons for b in row
            ):
                return call
        raise AssertionError("no message with buttons was sent to this user")

    async def press(
        self, label: str, on: ApiCall | None = None, row: str | None = None
    ) -> list[ApiCall]:
        """Press the button with this label on the latest keyboard (or on `on`); in a
        message of several questions, on the `row` whose first button says `row`."""
        message = on or self.last_keyboard_message()
        rows = [r for r in message.buttons if row is None or (r and r[0]["text"] == row)]
        for buttons in rows:
            for button in buttons:
                if button["text"] == label and "callback_data" in button:
                    self.last_update = self.factory.callback(
                        button["callback_data"], message.result
                    )
                    return await self.harness.feed(self.last_update)
        raise AssertionError(f"no button {label!r}; buttons: {message.button_labels}")


def texts(calls: list[ApiCall], method: str = "sendMessage") -> list[str]:
    return [call.text for call in calls if call.method == method]


def only(calls: list[ApiCall], method: str) -> ApiCall:
    matching = [call for call in calls if call.method == method]
    assert len(matching) == 1, f"expected one {method}, got {[c.method for c in calls]}"
    return matching[0]


def sent_files(calls: list[ApiCall]) -> dict[str, bytes]:
    """The documents sent, by file name."""
    return {
        name: content
        for call in calls
        if call.method == "sendDocument"
        for name, content in call.files.values()
    }
