"""Details typed where the journey asks for them, through the real Application: what a
person types by mistake is asked again kindly, and nothing wrong is saved."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.db.models import User
from conversations.summary import EVAL_AREAS
from tests.e2e.test_journey import (
    BY_BUTTONS,
    BY_TYPING,
    THROUGH_STEP_ONE,
    answers_of,
    run_steps,
)
from tests.harness import BotHarness, UserSession, only, texts

UNTIL_RECRUITER = BY_BUTTONS[: BY_BUTTONS.index(("send", "Ibu Sari Wulandari"))]
UNTIL_PLAN_TARGET = BY_BUTTONS[: BY_BUTTONS.index(("press", "2 minggu"))]
UNTIL_STRATEGY = BY_BUTTONS[: BY_BUTTONS.index(("press", "Perbarui CV dan lamaran"))]


async def started(bot: BotHarness, user_id: int, steps: list[tuple[str, ...]]) -> UserSession:
    rina = bot.user(user_id, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, steps)
    return rina


async def test_a_bare_number_is_not_taken_as_the_company(bot: BotHarness) -> None:
    """Someone who types "1" at the company question (pressing a button that is not
    there) is not later asked "posisi apa di 1?"."""
    rina = await started(bot, 2101, THROUGH_STEP_ONE)
    [asked_again] = texts(await rina.send("1"))
    assert "hanya berisi angka" in asked_again and "PT Maju Bersama" in asked_again
    assert "company" not in await answers_of(bot, 2101)
    [next_question] = texts(await rina.send("PT Sinar Abadi"))
    assert "PT Sinar Abadi" in next_question
    assert (await answers_of(bot, 2101))["company"] == "PT Sinar Abadi"


async def test_i_dont_know_is_not_written_into_the_email_as_the_position(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2108, THROUGH_STEP_ONE)
    await rina.send("PT Sinar Abadi")
    [asked_again] = texts(await rina.send("gatau"))
    assert "tulis nama posisi yang paling mendekati" in asked_again
    assert "position" not in await answers_of(bot, 2108)
    await rina.send("Staf Gudang")
    assert (await answers_of(bot, 2108))["position"] == "Staf Gudang"


async def test_a_phone_number_is_not_taken_as_the_recruiters_name(bot: BotHarness) -> None:
    rina = await started(bot, 2102, UNTIL_RECRUITER)
    calls = await rina.send("0812-1234-5678")
    assert "nomor, bukan nama" in texts(calls)[0]
    assert "recruiter_name" not in await answers_of(bot, 2102)
    # The way out it names is on screen, and the email greets the team.
    email = texts(await rina.press("Tim rekrutmen saja"))[0]
    assert "Yth. Tim Rekrutmen PT Maju" in email and "0812" not in email
    answers = await answers_of(bot, 2102)
    assert answers["recruiter_title"] == "unknown" and answers["recruiter_name"] is None


async def test_a_plan_target_not_understood_is_asked_again_in_the_questions_words(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2103, UNTIL_PLAN_TARGET)
    [asked_again] = texts(await rina.send("kapan2 lah"))
    assert "2 minggu lagi" in asked_again and "tanggal/bulan/tahun" not in asked_again
    assert "plan_deadline" not in await answers_of(bot, 2103)
    await rina.send("2 minggu lagi")
    assert "plan_deadline" in await answers_of(bot, 2103)


async def invitation_labels(bot: BotHarness, user_id: int, utc_hour: int) -> list[str]:
    bot.clock.now = datetime(2026, 11, 25, utc_hour, 0, tzinfo=UTC)
    rina = await started(bot, user_id, THROUGH_STEP_ONE[:-1])
    await rina.press("Saya butuh waktu dulu")
    return rina.last_keyboard_message().button_labels


async def test_an_invitation_back_is_not_offered_for_the_night(bot: BotHarness) -> None:
    """At 19.00 in Jakarta, "in three hours" would be 22.00: only the morning is offered."""
    evening = await invitation_labels(bot, 2104, utc_hour=12)
    assert "Ya, 3 jam lagi" not in evening
    assert any(label.startswith("Ya, besok pukul 08.00") for label in evening)
    morning = await invitation_labels(bot, 2105, utc_hour=3)
    assert "Ya, 3 jam lagi" in morning


async def test_a_time_typed_at_the_daily_message_menu_sets_it(bot: BotHarness) -> None:
    """ "jam 7 pagi aja" under /pengingat's menu answers it, as if "Nyalakan" was pressed."""
    rina = bot.user(2106, "Rina")
    await rina.send("/pengingat")
    [zone_question] = texts(await rina.send("jam 7 pagi aja"))
    assert "zona waktu" in zone_question
    [enabled] = texts(await rina.press("WIB"))
    assert "Pesan harian aktif: setiap hari pukul 07.00 WIB" in enabled
    # Changed later the same way.
    await rina.send("/pengingat")
    [changed] = texts(await rina.send("20.30"))
    assert "pukul 20.30 WIB" in changed


async def test_other_text_at_the_daily_message_menu_is_not_called_a_bad_time(
    bot: BotHarness,
) -> None:
    rina = bot.user(2107, "Rina")
    await rina.send("/pengingat")
    [answer] = texts(await rina.send("halo"))
    assert "jam itu belum terbaca" not in answer and answer.startswith("Halo! Ketuk tombol")
    # A greeting with its time of day is greeted back the same way.
    [morning] = texts(await rina.send("pagi"))
    assert morning.startswith("Selamat pagi! Ketuk tombol")
    [salam] = texts(await rina.send("assalamualaikum"))
    assert salam.startswith("Waalaikumsalam! Ketuk tombol")
    # Nor is a bare number a time there: nobody asked for 02.00.
    await rina.send("/pengingat")
    assert "Pesan harian aktif" not in " ".join(texts(await rina.send("2")))
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 2107)
    assert user is not None and not user.reminder_enabled


async def test_the_last_step_can_end_with_nothing_chosen(bot: BotHarness) -> None:
    """ "ga usah" at step 5 with nothing ticked ends the journey; the recap says so and
    does not claim a strategy was set."""
    rina = await started(bot, 2109, UNTIL_STRATEGY)
    recap = texts(await rina.send("ga usah"))[-1]
    assert "Belum ada yang Anda pilih untuk minggu ini." in recap
    assert "mengevaluasi diri, serta menyusun rencana belajar." in recap
    assert "menata ulang strategi" not in recap
    assert (await answers_of(bot, 2109))["network_count"] == 0


async def test_an_email_left_for_later_is_acknowledged_before_step_three(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2110, BY_BUTTONS[: BY_BUTTONS.index(("press", "Sudah saya kirim"))])
    [entering] = texts(await rina.press("Nanti saja"))
    assert entering.startswith("Baik, emailnya bisa Anda kirim nanti. Ketik /email")
    assert "Evaluasi diri" in entering
    # Sent right away, nothing is said about later.
    ana = await started(bot, 2111, BY_BUTTONS[: BY_BUTTONS.index(("press", "Ya, boleh"))])
    assert "kirim nanti" not in " ".join(texts(await ana.press("Ya, boleh")))


async def test_text_at_another_features_menu_is_not_called_a_miss_of_the_journey(
    bot: BotHarness,
) -> None:
    """At /hapusdata's menu, mid-journey, "hmm gimana ya" is answered about that menu: not
    with the feelings question's "tulis beberapa sekaligus … misalnya 1, 3", whose numbers
    would now press the menu's buttons."""
    rina = await started(bot, 2112, BY_BUTTONS[:2])  # at the feelings question
    await rina.send("/hapusdata")
    [answer] = texts(await rina.send("hmm gimana ya"))
    assert "Ketuk salah satu tombol di atas" in answer and "1, 3" not in answer
    # Its example is a label to type (buttons show no numbers), never a destructive one.
    assert "misalnya <i>Batal, jangan hapus</i>" in answer
    assert "Hapus semua data saya" not in answer
    # The journey still reads what answers it.
    await rina.send("/lanjut")
    await rina.send("sedih")
    assert "sedih" in (await answers_of(bot, 2112)).get("feelings", [])


async def test_once_contacts_are_in_the_email_their_button_changes_them(bot: BotHarness) -> None:
    rina = await started(bot, 2113, BY_BUTTONS[: BY_BUTTONS.index(("press", "Sudah saya kirim"))])
    asked = rina.last_keyboard_message()
    assert "Ubah nomor dan LinkedIn" in asked.button_labels
    assert "Tambah nomor dan LinkedIn" not in asked.button_labels
    # The advice on sending it was read a minute ago: only the question comes again.
    assert asked.text.startswith("Apakah email ini sudah Anda kirim?")
    # Typed, the new label is understood as the same button.
    assert "Nomor di email sekarang" in " ".join(texts(await rina.send("ubah nomor")))


async def test_i_dont_know_at_the_ratings_is_answered_about_the_ratings(bot: BotHarness) -> None:
    first_cell = next(i for i, step in enumerate(BY_BUTTONS) if step[0] == "cell")
    rina = await started(bot, 2114, BY_BUTTONS[:first_cell])
    [line] = texts(await rina.send("gatau"))
    assert "ketuk angka yang paling mendekati di setiap baris" in line
    assert "kegiatan" not in line and "target waktunya" not in line
    [unsure] = texts(await rina.send("bingung mau jawab apa"))
    assert "Tidak ada jawaban yang salah" in unsure and "belum terbaca" not in unsure


async def test_changing_only_the_linkedin_keeps_the_phone_number(bot: BotHarness) -> None:
    """With "Ubah nomor dan LinkedIn", "Lewati" at the number keeps the one in the email."""
    rina = await started(bot, 2115, BY_BUTTONS[: BY_BUTTONS.index(("press", "Sudah saya kirim"))])
    [asked] = texts(await rina.press("Ubah nomor dan LinkedIn"))
    assert "Nomor di email sekarang: 0812-3456-7890" in asked
    await rina.press("Lewati")
    email = texts(await rina.send("linkedin.com/in/rina-baru"))[0]
    assert "0812-3456-7890" in email and "linkedin.com/in/rina-baru" in email
    answers = await answers_of(bot, 2115)
    assert answers["phone"] == "0812-3456-7890"


async def test_the_plan_is_said_to_be_kept_when_step_five_begins(bot: BotHarness) -> None:
    rina = await started(bot, 2116, UNTIL_PLAN_TARGET)
    step_five = texts(await rina.press("2 minggu"))[-1]
    assert step_five.startswith("Rencana belajar Anda sudah tersimpan")
    assert "Langkah 5 dari 5" in step_five


async def test_a_pause_before_any_answer_claims_nothing_was_kept(bot: BotHarness) -> None:
    rina = bot.user(2117, "Rina")
    await rina.send("/gagal")
    paused = " ".join(texts(await rina.send("nanti aja")))
    assert "sudah tersimpan" not in paused and "/lanjut" in paused


async def test_names_typed_in_lower_case_go_into_the_email_capitalised(bot: BotHarness) -> None:
    """ "pt sinar jaya", "staf it", "rina lestari" typed quickly: the formal email says
    PT Sinar Jaya, Staf IT and Rina Lestari; a name typed with capitals is kept as typed."""
    rina = await started(bot, 2120, THROUGH_STEP_ONE)
    await rina.send("pt sinar jaya")
    await rina.send("staf it")
    saved = await answers_of(bot, 2120)
    assert saved["company"] == "PT Sinar Jaya" and saved["position"] == "Staf IT"
    await rina.press("Tes atau wawancara teknis")
    await rina.send("20/11/2026")
    await rina.send("rina lestari")
    assert (await answers_of(bot, 2120))["sender_name"] == "Rina Lestari"
    await rina.send("pak budi santoso")
    assert (await answers_of(bot, 2120))["recruiter_name"] == "Budi Santoso"
    other = await started(bot, 2121, THROUGH_STEP_ONE)
    await other.send("PT eFishery Indonesia")
    assert (await answers_of(bot, 2121))["company"] == "PT eFishery Indonesia"


async def test_the_plan_typed_in_one_message_keeps_its_actions_and_target(
    bot: BotHarness,
) -> None:
    """ "latihan wawancara sm rekam diri, sebulan": the actions and the target in one
    message, both taken; never "Ketuk dulu setidaknya satu kegiatan" after them."""
    until_actions = UNTIL_PLAN_TARGET[: UNTIL_PLAN_TARGET.index(("press", "Kursus daring"))]
    rina = await started(bot, 2122, until_actions)
    said = texts(await rina.send("kursus daring sm proyek portofolio, sebulan"))
    assert not [text for text in said if "setidaknya satu kegiatan" in text]
    saved = await answers_of(bot, 2122)
    assert saved["plan_actions"] == ["course", "project"]
    assert saved["plan_deadline"] == "2026-12-25"


async def test_the_strategy_typed_in_one_message_keeps_what_it_could_read(
    bot: BotHarness,
) -> None:
    """ "update cv sm ikut webinar, 5 orang" sets both; with a count it cannot read, the
    choices stay and only the count is asked again."""
    rina = await started(bot, 2123, UNTIL_STRATEGY)
    await rina.send("update cv sm ikut webinar, 5 orang")
    saved = await answers_of(bot, 2123)
    assert saved["strategy"] == ["cv", "event"] and saved["network_count"] == 5
    other = await started(bot, 2124, UNTIL_STRATEGY)
    [again] = texts(await other.send("update cv sm ikut webinar, banyak deh"))
    assert "jumlahnya" in again
    assert (await answers_of(bot, 2124))["strategy"] == ["cv", "event"]
    await other.send("3")
    assert (await answers_of(bot, 2124))["network_count"] == 3
    # "cari perusahaan lain" is widening the targets: nothing typed is lost.
    third = await started(bot, 2170, UNTIL_STRATEGY)
    await third.send("update cv sama cari perusahaan lain, hubungin 3 orang")
    saved = await answers_of(bot, 2170)
    assert saved["strategy"] == ["cv", "widen"] and saved["network_count"] == 3
    fourth = await started(bot, 2171, UNTIL_STRATEGY)
    await fourth.send("update cv sama coba lamar ke bank lain jg. hubungin 3 org aja")
    saved = await answers_of(bot, 2171)
    assert saved["strategy"] == ["cv", "widen"] and saved["network_count"] == 3


async def test_a_question_about_consent_is_answered_not_missed(bot: BotHarness) -> None:
    rina = bot.user(2125, "Rina")
    await rina.send("/gagal")
    [answer] = texts(await rina.send("maksudnya disimpen buat apa?"))
    assert answer.startswith("Gunanya agar Anda bisa melihat perkembangan")
    assert "belum saya pahami" not in answer
    [safe] = texts(await rina.send("ini datanya aman ga sih?"))
    assert safe.startswith("Ya, aman. Data ini tidak dibagikan kepada siapa pun")
    [where] = texts(await rina.send("data aku disimpen dimana emang"))
    assert where.startswith("Data ini tersimpan di basis data layanan ini")
    [human] = texts(await rina.send("ini yg bales orang beneran bukan sih?"))
    assert human.startswith("Saya asisten otomatis, bukan manusia.")
    await rina.send("oke boleh")
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 2125)
        assert user is not None and user.consent_feelings is True


async def test_small_talk_and_self_blame_are_no_company_and_no_is_no_name(
    bot: BotHarness,
) -> None:
    """ "makasih ya" at the company question is not saved as the company; "gw emang ga
    becus" gets a gentle word, not "posisi apa di Gw Emang GA Becus?"; a sender "name"
    with digits is asked again."""
    rina = await started(bot, 2126, THROUGH_STEP_ONE)
    [thanks] = texts(await rina.send("makasih ya"))
    assert thanks.startswith("Sama-sama.") and "Makasih" not in thanks
    [blame] = texts(await rina.send("buat apa sih, gw emang ga becus"))
    assert "menyalahkan diri sendiri" in blame and "Becus" not in blame
    assert "company" not in await answers_of(bot, 2126)
    await rina.send("PT Sinar Abadi")
    await rina.send("Analis Data")
    await rina.press("Tes atau wawancara teknis")
    await rina.send("20/11/2026")
    [again] = texts(await rina.send("tgl 24 kemarin"))
    assert "ditulis dengan huruf" in again
    assert "sender_name" not in await answers_of(bot, 2126)


async def test_a_story_of_one_filler_word_is_no_story(bot: BotHarness) -> None:
    until_story = BY_BUTTONS[: BY_BUTTONS.index(("send", "Saya sudah berusaha keras."))]
    rina = await started(bot, 2127, until_story)
    said = texts(await rina.send("hmm"))
    assert not [text for text in said if "Terima kasih sudah bercerita" in text]
    assert not (await answers_of(bot, 2127)).get("story")


async def test_a_company_and_a_position_typed_together_are_both_kept(bot: BotHarness) -> None:
    # Before, the whole line became the company: "posisi apa di Bank Mandiri, Management
    # Trainee?" and an email addressed to that.
    rina = await started(bot, 2120, THROUGH_STEP_ONE)
    [stage_question] = texts(await rina.send("management trainee di bank mandiri"))
    assert "<b>Management Trainee</b> di <b>Bank Mandiri</b>" in stage_question
    answers = await answers_of(bot, 2120)
    assert (answers["company"], answers["position"]) == ("Bank Mandiri", "Management Trainee")
    # The words before a name are not part of it.
    sari = await started(bot, 2121, THROUGH_STEP_ONE)
    [position_question] = texts(await sari.send("saya melamar di pt maju jaya"))
    assert "melamar di PT Maju Jaya?" in position_question
    assert (await answers_of(bot, 2121))["company"] == "PT Maju Jaya"


UNTIL_RATINGS = BY_BUTTONS[: next(i for i, step in enumerate(BY_BUTTONS) if step[0] == "cell")]


async def test_ratings_half_typed_by_name_are_finished_by_typing_the_rest(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2122, UNTIL_RATINGS)
    [redrawn] = texts(await rina.send("teknis 4 komunikasi 2"))
    assert "Tinggal 3 baris lagi" in redrawn and "<code>3 4 2</code>" in redrawn
    # Fewer numbers than rows left: the first rows still open take them.
    [short] = texts(await rina.send("3 5"))
    assert "Tinggal 1 baris lagi" in short
    note = texts(await rina.send("3"))[-1]
    assert "Yang paling perlu diperkuat menurut penilaian Anda sendiri: <b>komunikasi</b>" in note
    answers = await answers_of(bot, 2122)
    rated = [answers[f"eval_{area}"] for area in EVAL_AREAS]
    assert rated == [4, 2, 3, 5, 3]


async def test_rated_well_everywhere_the_note_example_is_no_weakness(bot: BotHarness) -> None:
    rina = await started(bot, 2123, UNTIL_RATINGS)
    note = texts(await rina.send("5 5 5 5 5"))[-1]
    assert "Anda menilai semua bagian cukup baik" in note
    assert "buntu" not in note and "Studi kasusnya tentang menghitung target penjualan" in note


async def test_nothing_missing_at_the_skill_question_leaves_the_plan_out(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2124, UNTIL_RATINGS)
    await rina.send("5 5 5 5 4")
    await rina.press("Lewati")
    step_five = texts(await rina.send("ga ada yg kurang kayaknya"))
    assert "rencana belajar bisa dilewati" in step_five[0]
    assert "Ketuk hal yang ingin Anda lakukan minggu ini" in step_five[-1]
    answers = await answers_of(bot, 2124)
    assert answers["skill_name"] is None and "plan_actions" not in answers
    recap = texts(await rina.press("Perbarui CV dan lamaran"))
    recap = texts(await rina.press("3"))
    assert "kali ini tanpa rencana belajar" in recap[-1]
    assert "menyusun rencana belajar" not in recap[-1]


async def test_words_beside_a_question_are_answered_and_the_question_stands(
    bot: BotHarness,
) -> None:
    # At step 5, "makasih ya" was told to write a number from 0 to 50.
    rina = await started(bot, 2128, UNTIL_STRATEGY)
    [thanks] = texts(await rina.send("makasih ya"))
    assert thanks.startswith("Sama-sama.") and "angka" not in thanks
    [again] = texts(await rina.send("halo, mau lanjut yg kemarin"))
    assert "Ketuk hal yang ingin Anda lakukan minggu ini" in again
    [news] = texts(await rina.send("aku ditolak lagi nih"))
    assert news.startswith("Ikut sedih mendengarnya.") and "/gagal" in news
    assert "strategy" not in await answers_of(bot, 2128)


async def test_news_of_a_rejection_with_nothing_open_offers_company_in_one_tap(
    bot: BotHarness,
) -> None:
    sari = bot.user(2129, "Sari")
    calls = await sari.send("gw baru aja ditolak")
    assert texts(calls)[0].startswith("Ikut sedih mendengarnya.")
    started_now = await sari.press("Mulai pendampingan")
    assert "Bolehkah saya menyimpannya?" in texts(started_now)[-1]


async def test_at_the_restart_question_words_are_read_for_what_they_mean(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2130, UNTIL_STRATEGY)
    await rina.send("/gagal")
    [news] = texts(await rina.send("aku ditolak lagi nih"))
    assert "ketuk <b>Mulai untuk wawancara lain</b>" in news
    [thanks] = texts(await rina.send("makasih"))
    assert thanks.startswith("Sama-sama.")
    resumed = texts(await rina.send("mau lanjut yg kemarin"))
    assert "Ketuk hal yang ingin Anda lakukan minggu ini" in resumed[-1]


async def test_step_five_words_it_cannot_read_are_not_called_a_bad_number(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2131, UNTIL_STRATEGY)
    [line] = texts(await rina.send("update cv sm nambah koneksi, 10 orang"))
    assert line.startswith("Sebagian pesan itu belum saya pahami. Ketuk kegiatan")
    assert "strategy" not in await answers_of(bot, 2131)


async def test_declining_or_pausing_at_the_company_question_saves_no_company(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2132, THROUGH_STEP_ONE)
    [declined] = texts(await rina.send("ga mau sebut"))
    assert declined.startswith("Tidak apa-apa. Cukup tulis inisialnya")
    paused = texts(await rina.send("nanti aja ya gw mau tidur"))
    assert "Mau Tidur" not in " ".join(paused)
    assert "company" not in await answers_of(bot, 2132)
    assert any("/lanjut" in text for text in paused)


async def test_no_gap_at_the_gap_question_leaves_the_plan_out(bot: BotHarness) -> None:
    rina = await started(bot, 2133, UNTIL_RATINGS)
    await rina.send("4 3 4 4 3")
    await rina.press("Lewati")
    await rina.send("excel")
    step_five = texts(await rina.send("tidak ada"))
    assert "rencana belajar bisa dilewati" in step_five[0]
    answers = await answers_of(bot, 2133)
    assert answers["skill_name"] == "excel" and answers["skill_type"] is None
    assert "plan_actions" not in answers


async def test_a_returning_user_is_read_before_an_old_keyboard(bot: BotHarness) -> None:
    # The recap's "Atur pesan harian" was on screen, and each of these got "belum saya
    # pahami. Ketuk salah satu tombol di atas."
    rina = await started(bot, 2134, BY_BUTTONS)
    [hello] = texts(await rina.send("halo"))
    assert hello.startswith("Halo!") and "belum saya pahami" not in hello
    [go_on] = texts(await rina.send("mau lanjut"))
    assert "belum saya pahami" not in go_on
    news = await rina.send("gw ditolak lagi, di unilever")
    assert texts(news)[0].startswith("Ikut sedih mendengarnya.")
    assert news[-1].button_labels == ["Mulai pendampingan"]


async def test_mau_lanjut_at_the_invitation_back_goes_on_at_once(bot: BotHarness) -> None:
    rina = await started(bot, 2135, THROUGH_STEP_ONE)
    await rina.send("/batal")
    resumed = texts(await rina.send("mau lanjut"))
    assert "Maksud Anda" not in " ".join(resumed)
    assert "Di perusahaan mana Anda mengikuti wawancara itu?" in resumed[-1]


async def test_a_first_message_telling_of_a_rejection_gets_sympathy_and_the_journey(
    bot: BotHarness,
) -> None:
    for user_id, said in enumerate(
        ("aku baru ditolak kerja", "hai, aku baru aja gagal interview", "ditolak sama shopee"),
        start=2140,
    ):
        person = bot.user(user_id, "Sari")
        calls = await person.send(said)
        assert texts(calls)[0].startswith("Ikut sedih mendengarnya."), said
        assert calls[-1].button_labels == ["Mulai pendampingan"]


async def test_news_of_a_rejection_at_the_company_question_is_no_company(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2143, THROUGH_STEP_ONE)
    [news] = texts(await rina.send("aku ditolak lagi sama perusahaan lain"))
    assert news.startswith("Ikut sedih mendengarnya.") and "/gagal" in news
    assert "company" not in await answers_of(bot, 2143)


async def test_yes_under_another_features_question_never_answers_the_journey(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2144, UNTIL_RECRUITER[:-1])
    await rina.send("/hapusdata")
    await rina.send("ya")
    assert "sender_name" not in await answers_of(bot, 2144)


async def test_a_part_of_the_day_at_the_time_question_asks_which_hour(bot: BotHarness) -> None:
    # "pagi aja" was read as a greeting ("selamat pagi") and left the question.
    rina = bot.user(2145, "Rina")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    [asked] = texts(await rina.send("pagi aja"))
    assert asked.startswith("Jam berapa paginya?") and "<code>07.00</code>" in asked


async def test_a_late_date_at_the_sender_question_and_hello_while_paused(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2146, UNTIL_RECRUITER[:-1])
    [date_said] = texts(await rina.send("kmrn sore"))
    assert date_said.startswith("Sepertinya itu tanggal, bukan nama, jadi tidak saya simpan.")
    assert "sender_name" not in await answers_of(bot, 2146)
    await rina.send("/batal")
    [hello] = texts(await rina.send("halo"))
    assert hello.startswith("Halo! Perjalanan Anda tetap tersimpan") and "/batal" not in hello
    [evening] = texts(await rina.send("malam kak"))
    assert evening.startswith("Selamat malam! Perjalanan Anda tetap tersimpan")


async def test_not_knowing_at_the_mood_scale_is_met_gently(bot: BotHarness) -> None:
    rina = bot.user(2147, "Rina")
    await rina.send("/mood")
    [said] = texts(await rina.send("ga tau deh"))
    assert said.startswith("Tidak apa-apa jika perasaan Anda sulit diberi angka.")
    assert "belum saya pahami" not in said


async def test_a_day_that_does_not_exist_is_named_so_and_the_date_can_be_skipped(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2140, THROUGH_STEP_ONE)
    await rina.send("PT Sinar Jaya")
    await rina.send("Staf IT")
    await rina.press("Tes atau wawancara teknis")
    [no_such_day] = texts(await rina.send("31/02/2026"))
    assert no_such_day.startswith("Tanggal itu tidak ada di kalender.")
    [unread] = texts(await rina.send("pokoknya minggu kemarin kayaknya"))
    assert "belum terbaca" in unread and "<b>Lewati</b>" in unread
    assert "interview_date" not in await answers_of(bot, 2140)
    await rina.send("20/11/2026")
    assert (await answers_of(bot, 2140))["interview_date"] == "2026-11-20"


async def test_saying_no_one_will_be_contacted_is_a_count_of_zero(bot: BotHarness) -> None:
    """ "update cv aja, ga usah hubungin org dulu": the CV, and nobody to contact yet."""
    rina = await started(bot, 2141, UNTIL_STRATEGY)
    [recap] = texts(await rina.send("update cv aja, ga usah hubungin org dulu"))
    assert recap.startswith("<b>Rangkuman perjalanan Anda")
    saved = await answers_of(bot, 2141)
    assert saved["strategy"] == ["cv"] and saved["network_count"] == 0


async def test_looking_at_startups_widens_the_target(bot: BotHarness) -> None:
    rina = await started(bot, 2142, UNTIL_STRATEGY)
    await rina.send("cari di startup aja, 3 orang")
    saved = await answers_of(bot, 2142)
    assert saved["strategy"] == ["widen"] and saved["network_count"] == 3


async def test_a_typed_stage_and_date_are_read_back_with_the_weekday(bot: BotHarness) -> None:
    """ "senin lalu" could mean either Monday: the day read back shows which was taken."""
    rina = await started(bot, 2143, THROUGH_STEP_ONE)
    await rina.send("PT Sinar Jaya, staf IT")
    await rina.send("wawancara sama hr")
    [asked] = texts(await rina.send("20/11/2026"))
    assert asked.startswith(
        "Sudah saya catat: wawancara tahap rekrutmen (HR) pada Jumat, 20 November 2026.\n\n"
    )
    assert "Nama apa yang ingin Anda cantumkan" in asked


async def test_a_feeling_or_a_question_is_never_saved_as_the_company_or_position(
    bot: BotHarness,
) -> None:
    """ "sedih banget" typed at the company question: no "posisi apa di Sedih Banget?"."""
    rina = await started(bot, 2144, THROUGH_STEP_ONE)
    [felt] = texts(await rina.send("sedih banget"))
    assert "perasaan seperti itu wajar" in felt and "Sedih Banget" not in felt
    [asked] = texts(await rina.send("kenapa harus nyebut perusahaan?"))
    assert "hanya saya pakai untuk menyusun email" in asked
    assert "company" not in await answers_of(bot, 2144)
    await rina.send("PT Maju")
    [felt_again] = texts(await rina.send("kecewa bgt sumpah"))
    assert "nama posisinya" in felt_again
    assert "position" not in await answers_of(bot, 2144)
    await rina.send("Staf Pemasaran")
    saved = await answers_of(bot, 2144)
    assert (saved["company"], saved["position"]) == ("PT Maju", "Staf Pemasaran")


async def test_distress_at_the_company_question_gets_the_check_in_alone(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2145, THROUGH_STEP_ONE)
    [checkin] = texts(await rina.send("hancur bgt rasanya"))
    assert "tidak perlu terburu-buru" in checkin and "belum saya pahami" not in checkin
    assert "company" not in await answers_of(bot, 2145)


async def test_the_whole_last_step_in_one_sentence_keeps_the_number(bot: BotHarness) -> None:
    rina = await started(bot, 2146, UNTIL_STRATEGY)
    [recap] = texts(
        await rina.send("mau update cv sama ikut seminar, terus hubungi 3 orang di linkedin")
    )
    assert recap.startswith("<b>Rangkuman perjalanan Anda")
    saved = await answers_of(bot, 2146)
    assert saved["strategy"] == ["cv", "event"] and saved["network_count"] == 3


async def test_a_new_time_typed_at_the_zone_question_replaces_the_first(bot: BotHarness) -> None:
    rina = bot.user(2147, "Rina")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    await rina.send("jam 7 mlm")
    [asked] = texts(await rina.send("setengah 8 malem"))
    assert "zona waktu mana" in asked
    [line] = texts(await rina.send("apa ya"))
    assert "misalnya <i>WIB</i>" in line
    [enabled] = texts(await rina.send("wib"))
    assert "pukul 19.30 WIB" in enabled


async def test_a_story_past_the_limit_is_read_up_to_it_not_refused(bot: BotHarness) -> None:
    """Someone pouring their heart out is not told to write less."""
    rina = bot.user(2148, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, [("press", "Ya, saya setuju"), ("press", "2"), ("press", "Selesai")])
    story = "Saya sudah berusaha keras menyiapkan wawancara ini. " * 45  # about 2,300
    [answer] = texts(await rina.send(story))
    assert answer.startswith("Terima kasih sudah bercerita. Cerita Anda panjang")
    assert "terlalu panjang" not in answer
    saved = await answers_of(bot, 2148)
    kept = saved["story"]
    assert len(kept) <= 2000 and story.startswith(kept) and story[len(kept)] == " "  # at a word
    assert saved["story_cut"] is True


async def test_a_correction_typed_at_a_later_question_is_applied_there(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2149, THROUGH_STEP_ONE)
    await rina.send("PT Maju, staf IT")
    await rina.press("Tes atau wawancara teknis")
    said, asked_again = texts(await rina.send("eh salah, perusahaannya PT Maju Jaya"))
    assert said == "Baik, nama perusahaannya saya ubah menjadi <b>PT Maju Jaya</b>."
    assert "tanggal" in asked_again
    answers = await answers_of(bot, 2149)
    assert (answers["company"], answers["position"]) == ("PT Maju Jaya", "staf IT")
    assert "interview_date" not in answers


async def test_a_correction_that_cannot_be_read_points_to_email(bot: BotHarness) -> None:
    rina = await started(bot, 2150, THROUGH_STEP_ONE)
    await rina.send("PT Maju")
    [line] = texts(await rina.send("eh salah, perusahaannya 12345"))
    assert "ralat, perusahaannya PT Maju Jaya" in line and "/email" in line
    answers = await answers_of(bot, 2150)
    assert answers["company"] == "PT Maju" and "position" not in answers


async def test_a_rows_name_pressed_keeps_every_button_of_the_grid(bot: BotHarness) -> None:
    """Tapping "Teknis" says to tap a number on its row: the numbers must still be there."""
    until = BY_BUTTONS[: next(i for i, step in enumerate(BY_BUTTONS) if step[0] == "cell")]
    rina = await started(bot, 2151, until)
    grid = rina.last_keyboard_message()
    calls = await rina.press("Teknis", on=grid)
    assert "Ketuk angka 1 sampai 5" in only(calls, "answerCallbackQuery").params["text"]
    assert [c for c in calls if c.method == "editMessageReplyMarkup"] == []
    await rina.press("2", on=grid, row="Teknis")
    assert (await answers_of(bot, 2151))["eval_technical"] == 2


async def test_not_remembering_the_company_is_met_gently_and_saves_nothing(
    bot: BotHarness,
) -> None:
    rina = await started(bot, 2152, THROUGH_STEP_ONE)
    for typed in ("aduh ga tau deh, aku ga mau inget2 lagi", "lupa namanya"):
        [line] = texts(await rina.send(typed))
        assert line.startswith("Tidak apa-apa jika lupa atau belum ingin mengingatnya.")
        assert "saya perlukan" not in line
    assert "company" not in await answers_of(bot, 2152)


async def test_the_questions_own_minggu_ini_does_not_hide_the_answer(bot: BotHarness) -> None:
    rina = await started(bot, 2153, UNTIL_STRATEGY)
    await rina.send(
        "minggu ini aku mau update cv, cari startup juga, trs ikut seminar,"
        " sama hubungin 3 orang di linkedin"
    )
    saved = await answers_of(bot, 2153)
    assert saved["strategy"] == ["cv", "widen", "event"] and saved["network_count"] == 3


async def test_an_action_not_offered_with_a_target_asks_for_an_action(bot: BotHarness) -> None:
    """ "kursus 2 minggu lagi" for a soft skill: the target was typed right."""
    until_gap = BY_BUTTONS[: BY_BUTTONS.index(("press", "Teknis: dasar → menengah"))]
    rina = await started(bot, 2154, until_gap)
    await rina.press("Nonteknis: dasar → menengah")
    [line] = texts(await rina.send("kursus 2 minggu lagi"))
    assert line.startswith("Ketuk dulu setidaknya satu kegiatan")


async def test_a_sentence_at_the_position_question_is_no_position(bot: BotHarness) -> None:
    rina = await started(bot, 2155, THROUGH_STEP_ONE)
    await rina.send("PT Kilat")
    [line] = texts(await rina.send("mati lampu td jd telat interview"))
    assert line.startswith("Terima kasih sudah bercerita.") and "cukup tulis nama posisinya" in line
    assert "position" not in await answers_of(bot, 2155)


async def test_a_number_typed_under_the_check_in_hold_is_met_gently(bot: BotHarness) -> None:
    rina = bot.user(2156, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("hancur banget rasanya")
    [line] = texts(await rina.send("2"))
    assert line.startswith("Tidak perlu terburu-buru.") and "belum saya pahami" not in line


async def test_the_stage_typed_at_the_position_question_is_no_position(bot: BotHarness) -> None:
    rina = await started(bot, 2157, THROUGH_STEP_ONE)
    await rina.send("PT Maju")
    [line] = texts(await rina.send("kayanya sama hrd deh"))
    assert "tahap wawancaranya saya tanyakan sebentar lagi" in line
    assert "position" not in await answers_of(bot, 2157)
    await rina.send("staf admin kayanya")
    assert (await answers_of(bot, 2157))["position"] == "Staf Admin"


async def test_a_feeling_or_a_question_never_signs_or_greets_in_the_email(
    bot: BotHarness,
) -> None:
    """ "capek" signed "Hormat saya, Capek"; "kecewa" greeted "Yth. Bapak/Ibu Kecewa"."""
    rina = await started(bot, 2158, THROUGH_STEP_ONE)
    await rina.send("PT Sinar Jaya, kasir")
    await rina.press("Lewati")  # the stage
    await rina.press("Lewati")  # the date
    [felt] = texts(await rina.send("capek"))
    assert "Pakai nama Rina" in felt and "sender_name" not in await answers_of(bot, 2158)
    [asked] = texts(await rina.send("apa bedanya?"))
    assert asked.startswith("Nama ini tercantum di akhir email sebagai pengirim.")
    await rina.send("Rina Lestari")
    [felt_again] = texts(await rina.send("kecewa"))
    assert "Tim rekrutmen saja" in felt_again
    assert "recruiter_name" not in await answers_of(bot, 2158)


async def test_a_time_typed_after_thanks_at_the_time_question_still_sets_it(
    bot: BotHarness,
) -> None:
    rina = bot.user(2159, "Rina")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    [left] = texts(await rina.send("makasih"))
    assert "tidak saya ubah" in left
    [asked] = texts(await rina.send("jam 7 malam"))
    assert "zona waktu mana" in asked


async def test_a_story_typed_at_the_mood_scale_is_thanked_and_the_scale_asked(
    bot: BotHarness,
) -> None:
    rina = bot.user(2160, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    [line] = texts(await rina.send("malu setengah mati sih, mati-matian belajar padahal"))
    assert line.startswith("Terima kasih sudah bercerita.") and "ketuk angka" in line
    assert "mood" not in await answers_of(bot, 2160)


async def test_a_goodbye_at_a_journey_question_pauses_it(bot: BotHarness) -> None:
    rina = bot.user(2161, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("3")
    await rina.press("Lega")
    await rina.press("Selesai")
    await rina.press("Lewati")
    paused = " ".join(texts(await rina.send("dadah")))
    assert "/lanjut" in paused and "Ketuk Saya siap lanjut" not in paused


async def test_hedges_and_second_thoughts_never_stay_in_a_name(bot: BotHarness) -> None:
    """ "bank mandiri eh bukan, BCA maksudnya" is BCA; "PM, product manager" is Product
    Manager; "riset perusahaan kali" is the skill "riset perusahaan"."""
    rina = bot.user(2172, "Rina")
    await rina.send("/gagal")
    for typed in BY_TYPING[:5]:
        await rina.send(typed)
    said = texts(await rina.send("bank mandiri eh bukan, BCA maksudnya"))
    assert "melamar di BCA?" in said[-1]
    said = texts(await rina.send("PM, product manager"))
    assert "posisi <b>Product Manager</b> di <b>BCA</b>" in said[-1]
    for typed in BY_TYPING[7:14]:
        await rina.send(typed)
    await rina.send("riset perusahaan kali")
    answers = await answers_of(bot, 2172)
    assert (answers["company"], answers["position"]) == ("BCA", "Product Manager")
    assert answers["skill_name"] == "riset perusahaan"


async def test_a_skill_gap_typed_in_ones_own_words_is_read(bot: BotHarness) -> None:
    """ "masih dasar bgt, hrsnya minimal menengah" sizes the gap (the kind as the example
    guessed it from "presentasi"); "teknis, …, butuhnya menengah" names the kind too."""
    rina = bot.user(2173, "Rina")
    await rina.send("/gagal")
    for typed in BY_TYPING[:15]:
        await rina.send(typed)
    said = texts(await rina.send("masih dasar bgt, hrsnya minimal menengah"))
    assert "belum saya pahami" not in " ".join(said) and "Maksud Anda" not in " ".join(said)
    answers = await answers_of(bot, 2173)
    assert (answers["skill_type"], answers["skill_current"], answers["skill_required"]) == (
        "soft",
        "dasar",
        "menengah",
    )
    budi = bot.user(2174, "Budi")
    await budi.send("/gagal")
    for typed in BY_TYPING[:14]:
        await budi.send(typed)
    await budi.send("SQL")
    await budi.send("teknis, msh dasar bgt, butuhnya mahir lah")
    answers = await answers_of(bot, 2174)
    assert (answers["skill_type"], answers["skill_current"], answers["skill_required"]) == (
        "hard",
        "dasar",
        "mahir",
    )


async def test_the_learning_plan_can_be_left_out_and_the_recap_says_so(bot: BotHarness) -> None:
    """ "lewatin aja" at step 4 goes on to step 5 with no plan items; the recap says the
    step was left out, never that there was no gap. "bingung" there is helped instead."""
    rina = bot.user(2175, "Rina")
    await rina.send("/gagal")
    for typed in BY_TYPING[:16]:
        await rina.send(typed)
    [helped] = texts(await rina.send("bingung"))
    assert "Tidak apa-apa jika belum yakin" in helped
    moved = texts(await rina.send("lewatin aja"))
    assert "Langkah 5 dari 5" in moved[0]
    await rina.send("cv sama webinar")
    recap = texts(await rina.send("3"))[-1]
    assert "Anda melewati langkah penyusunan rencana" in recap
    assert "Tidak ada celah keterampilan" not in recap
    assert "menyusun rencana belajar" not in recap
    answers = await answers_of(bot, 2175)
    assert answers["plan_actions"] == [] and answers["plan_deadline"] is None


async def test_a_question_about_a_rating_row_is_answered(bot: BotHarness) -> None:
    """ "maksudnya riset tuh riset apa ya?" at the ratings: what the row means, never
    "Nilainya belum terbaca"; nothing is rated."""
    rina = bot.user(2176, "Rina")
    await rina.send("/gagal")
    for typed in BY_TYPING[:12]:
        await rina.send(typed)
    [line] = texts(await rina.send("maksudnya riset tuh riset apa ya?"))
    assert line.startswith("Baris <b>Riset</b> menilai seberapa dalam Anda mempelajari")
    assert "belum terbaca" not in line
    answers = await answers_of(bot, 2176)
    assert not any(key.startswith("eval_") for key in answers)
