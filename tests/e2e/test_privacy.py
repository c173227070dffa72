"""Data rights through the real Application: export, withdraw consent, delete all."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.db.models import Answer, Base, InboxUpdate, User
from bot.services.privacy import prune
from tests.conftest import sqlite_url
from tests.e2e.test_journey import BY_BUTTONS, answers_of, rows, run_steps
from tests.harness import BotHarness, only, sent_files, texts


async def finished_journey(bot: BotHarness, user_id: int) -> None:
    user = bot.user(user_id, "Rina")
    await user.send("/gagal")
    await run_steps(user, BY_BUTTONS)


async def count_rows_about(bot: BotHarness, user_id: int) -> dict[str, int]:
    counts = {}
    async with bot.services.store.transaction() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.id if table.name == "users" else table.c.get("user_id")
            if column is None:
                continue
            counts[table.name] = int(
                await session.scalar(
                    select(func.count()).select_from(table).where(column == user_id)
                )
                or 0
            )
    return counts


async def test_export_sends_every_row_as_json_and_a_readable_summary(bot: BotHarness) -> None:
    await finished_journey(bot, 701)
    calls = await bot.user(701, "Rina").send("/ekspor")
    assert "salinan data Anda" in only(calls, "sendMessage").text
    documents = sent_files(calls)
    data = json.loads(documents["bangkit-data-saya.json"])
    tables = data["tables"]
    assert tables["users"][0]["id"] == 701
    assert len(tables["journeys"]) == 1 and len(tables["plan_items"]) == 4
    assert {a["prompt"] for a in tables["answers"]} >= {"company", "mood", "story"}
    assert len(tables["answers"]) == len(await rows(bot, Answer, 701))
    summary = documents["bangkit-ringkasan-data.txt"].decode()
    assert "Analis Data di PT Maju <Jaya>" in summary
    assert "Suasana hati (1\u20135): 2" in summary
    assert "Rencana: Ikuti kursus daring tentang analisis data" in summary


async def test_the_summary_dates_are_the_users_own_days(bot: BotHarness) -> None:
    """At 20.00 UTC it is already the next day in WIB: the summary says the WIB day, as
    /riwayat and the mood notes do."""
    bot.clock.now = bot.clock.now.replace(hour=20)  # 25 November 20.00 UTC, 26 November WIB
    await finished_journey(bot, 703)
    summary = sent_files(await bot.user(703, "Rina").send("/ekspor"))
    text = summary["bangkit-ringkasan-data.txt"].decode()
    assert "Diekspor: 26 November 2026" in text and "Dimulai 26 November 2026" in text


async def test_withdrawing_consent_deletes_feelings_and_keeps_the_rest(bot: BotHarness) -> None:
    await finished_journey(bot, 702)
    rina = bot.user(702, "Rina")
    offer = await rina.send("/hapusdata")
    assert only(offer, "sendMessage").button_labels == [
        "Tarik persetujuan",
        "Hapus semua data saya",
        "Batal, jangan hapus",
    ]
    before = await answers_of(bot, 702)
    await rina.press("Tarik persetujuan")
    done = await rina.press("Ya, tarik persetujuan")
    assert "sudah dihapus" in texts(done)[0]
    after = await answers_of(bot, 702)
    free_text_about_oneself = {"mood", "feelings", "story"} | {
        key for key in before if key.startswith("eval_") and key.endswith("_note")
    }
    assert {k: v for k, v in before.items() if k not in free_text_about_oneself} == after
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 702)
    assert user is not None and user.consent_feelings is False
    # The next journey asks again; declined, it stores no feelings and no free text.
    asked = await rina.send("/gagal")
    assert "Sebelumnya Anda memilih" in texts(asked)[-1]
    await rina.press("Tidak, jangan simpan")
    await rina.press("4")
    await rina.send("kecewa sm malu")
    await rina.send("Saya kecewa sekali dengan diri saya.")
    await rina.press("Saya siap lanjut")
    await rina.send("PT Baru")
    assert all(not row.is_feeling for row in await rows(bot, Answer, 702))
    assert "Saya kecewa" not in str(await answers_of(bot, 702))


async def test_consent_can_be_given_later_from_hapusdata(bot: BotHarness) -> None:
    rina = bot.user(705, "Rina")
    await rina.send("/gagal")
    await rina.press("Tidak, jangan simpan")
    offer = only(await rina.send("/hapusdata"), "sendMessage")
    assert offer.button_labels[0] == "Izinkan penyimpanan"
    given = await rina.press("Izinkan penyimpanan")
    assert "Mulai sekarang" in texts(given)[0]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 705)
    assert user is not None and user.consent_feelings is True and user.consent_at is not None


async def test_delete_everything_leaves_no_row_in_any_table(bot: BotHarness) -> None:
    await finished_journey(bot, 703)
    await finished_journey(bot, 704)  # someone else, untouched
    rina = bot.user(703, "Rina")
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    confirm = rina.last_keyboard_message()
    assert confirm.button_labels == ["Ya, hapus semuanya", "Batal, jangan hapus"]
    calls = await rina.press("Ya, hapus semuanya")
    assert "Semua data Anda sudah dihapus" in texts(calls)[0]
    assert set((await count_rows_about(bot, 703)).values()) == {0}
    assert (await count_rows_about(bot, 704))["answers"] > 0
    # No journey is left to go on with: /lanjut is not offered.
    [hello] = texts(await rina.send("halo"))
    assert "/gagal" in hello and "/lanjut" not in hello
    [other] = texts(await bot.user(704, "Budi").send("halo"))
    assert "/lanjut" not in other  # a finished journey has nothing to go on with either
    fresh = await rina.send("/start")
    assert "Selamat datang" in texts(fresh)[0]
    asked = await rina.send("/gagal")  # a fresh start: consent is asked again
    assert only(asked[1:], "sendMessage").button_labels[0] == "Ya, saya setuju"
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 703)
    assert user is not None and user.consent_feelings is None


async def test_cancel_deletes_nothing(bot: BotHarness) -> None:
    await finished_journey(bot, 705)
    rina = bot.user(705, "Rina")
    before = await count_rows_about(bot, 705)
    await rina.send("/hapusdata")
    calls = await rina.press("Batal, jangan hapus")
    assert "tidak ada yang dihapus" in texts(calls)[0]
    after = await count_rows_about(bot, 705)
    assert after["answers"] == before["answers"] and after["plan_items"] == before["plan_items"]


async def test_processed_update_markers_are_pruned_after_48_hours(bot: BotHarness) -> None:
    rina = bot.user(706)
    await rina.send("/start")
    await prune(bot.services.store, bot.clock.now + timedelta(hours=47))
    async with bot.services.store.transaction() as session:
        kept = await session.scalar(select(func.count()).select_from(InboxUpdate))
    assert kept == 1
    removed = await prune(bot.services.store, bot.clock.now + timedelta(hours=49))
    assert removed == 1


def _files_named(folder: Path, pattern: str) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.glob(pattern)}


async def test_deleted_text_is_not_left_on_disk(tmp_path: Path) -> None:
    """SQLite keeps old pages in its write-ahead log until a checkpoint, and freed pages
    in the file unless they are overwritten: neither may keep what was deleted."""
    bot = BotHarness(sqlite_url(tmp_path))
    await bot.start()
    try:
        rina = bot.user(706, "Rina")
        await rina.send("/gagal")
        await rina.press("Ya, saya setuju")
        await rina.press("2")
        await rina.press("Selesai")
        await rina.send("Cerita yang hanya untuk saya: zamrud-biru-7431.")
        await rina.press("Saya siap lanjut")
        for text in ("PT Rahasia Sekali", "Analis"):
            await rina.send(text)
        await rina.send("/hapusdata")
        await rina.press("Hapus semua data saya")
        await rina.press("Ya, hapus semuanya")
        on_disk = await asyncio.to_thread(_files_named, tmp_path, "bangkit.db*")
        for name, content in on_disk.items():
            assert b"zamrud-biru-7431" not in content, name
            assert b"PT Rahasia Sekali" not in content, name
    finally:
        await bot.stop()


async def test_a_confirmation_typed_after_a_try_that_missed_still_counts(bot: BotHarness) -> None:
    """ "ya" is too little to delete on; the line names the words, and typed they act."""
    await finished_journey(bot, 703)
    rina = bot.user(703, "Rina")
    await rina.send("/hapusdata")
    await rina.send("tarik persetujuan")
    [line] = texts(await rina.send("ya"))
    assert "ketik <i>Ya, tarik persetujuan</i> untuk melanjutkan" in line
    # A yes was understood as one: no "belum saya pahami", but why its words are needed.
    assert "belum saya pahami" not in line and "tidak bisa dikembalikan" in line
    async with bot.services.store.transaction() as session:
        before = await session.get(User, 703)
    assert before is not None and before.consent_feelings is True
    [done] = texts(await rina.send("ya, tarik persetujuan"))
    assert "sudah dihapus" in done


async def test_a_stray_number_gives_no_consent(bot: BotHarness) -> None:
    """Consent to store health data is given in words or a tap, never by "1"."""
    budi = bot.user(704, "Budi")
    await budi.send("/gagal")
    await budi.press("Tidak, jangan simpan")
    await budi.send("/hapusdata")
    await budi.send("1")
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 704)
    assert user is not None and user.consent_feelings is False
    await budi.send("/hapusdata")
    given = texts(await budi.send("izinkan penyimpanan"))
    assert "Mulai sekarang" in given[0]
    # The journey's question it interrupted comes again under it.
    assert "Bagaimana perasaan Anda saat ini?" in given[-1] and len(given) == 2


async def test_words_typed_at_the_data_menu_never_answer_the_open_journey(
    bot: BotHarness,
) -> None:
    """With a journey waiting for the company, "yakin" under "Anda yakin …?" is about the
    data: never saved as the company's name."""
    rina = bot.user(705, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("send", "PT Maju <Jaya>"))])
    await rina.send("/hapusdata")
    await rina.send("hapus semua aja")
    [line] = texts(await rina.send("yakin"))
    assert "Ya, hapus semuanya" in line
    assert "company" not in await answers_of(bot, 705)
    budi = bot.user(706, "Budi")
    await budi.send("/gagal")
    steps = [("press", "Tidak, jangan simpan"), ("press", "2"), ("press", "Selesai")]
    await run_steps(budi, [*steps, ("send", "sedih"), ("press", "Saya siap lanjut")])
    await budi.send("/hapusdata")
    await budi.send("tarik persetujuan")
    assert "company" not in await answers_of(bot, 706)
    # Once the menu is closed, the journey's question takes the answer again.
    await budi.press("Batal, jangan hapus")
    await budi.send("PT Maju")
    assert (await answers_of(bot, 706))["company"] == "PT Maju"


async def test_a_question_at_the_data_menu_gets_the_difference(bot: BotHarness) -> None:
    await finished_journey(bot, 707)
    rina = bot.user(707, "Rina")
    menu = await rina.send("/hapusdata")
    [told] = texts(await rina.send("yg pertama apa bedanya sama yg kedua?"))
    assert told.startswith("<b>Tarik persetujuan</b> menghapus perasaan, skor suasana hati")
    assert "tidak bisa dikembalikan" in told
    # The menu stands: its buttons still answer, typed or tapped.
    assert menu[-1].button_labels == [
        "Tarik persetujuan",
        "Hapus semua data saya",
        "Batal, jangan hapus",
    ]
    asked = texts(await rina.send("tarik persetujuan"))
    assert "Anda yakin ingin menarik persetujuan" in asked[-1]


async def test_asking_mid_journey_to_store_after_all_offers_the_consent_tap(
    bot: BotHarness,
) -> None:
    """ "eh boleh deh simpen aja" after "Tidak, jangan simpan", at the story question: no
    story thanked for, but the consent tap; after it, the story told is kept."""
    rina = bot.user(708, "Rina")
    await rina.send("/gagal")
    await rina.press("Tidak, jangan simpan")
    await rina.press("2")
    await rina.press("Kecewa")
    await rina.press("Selesai")
    calls = await rina.send("eh boleh deh simpen aja")
    offer = only(calls, "sendMessage")
    assert "ketuk <b>Izinkan penyimpanan</b>" in offer.text and "bercerita" not in offer.text
    assert "pertanyaan sebelumnya bisa Anda jawab" in offer.text
    assert "story" not in await answers_of(bot, 708)
    given = texts(await rina.press("Izinkan penyimpanan", on=offer))
    assert "Mulai sekarang" in given[0]
    # The story question again, now without "cerita ini tidak akan saya simpan".
    assert "ceritakan apa yang terjadi" in given[-1] and "tidak akan saya simpan" not in given[-1]
    said = texts(await rina.send("hrd nya bilang aku kurang pengalaman, padahal udah 2 tahun"))
    assert "Terima kasih sudah bercerita." in said[0]
    answers = await answers_of(bot, 708)
    assert answers["story"].startswith("hrd nya bilang")
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 708)
    assert user is not None and user.consent_feelings is True
