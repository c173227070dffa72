"""/latihan through the real Application: the question, the STAR feedback, retrying,
typed choices, consent, export and deletion, and everything that must not count as an
answer."""

from __future__ import annotations

import json

from bot.db.models import PracticeAnswer, User
from conversations.awaiting import PRACTICE, Awaiting
from tests.e2e.test_journey import BY_BUTTONS, assert_valid_html, rows, run_steps
from tests.harness import BotHarness, UserSession, sent_files, texts

NO_RESULT = (
    "Saat itu saya bekerja sebagai staf gudang di sebuah toko daring, dan pesanan menumpuk "
    "menjelang akhir tahun. Tugas saya adalah memastikan semua paket dikemas hari itu juga. "
    "Saya menyusun ulang pembagian shift dan mengajak dua rekan dari bagian lain membantu."
)
COMPLETE = NO_RESULT + (
    " Hasilnya, semua paket terkirim tepat waktu, dan pelajaran yang saya ambil adalah "
    "pentingnya rencana cadangan."
)
QUESTION_BUTTONS = ["Pertanyaan lain", "Selesai"]
FEEDBACK_BUTTONS = ["Coba lagi", "Pertanyaan lain", "Selesai"]


async def consenting_user(bot: BotHarness, user_id: int) -> UserSession:
    """A user who agreed to storage at the first /gagal (a journey is left open)."""
    user = bot.user(user_id, "Rina")
    await user.send("/gagal")
    await user.press("Ya, saya setuju")
    return user


async def waiting_question(bot: BotHarness, user_id: int) -> str | None:
    async with bot.services.store.transaction() as session:
        user = await session.get(User, user_id)
    assert user is not None
    awaiting = Awaiting.decode(user.awaiting)
    return awaiting.ref if awaiting is not None and awaiting.kind == PRACTICE else None


def question_text(bot: BotHarness, message: str) -> str:
    matches = [q.text for q in bot.services.renderer.practice_pool if q.text in message]
    assert len(matches) == 1, message
    return matches[0]


async def test_practice_with_feedback_retry_and_storage(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 801)
    calls = await rina.send("/latihan")
    intro, asked = texts(calls)
    assert "metode STAR" in intro and "<b>Situasi</b>" in intro and "<b>Hasil</b>" in intro
    assert "disimpan supaya bisa Anda lihat lagi lewat /ekspor" in intro
    assert "Pertanyaan latihan" in asked and "Tulis jawaban Anda" in asked
    assert calls[-1].button_labels == QUESTION_BUTTONS
    question = question_text(bot, asked)

    answered = await rina.send(NO_RESULT)
    (feedback,) = texts(answered)
    assert "Sudah ada: Situasi, Tugas, dan Aksi." in feedback
    assert "Belum ada: Hasil." in feedback
    assert "<b>Hasil</b>: Tutup dengan apa yang berubah" in feedback
    assert "Bagus sekali" not in feedback and "masih singkat" not in feedback
    assert answered[-1].button_labels == FEEDBACK_BUTTONS

    again = await rina.press("Coba lagi")
    (retry,) = texts(again)
    assert "Silakan coba lagi" in retry and question in retry
    assert again[-1].button_labels == QUESTION_BUTTONS

    praised = await rina.send(COMPLETE)
    assert "Bagus sekali" in texts(praised)[0] and "Belum ada" not in texts(praised)[0]
    assert await waiting_question(bot, 801) is None

    saved = sorted(await rows(bot, PracticeAnswer, 801), key=lambda row: row.id)
    assert [row.parts_found for row in saved] == [
        ["situasi", "tugas", "aksi"],
        ["situasi", "tugas", "aksi", "hasil"],
    ]
    assert [row.answer for row in saved] == [NO_RESULT, COMPLETE]
    assert saved[0].question == saved[1].question
    assert_valid_html(calls + answered + again + praised)

    # The journey waiting behind the practice is untouched.
    resumed = await rina.send("/lanjut")
    assert "Di perusahaan mana" in texts(resumed)[-1]


async def test_stored_answers_appear_in_the_export(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 802)
    asked = await rina.send("/latihan")
    question = question_text(bot, texts(asked)[-1])
    await rina.send(NO_RESULT)
    calls = await rina.send("/ekspor")
    documents = sent_files(calls)
    rows_ = json.loads(documents["bangkit-data-saya.json"])["tables"]["practice_answers"]
    assert [(r["answer"], r["parts_found"]) for r in rows_] == [
        (NO_RESULT, ["situasi", "tugas", "aksi"])
    ]
    summary = documents["bangkit-ringkasan-data.txt"].decode()
    assert "LATIHAN MENJAWAB DENGAN METODE STAR" in summary
    assert f"1. 25 November 2026: {question}" in summary
    assert "Bagian STAR yang ditemukan: Situasi, Tugas, dan Aksi" in summary
    assert f"Jawaban: {NO_RESULT}" in summary


async def test_without_consent_feedback_is_given_and_nothing_is_stored(bot: BotHarness) -> None:
    budi = bot.user(803, "Budi")  # never asked: consent is None
    calls = await budi.send("/latihan")
    assert "jawaban latihan ini tidak disimpan" in texts(calls)[0]
    first = question_text(bot, texts(calls)[-1])
    later = await budi.send(NO_RESULT)
    later += await budi.press("Pertanyaan lain")
    second = question_text(bot, texts(later)[-1])
    assert second != first
    later += await budi.send(COMPLETE)
    assert "Belum ada: Hasil." in texts(later)[0] and "Bagus sekali" in texts(later)[-1]
    # Said once, briefly: not with every feedback or question.
    assert not any("tidak disimpan" in text for text in texts(later))
    assert await rows(bot, PracticeAnswer, 803) == []
    assert_valid_html(calls + later)


async def test_declined_consent_stores_nothing_either(bot: BotHarness) -> None:
    sari = bot.user(804, "Sari")
    await sari.send("/gagal")
    await sari.press("Tidak, jangan simpan")
    calls = await sari.send("/latihan")
    assert "tidak disimpan" in texts(calls)[0]
    await sari.send(COMPLETE)
    assert await rows(bot, PracticeAnswer, 804) == []


async def test_choices_work_typed_by_label_or_number(bot: BotHarness) -> None:
    rina = bot.user(805)
    asked = await rina.send("/latihan")
    question = question_text(bot, texts(asked)[-1])
    await rina.send(NO_RESULT)
    again = await rina.send("coba lagi")
    assert question in texts(again)[0] and "Silakan coba lagi" in texts(again)[0]
    await rina.send(NO_RESULT)
    other = await rina.send("2")  # "Pertanyaan lain"
    assert question_text(bot, texts(other)[0]) != question
    done = await rina.send("Selesai")  # the question's own button
    assert "Terima kasih sudah berlatih" in texts(done)[0]
    assert await waiting_question(bot, 805) is None


async def test_a_command_while_waiting_cancels_the_question(bot: BotHarness) -> None:
    rina = bot.user(806)
    await rina.send("/latihan")
    assert await waiting_question(bot, 806) is not None
    await rina.send("/bantuan")
    assert await waiting_question(bot, 806) is None
    calls = await rina.send(COMPLETE)
    assert "tidak ada pertanyaan yang sedang menunggu" in texts(calls)[0]
    assert "Bagus sekali" not in "".join(texts(calls))


async def test_a_too_long_answer_is_refused_kindly_and_the_question_waits(
    bot: BotHarness,
) -> None:
    rina = await consenting_user(bot, 807)
    asked = await rina.send("/latihan")
    question = question_text(bot, texts(asked)[-1])
    waiting = await waiting_question(bot, 807)
    calls = await rina.send(COMPLETE + " lagi" * 700)
    refusal, repeated = texts(calls)
    assert "terlalu panjang: paling banyak 3.000 karakter" in refusal
    assert question in repeated and calls[-1].button_labels == QUESTION_BUTTONS
    assert await waiting_question(bot, 807) == waiting
    assert await rows(bot, PracticeAnswer, 807) == []

    sticker = {
        "file_id": "s",
        "file_unique_id": "su",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    calls += await rina.send_content(sticker=sticker)
    assert "hanya bisa membaca jawaban berupa teks" in texts(calls)[-2]
    calls += await rina.send("🙂 ... !!")
    assert "kosong atau hanya berisi simbol" in texts(calls)[-2]
    assert await waiting_question(bot, 807) == waiting

    calls += await rina.send(COMPLETE)
    assert "Bagus sekali" in texts(calls)[-1]
    assert len(await rows(bot, PracticeAnswer, 807)) == 1
    assert_valid_html(asked + calls)


async def test_a_short_answer_is_still_checked(bot: BotHarness) -> None:
    rina = bot.user(808)
    await rina.send("/latihan")
    calls = await rina.send("Saya menyusun jadwal baru.")
    (feedback,) = texts(calls)
    assert "masih singkat (4 kata)" in feedback
    assert "Sudah ada: Aksi." in feedback and "Belum ada: Situasi, Tugas, dan Hasil." in feedback


async def test_the_question_fits_the_weakest_self_evaluation_area(bot: BotHarness) -> None:
    rina = bot.user(809, "Rina")
    await rina.send("/gagal")
    # Rated technical 2, communication 4, culture 3, research 2, questions 5.
    await run_steps(rina, BY_BUTTONS)
    calls = await rina.send("/latihan")
    asked = texts(calls)[-1]
    assert "dipilih untuk area <b>Pertanyaan teknis/studi kasus</b>" in asked
    question = next(
        q for q in bot.services.renderer.practice_pool if q.text == question_text(bot, asked)
    )
    assert "technical" in question.areas


async def test_withdrawing_consent_deletes_practice_answers(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 810)
    await rina.send("/latihan")
    await rina.send(COMPLETE)
    assert len(await rows(bot, PracticeAnswer, 810)) == 1
    offer = await rina.send("/hapusdata")
    assert "jawaban latihan wawancara" in texts(offer)[0]
    done = await rina.press("Tarik persetujuan dan hapus data perasaan")
    assert "tulisan Anda tentang diri sendiri sudah dihapus" in texts(done)[0]
    assert await rows(bot, PracticeAnswer, 810) == []
    await rina.send("/latihan")
    await rina.send(COMPLETE)
    assert await rows(bot, PracticeAnswer, 810) == []


async def test_delete_everything_removes_practice_answers(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 811)
    await rina.send("/latihan")
    await rina.send(COMPLETE)
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    await rina.press("Ya, hapus semua data saya sekarang")
    assert await rows(bot, PracticeAnswer, 811) == []


async def test_crisis_language_is_answered_first_and_is_never_an_answer(bot: BotHarness) -> None:
    rina = bot.user(812)
    await rina.send("/latihan")
    crisis = await rina.send("rasanya pengen mati ajaaa")
    assert "119" in texts(crisis)[0] and "Umpan balik" not in "".join(texts(crisis))
    assert await waiting_question(bot, 812) is None
    after = await rina.send(COMPLETE)
    assert "Bagus sekali" not in "".join(texts(after))


async def test_a_redelivered_answer_is_answered_again_and_stored_once(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 813)
    await rina.send("/latihan")
    first = await rina.send(NO_RESULT)
    again = await rina.redeliver()
    assert texts(again) == texts(first)
    assert again[-1].button_labels == FEEDBACK_BUTTONS
    assert len(await rows(bot, PracticeAnswer, 813)) == 1


async def test_latihan_is_listed_in_help_and_registered(bot: BotHarness) -> None:
    calls = await bot.user(814).send("/bantuan")
    assert "/latihan — Latihan menjawab pertanyaan wawancara" in texts(calls)[0]
    assert "latihan" in [c.name for c in bot.services.renderer.commands]


async def test_a_button_of_another_feature_ends_the_wait(bot: BotHarness) -> None:
    rina = bot.user(815)
    await rina.send("/pengingat")
    status = rina.last_keyboard_message()
    await rina.send("/latihan")
    assert await waiting_question(bot, 815) is not None
    # The daily message's off switch is valid whatever the user is doing.
    await bot.feed(rina.factory.callback("0:r:off", status.result))
    assert await waiting_question(bot, 815) is None
