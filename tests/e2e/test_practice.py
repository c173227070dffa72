"""/latihan through the real Application: the question, the STAR feedback, retrying,
typed choices, consent, export and deletion, and everything that must not count as an
answer."""

from __future__ import annotations

import itertools
import json

from bot.db.models import PracticeAnswer, User
from bot.services.practice import AGAIN
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
    if awaiting is None or awaiting.kind != PRACTICE or awaiting.ref.startswith(AGAIN):
        return None  # nothing asked, or its feedback is on screen
    return awaiting.ref


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
    assert "Sudah ada: Situasi, Tugas, dan Aksi. Belum ada: Hasil." in feedback
    # Each part found is shown with the user's own sentence.
    assert (
        "• <b>Tugas</b>: “Tugas saya adalah memastikan semua paket dikemas hari itu juga.”"
    ) in feedback
    assert "<b>Hasil</b>: Tutup dengan apa yang berubah" in feedback
    assert "Keempat" not in feedback and "masih singkat" not in feedback
    assert answered[-1].button_labels == FEEDBACK_BUTTONS

    again = await rina.press("Coba lagi")
    (retry,) = texts(again)
    assert "tulis ulang cerita Anda untuk pertanyaan yang sama" in retry and question in retry
    assert again[-1].button_labels == QUESTION_BUTTONS

    praised = await rina.send(COMPLETE)
    assert "Keempat bagian STAR ada" in texts(praised)[0]
    assert "Belum ada" not in texts(praised)[0]
    assert "• <b>Hasil</b>: “Hasilnya, semua paket terkirim tepat waktu" in texts(praised)[0]
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
    assert "Bagaimana perasaan Anda" in texts(resumed)[-1]


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
    assert "Belum ada: Hasil." in texts(later)[0]
    assert "Keempat bagian STAR ada" in texts(later)[-1]
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
    assert question in texts(again)[0] and "tulis ulang cerita Anda" in texts(again)[0]
    await rina.send(NO_RESULT)
    other = await rina.send("2")  # "Pertanyaan lain"
    assert question_text(bot, texts(other)[0]) != question
    done = await rina.send("Selesai")  # the question's own button, before any answer
    assert "latihan saya tutup dulu" in texts(done)[0]
    assert "Terima kasih sudah berlatih" not in texts(done)[0]
    assert await waiting_question(bot, 805) is None


async def test_nothing_found_is_never_praised_and_closing_claims_no_story(
    bot: BotHarness,
) -> None:
    rina = bot.user(816)
    await rina.send("/latihan")
    calls = await rina.send("Saya orang yang rajin, jujur, dan mudah bergaul dengan siapa saja.")
    (feedback,) = texts(calls)
    assert "belum menemukan satu pun bagian STAR" in feedback
    assert "Kalimat Anda" not in feedback and "Keempat" not in feedback
    done = await rina.press("Selesai")
    (closing,) = texts(done)
    assert "Terima kasih sudah berlatih" in closing
    assert "Cerita yang sudah Anda susun" not in closing
    assert_valid_html(calls + done)


async def test_a_result_told_with_numbers_counts_as_the_result(bot: BotHarness) -> None:
    rina = bot.user(817)
    await rina.send("/latihan")
    answer = "Laporan yang tadinya makan 4 jam tiap minggu jadi cuma 10 menit."
    (feedback,) = texts(await rina.send(answer))
    assert "Sudah ada: Hasil. Belum ada: Situasi, Tugas, dan Aksi." in feedback
    assert f"• <b>Hasil</b>: “{answer}”" in feedback
    assert "<b>Hasil</b>: Tutup dengan" not in feedback


async def test_a_command_while_waiting_cancels_the_question(bot: BotHarness) -> None:
    rina = bot.user(806)
    await rina.send("/latihan")
    assert await waiting_question(bot, 806) is not None
    await rina.send("/bantuan")
    assert await waiting_question(bot, 806) is None
    calls = await rina.send(COMPLETE)
    assert "tidak ada pertanyaan yang perlu Anda jawab" in texts(calls)[0]
    assert "Umpan balik" not in "".join(texts(calls))


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
    assert "Keempat bagian STAR ada" in texts(calls)[-1]
    assert len(await rows(bot, PracticeAnswer, 807)) == 1
    assert_valid_html(asked + calls)


async def test_a_short_answer_is_still_checked(bot: BotHarness) -> None:
    rina = bot.user(808)
    await rina.send("/latihan")
    calls = await rina.send("Saya menyusun jadwal baru.")
    (feedback,) = texts(calls)
    assert "masih singkat (4 kata)" in feedback
    assert "Sudah ada: Aksi." in feedback and "Belum ada: Situasi, Tugas, dan Hasil." in feedback


async def test_the_first_question_asks_about_the_skill_gap_with_the_weakest_areas_tips(
    bot: BotHarness,
) -> None:
    rina = bot.user(809, "Rina")
    await rina.send("/gagal")
    # Rated technical 2, communication 4, culture 3, research 2, questions 5; the gap is
    # "analisis data", a hard skill.
    await run_steps(rina, BY_BUTTONS)
    calls = await rina.send("/latihan")
    asked = texts(calls)[-1]
    assert "Anda menilai area <b>pertanyaan teknis/studi kasus</b> paling rendah" in asked
    assert "pewawancara ingin melihat cara Anda berpikir" in asked  # that area's own tips
    assert "membahas keterampilan yang menurut Anda paling terasa kurang" in asked
    assert "Ceritakan pengalaman ketika Anda memakai analisis data dalam sebuah tugas" in asked
    assert await waiting_question(bot, 809) == "celah_keras"

    # Another question: one for the weakest area, never the skill question again, and
    # the tips are not repeated.
    other = texts(await rina.press("Pertanyaan lain"))[-1]
    assert "dipilih untuk area <b>pertanyaan teknis/studi kasus</b>" in other
    assert "pewawancara ingin melihat" not in other
    question = next(
        q for q in bot.services.renderer.practice_pool if q.text == question_text(bot, other)
    )
    assert "technical" in question.areas and question.skill_type is None
    assert_valid_html(calls)


async def test_a_soft_skill_gap_gets_its_own_question_named_by_its_key_terms(
    bot: BotHarness,
) -> None:
    sari = bot.user(818, "Rina")
    await sari.send("/gagal")
    until_gap = BY_BUTTONS[: BY_BUTTONS.index(("send", "analisis data"))]
    await run_steps(
        sari,
        [
            *until_gap,
            ("send", "kemampuan presentasi di depan klien"),
            ("press", "Nonteknis: dasar → menengah"),
        ],
    )
    calls = await sari.send("/latihan")
    asked = texts(calls)[-1]
    assert "menunjukkan atau melatih keterampilan presentasi, di tempat kerja" in asked
    assert await waiting_question(bot, 818) == "celah_lunak"
    # A retry and a refused answer keep the skill in the question.
    await sari.send(NO_RESULT)
    retry = texts(await sari.press("Coba lagi"))[-1]
    assert "keterampilan presentasi," in retry
    refused = texts(await sari.send("🙂 ... !!"))[-1]
    assert "keterampilan presentasi," in refused


async def test_without_a_skill_gap_no_skill_question_is_asked(bot: BotHarness) -> None:
    budi = bot.user(819)
    calls = await budi.send("/latihan")
    seen = [question_text(bot, texts(calls)[-1])]
    for _ in range(8):
        calls = await budi.press("Pertanyaan lain")
        seen.append(question_text(bot, texts(calls)[-1]))
    skill_texts = {q.text for q in bot.services.renderer.practice_pool if q.skill_type}
    assert not set(seen) & skill_texts
    assert all(a != b for a, b in itertools.pairwise(seen))


async def test_withdrawing_consent_deletes_practice_answers(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 810)
    await rina.send("/latihan")
    await rina.send(COMPLETE)
    assert len(await rows(bot, PracticeAnswer, 810)) == 1
    offer = await rina.send("/hapusdata")
    assert "jawaban latihan wawancara" in texts(offer)[0]
    await rina.press("Tarik persetujuan")
    done = await rina.press("Ya, tarik persetujuan")
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
    await rina.press("Ya, hapus semuanya")
    assert await rows(bot, PracticeAnswer, 811) == []


async def test_crisis_language_is_answered_first_and_is_never_an_answer(bot: BotHarness) -> None:
    rina = bot.user(812)
    await rina.send("/latihan")
    crisis = await rina.send("rasanya pengen mati ajaaa")
    assert "119" in texts(crisis)[0] and "Umpan balik" not in "".join(texts(crisis))
    assert await waiting_question(bot, 812) is None
    after = await rina.send(COMPLETE)
    assert "Umpan balik" not in "".join(texts(after))


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
    assert "/latihan — Berlatih menjawab pertanyaan wawancara" in texts(calls)[0]
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


async def test_another_answer_typed_under_the_feedback_is_a_new_try(bot: BotHarness) -> None:
    """Typing the story again is what people do after reading the feedback: it is read as
    a new try at the same question, not "belum saya pahami"."""
    rina = await consenting_user(bot, 819)
    await rina.send("/latihan")
    await rina.send(NO_RESULT)
    [thanks] = texts(await rina.send("makasih"))
    assert "Belum ada" not in thanks and "Keempat" not in thanks
    praised = texts(await rina.send(COMPLETE))
    assert "Keempat bagian STAR ada" in praised[0]
    saved = await rows(bot, PracticeAnswer, 819)
    assert len(saved) == 2 and saved[0].question == saved[1].question


async def test_not_knowing_what_to_answer_gets_help_not_a_grade(bot: BotHarness) -> None:
    """ "gatau mau jawab apa" is a person stuck: no "Belum ada: …" and nothing stored."""
    rina = await consenting_user(bot, 820)
    await rina.send("/latihan")
    asked = await waiting_question(bot, 820)
    calls = await rina.send("gatau mau jawab apa")
    [helped] = texts(calls)
    assert "tidak harus dari pekerjaan" in helped and "Belum ada" not in helped
    assert "Saya lalu …\nHasilnya …" in helped  # a frame to fill in
    assert calls[-1].button_labels == QUESTION_BUTTONS
    # Said again, in other words: one line, not the whole block once more.
    for stuck in ("belum pernah kerja, baru lulus", "ga ngerti STAR itu apa", "hmm"):
        calls = await rina.send(stuck)
        [again] = texts(calls)
        assert again.startswith("Tidak apa-apa. Mulai saja dari satu kalimat")
        assert "Belum ada" not in again and len(again) < 200
        assert calls[-1].button_labels == QUESTION_BUTTONS
        assert await waiting_question(bot, 820) == asked
    assert await rows(bot, PracticeAnswer, 820) == []
    # The story that follows is checked as usual.
    [feedback] = texts(await rina.send(COMPLETE))
    assert "Belum ada" not in feedback
    assert len(await rows(bot, PracticeAnswer, 820)) == 1


async def test_the_export_shows_the_question_as_it_was_asked_with_the_skill(
    bot: BotHarness,
) -> None:
    rina = bot.user(821, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)  # the gap: "analisis data"
    asked = texts(await rina.send("/latihan"))[-1]
    assert "memakai analisis data dalam sebuah tugas" in asked
    await rina.send(COMPLETE)
    summary = sent_files(await rina.send("/ekspor"))["bangkit-ringkasan-data.txt"].decode()
    assert "memakai analisis data dalam sebuah tugas" in summary


async def test_stuck_under_the_feedback_keeps_coba_lagi(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 822)
    await rina.send("/latihan")
    await rina.send(NO_RESULT)  # feedback, with Coba lagi
    calls = await rina.send("lupa")
    [line] = texts(calls)
    assert line.startswith("Tidak apa-apa. Mulai saja dari satu kalimat")
    assert calls[-1].button_labels == FEEDBACK_BUTTONS
    again = texts(await rina.send("ulang"))
    assert any("Tulis jawaban Anda" in text for text in again)  # the question once more


async def test_thanks_under_the_feedback_is_answered_in_kind(bot: BotHarness) -> None:
    rina = await consenting_user(bot, 830)
    await rina.send("/latihan")
    await rina.send(NO_RESULT)
    [thanked] = texts(await rina.send("makasih ya, ngebantu bgt"))
    assert thanked.startswith("Sama-sama") and "belum saya pahami" not in thanked


async def test_an_addition_under_the_feedback_is_read_with_the_answer(bot: BotHarness) -> None:
    """ "oh iya hasilnya …" under the feedback: with consent, read with the answer just
    given (all four parts now); without it, read alone and said so."""
    rina = await consenting_user(bot, 831)
    await rina.send("/latihan")
    await rina.send(NO_RESULT)
    added = texts(await rina.send("oh iya hasilnya semua paket terkirim dan tidak ada komplain"))
    assert "Tambahan Anda saya baca bersama jawaban sebelumnya." in added[0]
    assert "Keempat bagian STAR ada" in added[0]
    [saved] = await rows(bot, PracticeAnswer, 831)
    assert saved.answer.startswith(NO_RESULT) and saved.parts_found[-1] == "hasil"
    budi = bot.user(832, "Budi")
    await budi.send("/latihan")
    await budi.send(NO_RESULT)
    added = texts(await budi.send("oh iya hasilnya semua paket terkirim dan tidak ada komplain"))
    assert "yang saya nilai hanya tambahan ini" in added[0]
    assert await rows(bot, PracticeAnswer, 832) == []
