"""What people actually do, through the real Application: they tap quickly, come back
later, type numbers at whatever is on screen, and leave questions unanswered."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.db.models import Journey, MoodCheckin, PlanItem, User
from tests.e2e.test_journey import BY_BUTTONS, answers_of, rows, run_steps
from tests.e2e.test_privacy import count_rows_about, finished_journey
from tests.harness import BotHarness, only, texts
from tests.integration.test_scheduler import WIB_0800, opt_in, tick

CONFIRM = "Ya, hapus semuanya"
# What the user gave: the rows that must survive anything but an explicit confirmation.
KEPT = ("users", "journeys", "answers", "plan_items", "mood_checkins")


async def kept_rows(bot: BotHarness, user_id: int) -> dict[str, int]:
    counts = await count_rows_about(bot, user_id)
    return {table: counts[table] for table in KEPT}


async def user_row(bot: BotHarness, user_id: int) -> User | None:
    async with bot.services.store.transaction() as session:
        return await session.get(User, user_id)


async def test_a_typed_number_after_an_unanswered_confirmation_deletes_nothing(
    bot: BotHarness,
) -> None:
    """The reported data loss: a confirmation left open, other commands, the next
    morning's daily message, then "1" typed as a mood."""
    bot.clock.now = WIB_0800 - timedelta(days=1)
    await finished_journey(bot, 1201)
    rina = bot.user(1201, "Rina")
    await opt_in(bot, 1201, WIB_0800 - timedelta(days=1))
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    for command in ("/ekspor", "/bantuan", "/progres"):
        await rina.send(command)
    before = await kept_rows(bot, 1201)
    assert await tick(bot, WIB_0800) == ["1201"]
    calls = await rina.send("1")
    assert "dihapus" not in " ".join(texts(calls))
    # The "1" answered the daily message, the latest with buttons: mood 1, kept.
    assert "Hari seperti ini memang berat" in texts(calls)[0]
    after = await kept_rows(bot, 1201)
    assert after == {**before, "mood_checkins": before["mood_checkins"] + 1}


async def test_a_confirmation_expires_after_ten_minutes(bot: BotHarness) -> None:
    await finished_journey(bot, 1202)
    rina = bot.user(1202, "Rina")
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    bot.clock.now += timedelta(minutes=11)
    calls = await rina.press(CONFIRM)
    assert "Waktu untuk memilih sudah habis" in texts(calls)[0]
    menu = only(calls[-1:], "sendMessage")
    assert "Hapus semua data saya" in menu.button_labels
    assert await user_row(bot, 1202) is not None
    # Asked again and pressed at once, it is carried out.
    await rina.press("Hapus semua data saya")
    done = await rina.press(CONFIRM)
    assert "sudah dihapus" in texts(done)[0]
    assert await user_row(bot, 1202) is None


async def test_a_destructive_choice_is_typed_only_as_the_very_next_message(
    bot: BotHarness,
) -> None:
    await finished_journey(bot, 1203)
    rina = bot.user(1203, "Rina")
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    # A bare number never confirms, even right away.
    assert "dihapus" not in " ".join(texts(await rina.send("1")))
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    await rina.send("/bantuan")
    late = await rina.send(CONFIRM)
    assert "Waktu untuk memilih sudah habis" in texts(late)[0]
    assert await user_row(bot, 1203) is not None
    await rina.press("Hapus semua data saya")  # on the menu sent again with the notice
    done = await rina.send(CONFIRM.lower())
    assert "sudah dihapus" in texts(done)[0]
    assert await user_row(bot, 1203) is None


async def test_withdrawing_consent_is_destructive_too(bot: BotHarness) -> None:
    await finished_journey(bot, 1204)
    rina = bot.user(1204, "Rina")
    await rina.send("/hapusdata")
    asked = only(await rina.press("Tarik persetujuan"), "sendMessage")
    assert asked.button_labels == ["Ya, tarik persetujuan", "Batal, jangan hapus"]
    bot.clock.now += timedelta(minutes=30)
    calls = await rina.press("Ya, tarik persetujuan", on=asked)
    assert "Waktu untuk memilih sudah habis" in texts(calls)[0]
    row = await user_row(bot, 1204)
    assert row is not None and row.consent_feelings is True
    assert "mood" in await answers_of(bot, 1204)


async def test_quick_taps_on_a_multi_select_all_count(bot: BotHarness) -> None:
    rina = bot.user(1205, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[:2])  # consent and the mood; the feelings are asked
    feelings = rina.last_keyboard_message()
    # Both taps land on the first drawing of the message, before any redraw arrives.
    first = await rina.press("Kecewa", on=feelings)
    second = await rina.press("Sedih", on=feelings)
    assert "Waktu untuk memilih sudah habis" not in " ".join(c.text for c in first + second)
    redrawn = only(second, "editMessageText")
    assert "✅ Kecewa" in redrawn.button_labels and "✅ Sedih" in redrawn.button_labels
    await rina.press("Selesai", on=feelings)
    assert (await answers_of(bot, 1205))["feelings"] == ["kecewa", "sedih"]


async def test_quick_taps_on_the_plan_checklist_all_count(bot: BotHarness) -> None:
    await finished_journey(bot, 1206)
    rina = bot.user(1206, "Rina")
    checklist = only(await rina.send("/rencana"), "sendMessage")
    labels = checklist.button_labels
    await rina.press(labels[0], on=checklist)
    await rina.press(labels[1], on=checklist)
    done = [item for item in await rows(bot, PlanItem, 1206) if item.done_at is not None]
    assert len(done) == 2


async def test_a_double_tap_on_the_daily_mood_stores_one_checkin(bot: BotHarness) -> None:
    bot.clock.now = WIB_0800 - timedelta(hours=2)
    await finished_journey(bot, 1207)
    rina = bot.user(1207, "Rina")
    await opt_in(bot, 1207, WIB_0800 - timedelta(hours=1))
    await tick(bot, WIB_0800)
    daily = [c for c in rina.sent_to_me() if c.method == "sendMessage"][-1]
    first = await rina.press("3", on=daily)
    assert "Sudah saya catat" in texts(first)[0]
    again = await rina.press("3", on=daily)
    assert not texts(again)  # only the button's short notice
    async with bot.services.store.transaction() as session:
        count = await session.scalar(
            select(func.count()).select_from(MoodCheckin).where(MoodCheckin.user_id == 1207)
        )
    assert count == 1


async def test_a_pending_time_question_never_swallows_a_journey_answer(bot: BotHarness) -> None:
    rina = bot.user(1208, "Rina")
    await rina.send("/gagal")
    for label in ("Ya, saya setuju", "2", "Selesai", "Lewati", "Saya siap lanjut"):
        await rina.press(label)  # step 1 done: the company is asked
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")  # a time is asked
    calls = await rina.send("PT Maju Bersama")
    assert "Untuk posisi apa" in texts(calls)[-1]
    assert (await answers_of(bot, 1208))["company"] == "PT Maju Bersama"
    # The time question gave way; the journey goes on as usual.
    await rina.send("Analis Data")
    assert (await answers_of(bot, 1208))["position"] == "Analis Data"


async def test_a_time_is_still_read_while_a_journey_waits(bot: BotHarness) -> None:
    rina = bot.user(1209, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    calls = await rina.send("jam 7 malam")
    assert "zona waktu" in texts(calls)[0].lower() or "WIB" in calls[-1].button_labels
    assert "company" not in await answers_of(bot, 1209)


async def test_a_time_asked_for_in_a_sentence_turns_the_daily_message_on(
    bot: BotHarness,
) -> None:
    """ "nyalain dong jam 7 pagi" at the /pengingat menu: the time, then the zone once."""
    rina = bot.user(1239, "Rina")
    await rina.send("/pengingat")
    asked = await rina.send("nyalain dong jam 7 pagi")
    assert "zona waktu" in texts(asked)[0] and "belum saya pahami" not in texts(asked)[0]
    done = texts(await rina.press("WIB"))
    assert "setiap hari pukul 07.00 WIB" in done[0]


async def test_a_time_question_alone_asks_again_in_one_line(bot: BotHarness) -> None:
    rina = bot.user(1210, "Rina")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    first = await rina.send("kapan aja deh")
    assert len(texts(first)) == 1 and not first[-1].buttons
    second = await rina.send("terserah")
    assert second[-1].button_labels[:3] == ["06.00", "07.00", "08.00"]
    done = await rina.send("jam 8")
    assert "zona" in " ".join(texts(done)).lower() or "WIB" in done[-1].button_labels


async def test_progres_after_a_pause_names_the_step_it_resumes_at(bot: BotHarness) -> None:
    rina = bot.user(1211, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[:18])  # through step 2: the evaluation is asked
    await rina.send("/batal")
    progress = texts(await rina.send("/progres"))[0]
    assert "langkah 3 dari 5" in progress and "dijeda" in progress


async def test_rencana_shows_the_newest_journeys_plan(bot: BotHarness) -> None:
    await finished_journey(bot, 1212)
    rina = bot.user(1212, "Rina")
    [older] = await rows(bot, Journey, 1212)
    await rina.send("/gagal")  # the first one is finished: a new journey begins
    # A later item on the older journey (as a recruiter's reply turned into a plan does).
    async with bot.services.store.transaction() as session:
        session.add(
            PlanItem(
                journey_id=older.id,
                user_id=1212,
                kind="feedback",
                action="feedback",
                detail="Perdalam SQL",
                due_on=bot.clock.now.date(),
                created_at=bot.clock.now,
            )
        )
    await run_steps(rina, BY_BUTTONS[1:])  # consent is not asked twice
    checklist = only(await rina.send("/rencana"), "sendMessage")
    assert "Perdalam SQL" not in checklist.text


# The whole journey typed the way people chat: slang, particles, words for numbers.
CHATTED = [
    "iya boleh",
    "jelek bgt",
    "kecewa sama malu sih, agak cemas jg",
    "skip",
    "siap lanjut",
    "PT Maju Jaya",
    "analis data",
    "tahap hr",
    "senin lalu",
    "pake nama rina aja",
    "ga tau namanya",
    "nanti aja deh",
    "3 2 4 2 4",
    "gak tau",
    "SQL",
    "hard skill dasar ke menengah",
    "kursus sama proyek",
    "2 minggu lagi",
    "cv sama webinar",
    "3 orang",
]


async def test_a_journey_typed_the_way_people_chat(bot: BotHarness) -> None:
    rina = bot.user(1213, "Rina")
    calls = await rina.send("/gagal")
    for typed in CHATTED:
        calls += await rina.send(typed)
    missed = [t for t in texts(calls) if "Maksud Anda" in t or "belum saya pahami" in t]
    assert missed == []
    assert "Rangkuman perjalanan Anda" in texts(calls)[-1]
    saved = await answers_of(bot, 1213)
    assert saved["stage"] == "hr" and saved["interview_date"] == "2026-11-23"
    assert saved["mood"] == 1 and saved["feelings"] == ["kecewa", "malu", "cemas"]
    assert saved["story"] is None and saved["recruiter_title"] == "unknown"
    assert saved["email_sent"] == "later"
    assert [saved[f"eval_{a}"] for a in ("technical", "communication", "culture")] == [3, 2, 4]
    assert all(saved[key] is None for key in saved if key.endswith("_note"))
    assert (saved["skill_type"], saved["skill_current"], saved["skill_required"]) == (
        "hard",
        "dasar",
        "menengah",
    )
    assert saved["plan_actions"] == ["course", "project"]
    assert saved["plan_deadline"] == "2026-12-09" and saved["strategy"] == ["cv", "event"]
    assert saved["network_count"] == 3
    # "Nanti saja" answered in words sends the email once, not again.
    assert len([c for c in calls if c.method == "sendDocument"]) == 1


async def test_a_mood_in_words_after_mood(bot: BotHarness) -> None:
    rina = bot.user(1214, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("/mood")
    answered = texts(await rina.send("lumayan"))[0]
    assert answered.startswith("Terima kasih sudah berbagi.")
    # Typed in words, the score it was saved as is said.
    assert "Sudah saya catat sebagai 3 dari 5." in answered
    async with bot.services.store.transaction() as session:
        scores = list(
            await session.scalars(select(MoodCheckin.score).where(MoodCheckin.user_id == 1214))
        )
    assert scores == [3]


async def test_times_as_people_type_them_set_the_daily_message(bot: BotHarness) -> None:
    rina = bot.user(1215, "Rina")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    done = texts(await rina.send("20.00 WIB"))[0]
    assert "pukul 20.00 WIB" in done  # the zone named with the time is not asked again
    await rina.send("/pengingat")
    await rina.press("Ubah jam")
    assert "pukul 00.00 WIB" in texts(await rina.send("jam 12 malam"))[0]
    await rina.send("/pengingat")
    await rina.press("Ubah jam")
    assert "pukul 19.30 WIB" in texts(await rina.send("setengah 8 malam"))[0]


def _up_to_feelings() -> list[tuple[str, ...]]:
    return BY_BUTTONS[: BY_BUTTONS.index(("press", "Kecewa"))]


async def test_typed_text_at_the_restart_question_refers_to_it(bot: BotHarness) -> None:
    """The restart question is the latest message with buttons: text that names
    neither choice gets one line naming both, never the journey's older question."""
    rina = bot.user(1220, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    before = await answers_of(bot, 1220)
    offer = only(await rina.send("/gagal"), "sendMessage")
    assert offer.button_labels == ["Lanjutkan yang sebelumnya", "Mulai untuk wawancara lain"]
    [line] = texts(await rina.send("tidak"))
    assert line == (
        "Maksud Anda <b>Lanjutkan yang sebelumnya</b> atau <b>Mulai untuk wawancara lain</b>?"
        " Ketuk tombol yang Anda maksud di atas."
    )
    assert await answers_of(bot, 1220) == before
    # Its buttons still answer it.
    resumed = await rina.press("Lanjutkan yang sebelumnya", on=offer)
    assert "Apa saja yang sedang Anda rasakan" in texts(resumed)[-1]


async def test_typed_text_at_the_restart_question_over_a_paused_journey(
    bot: BotHarness,
) -> None:
    """Paused, the journey reads no text; the restart question on screen still does,
    and the reply never says that no question is waiting."""
    rina = bot.user(1221, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    await rina.send("/batal")
    await rina.press("Tidak usah, terima kasih")
    await rina.send("/gagal")
    [line] = texts(await rina.send("hmm yang mana ya"))
    assert (
        "Lanjutkan yang sebelumnya" in line
        and "tidak ada pertanyaan yang perlu Anda jawab" not in line
    )
    [journey] = await rows(bot, Journey, 1221)
    assert journey.status == "paused"


async def test_skip_words_at_the_feelings_question_mean_done(bot: BotHarness) -> None:
    rina = bot.user(1222, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    calls = texts(await rina.send("lewati"))
    assert "Lega" not in " ".join(calls)  # never offered as what "lewati" meant
    assert "ceritakan apa yang terjadi" in calls[-1]
    assert (await answers_of(bot, 1222))["feelings"] == []


async def test_words_for_rest_pause_the_journey_at_any_question(bot: BotHarness) -> None:
    rina = bot.user(1223, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    await rina.press("Kecewa")
    paused = texts(await rina.send("butuh waktu dulu"))
    assert "ambil waktu yang Anda butuhkan" in paused[-1]
    assert "belum saya pahami" not in " ".join(paused)
    await rina.press("Tidak usah, terima kasih")
    [journey] = await rows(bot, Journey, 1223)
    assert journey.status == "paused" and journey.prompt == "feelings"
    # Back where it stopped, with the feeling already ticked.
    resumed = await rina.send("/lanjut")
    assert "✅ Kecewa" in only(resumed[-1:], "sendMessage").button_labels
    # A typed answer that only mentions rest is an answer, not a pause.
    await rina.press("Selesai")
    await rina.send("Saya butuh waktu untuk menerima semua ini.")
    assert (await answers_of(bot, 1223))["story"] == "Saya butuh waktu untuk menerima semua ini."


async def test_typed_text_at_the_invitation_question_while_pausing_is_read(
    bot: BotHarness,
) -> None:
    """/batal asks whether to invite the person back; the journey is paused, but that
    question is on screen: text is read against it, never "no question is waiting"."""
    rina = bot.user(1224, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    await rina.send("/batal")
    [line] = texts(await rina.send("hmm gimana ya"))
    assert "tidak ada pertanyaan yang perlu Anda jawab" not in line
    assert "belum saya pahami" in line or "Maksud Anda" in line
    done = texts(await rina.send("besok aja"))
    assert "Saya akan menyapa Anda pada" in done[-1]
    [journey] = await rows(bot, Journey, 1224)
    assert journey.status == "paused" and journey.invite_at is not None


async def test_feelings_written_in_a_sentence_are_the_answer(bot: BotHarness) -> None:
    """ "kecewa sm malu bgt, udah nunggu 2 minggu" at the feelings question names two
    of them: that is the answer, not "belum saya pahami"."""
    rina = bot.user(1230, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    said = texts(await rina.send("kecewa sm malu bgt, udah nunggu 2 minggu"))
    assert "ceritakan apa yang terjadi" in said[-1]
    assert (await answers_of(bot, 1230))["feelings"] == ["kecewa", "malu"]


async def test_a_feeling_typed_after_taps_adds_to_them(bot: BotHarness) -> None:
    """Typed after a tap, a feeling is the answer with what was tapped; typing one
    already ticked never unticks it."""
    rina = bot.user(1231, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    feelings = rina.last_keyboard_message()
    await rina.press("Sedih", on=feelings)
    said = texts(await rina.send("sedih"))
    assert "ceritakan apa yang terjadi" in said[-1]
    assert (await answers_of(bot, 1231))["feelings"] == ["sedih"]


async def test_step_one_names_the_feelings_the_story_tells(bot: BotHarness) -> None:
    """Nothing tapped, but the story says "sedih bgt sm kecewa": step 1's answer names
    them; a feeling the story negates is not named."""
    rina = bot.user(1232, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    await rina.send("lewati")
    said = texts(await rina.send("sedih bgt sm kecewa, ga marah sih, hrd nya 3 minggu diem aja"))
    assert "Rasa sedih dan kecewa itu wajar" in said[0]
    assert "marah" not in said[0]


async def test_a_rejection_email_pasted_at_the_feelings_is_heard_as_the_story(
    bot: BotHarness,
) -> None:
    """The rejection email pasted where feelings are asked is what happened: kept as the
    story, answered as one, never "pilihan itu belum saya pahami" nor asked for again."""
    rina = bot.user(1236, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    pasted = (
        "Dear Rina, terima kasih atas waktu dan minat Anda pada posisi Analis Data. "
        "Setelah pertimbangan yang matang, kami memutuskan untuk melanjutkan dengan "
        "kandidat lain."
    )
    said = texts(await rina.send(pasted))
    assert "belum saya pahami" not in " ".join(said)
    assert "Terima kasih sudah bercerita." in said[-1]
    assert "ceritakan apa yang terjadi" not in " ".join(said)
    assert "Saya siap lanjut" in rina.last_keyboard_message().button_labels
    answers = await answers_of(bot, 1236)
    assert answers["story"] == pasted and answers["feelings"] == []


async def test_a_long_story_at_the_feelings_ticks_what_it_names_and_keeps_the_rest(
    bot: BotHarness,
) -> None:
    rina = bot.user(1237, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    feelings = rina.last_keyboard_message()
    await rina.press("Cemas", on=feelings)
    story = "kecewa bgt sih, udah sampe tahap akhir padahal aku udah latihan seminggu"
    said = texts(await rina.send(story))
    assert "Rasa cemas dan kecewa" in said[-1]
    answers = await answers_of(bot, 1237)
    assert answers["feelings"] == ["cemas", "kecewa"] and answers["story"] == story


async def test_a_question_at_the_feelings_is_answered_as_a_question(bot: BotHarness) -> None:
    """ "gmn cara ngelewatin ini?" is no unreadable choice: it is heard, the question
    stays; one about the options themselves is told it need not be exact."""
    rina = bot.user(1238, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, _up_to_feelings())
    [line] = texts(await rina.send("gmn cara ngelewatin ini?"))
    assert "pertanyaan yang wajar" in line and "belum saya pahami" not in line
    [line] = texts(await rina.send("apa bedanya ragu sama cemas?"))
    assert line.startswith("Tidak harus tepat") and "belum saya pahami" not in line
    [line] = texts(await rina.send("duh aku harus pilih yang mana dulu"))
    assert line.startswith("Tidak harus tepat") and "bercerita" not in line
    answers = await answers_of(bot, 1238)
    assert "story" not in answers and not answers.get("feelings")
    said = texts(await rina.send("kecewa"))
    assert "ceritakan apa yang terjadi" in said[-1]


async def test_thanks_and_hello_get_a_reply_in_kind(bot: BotHarness) -> None:
    """Nothing waiting: "makasih ya" is answered "Sama-sama", "halo bot" with a hello,
    not "tidak ada pertanyaan yang perlu Anda jawab"."""
    rina = bot.user(1233, "Rina")
    [thanks] = texts(await rina.send("makasih ya"))
    assert (
        thanks.startswith("Sama-sama.")
        and "tidak ada pertanyaan yang perlu Anda jawab" not in thanks
    )
    [hello] = texts(await rina.send("halo bot"))
    assert hello.startswith("Halo!") and "/gagal" in hello


async def test_text_under_the_plan_checklist_gets_an_example_to_type(bot: BotHarness) -> None:
    await finished_journey(bot, 1234)
    rina = bot.user(1234, "Rina")
    checklist = only(await rina.send("/rencana"), "sendMessage")
    first = checklist.button_labels[0].lstrip("⬜✅ ")
    [line] = texts(await rina.send("hmm yang mana ya"))
    assert f"misalnya <i>{first}</i>" in line and "⬜" not in line
    await rina.send(first)
    done = [item for item in await rows(bot, PlanItem, 1234) if item.done_at is not None]
    assert len(done) == 1


async def test_an_item_said_done_in_a_sentence_is_ticked(bot: BotHarness) -> None:
    """ "udah selesai latihan wawancara" under /rencana ticks that item; said again once it
    is ticked, it never unticks it."""
    await finished_journey(bot, 1243)
    rina = bot.user(1243, "Rina")
    checklist = only(await rina.send("/rencana"), "sendMessage")
    first = checklist.button_labels[0].lstrip("⬜✅ ")
    await rina.send(f"udah selesai {first.lower()} dong")
    done = [item for item in await rows(bot, PlanItem, 1243) if item.done_at is not None]
    assert len(done) == 1
    await rina.send(f"udah selesai {first.lower()}")
    done = [item for item in await rows(bot, PlanItem, 1243) if item.done_at is not None]
    assert len(done) == 1


async def test_the_time_question_can_be_left_as_it_says(bot: BotHarness) -> None:
    """ "Jika tidak jadi, abaikan saja": "ga jadi deh" (or "makasih") leaves it, nothing
    changed, instead of "jam itu belum terbaca" again and again."""
    rina = bot.user(1235, "Rina")
    await rina.send("/pengingat")
    await rina.press("Nyalakan pesan harian")
    [left] = texts(await rina.send("ga jadi deh"))
    assert "tidak saya ubah" in left and "belum terbaca" not in left
    [after] = texts(await rina.send("halo"))
    assert "belum terbaca" not in after
    assert (await user_row(bot, 1235)) is not None
    user = await user_row(bot, 1235)
    assert user is not None and not user.reminder_enabled


async def test_venting_with_nothing_asked_is_heard_and_offered_company(bot: BotHarness) -> None:
    """ "capek ditolak terus" under /start's buttons is no wrong answer to a menu."""
    dewi = bot.user(1240, "Dewi")
    await dewi.send("/start")
    calls = await dewi.send("capek ditolak terus")
    [heard] = texts(calls)
    assert heard.startswith("Terima kasih sudah bercerita.") and "belum saya pahami" not in heard
    assert only(calls, "sendMessage").button_labels == ["Mulai pendampingan"]
    # What the person goes on to tell is heard too, never "belum saya pahami".
    more = await dewi.send("udah 15 kali lamar ga ada yg nyangkut")
    [heard_more] = texts(more)
    assert heard_more.startswith("Terima kasih sudah menceritakannya.")
    assert only(more, "sendMessage").button_labels == ["Mulai pendampingan"]
    [answered] = texts(await dewi.send("gimana caranya biar ga ditolak terus?"))
    assert answered.startswith("Pendampingan ini bisa membantu, langkah demi langkah")
    started = texts(await dewi.press("Mulai pendampingan"))
    assert any("menyimpan" in text for text in started)  # the journey's consent question
    assert len(await rows(bot, Journey, 1240)) == 1


async def test_distress_with_nothing_asked_gets_the_check_in_alone(bot: BotHarness) -> None:
    """Two thanks in a row, and a new button that a typed "1" would press, are too much."""
    dewi = bot.user(1241, "Dewi")
    calls = await dewi.send("rasanya hancur banget")
    [checkin] = texts(calls)
    assert "tidak perlu terburu-buru" in checkin and "Mulai pendampingan" not in checkin


async def test_after_the_check_in_other_text_is_not_told_to_tap_the_exercise(
    bot: BotHarness,
) -> None:
    dewi = bot.user(1242, "Dewi")
    await dewi.send("gak ada harapan lagi rasanya")
    [line] = texts(await dewi.send("hp saya mati, baru nyala"))
    assert "Ketuk salah satu tombol di atas" not in line
    [bye] = texts(await dewi.send("udah dulu ya"))
    assert bye.startswith("Baik, sampai nanti.")


async def test_a_time_and_a_city_in_one_message_set_both(bot: BotHarness) -> None:
    """ "ganti jadi jam 9 malem aja, aku di makassar btw" at /pengingat, while it is off:
    21.00 WITA, the zone never asked."""
    rina = bot.user(1244, "Rina")
    await rina.send("/pengingat")
    [done] = texts(await rina.send("ganti jadi jam 9 malem aja, aku di makassar btw"))
    assert "setiap hari pukul 21.00 WITA" in done
