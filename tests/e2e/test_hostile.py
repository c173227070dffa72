"""Anything Telegram can deliver, through the real Application: a kind, defined outcome,
never an unhandled exception, never broken HTML, never lost answers, no personal text in
the logs."""

from __future__ import annotations

import logging
import random
import time
from typing import Any

import pytest
from telegram import Update
from telegram.ext import CallbackContext

from bot.local_api import ApiCall
from bot.logs import setup_logging
from tests.e2e.test_journey import BY_BUTTONS, answers_of, run_steps
from tests.harness import BotHarness, texts
from tests.logging_state import restore_root_logger_after
from tests.telegram_html import html_problems

UPDATES_IN_FUZZ = 5000
# A poll update: it has no user, so the bot must stay silent.
CLOSED_POLL = {
    "id": "p",
    "question": "?",
    "options": [],
    "total_voter_count": 0,
    "is_closed": True,
    "is_anonymous": True,
    "type": "regular",
    "allows_multiple_answers": False,
    "allows_revoting": False,
    "members_only": False,
}
WEIRD_TEXTS = [
    "",
    " ",
    "\u200b\u200b",
    "\u202eRTL\u202c",
    "🙂🙂🙂",
    "<b>",
    "</i>",
    "a & b",
    "<script>x</script>",
    "&amp;&lt;",
    "x" * 4096,
    "1",
    "99",
    "-1",
    "/",
    "/gagal",
    "/lanjut",
    "/batal",
    "/rencana",
    "/hapusdata",
    "/ekspor",
    "/pengingat",
    "/progres",
    "/email",
    "/start",
    "/bantuan",
    "/tidakada",
    "lewati",
    "Selesai",
    "Ya, saya setuju",
    "08.00",
    "jam 8",
    "20/11/2026",
    "0812-3456-7890",
    "linkedin.com/in/x",
    "PT <b>Maju</b>",
    "mati lampu",
    "\n\n\n",
    "a\u0000b",
    "٣",
    "\uff31",  # full-width Q
    "kecewa, sedih",
    "1, 3",
    "\u210c\U0001d522\U0001d529\U0001d529\U0001d52c",  # fraktur "Hello"
]
MEDIA: list[dict[str, Any]] = [
    {
        "sticker": {
            "file_id": "s",
            "file_unique_id": "su",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        }
    },
    {"photo": [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1}]},
    {"voice": {"file_id": "v", "file_unique_id": "vu", "duration": 1}},
    {"video": {"file_id": "vi", "file_unique_id": "viu", "width": 1, "height": 1, "duration": 1}},
    {"document": {"file_id": "d", "file_unique_id": "du"}},
    {"location": {"latitude": -6.2, "longitude": 106.8}},
    {"contact": {"phone_number": "+6281234567890", "first_name": "X"}},
    {"dice": {"emoji": "🎲", "value": 3}},
    {
        "poll": {
            "id": "1",
            "question": "?",
            "options": [{"text": "a", "voter_count": 0, "persistent_id": "o1"}],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        }
    },
]


_seen: dict[int, int] = {}
_keyboards: dict[int, list[ApiCall]] = {}


def keyboards_sent(bot: BotHarness, user_id: int) -> list[ApiCall]:
    """The messages with buttons sent to a user so far (read incrementally)."""
    start = _seen.get(id(bot.api), 0)
    for call in bot.api.calls[start:]:
        if call.chat_id is not None and call.buttons:
            _keyboards.setdefault(call.chat_id, []).append(call)
    _seen[id(bot.api)] = len(bot.api.calls)
    return _keyboards.get(user_id, [])


def random_update(rng: random.Random, bot: BotHarness, update_id: int) -> dict[str, Any]:
    user_id = rng.choice([901, 902, 903])
    user = {"id": user_id, "is_bot": False, "first_name": rng.choice(["Rina", "<b>B</b>", "&"])}
    chat = {"id": user_id, "type": "private"}
    roll = rng.random()
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": chat,
        "from": user,
    }
    if roll < 0.45:
        text = rng.choice(WEIRD_TEXTS) or "x"
        message["text"] = text
        if rng.random() < 0.1:  # forwarded from someone else
            message["forward_origin"] = {
                "type": "hidden_user",
                "date": 0,
                "sender_user_name": "Orang Lain",
            }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        return {"update_id": update_id, "message": message}
    if roll < 0.6:
        message.update(rng.choice(MEDIA))
        if rng.random() < 0.3:
            message["caption"] = rng.choice(WEIRD_TEXTS)
        return {"update_id": update_id, "message": message}
    if roll < 0.8:
        sent = keyboards_sent(bot, user_id)
        data = rng.choice(
            ["garbage", "0:r:off", "0:g:continue", "5:menu:help", "", "x" * 64, "1:j:company:x"]
        )
        if sent and rng.random() < 0.7:
            call = rng.choice(sent[-5:])
            callbacks = [
                b["callback_data"] for row in call.buttons for b in row if "callback_data" in b
            ]
            data = rng.choice(callbacks) if callbacks else data
            origin = call.result
        else:
            origin = {"message_id": 1, "date": 0, "chat": chat}
        if rng.random() < 0.05:
            origin = {"message_id": 1, "date": 0, "chat": {"id": 999, "type": "private"}}
        return {
            "update_id": update_id,
            "callback_query": {
                "id": str(update_id),
                "from": user,
                "chat_instance": "c",
                "data": data,
                "message": origin,
            },
        }
    if roll < 0.87:
        message["text"] = rng.choice(WEIRD_TEXTS) or "x"
        message["edit_date"] = int(time.time())
        return {"update_id": update_id, "edited_message": message}
    if roll < 0.92:
        group = {"id": -100 - user_id, "type": rng.choice(["group", "supergroup"]), "title": "G"}
        return {"update_id": update_id, "message": {**message, "chat": group, "text": "/start"}}
    if roll < 0.96:
        channel = {"id": -200, "type": "channel", "title": "C"}
        return {
            "update_id": update_id,
            "channel_post": {"message_id": update_id, "date": 0, "chat": channel, "text": "/gagal"},
        }
    return {"update_id": update_id, "poll": CLOSED_POLL}


@pytest.mark.timeout(240)
async def test_thousands_of_random_updates_never_break_anything(tmp_path: Any) -> None:
    bot = BotHarness(f"sqlite+aiosqlite:///{tmp_path / 'fuzz.db'}")
    await bot.start()
    unexpected: list[BaseException] = []

    async def record(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
        if context.error is not None:
            unexpected.append(context.error)

    bot.app.add_error_handler(record)
    rng = random.Random(20261125)
    try:
        for update_id in range(1, UPDATES_IN_FUZZ + 1):
            data = random_update(rng, bot, update_id)
            await bot.app.process_update(Update.de_json(data, bot.app.bot))
            if rng.random() < 0.01:  # now and then the same update again
                await bot.app.process_update(Update.de_json(data, bot.app.bot))
    finally:
        await bot.stop()
    assert unexpected == []
    for call in bot.api.calls:
        if call.method in {"sendMessage", "editMessageText"}:
            assert html_problems(call.text) == [], call.text[:200]
            assert len(call.text) <= 4096
        if call.method == "answerCallbackQuery" and call.params.get("text"):
            assert len(call.params["text"]) <= 200
    assert not [c for c in bot.api.calls if c.chat_id == -200]  # channels: silence


async def test_a_flood_of_fifty_messages_is_answered_in_order(bot: BotHarness) -> None:
    rina = bot.user(904, "Rina")
    await rina.send("/gagal")
    for label in ("Ya, saya setuju", "2", "Selesai", "Lewati", "Saya siap lanjut"):
        await rina.press(label)  # step 1 done: the company is asked
    replies = []
    for index in range(50):
        replies += texts(await rina.send(f"PT Nomor {index}"))
    assert len(replies) >= 50
    saved = await answers_of(bot, 904)
    assert saved["company"] == "PT Nomor 0" and saved["position"] == "PT Nomor 1"


async def test_updates_without_a_user_are_ignored(bot: BotHarness) -> None:
    assert await bot.feed({"update_id": 1, "poll": CLOSED_POLL}) == []


async def test_logs_of_a_whole_journey_hold_no_personal_text(
    bot: BotHarness, caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> None:
    restore_root_logger_after(request)
    setup_logging("DEBUG", "text", [])  # as the bot runs with LOG_LEVEL=DEBUG
    logging.getLogger().handlers[:] = [caplog.handler]  # setup_logging replaced the handlers
    rina = bot.user(905, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)
    await rina.send("aku pengen mati")
    logged = caplog.text
    assert "update handled" in logged
    for secret in (
        "PT Maju",
        "Sari Wulandari",
        "0812-3456-7890",
        "linkedin.com/in/rina",
        "berusaha keras",
        "analisis data",
        "pengen mati",
        "Rina",
    ):
        assert secret not in logged, secret
