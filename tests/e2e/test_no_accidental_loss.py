"""Property: whatever a person taps, types or ignores, in whatever order, and whatever
the bot sends on its own meanwhile, nothing is deleted or withdrawn without a fresh,
explicit confirmation (docs/architecture.md, chat conventions).

Random walks at fixed seeds through the real Application: commands, presses on old and
new messages, typed numbers and labels, scheduler ticks and the clock moving on."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.db.models import User
from bot.local_api import ApiCall
from tests.conftest import sqlite_url
from tests.e2e.test_privacy import finished_journey
from tests.harness import BotHarness, UserSession
from tests.integration.test_scheduler import WIB_0800, opt_in, tick

CONFIRM = "Ya, hapus semuanya"
WITHDRAW = "Ya, tarik persetujuan"
COMMANDS = (
    "/hapusdata",
    "/hapusdata",
    "/ekspor",
    "/bantuan",
    "/progres",
    "/mood",
    "/gagal",
    "/pengingat",
    "/rencana",
    "/riwayat",
    "/lanjut",
    "/batal",
)
LIFETIME = timedelta(minutes=10)
STEPS = 70


@dataclass
class Shown:
    """A message with buttons, when it was sent and after how many user actions."""

    call: ApiCall
    at_action: int
    sent_at: datetime


async def _state(bot: BotHarness, user_id: int) -> tuple[bool, bool | None]:
    async with bot.services.store.transaction() as session:
        user = await session.get(User, user_id)
        return user is not None, user.consent_feelings if user is not None else None


def _with_buttons(calls: list[ApiCall]) -> list[ApiCall]:
    return [
        call
        for call in calls
        if call.method in {"sendMessage", "editMessageText"}
        and any("callback_data" in button for row in call.buttons for button in row)
    ]


def _fresh(bot: BotHarness, shown: Shown) -> bool:
    return bot.clock.now - shown.sent_at <= LIFETIME


async def _walk(bot: BotHarness, seed: int) -> None:
    rng = random.Random(seed)
    user_id = 3000 + seed
    bot.clock.now = WIB_0800 - timedelta(days=1)
    await finished_journey(bot, user_id)
    await opt_in(bot, user_id, bot.clock.now)
    rina: UserSession = bot.user(user_id, "Rina")
    shown = [Shown(c, 0, bot.clock.now) for c in _with_buttons(rina.sent_to_me())]
    withdrawn = False
    for action in range(1, STEPS + 1):
        kind = rng.choice(("command", "press", "press", "number", "label", "tick", "wait"))
        # The label of a destructive button pressed or typed in a way that counts as a
        # fresh, explicit answer to its question; None for anything else.
        confirmed: str | None = None
        calls: list[ApiCall] = []
        if kind == "command":
            calls = await rina.send(rng.choice(COMMANDS))
        elif kind == "press":
            target = rng.choice(shown[-6:] if rng.random() < 0.7 else shown)
            label = rng.choice(
                [b["text"] for row in target.call.buttons for b in row if "callback_data" in b]
            )
            confirmed = label if _fresh(bot, target) else None
            calls = await rina.press(label, on=target.call)
        elif kind == "number":
            calls = await rina.send(str(rng.randint(1, 9)))
        elif kind == "label":
            target = rng.choice(shown)
            label = rng.choice(target.call.button_labels)
            latest = shown[-1]
            is_next = target is latest and latest.at_action == action - 1
            confirmed = label if is_next and _fresh(bot, latest) else None
            calls = await rina.send(label)
        elif kind == "tick":
            bot.clock.now += timedelta(hours=rng.choice((1, 6, 24)))
            before = len(bot.api.calls)
            await tick(bot, bot.clock.now)
            calls = [c for c in bot.api.calls[before:] if c.chat_id == user_id]
        else:
            bot.clock.now += timedelta(minutes=rng.choice((1, 5, 11, 90)))
        exists, consent = await _state(bot, user_id)
        shown += [Shown(call, action, bot.clock.now) for call in _with_buttons(calls)]
        if not exists:
            assert confirmed == CONFIRM, f"seed {seed}: deleted by a {kind} at step {action}"
            return
        if consent is False and not withdrawn:
            assert confirmed == WITHDRAW, f"seed {seed}: withdrawn by a {kind} at step {action}"
            withdrawn = True


@pytest.mark.parametrize("seed", range(6))
async def test_nothing_is_deleted_or_withdrawn_without_a_fresh_confirmation(
    tmp_path: Path, seed: int
) -> None:
    bot = BotHarness(sqlite_url(tmp_path))
    await bot.start()
    try:
        await _walk(bot, seed)
    finally:
        await bot.stop()
