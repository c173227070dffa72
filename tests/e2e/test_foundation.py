"""The foundation through the real Application: welcome, help, chat conventions."""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import freeze_start_up_objects
from bot.db.models import GroupNotice, InboxUpdate, User
from tests.harness import BotHarness, only, texts


async def test_start_in_private_chat_sends_the_welcome_with_what_bangkit_is(
    bot: BotHarness,
) -> None:
    rina = bot.user(501, "Rina")
    calls = await rina.send("/start")

    welcome = only(calls, "sendMessage")
    assert welcome.chat_id == 501
    assert "Selamat datang di Bangkit, Rina" in welcome.text
    assert "bukan manusia" in welcome.text
    assert "bukan layanan krisis" in welcome.text
    assert "18 tahun" in welcome.text
    assert "48 jam" in welcome.text
    assert welcome.params["parse_mode"] == "HTML"
    assert welcome.button_labels == ["Mulai pendampingan", "Bantuan dan kontak darurat"]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 501)
    assert user is not None and user.is_active


async def test_first_name_with_html_is_shown_literally(bot: BotHarness) -> None:
    calls = await bot.user(502, "<b>Budi</b> & Co").send("/start")
    assert "&lt;b&gt;Budi&lt;/b&gt; &amp; Co" in only(calls, "sendMessage").text


async def test_help_lists_commands_and_crisis_contacts(bot: BotHarness) -> None:
    for command in ("/bantuan", "/help"):
        text = only(await bot.user().send(command), "sendMessage").text
        assert "/start" in text and "/bantuan" in text
        assert "119" in text and "lalu tekan 8" in text and "healing119.id" in text
        assert "500-454" not in text


async def test_pressing_a_button_answers_the_query_removes_the_keyboard_and_acts(
    bot: BotHarness,
) -> None:
    rina = bot.user()
    await rina.send("/start")
    calls = await rina.press("Bantuan dan kontak darurat")

    assert [c.method for c in calls] == [
        "answerCallbackQuery",
        "editMessageReplyMarkup",
        "sendMessage",
    ]
    assert calls[1].params.get("reply_markup") is None
    assert "Bantuan" in only(calls, "sendMessage").text


async def test_the_same_button_pressed_twice_acts_once(bot: BotHarness) -> None:
    rina = bot.user()
    await rina.send("/start")
    welcome = rina.last_keyboard_message()
    await rina.press("Bantuan dan kontak darurat", on=welcome)

    again = await rina.press("Bantuan dan kontak darurat", on=welcome)
    answer = only(again, "answerCallbackQuery")
    assert "sudah tidak berlaku" in answer.params["text"]
    assert texts(again) == []


async def test_a_forged_button_changes_nothing(bot: BotHarness) -> None:
    rina = bot.user()
    await rina.send("/start")
    welcome = rina.last_keyboard_message()
    for data in ("999:menu:help", "garbage", "1:not-offered", ""):
        calls = await bot.feed(rina.factory.callback(data, welcome.result))
        assert "sudah tidak berlaku" in only(calls, "answerCallbackQuery").params["text"]
        assert texts(calls) == []


async def test_a_button_typed_by_label_or_number_works_like_a_press(bot: BotHarness) -> None:
    for typed in ("2", "bantuan dan kontak darurat"):
        rina = bot.user(600 + len(typed))
        await rina.send("/start")
        text = only(await rina.send(typed), "sendMessage").text
        assert "Perintah yang bisa Anda gunakan" in text


async def test_unknown_command_gets_a_helpful_reply(bot: BotHarness) -> None:
    text = only(await bot.user().send("/terbang"), "sendMessage").text
    assert "/terbang" in text and "belum saya kenal" in text and "/bantuan" in text
    assert "Maksud Anda" not in text  # nothing close to guess
    # A typo of a known one is named: "/lamran" is most likely /lamaran.
    text = only(await bot.user().send("/lamran"), "sendMessage").text
    assert "Maksud Anda /lamaran?" in text


async def test_free_text_outside_any_step_is_answered_kindly(bot: BotHarness) -> None:
    text = only(await bot.user().send("halo"), "sendMessage").text
    assert "/bantuan" in text


async def test_stickers_and_photos_get_a_kind_note(bot: BotHarness) -> None:
    rina = bot.user()
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    text = only(await rina.send_content(sticker=sticker), "sendMessage").text
    assert "hanya bisa membaca pesan teks" in text
    photo = [{"file_id": "p1", "file_unique_id": "pu1", "width": 10, "height": 10}]
    calls = await rina.send_content(photo=photo, caption="lihat ini")
    assert "hanya bisa membaca pesan teks" in only(calls, "sendMessage").text


async def test_group_gets_one_pointer_to_the_private_chat_then_silence(bot: BotHarness) -> None:
    rina = bot.user()
    group = {"id": -1001, "type": "supergroup", "title": "Pejuang Kerja"}
    first = await bot.feed(rina.factory.message("/start", chat=group))
    pointer = only(first, "sendMessage")
    assert pointer.chat_id == -1001
    assert pointer.buttons[0][0]["url"] == "https://t.me/BangkitLokalBot"
    assert await bot.feed(rina.factory.message("/bantuan", chat=group)) == []
    assert await bot.feed(rina.factory.message("halo semua", chat=group)) == []
    async with bot.services.store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(GroupNotice)) == 1
        assert await session.get(User, rina.id) is None


async def test_channel_posts_are_ignored(bot: BotHarness) -> None:
    post = {
        "update_id": 77,
        "channel_post": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": -100200, "type": "channel", "title": "C"},
            "text": "/start",
        },
    }
    assert await bot.feed(post) == []


async def test_a_redelivered_update_replies_again_but_is_applied_once(bot: BotHarness) -> None:
    rina = bot.user()
    await rina.send("/start")
    again = await rina.redeliver()
    assert "Selamat datang" in only(again, "sendMessage").text
    async with bot.services.store.transaction() as session:
        count = await session.scalar(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.user_id == rina.id)
        )
    assert count == 1


async def test_blocking_marks_the_user_inactive_and_start_reactivates(bot: BotHarness) -> None:
    rina = bot.user()
    await rina.send("/start")
    member = {"user": {"id": 700000001, "is_bot": True, "first_name": "Bangkit"}}
    blocked = {
        "update_id": 9001,
        "my_chat_member": {
            "chat": rina.factory.private_chat(),
            "from": rina.factory.user,
            "date": 0,
            "old_chat_member": {**member, "status": "member"},
            "new_chat_member": {**member, "status": "kicked", "until_date": 0},
        },
    }
    assert await bot.feed(blocked) == []
    async with bot.services.store.transaction() as session:
        user = await session.get(User, rina.id)
        assert user is not None and not user.is_active
    await rina.send("/start")
    async with bot.services.store.transaction() as session:
        user = await session.get(User, rina.id, populate_existing=True)
        assert user is not None and user.is_active


async def test_a_failure_reaches_the_user_as_a_kind_message(bot: BotHarness) -> None:
    rina = bot.user()
    await bot.services.store.engine.dispose()
    store = bot.services.store

    def broken() -> Any:
        raise RuntimeError("database is gone")

    store.transaction = broken  # type: ignore[method-assign]
    text = only(await rina.send("/start"), "sendMessage").text
    assert "terjadi kendala saat saya memproses" in text
    assert "tetap aman" in text
    assert "Traceback" not in text


async def test_commands_and_descriptions_are_registered_at_start_up(bot: BotHarness) -> None:
    commands = only(bot.api.calls, "setMyCommands").params["commands"]
    names = [command["command"] for command in commands]
    assert set(names) == {
        "start",
        "bantuan",
        "gagal",
        "lanjut",
        "batal",
        "progres",
        "rencana",
        "email",
        "ekspor",
        "hapusdata",
        "pengingat",
        "riwayat",
        "latihan",
        "mood",
        "grafik",
        "lamaran",
    }
    assert "help" not in names
    description = only(bot.api.calls, "setMyDescription").params["description"]
    assert "bukan layanan krisis" in description
    short = only(bot.api.calls, "setMyShortDescription").params["short_description"]
    assert "119" in short and len(short) <= 120


async def test_after_start_up_its_objects_are_left_out_of_full_collections(
    bot: BotHarness,
) -> None:
    """Start-up's objects live as long as the process; a full collection walking them all
    would stop every chat for tens of milliseconds (docs/architecture.md)."""
    gc.unfreeze()
    try:
        await freeze_start_up_objects(bot.app)
        warm_up = bot.app.bot_data.warm_up
        assert warm_up is not None and warm_up.done()  # the safety rules are in
        assert gc.get_freeze_count() > 50_000
        assert len(gc.get_objects(generation=2)) < gc.get_freeze_count() / 10
    finally:
        gc.unfreeze()  # the test process keeps collecting what other tests leave


async def test_telegram_refusing_the_bot_profile_is_only_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    harness = BotHarness(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}")
    for method in ("setMyCommands", "setMyDescription", "setMyShortDescription"):
        harness.api.failures[method] = (400, "Bad Request: not allowed")
    with caplog.at_level(logging.WARNING):
        await harness.start()
    try:
        assert "setMyCommands failed" in caplog.text
        calls = await harness.user().send("/start")
        assert "Selamat datang" in only(calls, "sendMessage").text
    finally:
        await harness.stop()


async def test_a_failed_send_reaches_the_error_handler_and_nothing_is_lost(
    bot: BotHarness,
) -> None:
    rina = bot.user()
    await rina.send("/gagal")
    bot.api.failures["sendMessage"] = (500, "Internal Server Error")
    await rina.press("Ya, saya setuju")  # committed, but the reply cannot be sent
    del bot.api.failures["sendMessage"]
    again = await rina.send("/lanjut")
    assert "Bagaimana perasaan Anda" in texts(again)[-1]
