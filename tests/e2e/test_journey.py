"""The journey through the real Application: /gagal to the recap, by buttons and by
typing, across restarts, for several users at once, and with bad input at every kind
of prompt."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bot.db.models import Answer, Journey, PlanItem, User
from bot.local_api import ApiCall
from conversations.summary import EVAL_AREAS
from tests.harness import BotHarness, UserSession, only, texts
from tests.telegram_html import html_problems

# Steps a person may leave out: a second feeling, a second plan action, the contact
# details for the email (three inputs), and the follow-up asked after a sent email.
SIDE_TRIPS = (
    "Cemas",
    "Proyek portofolio",
    "Tambah nomor dan LinkedIn",
    "0812-3456-7890",
    "linkedin.com/in/rina",
    "Ya, boleh",
)
RATINGS = (
    ("Teknis", "2"),
    ("Komunikasi", "4"),
    ("Budaya", "3"),
    ("Riset", "2"),
    ("Pertanyaan", "5"),
)

# Tapping wherever there is a button; typing only names, dates and the story.
BY_BUTTONS: list[tuple[str, ...]] = [
    ("press", "Ya, saya setuju"),
    ("press", "2"),
    ("press", "Kecewa"),
    ("press", "Cemas"),
    ("press", "Selesai"),
    ("send", "Saya sudah berusaha keras."),
    ("press", "Saya siap lanjut"),
    ("send", "PT Maju <Jaya>"),
    ("send", "Analis Data"),
    ("press", "Tes atau wawancara teknis"),
    ("send", "20/11/2026"),
    ("press", "Pakai nama Rina"),
    ("send", "Ibu Sari Wulandari"),
    ("press", "Tambah nomor dan LinkedIn"),
    ("send", "0812-3456-7890"),
    ("send", "linkedin.com/in/rina"),
    ("press", "Sudah saya kirim"),
    ("press", "Ya, boleh"),
    *[("cell", row, rating) for row, rating in RATINGS],
    ("press", "Lewati"),
    ("send", "analisis data"),
    ("press", "Teknis: dasar → menengah"),
    ("press", "Kursus daring"),
    ("press", "Proyek portofolio"),
    ("press", "2 minggu"),
    ("press", "Perbarui CV dan lamaran"),
    ("press", "5"),
]

# Consent and step 1: the interview's details come after it.
THROUGH_STEP_ONE = BY_BUTTONS[: BY_BUTTONS.index(("press", "Saya siap lanjut")) + 1]
STEP_ONE = THROUGH_STEP_ONE[1:]

# Typing everything, the way people write.
BY_TYPING: list[str] = [
    "iya",
    "4",
    "kecewa, ragu",
    "lewati",
    "siap lanjut",
    "PT Sinar",
    "Desainer Produk",
    "sama calon atasan",
    "kemarin",
    "Budi Santoso",
    "tim rekrutmen aja",
    "nanti saja",
    "2 4 3 1 5",
    "Saya kurang riset budaya.",
    "presentasi",
    "nonteknis dasar ke mahir",
    "latihan wawancara sama rekam diri",
    "31/12/2026",
    "cv sama webinar",
    "10",
]


async def run_steps(user: UserSession, steps: list[tuple[str, ...]]) -> list[ApiCall]:
    calls: list[ApiCall] = []
    for action, *values in steps:
        if action == "press":
            calls += await user.press(values[0])
        elif action == "cell":
            calls += await user.press(values[1], row=values[0])
        else:
            calls += await user.send(values[0])
    return calls


async def rows(bot: BotHarness, model: Any, user_id: int) -> list[Any]:
    async with bot.services.store.transaction() as session:
        return list(await session.scalars(select(model).where(model.user_id == user_id)))


async def answers_of(bot: BotHarness, user_id: int) -> dict[str, Any]:
    return {row.prompt: row.value for row in await rows(bot, Answer, user_id)}


def assert_valid_html(calls: list[ApiCall]) -> None:
    for call in calls:
        if call.method in {"sendMessage", "editMessageText"}:
            assert html_problems(call.text) == [], call.text[:200]
            assert len(call.text) <= 4096


async def test_whole_journey_by_buttons(bot: BotHarness) -> None:
    rina = bot.user(501, "Rina")
    first = await rina.send("/gagal")
    assert "ikut sedih mendengar" in texts(first)[0]
    calls = first + await run_steps(rina, BY_BUTTONS)
    assert_valid_html(calls)

    # The email is shown again once the contact details are added: the latest counts.
    email_message = [t for t in texts(calls) if "Permohonan Umpan Balik" in t][-1]
    assert (
        "Subjek: Terima Kasih dan Permohonan Umpan Balik \u2014 Rina untuk Posisi Analis Data"
        in email_message
    )
    assert "Yth. Ibu Sari Wulandari," in email_message
    assert "PT Maju &lt;Jaya&gt;" in email_message and "0812-3456-7890" in email_message
    assert "https://linkedin.com/in/rina" in email_message
    document = [call for call in calls if call.method == "sendDocument"][-1]
    filename, content = next(iter(document.files.values()))
    assert filename.endswith(".txt")
    body = content.decode()
    assert (
        "tentang PT Maju <Jaya> dan bertemu" in body
        and "jika Ibu berkenan meluangkan waktu" in body
    )

    recap = texts(calls)[-1]
    assert "Rangkuman perjalanan Anda, Rina" in recap
    assert (
        "Analis Data di PT Maju &lt;Jaya&gt;, tes atau wawancara teknis, 20 November 2026" in recap
    )
    assert "2 (buruk)" in recap and "kecewa dan cemas" in recap
    assert "pertanyaan teknis/studi kasus serta riset perusahaan dan posisi" in recap
    assert "analisis data (keterampilan teknis), dari tingkat dasar menuju menengah" in recap
    assert "Hubungi 5 orang di bidang Anda lewat LinkedIn" in recap
    assert "Anda lewati" not in recap  # nothing was skipped but the note

    saved = await answers_of(bot, 501)
    assert saved["company"] == "PT Maju <Jaya>" and saved["mood"] == 2
    assert saved["feelings"] == ["kecewa", "cemas"] and saved["email_sent"] == "sent"
    assert saved["eval_research"] == 2 and saved["eval_technical_note"] is None
    [journey] = await rows(bot, Journey, 501)
    assert journey.status == "finished" and journey.finished_at is not None
    assert (journey.company, journey.position) == ("PT Maju <Jaya>", "Analis Data")
    plan = await rows(bot, PlanItem, 501)
    assert [(p.kind, p.action) for p in plan] == [
        ("hard", "course"),
        ("hard", "project"),
        ("strategy", "cv"),
        ("strategy", "network"),
    ]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 501)
    assert user is not None and user.consent_feelings is True and user.consent_at is not None


async def test_whole_journey_by_typing_only(bot: BotHarness) -> None:
    budi = bot.user(502, "Budi")
    calls = await budi.send("/gagal")
    for typed in BY_TYPING:
        calls += await budi.send(typed)
    assert_valid_html(calls)
    assert not [t for t in texts(calls) if "belum saya pahami" in t or "Maksud Anda" in t]
    email_message = next(t for t in texts(calls) if "Permohonan Umpan Balik" in t)
    assert "Yth. Tim Rekrutmen PT Sinar," in email_message
    assert "jika Bapak/Ibu berkenan meluangkan waktu" in email_message
    recap = texts(calls)[-1]
    assert "Desainer Produk di PT Sinar, wawancara dengan calon atasan, 24 November" in recap
    assert "Belum dikirim" in recap and "menyiapkan email permintaan umpan balik" in recap
    assert "presentasi (keterampilan nonteknis), dari tingkat dasar menuju mahir" in recap
    assert "31 Desember 2026" in recap and "Anda memilih tidak bercerita" in recap
    saved = await answers_of(bot, 502)
    assert [saved[f"eval_{a}"] for a in EVAL_AREAS] == [2, 4, 3, 1, 5]
    assert saved["eval_research_note"] == "Saya kurang riset budaya."
    assert saved["plan_actions"] == ["mock_interview", "record_yourself"]
    assert saved["strategy"] == ["cv", "event"] and saved["network_count"] == 10


async def test_the_clean_path_is_at_most_25_inputs(bot: BotHarness) -> None:
    """From /gagal to the recap by tapping wherever there is a button (one feeling, no
    story, the email for later), and by typing everything."""
    tapped = [step for step in BY_BUTTONS if step[1] not in SIDE_TRIPS]
    tapped[tapped.index(("press", "Sudah saya kirim"))] = ("press", "Nanti saja")
    tapped[tapped.index(("send", "Saya sudah berusaha keras."))] = ("press", "Lewati")
    assert len(tapped) <= 25 and len(BY_TYPING) <= 25, (len(tapped), len(BY_TYPING))
    rina = bot.user(519, "Rina")
    await rina.send("/gagal")
    calls = await run_steps(rina, tapped)
    assert "Rangkuman perjalanan Anda" in texts(calls)[-1]
    assert not [t for t in texts(calls) if "Maksud Anda" in t or "belum saya pahami" in t]


async def test_a_restart_mid_journey_resumes_at_the_same_prompt(bot: BotHarness) -> None:
    rina = bot.user(503, "Rina")
    await rina.send("/gagal")
    until_date = BY_BUTTONS.index(("send", "20/11/2026"))
    await run_steps(rina, BY_BUTTONS[:until_date])  # up to the stage; the date is pending
    await bot.restart()

    resumed = await rina.send("/lanjut")
    assert "Kapan wawancaranya berlangsung" in texts(resumed)[-1]
    assert only(resumed, "sendMessage").button_labels == ["Hari ini", "Kemarin", "Lewati"]
    await run_steps(rina, BY_BUTTONS[until_date:])
    [journey] = await rows(bot, Journey, 503)
    assert journey.status == "finished"


async def test_a_button_pressed_before_a_restart_still_works(bot: BotHarness) -> None:
    rina = bot.user(504, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT A")
    await rina.send("Analis")
    await bot.restart()
    calls = await rina.press("Wawancara akhir")
    assert "Kapan wawancaranya" in texts(calls)[-1]


async def test_two_users_interleaved_never_see_each_others_data(bot: BotHarness) -> None:
    rina, budi = bot.user(505, "Rina"), bot.user(506, "Budi")
    await rina.send("/gagal")
    await budi.send("/gagal")
    await rina.press("Ya, saya setuju")
    await budi.press("Tidak, jangan simpan")
    await run_steps(rina, STEP_ONE)
    await run_steps(
        budi,
        [("press", "2"), ("press", "Selesai"), ("press", "Lewati"), ("press", "Saya siap lanjut")],
    )
    await rina.send("PT Rina")
    await budi.send("PT Budi")
    await rina.send("Posisi Rina")
    await budi.send("Posisi Budi")
    # Budi presses a button of Rina's message: it is not his.
    rina_stage = rina.last_keyboard_message()
    forged = budi.factory.callback(rina_stage.buttons[0][0]["callback_data"], rina_stage.result)
    calls = await bot.feed(forged)
    assert "milik percakapan orang lain" in only(calls, "answerCallbackQuery").params["text"]
    assert texts(calls) == []
    for call in bot.api.calls:
        if call.chat_id == 506:
            assert "Rina" not in call.text
        if call.chat_id == 505:
            assert "Budi" not in call.text
    assert (await answers_of(bot, 505))["company"] == "PT Rina"
    assert (await answers_of(bot, 506))["company"] == "PT Budi"


async def test_without_consent_no_feelings_are_stored(bot: BotHarness) -> None:
    sari = bot.user(507, "Sari")
    await sari.send("/gagal")
    await sari.press("Tidak, jangan simpan")
    await sari.press("1 · Sangat buruk")
    # The feelings are still asked: the ticks live on the message, not in the database.
    await sari.press("Kecewa")
    ticked = await sari.press("Malu")
    assert ticked_labels(ticked) == ["✅ Kecewa", "✅ Malu"]
    assert "feelings" not in await answers_of(bot, 507)
    unticked = await sari.press("✅ Kecewa")
    assert ticked_labels(unticked) == ["✅ Malu"]
    await sari.press("Cemas")
    named = await sari.press("Selesai")
    assert "Wajar jika Anda merasa cemas dan malu setelah" in texts(named)[-1]
    story = await sari.send("Hari ini berat sekali.")
    assert "Terima kasih sudah bercerita" in texts(story)[-1]
    await sari.press("Saya siap lanjut")
    for text in ("PT X", "Analis"):
        await sari.send(text)
    saved = await answers_of(bot, 507)
    assert "mood" not in saved and "story" not in saved and "feelings" not in saved
    assert saved["company"] == "PT X"
    assert all(not row.is_feeling for row in await rows(bot, Answer, 507))


def ticked_labels(calls: list[ApiCall]) -> list[str]:
    return [label for label in calls[-1].button_labels if label.startswith("✅")]


async def test_bad_input_at_each_kind_of_prompt_keeps_everything(bot: BotHarness) -> None:
    rina = bot.user(508, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    sticker = {
        "file_id": "s",
        "file_unique_id": "u",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    # A text prompt: a sticker, blank text, an over-long name; each costs one line.
    calls = await rina.send_content(sticker=sticker)
    assert ["hanya bisa membaca pesan teks" in text for text in texts(calls)] == [True]
    calls = await rina.send("   ")
    assert ["kosong" in text for text in texts(calls)] == [True]
    calls = await rina.send("A" * 4096)
    assert ["paling banyak 100 karakter" in text for text in texts(calls)] == [True]
    await rina.send("PT <b>Tebal</b>")
    # A choice prompt: free text that is not an option; the second miss brings the buttons.
    await rina.send("Analis")
    calls = await rina.send("tahap ketiga")
    assert ["Ketuk salah satu tombol" in text for text in texts(calls)] == [True]
    assert only(calls, "sendMessage").buttons == []
    calls = await rina.send("yang paling susah")
    assert only(calls, "sendMessage").button_labels[0] == "Tes atau wawancara teknis"
    # A voice note at a choice prompt.
    calls = await rina.send_content(voice={"file_id": "v", "file_unique_id": "vu", "duration": 3})
    assert "hanya bisa membaca pesan teks" in texts(calls)[0]
    saved = await answers_of(bot, 508)
    assert saved["company"] == "PT <b>Tebal</b>" and saved["position"] == "Analis"
    assert "stage" not in saved
    stage_prompt = texts(await rina.send("/lanjut"))[-1]
    assert "Sampai tahap mana" in stage_prompt


async def test_an_old_button_from_a_previous_prompt_changes_nothing(bot: BotHarness) -> None:
    rina = bot.user(509, "Rina")
    await rina.send("/gagal")
    consent_message = rina.last_keyboard_message()
    await rina.press("Ya, saya setuju")
    calls = await rina.press("Tidak, jangan simpan", on=consent_message)
    assert "tidak berlaku" in only(calls, "answerCallbackQuery").params["text"]
    assert texts(calls) == []
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 509)
    assert user is not None and user.consent_feelings is True


async def test_a_redelivered_answer_is_applied_once_and_the_prompt_resent(
    bot: BotHarness,
) -> None:
    rina = bot.user(510, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT Satu")
    again = await rina.redeliver()
    assert "Untuk posisi apa" in texts(again)[-1]
    pressed = await rina.send("Analis")
    await rina.press("Wawancara rekrutmen (HR)")
    assert pressed
    replay = await rina.redeliver()  # the press of the stage again
    assert "Kapan wawancaranya" in texts(replay)[-1]
    async with bot.services.store.transaction() as session:
        count = await session.scalar(
            select(func.count()).select_from(Answer).where(Answer.user_id == 510)
        )
    # consent, mood, feelings, story, ready, company, position, stage: nothing twice
    assert count == 8


async def test_pause_invite_and_resume(bot: BotHarness) -> None:
    rina = bot.user(511, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("3")
    paused = await rina.send("/batal")
    assert "Bolehkah saya menyapa Anda lagi" in texts(paused)[-1]
    answer = await rina.press("Ya, besok pukul 08.00 WIB")
    assert "pada Kamis, 26 November 2026 pukul 08.00 WIB" in texts(answer)[-1]
    [journey] = await rows(bot, Journey, 511)
    assert journey.status == "paused" and journey.invite_at is not None
    assert journey.invite_at.isoformat() == "2026-11-26T01:00:00+00:00"  # 08.00 WIB
    idle = await rina.send("halo")
    assert "/lanjut" in texts(idle)[0]
    resumed = await rina.send("/lanjut")
    assert "Selamat datang kembali" in texts(resumed)[0]
    assert "Apa saja yang sedang Anda rasakan" in texts(resumed)[-1]


async def test_the_invitation_back_can_take_the_pause_back(bot: BotHarness) -> None:
    """Changed their mind at the invitation: "Lanjut sekarang saja" asks the question the
    pause stopped at, with no invitation stored."""
    rina = bot.user(513, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("3")
    paused = await rina.send("/batal")
    assert paused[-1].button_labels[-1] == "Lanjut sekarang saja"
    resumed = texts(await rina.press("Lanjut sekarang saja"))
    assert "Apa saja yang sedang Anda rasakan" in resumed[-1]
    [journey] = await rows(bot, Journey, 513)
    assert journey.status == "active" and journey.invite_at is None


async def test_needing_time_after_step_one_pauses_with_the_invitation(bot: BotHarness) -> None:
    rina = bot.user(512, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE[:-1])
    await rina.press("Saya butuh waktu dulu")
    done = await rina.press("Tidak usah, terima kasih")
    assert "tidak akan mengirim pesan" in texts(done)[-1]
    [journey] = await rows(bot, Journey, 512)
    assert journey.status == "paused" and journey.invite_at is None
    assert journey.invite_answered_at is not None
    resumed = await rina.send("/lanjut")
    # Step 2 begins with its introduction, then the first detail the email needs.
    assert "Langkah 2 dari 5" in texts(resumed)[-1]
    assert "Di perusahaan mana" in texts(resumed)[-1]


async def test_gagal_again_offers_to_continue_or_start_another(bot: BotHarness) -> None:
    rina = bot.user(513, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT Lama")
    offer = await rina.send("/gagal")
    assert "belum selesai" in texts(offer)[0]
    assert only(offer, "sendMessage").button_labels == [
        "Lanjutkan yang sebelumnya",
        "Mulai untuk wawancara lain",
    ]
    fresh = await rina.press("Mulai untuk wawancara lain")
    assert "Bagaimana perasaan Anda" in texts(fresh)[-1]  # consent is not asked twice
    journeys = sorted(await rows(bot, Journey, 513), key=lambda j: j.id)
    assert [j.status for j in journeys] == ["abandoned", "active"]


async def test_progress_email_and_plan_commands(bot: BotHarness) -> None:
    rina = bot.user(514, "Rina")
    assert "tidak ada perjalanan" in texts(await rina.send("/progres"))[0]
    # With no journey open, nothing points to /lanjut.
    [no_email] = texts(await rina.send("/email"))
    assert "belum punya email" in no_email and "/gagal" in no_email
    assert "/lanjut" not in no_email
    [no_plan] = texts(await rina.send("/rencana"))
    assert "belum punya rencana" in no_plan and "/lanjut" not in no_plan
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[:12])
    assert "/lanjut untuk meneruskan" in texts(await rina.send("/rencana"))[0]
    progress = texts(await rina.send("/progres"))[0]
    assert "langkah 2 dari 5: Minta umpan balik" in progress
    await run_steps(rina, BY_BUTTONS[12:])
    email = await rina.send("/email")
    assert "Yth. Ibu Sari Wulandari" in texts(email)[0]
    assert only(email, "sendDocument")
    plan = await rina.send("/rencana")
    checklist = only(plan, "sendMessage")
    # The checklist has each item's whole line; its button a short form that fits.
    assert "⬜ Ikuti kursus daring tentang analisis data (target" in checklist.text
    assert checklist.button_labels[0] == "⬜ Kursus analisis data"
    assert all(len(label) <= 32 for label in checklist.button_labels)
    toggled = await rina.press("⬜ Kursus analisis data")
    edit = only(toggled, "editMessageText")
    assert edit.button_labels[0] == "✅ Kursus analisis data"
    assert "Yang sudah selesai: 1 dari 4 butir" in edit.text
    items = sorted(await rows(bot, PlanItem, 514), key=lambda p: p.id)
    assert items[0].done_at is not None and items[1].done_at is None
    await rina.press("✅ Kursus analisis data")
    items = sorted(await rows(bot, PlanItem, 514), key=lambda p: p.id)
    assert items[0].done_at is None
    assert "Kelima langkah sudah Anda selesaikan" in texts(await rina.send("/progres"))[0]


async def test_typed_numbers_mean_numbers_where_the_buttons_are_numbers(
    bot: BotHarness,
) -> None:
    rina = bot.user(515, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[:-1])  # up to the networking question
    done = await rina.send("2")  # buttons are 1, 3, 5, 10: "2" is two people
    assert "Hubungi 2 orang di bidang Anda lewat LinkedIn" in texts(done)[-1]


async def test_several_options_can_be_typed_by_their_labels(bot: BotHarness) -> None:
    rina = bot.user(516, "Rina")
    await rina.send("/gagal")
    steps = BY_BUTTONS[: BY_BUTTONS.index(("press", "Kursus daring"))]
    await run_steps(rina, steps)
    calls = await rina.send("Kursus daring, Proyek portofolio")
    ticked = [label for label in calls[-1].button_labels if label.startswith("✅")]
    assert ticked == ["✅ Kursus daring", "✅ Proyek portofolio"]
    assert (await answers_of(bot, 516))["plan_actions"] == ["course", "project"]
    await rina.send("2 minggu lagi")
    assert (await answers_of(bot, 516))["plan_deadline"] == "2026-12-09"


async def test_a_button_of_an_earlier_prompt_is_not_live_at_a_text_prompt(
    bot: BotHarness,
) -> None:
    rina = bot.user(517, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT Satu")
    await rina.send("Analis")
    stage = rina.last_keyboard_message()
    await rina.send("hr")  # typed; the date question has its own buttons
    await rina.send("20/11/2026")  # typed; the sender's name follows
    calls = await rina.press("Wawancara rekrutmen (HR)", on=stage)
    assert "tidak berlaku" in only(calls, "answerCallbackQuery").params["text"]


async def test_a_second_journey_question_shows_no_none(bot: BotHarness) -> None:
    rina = bot.user(518, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT Maju")
    offer = texts(await rina.send("/gagal"))[0]
    progress = texts(await rina.send("/progres"))[0]
    assert "None" not in offer and "None" not in progress
    assert "untuk wawancara di PT Maju" in offer


async def test_a_typo_in_the_email_can_be_corrected_from_email(bot: BotHarness) -> None:
    rina = bot.user(520, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)
    await rina.send("/email")
    await rina.press("Ubah isi email")
    fields = rina.last_keyboard_message().button_labels
    assert fields == ["Nama Anda", "Penerima", "Perusahaan", "Posisi", "Nomor telepon", "LinkedIn"]
    await rina.press("Posisi")
    refused = await rina.send("x" * 150)
    assert ["paling banyak 100 karakter" in t for t in texts(refused)] == [True]
    fixed = await rina.send("Analis Data Senior")
    email = [t for t in texts(fixed) if "Permohonan Umpan Balik" in t][-1]
    assert "Posisi Analis Data Senior" in email
    changed = (
        "Baik, posisinya saya ubah menjadi <b>Analis Data Senior</b>; email di atas sudah "
        "memakai isi yang baru."
    )
    assert f"{changed}\n\nAda yang perlu" in texts(fixed)[-1]
    assert (await answers_of(bot, 520))["position"] == "Analis Data Senior"
    [journey] = await rows(bot, Journey, 520)
    assert journey.position == "Analis Data Senior"
    # A number can be taken out again, and the recipient becomes the team.
    await rina.press("Ubah isi email")
    await rina.press("Nomor telepon")
    removed = await rina.send("hapus")
    assert "0812-3456-7890" not in [t for t in texts(removed) if "Hormat saya" in t][-1]
    await rina.press("Ubah isi email")
    await rina.press("Penerima")
    team = await rina.send("tim rekrutmen")
    assert "Yth. Tim Rekrutmen PT Maju &lt;Jaya&gt;," in texts(team)[0]
    assert texts(team)[-1].startswith("Baik, email di atas kini ditujukan kepada tim rekrutmen.")
    # The next text is an answer to nothing in particular again.
    idle = await rina.send("halo")
    assert "Permohonan Umpan Balik" not in " ".join(texts(idle))


async def test_step_one_names_what_made_the_rejection_heavier(bot: BotHarness) -> None:
    rina = bot.user(530, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, [("press", "Ya, saya setuju"), ("press", "2"), ("press", "Selesai")])
    ready = texts(await rina.send("padahal udah sampe tahap akhir, tinggal selangkah lagi"))[-1]
    assert ready.startswith(
        "Terima kasih sudah bercerita. Sampai ke tahap akhir lalu tidak lolos memang terasa "
        "lebih berat"
    )
    # Its words are not quoted back.
    assert "selangkah" not in ready


async def test_step_one_names_no_feeling_the_person_did_not_name(bot: BotHarness) -> None:
    rina = bot.user(531, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, [("press", "Ya, saya setuju"), ("press", "2"), ("press", "Kecewa")])
    await rina.press("Selesai")
    ready = texts(await rina.send("sempet nangis pas baca emailnya"))[-1]
    assert "Rasa kecewa itu wajar" in ready and "sedih" not in ready
    # Without consent the ticks were named at the story question; step 1's answer does
    # not list only the ones the story repeats.
    sari = bot.user(532, "Sari")
    await sari.send("/gagal")
    await run_steps(sari, [("press", "Tidak, jangan simpan"), ("press", "2"), ("press", "Sedih")])
    await sari.press("Lelah")
    named = texts(await sari.press("Selesai"))[-1]
    assert "Wajar jika Anda merasa sedih dan lelah setelah" in named
    ready = texts(await sari.send("capek banget rasanya"))[-1]
    assert "Rasa lelah" not in ready


async def test_an_email_detail_is_corrected_where_the_person_notices_it(bot: BotHarness) -> None:
    rina = bot.user(540, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT Maju")
    # At the position question, the company's typo: corrected, the question asked again.
    fixed = texts(await rina.send("eh salah, perusahaannya PT Maju Jaya"))
    assert fixed[0] == "Baik, nama perusahaannya saya ubah menjadi <b>PT Maju Jaya</b>."
    assert "posisi" in fixed[1]
    assert (await answers_of(bot, 540))["company"] == "PT Maju Jaya"
    assert "position" not in await answers_of(bot, 540)
    # Without naming it, a correcting word means the latest detail given.
    await rina.send("Analis")
    await rina.send("yg bener Analis Data")
    answers = await answers_of(bot, 540)
    assert answers["position"] == "Analis Data" and answers["company"] == "PT Maju Jaya"
    [journey] = await rows(bot, Journey, 540)
    assert (journey.company, journey.position) == ("PT Maju Jaya", "Analis Data")
    # "salah ketik" alone asks what to correct; nothing is saved from it.
    which = texts(await rina.send("salah ketik"))
    assert which == [
        "Baik, bagian mana yang perlu diperbaiki? Tulis bagian itu dan isi yang benarnya "
        "dalam satu pesan, misalnya <i>ralat, perusahaannya PT Maju Jaya</i>."
    ]
    assert "stage" not in await answers_of(bot, 540)
    # A complaint about the company is no correction and no name.
    await rina.press("Wawancara rekrutmen (HR)")
    await rina.send("kemarin")
    await rina.press("Pakai nama Rina")
    judged = texts(await rina.send("hrdnya jutek bgt"))
    assert "wajar" in judged[0]
    assert "recruiter_name" not in await answers_of(bot, 540)


async def test_a_note_that_opens_with_salah_stays_a_note(bot: BotHarness) -> None:
    rina = bot.user(541, "Rina")
    await rina.send("/gagal")
    steps = BY_BUTTONS[: BY_BUTTONS.index(("press", "Lewati"))]
    await run_steps(rina, steps)
    before = await answers_of(bot, 541)
    await rina.send("salah saya kurang latihan soal teknis")
    after = await answers_of(bot, 541)
    assert after["company"] == before["company"] == "PT Maju <Jaya>"
    assert any("kurang latihan" in str(value) for value in after.values())


async def test_email_field_editor_reads_what_people_type(bot: BotHarness) -> None:
    rina = bot.user(542, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)
    await rina.send("/email")
    await rina.press("Ubah isi email")
    await rina.press("Perusahaan")
    # Saying the name is wrong asks for the right one; nothing is saved from it.
    asked = texts(await rina.send("nama perusahaannya salah"))
    assert asked == ["Baik. Ketik nama perusahaan yang benar, misalnya <i>PT Maju Bersama</i>."]
    felt = texts(await rina.send("duh capek bgt"))
    assert felt[0].startswith("Tidak apa-apa, perasaan seperti itu wajar. Isi email tetap")
    removed = texts(await rina.send("hapus"))
    assert removed[0].startswith("Nama perusahaan perlu ada di email, jadi tidak bisa dihapus.")
    assert (await answers_of(bot, 542))["company"] == "PT Maju <Jaya>"
    fixed = texts(await rina.send("yg bener PT Maju Jaya"))
    assert "PT Maju Jaya" in [t for t in fixed if "Permohonan Umpan Balik" in t][-1]
    assert (await answers_of(bot, 542))["company"] == "PT Maju Jaya"
    # Another field named while one was chosen: that one is asked for.
    await rina.press("Ubah isi email")
    await rina.press("Perusahaan")
    switched = texts(await rina.send("eh posisinya yang salah"))
    assert switched == ["Tulis nama posisi yang benar, misalnya <i>Analis Data</i>."]
    await rina.send("Analis Data Senior")
    answers = await answers_of(bot, 542)
    assert (answers["company"], answers["position"]) == ("PT Maju Jaya", "Analis Data Senior")
    # "hapus" at the recipient addresses the team; at the sender it is no name.
    await rina.press("Ubah isi email")
    await rina.press("Nama Anda")
    assert (await answers_of(bot, 542))["sender_name"] == "Rina"
    kept = texts(await rina.send("hapus"))
    assert kept[0].startswith("Nama Anda perlu ada di email")
    await rina.send("Rina Lestari")
    await rina.press("Ubah isi email")
    await rina.press("Penerima")
    team = texts(await rina.send("hapus"))
    assert "Yth. Tim Rekrutmen PT Maju Jaya," in team[0]


async def test_details_typed_the_way_people_talk_are_read_as_meant(bot: BotHarness) -> None:
    rina = bot.user(543, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("PT Maju")
    # A date typed one question early is no position.
    early = texts(await rina.send("tanggal 27 kemarin"))
    assert early[0].startswith("Sepertinya itu tanggal, bukan nama, jadi tidak saya simpan.")
    assert "position" not in await answers_of(bot, 543)
    # The detail's own name said before it is no part of it.
    await rina.send("posisinya data analyst")
    assert (await answers_of(bot, 543))["position"] == "Data Analyst"
    [thanks] = texts(await rina.send("makasih ya udh nemenin"))  # at the stage's buttons
    assert thanks.startswith("Sama-sama.")
    await rina.press("Wawancara rekrutmen (HR)")
    await rina.send("kemarin")
    # Thanks is answered, never signed.
    thanked = texts(await rina.send("makasih ya udh nemenin"))
    assert thanked[0].startswith("Sama-sama.")
    assert "sender_name" not in await answers_of(bot, 543)
    await rina.send("nama saya dimas pratama")
    assert (await answers_of(bot, 543))["sender_name"] == "Dimas Pratama"
    # The part of the recruiter's name that is known is enough to greet.
    email = texts(await rina.send("mba rina kayanya, lupa nama belakangnya"))
    assert any("Yth. Ibu Rina," in text for text in email)


async def test_a_question_at_the_note_is_answered_and_the_note_still_asked(
    bot: BotHarness,
) -> None:
    rina = bot.user(544, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Lewati"))])
    [normal] = texts(await rina.send("emang wajar ya kalo buntu di soal SQL?"))
    assert normal.startswith("Itu wajar. Buntu atau gugup saat wawancara bisa dialami siapa saja")
    assert "eval_technical_note" not in await answers_of(bot, 544)
    await rina.send("aku buntu pas disuruh nulis query SQL join, grogi bgt")
    answers = await answers_of(bot, 544)
    assert answers["eval_technical_note"].startswith("aku buntu pas disuruh nulis query")
    # "udah semua kok" at a note means nothing more to note.
    dewi = bot.user(545, "Rina")
    await dewi.send("/gagal")
    await run_steps(dewi, BY_BUTTONS[: BY_BUTTONS.index(("press", "Lewati"))])
    await dewi.send("udah semua kok")
    answers = await answers_of(bot, 545)
    assert answers.get("eval_technical_note") is None and "eval_technical_note" in answers


async def test_what_is_told_beside_a_choice_is_heard_before_the_choice(bot: BotHarness) -> None:
    rina = bot.user(546, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE[:-1])
    told = (
        "aku udh nyiapin bgt, sampe begadang, tp pas ditanya soal target sales aku blank. "
        "malu bgt sama diri sendiri"
    )
    [heard] = texts(await rina.send(told))
    assert heard.startswith("Terima kasih sudah menceritakannya; apa yang Anda rasakan itu wajar.")
    assert "<b>Saya siap lanjut</b>" in heard
    # Said to be kept, since it is (consent was given).
    assert "Pesan ini saya simpan sebagai bagian dari cerita Anda." in heard
    [short] = texts(await rina.send("sama capek bgt sih"))
    assert short.startswith("Terima kasih sudah menceritakannya")
    # A fact is kept too, with no "what you feel is normal" to words that tell no feeling.
    fact = "oh iya interviewnya bertiga sama hr, user, sama manager regional"
    [kept] = texts(await rina.send(fact))
    assert kept.startswith("Terima kasih, pesan ini saya simpan sebagai bagian dari cerita Anda.")
    assert "rasakan" not in kept
    # What was told is kept with the story, not lost.
    story = (await answers_of(bot, 546))["story"]
    assert story.endswith(f"{told}\n\nsama capek bgt sih\n\n{fact}")


async def test_a_detail_corrected_under_the_email_redraws_the_email(bot: BotHarness) -> None:
    rina = bot.user(547, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Tambah nomor dan LinkedIn"))])
    fixed = texts(await rina.send("nama perusahaannya salah, harusnya shopee"))
    assert fixed[0] == "Baik, nama perusahaannya saya ubah menjadi <b>Shopee</b>."
    assert any("Ibu Sari Wulandari," in text and "tentang Shopee dan" in text for text in fixed)
    assert (await answers_of(bot, 547))["company"] == "Shopee"


async def test_a_company_named_inside_a_sentence_is_taken(bot: BotHarness) -> None:
    rina = bot.user(548, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    asked = texts(await rina.send("kan udh ada di email td, PT Sinar Jaya"))
    assert "PT Sinar Jaya" in asked[-1]
    assert (await answers_of(bot, 548))["company"] == "PT Sinar Jaya"


async def test_chained_corrections_labels_and_typos_are_read_as_meant(bot: BotHarness) -> None:
    rina = bot.user(549, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    # The previous button's words, typed late, are no company.
    await rina.send("Saya siap lanjut")
    assert "company" not in await answers_of(bot, 549)
    await rina.send("pt. sinar jaya eh salah, yg bener pt. sinar abadi logistik")
    assert (await answers_of(bot, 549))["company"] == "PT Sinar Abadi Logistik"
    await rina.send("Analis Data")
    await rina.press("Wawancara rekrutmen (HR)")
    await rina.send("kemarin")
    await rina.press("Pakai nama Rina")
    await rina.send("Ibu Sari")
    await rina.press("Tambah nomor dan LinkedIn")
    await rina.send("0812 3456 789o")
    await rina.send("eh typo, 0812-3456-7890")
    answers = await answers_of(bot, 549)
    assert answers["phone"] == "0812-3456-7890" and answers["recruiter_name"] == "Sari"


async def test_rest_news_and_questions_at_a_name_question_are_answered_as_such(
    bot: BotHarness,
) -> None:
    rina = bot.user(550, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    news = texts(await rina.send("eh btw aku ditolak lagi sama unilever kemarin"))
    assert news[0].startswith("Ikut sedih mendengarnya.") and "/gagal" in news[0]
    assert "company" not in await answers_of(bot, 550)
    await rina.send("PT Maju")
    asked = texts(await rina.send("emang harus kirim email gitu ya? takut dibilang ga tau diri"))
    assert "lupa" not in asked[0] and "position" not in await answers_of(bot, 550)
    await rina.send("butuh waktu dulu deh, nanti aku lanjut")
    [journey] = await rows(bot, Journey, 550)
    assert journey.status == "paused" and "position" not in await answers_of(bot, 550)


async def test_a_field_named_under_the_email_is_changed_without_the_menu(bot: BotHarness) -> None:
    rina = bot.user(551, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)
    await rina.send("/email")
    changed = texts(await rina.send("nama penerimanya ganti jadi pak hendra aja"))
    assert any("Yth. Bapak Hendra," in text for text in changed)
    answers = await answers_of(bot, 551)
    assert (answers["recruiter_title"], answers["recruiter_name"]) == ("bapak", "Hendra")
    # Named without the new value: asked for, and the next message is that value.
    [asked] = texts(await rina.send("posisinya salah"))
    assert asked.startswith("Baik. Ketik nama posisi yang benar")
    await rina.send("Analis Data Senior")
    assert (await answers_of(bot, 551))["position"] == "Analis Data Senior"
    # The phone number too, as people say it.
    await rina.send("nomor hp ku ganti deh 0857 1111 2222 ya")
    assert (await answers_of(bot, 551))["phone"] == "0857 1111 2222"
    # Text that names no field is no edit.
    await rina.send("/email")
    await rina.send("makasih ya")
    assert (await answers_of(bot, 551))["position"] == "Analis Data Senior"


async def test_a_rating_changed_at_the_note_is_changed_not_noted(bot: BotHarness) -> None:
    rina = bot.user(552, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Lewati"))])
    said, asked = texts(await rina.send("eh riset nya 3 deh"))
    assert said == "Baik, nilai <b>riset perusahaan dan posisi</b> saya ubah menjadi 3."
    answers = await answers_of(bot, 552)
    assert answers["eval_research"] == 3
    assert not any(key.endswith("_note") for key in answers)
    # Technical (2) is now the lowest alone: the note asked again is about it.
    assert "Teknis" in asked or "teknis" in asked
    await rina.send("riset 2 hari sebelum wawancara aja")
    assert (await answers_of(bot, 552))["eval_technical_note"].startswith("riset 2 hari")


async def test_a_rating_corrected_with_harusnya_is_changed_not_noted(bot: BotHarness) -> None:
    rina = bot.user(5521, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Lewati"))])
    said, _ = texts(await rina.send("eh salah, komunikasi harusnya 1"))
    assert said == "Baik, nilai <b>komunikasi</b> saya ubah menjadi 1."
    answers = await answers_of(bot, 5521)
    assert answers["eval_communication"] == 1
    assert not any(key.endswith("_note") for key in answers)


async def test_feelings_typed_with_the_mood_are_ticked_not_lost(bot: BotHarness) -> None:
    rina = bot.user(553, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("kecewa sama sedih sih, sama agak malu juga")
    feelings = rina.last_keyboard_message()
    ticked = [label for label in feelings.button_labels if label.startswith("✅")]
    assert ticked == ["✅ Kecewa", "✅ Sedih", "✅ Malu"]
    await rina.press("Cemas")
    await rina.press("Selesai")
    answers = await answers_of(bot, 553)
    assert answers["feelings"] == ["kecewa", "sedih", "malu", "cemas"]


async def test_feelings_typed_with_the_mood_are_ticked_without_consent_too(
    bot: BotHarness,
) -> None:
    sari = bot.user(554, "Sari")
    await sari.send("/gagal")
    await sari.press("Tidak, jangan simpan")
    await sari.send("2, kecewa bgt")
    feelings = sari.last_keyboard_message()
    assert [label for label in feelings.button_labels if label.startswith("✅")] == ["✅ Kecewa"]
    await sari.press("Malu")
    named = texts(await sari.press("Selesai"))[-1]
    assert "kecewa dan malu" in named


async def test_iya_after_the_nearest_aside_takes_it(bot: BotHarness) -> None:
    rina = bot.user(555, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Tambah nomor dan LinkedIn"))])
    [meant] = texts(await rina.send("mau tambahin no hp deh"))
    assert "Maksud Anda <b>Tambah nomor dan LinkedIn</b>?" in meant
    asked = texts(await rina.send("iya"))
    assert "belum saya pahami" not in asked[-1]
    await rina.send("0812 3456 7890")
    assert (await answers_of(bot, 555))["phone"] == "0812 3456 7890"


async def test_some_ratings_typed_are_kept_and_the_rest_asked(bot: BotHarness) -> None:
    rina = bot.user(556, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: next(i for i, s in enumerate(BY_BUTTONS) if s[0] == "cell")])
    await rina.send("3 3 2")
    answers = await answers_of(bot, 556)
    rated = [answers.get(f"eval_{area}") for area in EVAL_AREAS]
    assert rated == [3, 3, 2, None, None]
    grid = rina.last_keyboard_message()
    assert grid.buttons  # the rest is still asked on the grid
    await rina.send("4 5")
    answers = await answers_of(bot, 556)
    assert [answers[f"eval_{area}"] for area in EVAL_AREAS] == [3, 3, 2, 4, 5]


async def test_a_phone_typed_under_the_email_is_added_to_it(bot: BotHarness) -> None:
    """ "Anda juga bisa menambahkan nomor telepon": typed at once, before the button."""
    rina = bot.user(5491, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Tambah nomor dan LinkedIn"))])
    added = texts(await rina.send("0812 3456 7890"))
    assert added[0] == "Baik, nomor <b>0812 3456 7890</b> saya cantumkan di email."
    assert "Apa alamat profil LinkedIn Anda?" in added[-1]
    redrawn = texts(await rina.send("linkedin.com/in/rina"))
    assert any("0812 3456 7890" in text and "linkedin.com/in/rina" in text for text in redrawn)
    saved = await answers_of(bot, 5491)
    assert saved["phone"] == "0812 3456 7890" and saved["linkedin"].endswith("linkedin.com/in/rina")
    # A LinkedIn address typed under the email goes straight in, too.
    changed = texts(await rina.send("linkedin.com/in/rina-baru"))
    assert changed[0] == "Baik, profil LinkedIn Anda saya cantumkan di email."
    assert (await answers_of(bot, 5491))["linkedin"].endswith("linkedin.com/in/rina-baru")


async def test_a_story_told_before_consent_is_not_kept_and_says_so(bot: BotHarness) -> None:
    rina = bot.user(5492, "Rina")
    await rina.send("/gagal")
    story = "aku ditolak pas interview user kemarin, padahal udah nyiapin bgt, sedih bgt rasanya"
    [said] = texts(await rina.send(story))
    # Nothing is stored before the answer to the consent question, and the person is told.
    assert said.startswith("Terima kasih sudah bercerita. Pesan ini belum saya simpan")
    assert "Anda bisa menceritakannya lagi jika mau" in said
    assert "story" not in await answers_of(bot, 5492)


async def test_a_company_corrected_with_the_position_in_the_same_message(bot: BotHarness) -> None:
    rina = bot.user(5493, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, THROUGH_STEP_ONE)
    await rina.send("tokped")
    said = texts(await rina.send("eh maksudnya Tokopedia ya, posisinya product analyst"))
    assert said[0] == "Baik, nama perusahaannya saya ubah menjadi <b>Tokopedia</b>."
    # The position came with it: not asked again, the next question follows.
    assert "Untuk posisi apa" not in said[-1] and "Sampai tahap mana" in said[-1]
    answers = await answers_of(bot, 5493)
    assert (answers["company"], answers["position"]) == ("Tokopedia", "Product Analyst")


async def test_the_recruiters_name_read_whole_and_corrected_under_the_email(
    bot: BotHarness,
) -> None:
    rina = bot.user(5494, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("send", "Ibu Sari Wulandari"))])
    email = texts(await rina.send("pak rudi recruiter"))
    # Every letter of the name, and no role word, in the greeting the user will send.
    assert any("Yth. Bapak Rudi," in text for text in email)
    fixed = texts(await rina.send("eh namanya salah, harusnya Ibu Rina aja"))
    assert fixed[0] == "Baik, penerima emailnya saya ubah menjadi <b>Ibu Rina</b>."
    assert any("Yth. Ibu Rina," in text for text in fixed)
    answers = await answers_of(bot, 5494)
    assert (answers["recruiter_title"], answers["recruiter_name"]) == ("ibu", "Rina")


async def test_all_five_ratings_typed_again_after_some_taps_replace_them(bot: BotHarness) -> None:
    rina = bot.user(5495, "Rina")
    await rina.send("/gagal")
    before = BY_BUTTONS[: BY_BUTTONS.index(("cell", "Riset", "2"))]  # three rows tapped
    await run_steps(rina, before)
    await rina.send("eh salah, 3 4 2 5 1")
    answers = await answers_of(bot, 5495)
    # Nothing typed is lost: all five, as typed, and the lowest is the questions (1).
    assert [answers[f"eval_{area}"] for area in EVAL_AREAS] == [3, 4, 2, 5, 1]
