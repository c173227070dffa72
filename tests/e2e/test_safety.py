"""The crisis safety net through the real Application (../shared/SAFETY.md)."""

from __future__ import annotations

import time

from bot.db.models import Answer, Journey, User
from tests.e2e.test_journey import answers_of, rows
from tests.harness import BotHarness, only, texts

CONTACTS = ("119", "lalu tekan 8", "healing119.id", "112", "Anda tidak sendirian")


def assert_crisis_reply(text: str) -> None:
    for contact in CONTACTS:
        assert contact in text
    assert "/lanjut" in text


async def test_crisis_words_at_a_prompt_pause_and_show_help_first(bot: BotHarness) -> None:
    rina = bot.user(601, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    calls = await rina.send("rasanya pengen mati ajaaa")
    assert calls[0].method == "sendMessage"
    assert_crisis_reply(calls[0].text)
    assert len(texts(calls)) == 1  # nothing else: no next prompt, no error
    assert "company" not in await answers_of(bot, 601)
    [journey] = await rows(bot, Journey, 601)
    assert journey.status == "paused" and journey.prompt == "company"
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 601)
    assert user is not None and user.crisis_paused_at is not None

    gentle = texts(await rina.send("PT Maju"))[0]
    assert "Saya masih di sini" in gentle
    assert "company" not in await answers_of(bot, 601)

    resumed = await rina.send("/lanjut")
    assert "Di perusahaan mana" in texts(resumed)[-1]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 601, populate_existing=True)
    assert user is not None and user.crisis_paused_at is None
    await rina.send("PT Maju")
    assert (await answers_of(bot, 601))["company"] == "PT Maju"


async def test_crisis_outside_a_journey_and_in_captions_and_edits(bot: BotHarness) -> None:
    budi = bot.user(602, "Budi")
    assert_crisis_reply(texts(await budi.send("aku capek hidup"))[0])
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1}]
    assert_crisis_reply(texts(await budi.send_content(photo=photo, caption="bundir aja"))[0])
    edited = budi.factory.message("mau gantung diri")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": int(time.time())}
    assert_crisis_reply(texts(await bot.feed(edited))[0])
    harmless = budi.factory.message("hp saya mati tadi")
    harmless["edited_message"] = {**harmless.pop("message"), "edit_date": int(time.time())}
    assert await bot.feed(harmless) == []


async def test_the_crisis_reply_is_sent_even_when_saving_fails(bot: BotHarness) -> None:
    rina = bot.user(603, "Rina")

    def broken() -> object:
        raise RuntimeError("database is locked")

    bot.services.store.transaction = broken  # type: ignore[method-assign]
    calls = await rina.send("saya ingin mengakhiri hidup")
    assert_crisis_reply(only(calls, "sendMessage").text)


async def test_everyday_idioms_do_not_trigger_it(bot: BotHarness) -> None:
    rina = bot.user(604, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    calls = await rina.send("PT Mati Lampu Sejahtera")
    assert "Untuk posisi apa" in texts(calls)[-1]


async def test_distress_gets_a_check_in_and_the_journey_goes_on(bot: BotHarness) -> None:
    rina = bot.user(605, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    for text in ("PT Maju", "Analis"):
        await rina.send(text)
    await rina.press("Lewati")
    await rina.press("Lewati")
    await rina.press("2")
    await rina.press("Selesai")
    calls = await rina.send("Rasanya hancur banget dan gak ada harapan.")
    assert "melewati masa yang sangat berat" in texts(calls)[0] and "/bantuan" in texts(calls)[0]
    assert "Apakah Anda siap melanjutkan" in texts(calls)[-1]
    saved = await answers_of(bot, 605)
    assert saved["story"] == "Rasanya hancur banget dan gak ada harapan."
    assert all(row.prompt != "crisis" for row in await rows(bot, Answer, 605))


async def test_help_shows_the_same_contacts(bot: BotHarness) -> None:
    help_text = texts(await bot.user(606).send("/bantuan"))[0]
    contacts = help_text[help_text.index("• <b>119</b>") :]
    assert contacts.strip() in bot.services.crisis_text
