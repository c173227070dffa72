"""/lamaran through the real Application: applications added by typing only, moved along
their stages, corrected and deleted; a rejection that starts the journey with what the
list already knows; a /gagal that finds its application; bad input at every prompt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.db.models import Answer, Application, Journey, User
from bot.local_api import ApiCall
from tests.e2e.test_journey import BY_BUTTONS, assert_valid_html, rows, run_steps
from tests.e2e.test_typed_and_tapped import user_row
from tests.harness import BotHarness, UserSession, only, texts

# The journey's questions about the interview (company, position, stage, date): what a
# rejection logged in /lamaran already answers.
DETAILS_AT = BY_BUTTONS.index(("send", "PT Maju <Jaya>"))
WITHOUT_DETAILS = [*BY_BUTTONS[:DETAILS_AT], *BY_BUTTONS[DETAILS_AT + 4 :]]

STICKER = {
    "file_id": "s",
    "file_unique_id": "u",
    "width": 1,
    "height": 1,
    "is_animated": False,
    "is_video": False,
    "type": "regular",
}
# The harness's clock: Wednesday 25 November 2026, 10.00 WIB.
TODAY = date(2026, 11, 25)


def shown(calls: list[ApiCall]) -> list[str]:
    """The texts the user sees: messages sent and messages redrawn."""
    return [c.text for c in calls if c.method in ("sendMessage", "editMessageText")]


async def applications(bot: BotHarness, user_id: int) -> list[Application]:
    found = await rows(bot, Application, user_id)
    return sorted(found, key=lambda row: row.id)


async def add_by_typing(person: UserSession, *answers: str) -> list[ApiCall]:
    calls = await person.send("/lamaran")
    calls += await person.send("tambah")
    for answer in answers:
        calls += await person.send(answer)
    return calls


async def test_two_applications_added_by_typing_only(bot: BotHarness) -> None:
    rina = bot.user(801, "Rina")
    first = await rina.send("/lamaran")
    assert "Belum ada lamaran yang tercatat" in texts(first)[0]
    assert first[-1].button_labels == ["Tambah lamaran"]
    calls = first + await rina.send("tambah")
    assert "Di perusahaan mana Anda melamar?" in texts(calls)[-1]
    calls += await rina.send("PT Maju <Jaya>")
    assert "Untuk posisi apa Anda melamar di <b>PT Maju &lt;Jaya&gt;</b>?" in texts(calls)[-1]
    calls += await rina.send("Analis Data")
    calls += await rina.send("dari jobstreet")
    calls += await rina.send("startup")
    saved = await rina.send("dilamar")
    calls += saved
    assert (
        "Tersimpan: <b>Analis Data</b> di <b>PT Maju &lt;Jaya&gt;</b>, "
        "tahap lamaran terkirim, sejak 25 November 2026." in (texts(saved)[0])
    )
    # Asked once, after the first application: a reminder when one goes quiet.
    assert "jika dua minggu berlalu tanpa kabar tentang salah satu lamaran Anda" in texts(saved)[-1]
    calls += await rina.send("boleh")

    calls += await add_by_typing(
        rina, "PT Sinar", "Desainer Produk", "linkedin", "lewati", "interview hr"
    )
    assert "Kapan jadwal wawancara tahap rekrutmen (HR) Anda?" in texts(calls)[-1]
    dated = await rina.send("senin depan")
    calls += dated
    assert (
        "tahap wawancara rekrutmen (HR), sejak 25 November 2026; "
        "wawancaranya pada Senin, 30 November" in (texts(dated)[0])
    )
    # The interview reminder is asked about once, with its day and time.
    assert "pada Minggu, 29 November 2026 pukul 08.00 WIB" in texts(dated)[-1]
    calls += await rina.send("ya boleh")
    assert_valid_html(calls)

    maju, sinar = await applications(bot, 801)
    assert (maju.company, maju.position, maju.source, maju.company_kind, maju.stage) == (
        "PT Maju <Jaya>",
        "Analis Data",
        "portal",
        "startup",
        "applied",
    )
    assert maju.reached == [["applied", "2026-11-25"]] and maju.interview_on is None
    assert (sinar.source, sinar.company_kind, sinar.stage) == ("linkedin", None, "hr")
    assert sinar.interview_on == date(2026, 11, 30)
    async with bot.services.store.transaction() as session:
        person = await session.get(User, 801)
        assert person is not None
        assert person.nudge_quiet is True and person.nudge_quiet_at is not None
        assert person.nudge_interview is True and person.nudge_interview_at is not None
        assert person.application_draft is None

    bot.clock.now += timedelta(hours=1)
    listed = await rina.send("/lamaran")
    listing = texts(listed)[0]
    # Each button fits a phone and still tells them apart; the message has the full names.
    assert listed[-1].button_labels[:2] == [
        "1. PT Sinar · Desainer…",
        "2. PT Maju <Jaya> · Analis…",
    ]
    # Newest first; each with its stage, its date and what comes next.
    assert listing.index("Desainer Produk di PT Sinar") < listing.index("Analis Data di PT Maju")
    assert (
        "Tahap wawancara rekrutmen (HR) sejak 25 November 2026; "
        "jadwalnya Senin, 30 November 2026." in listing
    )
    assert (
        "Tahap lamaran terkirim sejak 25 November 2026. "
        "Jika ada kabar baru, perbarui tahapnya di sini." in listing
    )


async def test_one_application_moves_through_three_stages(bot: BotHarness) -> None:
    rina = bot.user(802, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "linkedin", "menengah", "dilamar")
    await rina.send("tidak usah")
    await rina.send("/lamaran")
    opened = await rina.press("1. PT Maju · Analis Data")
    detail = only(opened, "editMessageText")
    assert "Tahap: Lamaran terkirim, sejak 25 November 2026" in detail.text
    assert "Maju ke tahap berikutnya" in detail.button_labels

    bot.clock.now += timedelta(days=2)
    moved = await rina.press("Maju ke tahap berikutnya")
    assert "Tahap: Tes atau wawancara teknis, sejak 27 November 2026" in shown(moved)[0]
    # What changed is named once, bold, never as raw tags.
    assert shown(moved)[0].startswith("Tahapnya sekarang <b>Tes atau wawancara teknis</b>.")
    assert "&lt;b&gt;" not in shown(moved)[0]
    # A test has a day of its own too: asked, and skipped here.
    assert "Kapan jadwal tes atau wawancara teknis Anda?" in texts(moved)[-1]
    assert moved[-1].button_labels == ["Lewati"]
    await rina.press("Lewati")
    bot.clock.now += timedelta(days=3)
    moved = await rina.press("Maju ke tahap berikutnya")
    assert (
        "Sebelumnya: Lamaran terkirim, 25 November 2026; "
        "Tes atau wawancara teknis, 27 November 2026" in (shown(moved)[0])
    )
    assert "Kapan jadwal wawancara tahap rekrutmen (HR) Anda?" in texts(moved)[-1]
    assert moved[-1].button_labels == ["Lewati"]
    # One question at a time: the card above the date question does not ask for it too.
    assert "tanggal wawancara" not in shown(moved)[0]
    dated = await rina.send("2/12/2026")
    assert "Wawancaranya pada Rabu, 2 Desember 2026." in texts(dated)[0]
    await rina.send("tidak")  # no reminder before interviews
    # Typed while it is shown: the next stage by name.
    bot.clock.now += timedelta(days=5)
    moved = await rina.send("sama user")
    assert "Tahap: Wawancara calon atasan, sejak 5 Desember 2026" in texts(moved)[0]
    assert "ketik tanggalnya" not in texts(moved)[0]
    assert "Kapan jadwal wawancara dengan calon atasan Anda?" in texts(moved)[-1]
    skipped = await rina.press("Lewati")
    assert "bisa Anda catat nanti" in texts(skipped)[0]
    # Skipped: now the card says how to give the date later.
    assert "Untuk mencatat tanggal wawancaranya, ketik tanggalnya" in texts(skipped)[0]

    [row] = await applications(bot, 802)
    assert row.stage == "user" and row.interview_on is None
    assert row.reached == [
        ["applied", "2026-11-25"],
        ["test", "2026-11-27"],
        ["hr", "2026-11-30"],
        ["user", "2026-12-05"],
    ]
    # An old "next" button moves nothing a second time.
    again = await rina.press("Maju ke tahap berikutnya", on=opened[-1])
    assert "sendMessage" not in {c.method for c in again}
    assert (await applications(bot, 802))[0].stage == "user"


async def test_a_rejection_starts_the_journey_with_what_the_list_knows(bot: BotHarness) -> None:
    rina = bot.user(803, "Rina")
    await add_by_typing(rina, "PT Maju <Jaya>", "Analis Data", "portal", "besar", "user")
    await rina.send("20/11/2026")  # the interview was last Friday
    await rina.send("/lamaran")
    await rina.press("1. PT Maju <Jaya> · Analis…")
    rejected = await rina.press("Ditolak")
    offer = texts(rejected)[-1]
    # How far it got, and no feeling the user did not name.
    assert "apalagi setelah Anda sampai di tahap wawancara calon atasan." in offer
    assert "menyakitkan" not in offer and "kecewa" not in offer
    assert rejected[-1].button_labels == ["Mulai pendampingan", "Nanti saja"]
    # The card above changes quietly: no second announcement, no second offer.
    [card] = [c for c in rejected if c.method == "editMessageText"]
    assert "Tahapnya sudah diperbarui" not in card.text and "Mulai pendampingan" not in card.text
    assert "Mulai pendampingan" not in card.button_labels

    started = await rina.press("Mulai pendampingan")
    opening = texts(started)[0]
    # The offer above has said it is sorry: the opening does not say it again.
    assert opening.startswith("Terima kasih sudah mau memulai, Rina.")
    assert "ikut sedih" not in opening
    assert "Perusahaan, posisi, tahap terakhir, dan tanggal wawancaranya sudah saya ambil" in (
        opening
    )
    # Consent still comes first, then the feelings: company and position are not asked.
    calls = started + await run_steps(rina, WITHOUT_DETAILS)
    assert_valid_html(calls)
    asked = "\n".join(texts(calls))
    assert "Di perusahaan mana" not in asked and "Untuk posisi apa" not in asked
    assert "Sampai tahap mana" not in asked and "Kapan wawancaranya" not in asked
    email = [t for t in texts(calls) if "Permohonan Umpan Balik" in t][-1]
    assert "Posisi Analis Data" in email and "tentang PT Maju &lt;Jaya&gt; dan" in email
    assert "Rangkuman perjalanan Anda" in texts(calls)[-1]
    assert (
        "Analis Data di PT Maju &lt;Jaya&gt;, wawancara dengan calon atasan, 20 November"
        in (texts(calls)[-1])
    )

    [journey] = await rows(bot, Journey, 803)
    answers = {a.prompt: a.value for a in await rows(bot, Answer, 803)}
    assert answers["stage"] == "user" and answers["interview_date"] == "2026-11-20"
    assert journey.status == "finished" and journey.company == "PT Maju <Jaya>"
    [row] = await applications(bot, 803)
    assert row.stage == "rejected" and row.journey_id == journey.id
    listing = texts(await rina.send("/lamaran"))[0]
    assert "Perjalanan pemulihannya ada di /riwayat." in listing


async def test_later_keeps_the_offer_on_the_application(bot: BotHarness) -> None:
    rina = bot.user(804, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "portal", "lewati", "tes")
    await rina.send("/lamaran")
    await rina.press("1. PT Maju · Analis Data")
    await rina.press("Ditolak")
    later = await rina.press("Nanti saja")
    assert "tetap tercatat sebagai <b>Ditolak</b>" in texts(later)[0]
    assert await rows(bot, Journey, 804) == []
    await rina.send("/lamaran")
    detail = shown(await rina.press("1. PT Maju · Analis Data"))
    # Rejected is what became of it, not a stage of the process.
    assert "Status: Ditolak, sejak 25 November 2026" in detail[0] and "Tahap:" not in detail[0]
    # What it offers is the journey, not a change of stage.
    assert "ketuk <b>Mulai pendampingan</b>" in detail[0] and "mengubah tahapnya" not in detail[0]
    started = await rina.press("Mulai pendampingan")
    assert "Perusahaan, posisi, dan tahap terakhirnya sudah saya ambil" in texts(started)[0]


async def test_gagal_for_a_company_in_the_list_links_them(bot: BotHarness) -> None:
    rina = bot.user(805, "Rina")
    await add_by_typing(rina, "PT. Maju Bersama", "Analis Data", "portal", "lewati", "final")
    await rina.press("Lewati")
    await rina.send("/gagal")
    # Step 1 first; the company is asked where step 2 begins.
    await run_steps(rina, BY_BUTTONS[:DETAILS_AT])
    linked = await rina.send("pt maju bersama")
    note, question = texts(linked)
    assert (
        "Lamaran ke <b>PT. Maju Bersama</b> untuk posisi <b>Analis Data</b> ada di daftar" in note
    )
    assert "saya tandai <b>Ditolak</b>" in note
    assert "Untuk posisi apa" in question
    [journey] = await rows(bot, Journey, 805)
    [row] = await applications(bot, 805)
    assert row.stage == "rejected" and row.journey_id == journey.id
    # Another journey for the same company finds nothing left to link.
    await rina.send("/batal")
    await rina.press("Tidak usah, terima kasih")
    await rina.send("/gagal")
    await rina.press("Mulai untuk wawancara lain")
    await run_steps(rina, BY_BUTTONS[1:DETAILS_AT])  # consent is not asked again
    again = await rina.send("PT Maju Bersama")
    assert not any("ada di daftar" in text for text in texts(again))


async def test_nonsense_at_every_prompt_gets_one_short_line_and_loses_nothing(
    bot: BotHarness,
) -> None:
    rina = bot.user(806, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")

    async def one_line(answer: str | None, *, wanted: str) -> None:
        calls = await (
            rina.send(answer) if answer is not None else rina.send_content(sticker=STICKER)
        )
        [line] = texts(calls)
        assert "\n" not in line and len(line) < 200 and wanted in line, line

    await one_line("???", wanted="kosong")
    await one_line(None, wanted="hanya bisa membaca pesan teks")
    await one_line("x" * 300, wanted="paling banyak 100 karakter")
    await rina.send("PT Maju")
    await one_line("...", wanted="kosong")
    await rina.send("Analis Data")
    await one_line("asdfgh", wanted="Ketuk salah satu tombol")
    await one_line(
        "lnkdn", wanted="Maksud Anda <b>LinkedIn</b>? Jika ya, ketik <i>iya</i> atau ketuk"
    )
    await rina.send("2")
    await one_line("qwerty", wanted="Ketuk salah satu tombol")
    await rina.send("lewati")
    await one_line("zzz", wanted="Ketuk salah satu tombol")
    await one_line("wawancara", wanted="Maksud Anda")
    await rina.send("wawancara akhir")
    await one_line("kapan-kapan", wanted="Tanggalnya belum terbaca")
    await one_line("1/1/2030", wanted="lebih dari setahun lagi")
    await rina.send("3/12/2026")
    [row] = await applications(bot, 806)
    assert (row.company, row.position, row.source, row.company_kind, row.stage) == (
        "PT Maju",
        "Analis Data",
        "linkedin",
        None,
        "final",
    )
    assert row.interview_on == date(2026, 12, 3)
    await one_line("hmm entah", wanted="Ketuk salah satu tombol")  # the reminder question
    await rina.send("ya")
    # With one application shown: a stage or a date, else one line.
    await rina.send("/lamaran")
    await rina.send("1")
    await one_line("blablabla", wanted="Ketuk salah satu tombol")


async def test_one_application_corrected_then_deleted(bot: BotHarness) -> None:
    rina = bot.user(807, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis", "portal", "lewati", "dilamar")
    await rina.send("tidak")
    await rina.send("/lamaran")
    await rina.press("1. PT Maju · Analis")
    await rina.press("Ubah data")
    await rina.press("Posisi")
    changed = await rina.send("Analis Data Senior")
    assert "Datanya sudah diperbarui." in texts(changed)[0]
    await rina.press("Ubah data")
    await rina.press("Sumber lowongan")
    await rina.send("rekomendasi teman")
    [row] = await applications(bot, 807)
    assert row.position == "Analis Data Senior" and row.source == "referral"

    asked = await rina.press("Hapus")
    assert "tidak bisa dikembalikan" in texts(asked)[0]
    kept = await rina.send("1")  # never a bare number for a deletion
    assert await applications(bot, 807) != []
    assert kept
    await rina.send("/lamaran")
    await rina.press("1. PT Maju · Analis Data…")
    await rina.press("Hapus")
    bot.clock.now += timedelta(minutes=11)
    expired = await rina.press("Ya, hapus lamaran ini")
    assert "lebih dari 10 menit" in texts(expired)[0]
    deleted = await rina.press("Ya, hapus lamaran ini")
    assert "sudah dihapus" in texts(deleted)[0]
    assert await applications(bot, 807) == []


async def test_paused_by_the_safety_net_no_application_talk(bot: BotHarness) -> None:
    rina = bot.user(808, "Rina")
    await rina.send("/lamaran")
    async with bot.services.store.transaction() as session:
        person = await session.get(User, 808)
        assert person is not None
        person.crisis_paused_at = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    paused = texts(await rina.send("/lamaran"))
    assert "Apakah Anda aman" in paused[0] or "aman" in paused[0]
    assert not any("Lamaran Anda" in text for text in paused)


async def test_pages_number_their_own_entries_and_turn_by_button_or_typing(
    bot: BotHarness,
) -> None:
    rina = bot.user(809, "Rina")
    await rina.send("/start")
    async with bot.services.store.transaction() as session:
        for n in range(7):
            at = bot.clock.now - timedelta(days=7 - n)  # PT 6 is the latest activity
            session.add(
                Application(
                    user_id=809,
                    company=f"PT {n}",
                    position="Analis",
                    source="portal",
                    stage="applied",
                    stage_at=at,
                    reached=[["applied", at.date().isoformat()]],
                    created_at=at,
                    updated_at=at,
                )
            )
    first = only(await rina.send("/lamaran"), "sendMessage")
    assert "(halaman 1 dari 2)" in first.text and "Ada 7 lamaran tersimpan" in first.text
    assert first.button_labels[:2] == ["1. PT 6 · Analis", "2. PT 5 · Analis"]
    assert "Berikutnya" in first.button_labels
    second = only(await rina.press("Berikutnya"), "editMessageText")
    assert "(halaman 2 dari 2)" in second.text
    assert second.button_labels[:2] == ["1. PT 1 · Analis", "2. PT 0 · Analis"]
    # A number typed is the entry of the page on screen.
    opened = await rina.send("2")
    assert "<b>Analis di PT 0</b>" in shown(opened)[0]
    back = await rina.press("Kembali ke daftar")
    assert "(halaman 1 dari 2)" in shown(back)[0]
    typed = await rina.send("berikutnya")
    assert "(halaman 2 dari 2)" in shown(typed)[0]


async def test_the_email_asking_for_news_is_ready_to_copy(bot: BotHarness) -> None:
    rina = bot.user(810, "Rina")
    await add_by_typing(rina, "PT Maju <Jaya>", "Analis Data", "portal", "lewati", "dilamar")
    await rina.send("tidak")
    await rina.send("/lamaran")
    await rina.press("1. PT Maju <Jaya> · Analis…")
    calls = await rina.press("Buat email menanyakan kabar")
    assert "Yth. Tim Rekrutmen PT Maju &lt;Jaya&gt;," in texts(calls)[0]
    document = next(c for c in calls if c.method == "sendDocument")
    name, body = next(iter(document.files.values()))
    assert name == "email-menanyakan-kabar-lamaran.txt"
    text = body.decode()
    assert "Subjek: Menanyakan Perkembangan Lamaran untuk Posisi Analis Data" in text
    # The day it was logged is not claimed as the day it was sent.
    # No name given for an email yet: a Telegram name may be a nickname, so a blank to fill.
    assert "Saya [Nama Anda], pelamar untuk posisi Analis Data.\n" in text
    assert "November" not in text
    assert text.rstrip().endswith("[Nama Anda]")
    assert "Ganti [Nama Anda] dengan nama Anda" in texts(calls)[0]


async def test_over_an_open_journey_the_usual_question_comes_first(bot: BotHarness) -> None:
    rina = bot.user(811, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")  # a journey for another interview, still open
    await add_by_typing(rina, "PT Maju", "Analis Data", "portal", "lewati", "final")
    await rina.press("Lewati")
    await rina.send("tidak")
    await rina.send("/lamaran")
    await rina.send("PT Maju")
    # Typed, the rejection gets the kind word first and alone: it says what was marked.
    [kind_word] = texts(typed := await rina.send("ditolak"))
    assert "ikut sedih" in kind_word.lower() and "<b>Ditolak</b>" in kind_word, texts(typed)
    asked = await rina.press("Mulai pendampingan")
    assert "Mulai untuk wawancara lain" in asked[-1].button_labels
    started = await rina.press("Mulai untuk wawancara lain")
    assert "Perusahaan, posisi, dan tahap terakhirnya sudah saya ambil" in texts(started)[0]
    journeys = sorted(await rows(bot, Journey, 811), key=lambda j: j.id)
    assert [j.status for j in journeys] == ["abandoned", "active"]
    # Consent was given: the feelings come first; the date it lacks is asked at step 2.
    assert journeys[1].company == "PT Maju" and journeys[1].prompt == "mood"
    [row] = await applications(bot, 811)
    assert row.journey_id == journeys[1].id


async def test_an_answer_delivered_twice_counts_once(bot: BotHarness) -> None:
    rina = bot.user(812, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    await rina.send("PT Maju")
    again = await rina.redeliver()  # Telegram sends the same update again
    assert "Untuk posisi apa Anda melamar di <b>PT Maju</b>?" in texts(again)[-1]
    await rina.send("Analis Data")
    await rina.send("portal")
    await rina.send("lewati")
    await rina.send("dilamar")
    await rina.redeliver()
    [row] = await applications(bot, 812)
    assert (row.company, row.position) == ("PT Maju", "Analis Data")


async def test_not_remembering_where_the_vacancy_was_found_counts_as_other(
    bot: BotHarness,
) -> None:
    rina = bot.user(9301, "Rina")
    calls = await add_by_typing(rina, "PT Maju", "Analis Data", "lupa")
    assert "belum saya pahami" not in " ".join(texts(calls))
    await rina.send("lewati")
    await rina.send("dilamar")
    [saved] = await applications(bot, 9301)
    assert saved.source == "other"


async def test_a_number_typed_under_an_application_never_moves_it_back(bot: BotHarness) -> None:
    """After its interview date and the reminder question, a typed "1" once moved the
    application back to "Lamaran terkirim" and dropped its history."""
    rina = bot.user(9302, "Rina")
    await add_by_typing(rina, "PT Sinar", "Staf Pemasaran", "linkedin", "lewati", "interview hr")
    await rina.press("Lewati")  # no date yet
    await rina.send("boleh")  # a reminder when an application goes quiet
    await rina.send("/lamaran")
    await rina.send("1")  # the list: its first entry
    await rina.press("Atur tanggal wawancara")
    await rina.send("10/12/2026")
    await rina.press("Ya, boleh")
    await rina.send("1")
    [kept] = await applications(bot, 9302)
    assert kept.stage == "hr"


async def test_after_the_reminder_question_its_way_back_is_offered_and_typed(
    bot: BotHarness,
) -> None:
    """The reminder question came between the saved application and its buttons: the
    answer offers them again, typed labels work, and a line that misses names what is
    on screen, never a stage that is not."""
    rina = bot.user(9303, "Rina")
    await add_by_typing(rina, "PT Sinar Jaya", "Staf Pemasaran", "linkedin", "lewati")
    await rina.send("lamaran terkirim")
    answered = only(await rina.press("Tidak usah"), "sendMessage")
    assert answered.button_labels == ["Lihat lamaran ini", "Tambah lamaran lain", "Lihat daftar"]
    [line] = texts(await rina.send("apa ya ini"))
    assert "misalnya <i>Lihat lamaran ini</i>" in line and "Ditolak" not in line
    # The next application's details typed at once are no stage for this one.
    await rina.send("HR Officer")
    await rina.send("ditolak")
    [kept] = await applications(bot, 9303)
    assert kept.stage == "applied"
    detail = texts(await rina.send("lihat lamaran ini"))
    assert "Staf Pemasaran di PT Sinar Jaya" in detail[0]
    # A stage half named: which stages, as buttons that move it there.
    meant = await rina.send("wawancara")
    [asked] = texts(meant)
    assert asked.startswith("Maksud Anda tahap <b>")
    assert "Ketuk tombol yang Anda maksud di bawah" in asked
    labels = only(meant, "sendMessage").button_labels
    assert labels == ["Wawancara rekrutmen (HR)", "Wawancara calon atasan"]
    [kept] = await applications(bot, 9303)
    assert kept.stage == "applied"
    await rina.press("Wawancara calon atasan")
    [moved] = await applications(bot, 9303)
    assert moved.stage == "user"


async def test_an_offer_is_congratulated(bot: BotHarness) -> None:
    rina = bot.user(9304, "Rina")
    await add_by_typing(rina, "PT Sinar Jaya", "Staf Pemasaran", "linkedin", "lewati")
    await rina.send("wawancara akhir")
    await rina.press("Lewati")  # no date
    await rina.press("Tidak usah")
    await rina.send("lihat lamaran ini")
    [moved] = texts(await rina.send("dapet offer!!"))
    assert moved.startswith("Selamat atas tawaran kerja dari <b>PT Sinar Jaya</b>!")
    [kept] = await applications(bot, 9304)
    assert kept.stage == "offer"


async def test_an_entry_keeps_its_number_when_it_is_updated(bot: BotHarness) -> None:
    # "ketik nomornya" must keep meaning the same entry: an update does not reorder the list.
    rina = bot.user(830, "Rina")
    await add_by_typing(rina, "PT Lama", "Analis Data", "linkedin", "menengah", "dilamar")
    await rina.send("tidak usah")
    await add_by_typing(rina, "PT Baru", "Desainer UI", "linkedin", "menengah", "dilamar")
    await rina.send("tidak usah")
    before = only(await rina.send("/lamaran"), "sendMessage")
    assert before.button_labels[:2] == ["1. PT Baru · Desainer UI", "2. PT Lama · Analis Data"]
    opened = await rina.send("2")
    assert "<b>Analis Data di PT Lama</b>" in shown(opened)[0]
    bot.clock.now += timedelta(days=1)
    await rina.press("Maju ke tahap berikutnya")
    after = only(await rina.send("/lamaran"), "sendMessage")
    assert after.button_labels[:2] == before.button_labels[:2]
    reopened = await rina.send("2")
    assert "<b>Analis Data di PT Lama</b>" in shown(reopened)[0]


async def test_a_company_and_a_position_typed_together_are_added_at_once(
    bot: BotHarness,
) -> None:
    rina = bot.user(831, "Rina")
    calls = await add_by_typing(rina, "Bank Mandiri, Management Trainee")
    assert "lowongan <b>Management Trainee</b> di <b>Bank Mandiri</b>?" in texts(calls)[-1]
    await rina.send("linkedin")
    await rina.send("besar")
    await rina.send("dilamar")
    await rina.send("tidak usah")
    [saved] = await applications(bot, 831)
    assert (saved.company, saved.position) == ("Bank Mandiri", "Management Trainee")


async def test_yes_to_maksud_anda_chooses_the_option_it_named(bot: BotHarness) -> None:
    rina = bot.user(832, "Rina")
    calls = await add_by_typing(rina, "PT Maju", "Analis Data", "linkedin", "menengah")
    # A misspelt stage is only near: asked back, never guessed.
    calls = await rina.send("udh dipanggil rekrutmn")
    assert "Maksud Anda <b>Wawancara rekrutmen (HR)</b>?" in texts(calls)[0]
    asked = await rina.send("iya")
    assert "Kapan jadwal wawancara tahap rekrutmen (HR) Anda?" in texts(asked)[-1]


async def test_a_rejection_added_gets_condolence_and_no_reminder_question(
    bot: BotHarness,
) -> None:
    rina = bot.user(833, "Rina")
    calls = await add_by_typing(rina, "Blibli", "Analis Data", "linkedin", "besar", "ditolak")
    [said] = texts(calls)[-1:]
    assert said.startswith("Saya ikut sedih mendengar kabar dari <b>Blibli</b>")
    assert "Satu hal lagi" not in " ".join(texts(calls)) and "Tersimpan:" not in said
    [saved] = await applications(bot, 833)
    assert saved.stage == "rejected"
    # How far it got is not known: no stage claimed, the journey offered anyway.
    assert "apalagi setelah" not in said
    assert calls[-1].button_labels == ["Mulai pendampingan", "Nanti saja"]
    card = shown(await rina.send("/lamaran"))[0]
    listed = await rina.press("1. Blibli · Analis Data")
    detail = only(listed, "editMessageText").text
    # No made-up history: it was never recorded as sent on the day it was added.
    assert "Status: Ditolak, sejak 25 November 2026" in detail
    assert "Sebelumnya" not in detail and "Lamaran terkirim" not in detail
    assert "Mulai pendampingan" in only(listed, "editMessageText").button_labels
    assert "Blibli" in card
    began = await rina.press("Mulai pendampingan")
    assert "Sebelum mulai, saya ingin meminta izin Anda" in texts(began)[-1]
    # The journey keeps what the application knows and will ask the stage itself.
    answers = {a.prompt: a.value for a in await rows(bot, Answer, 833)}
    assert answers.get("company") == "Blibli" and "stage" not in answers


async def test_a_date_typed_with_a_weekday_and_a_time_is_read_and_the_time_not_claimed(
    bot: BotHarness,
) -> None:
    rina = bot.user(834, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "linkedin", "besar", "hr")
    saved = texts(await rina.send("senin 14/12 jam 13.00"))
    assert "wawancaranya pada Senin, 14 Desember 2026." in saved[0]
    assert "Jamnya tidak saya simpan" in saved[0]
    [app] = await applications(bot, 834)
    assert app.interview_on is not None and app.interview_on.isoformat() == "2026-12-14"


async def test_leaving_at_the_date_question_keeps_the_application_without_a_date(
    bot: BotHarness,
) -> None:
    rina = bot.user(835, "Rina")
    await add_by_typing(rina, "BCA", "Teller", "linkedin", "besar", "wawancara akhir")
    listed = texts(await rina.send("/lamaran"))
    assert "Belum ada lamaran" not in listed[0] and "Teller di BCA" in listed[0]
    [app] = await applications(bot, 835)
    assert app.stage == "final" and app.interview_on is None
    # Earlier in adding, /lamaran still cancels it.
    sari = bot.user(836, "Sari")
    await add_by_typing(sari, "PT Maju")
    cancelled = texts(await sari.send("/lamaran"))
    assert "tidak saya simpan" in cancelled[0] and "Belum ada lamaran" in cancelled[1]


async def test_a_source_typed_after_adding_was_left_is_not_called_a_button(
    bot: BotHarness,
) -> None:
    rina = bot.user(837, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis")
    await rina.send("/lanjut")
    [said] = texts(await rina.send("jobstreet"))
    assert said.startswith("Pencatatan lamaran tadi sudah terhenti") and "Tombol" not in said


async def test_no_news_with_how_long_is_the_no_news_stage(bot: BotHarness) -> None:
    rina = bot.user(838, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis", "linkedin", "besar")
    await rina.send("ga ada kabar udh 2 minggu")
    [app] = await applications(bot, 838)
    assert app.stage == "no_news"


async def test_an_interview_already_held_dates_its_stage(bot: BotHarness) -> None:
    rina = bot.user(839, "Rina")
    await add_by_typing(rina, "PT Astra", "Management Trainee", "jobstreet", "besar", "hr")
    saved = texts(await rina.send("23/11"))
    assert "tahap wawancara rekrutmen (HR), sejak 23 November 2026" in saved[0]
    [app] = await applications(bot, 839)
    assert app.interview_on is not None and app.interview_on.isoformat() == "2026-11-23"


async def test_yes_at_a_list_of_one_opens_nothing_and_the_reminder_is_asked_again(
    bot: BotHarness,
) -> None:
    """ "ya boleh" meant the reminder question /lamaran replaced, not the one entry."""
    rina = bot.user(9320, "Rina")
    await add_by_typing(rina, "PT Sinar Jaya", "Staf Pemasaran", "linkedin", "lewati")
    [_, asked] = texts(await rina.send("lamaran terkirim"))
    assert "bolehkah saya mengingatkan" in asked
    await rina.send("/lamaran")
    [line] = texts(await rina.send("ya boleh"))
    assert "belum saya pahami" in line and "Tahap:" not in line
    user = await user_row(bot, 9320)
    # Undecided: asked again with the next application.
    assert user is not None and user.nudge_quiet is None
    await rina.send("tambah")
    for answer in ("PT Laut Biru", "Staf Gudang", "linkedin", "lewati"):
        await rina.send(answer)
    assert "bolehkah saya mengingatkan" in texts(await rina.send("lamaran terkirim"))[-1]


async def test_a_feeling_typed_while_adding_is_no_company(bot: BotHarness) -> None:
    rina = bot.user(9321, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    [line] = texts(await rina.send("duh capek"))
    assert "bisa dicatat nanti" in line and "Duh Capek" not in line
    [line] = texts(await rina.send("apa ya"))
    assert "hanya untuk Anda sendiri" in line
    await rina.send("PT Laut Biru")
    await rina.send("Staf Gudang")
    assert texts(await rina.send("linkedin"))  # the next question came
    assert await applications(bot, 9321) == []  # saved only once complete


async def test_batal_while_adding_says_the_application_was_not_saved(bot: BotHarness) -> None:
    rina = bot.user(9322, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    await rina.send("PT Laut Biru")
    [cancelled] = texts(await rina.send("/batal"))
    assert "tidak jadi disimpan" in cancelled and "perjalanan" not in cancelled
    assert await applications(bot, 9322) == []


async def test_lamaran_halfway_through_adding_says_what_was_not_saved(bot: BotHarness) -> None:
    rina = bot.user(9323, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    for typed in ("Shopee", "product manager", "jobstreet"):
        await rina.send(typed)
    listed = texts(await rina.send("/lamaran"))
    assert listed[0] == "Lamaran yang tadi Anda catat belum lengkap, jadi tidak saya simpan."
    assert await applications(bot, 9323) == []


async def test_ditolak_typed_as_the_company_is_heard_as_news(bot: BotHarness) -> None:
    rina = bot.user(9324, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    [line] = texts(await rina.send("ditolak"))
    assert line.startswith("Ikut sedih mendengarnya.") and "/gagal" in line


async def test_a_miss_under_one_button_names_it(bot: BotHarness) -> None:
    rina = bot.user(9325, "Rina")
    await rina.send("/lamaran")
    [line] = texts(await rina.send("hmm"))
    assert "ketuk <b>Tambah lamaran</b> di atas" in line and "salah satu" not in line


async def test_a_goodbye_under_a_menu_is_answered_in_kind(bot: BotHarness) -> None:
    rina = bot.user(9326, "Rina")
    await rina.send("/lamaran")
    [bye] = texts(await rina.send("udah dulu ya"))
    assert bye.startswith("Baik, sampai nanti.")


async def test_a_name_corrected_within_its_own_message_keeps_the_last_one(
    bot: BotHarness,
) -> None:
    rina = bot.user(830, "Rina")
    position = "backend engineer, eh maksudnya software engineer backend"
    await add_by_typing(rina, "Gojek", position, "linkedin", "menengah", "dilamar")
    [application] = await rows(bot, Application, 830)
    assert (application.company, application.position) == ("Gojek", "Software Engineer Backend")


async def test_a_stage_and_its_day_typed_in_one_message_are_both_kept(bot: BotHarness) -> None:
    rina = bot.user(831, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "linkedin", "menengah", "dilamar")
    await rina.send("tidak usah")
    await rina.send("/lamaran")
    await rina.press("1. PT Maju · Analis Data")
    await rina.send("lanjut ke user minggu depan senin")
    [application] = await rows(bot, Application, 831)
    assert application.stage == "user"
    assert application.interview_on is not None and application.interview_on.weekday() == 0
    assert application.interview_on > bot.clock.now.date()


async def test_the_company_corrected_at_the_position_question_is_changed(bot: BotHarness) -> None:
    rina = bot.user(832, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    await rina.send("shopee")
    asked = texts(await rina.send("eh bukan, maksudnya Shopee Indonesia"))
    assert "Shopee Indonesia" in asked[-1] and "posisi" in asked[-1]
    for answer in ("Analis Data", "linkedin", "menengah", "dilamar"):
        await rina.send(answer)
    [application] = await rows(bot, Application, 832)
    assert (application.company, application.position) == ("Shopee Indonesia", "Analis Data")


async def test_the_day_told_with_the_stage_dates_the_application(bot: BotHarness) -> None:
    rina = bot.user(833, "Rina")
    await add_by_typing(rina, "Shopee", "Product Designer", "linkedin", "menengah")
    saved = texts(await rina.send("baru kirim cv kemarin"))
    assert any("sejak 24 November 2026" in text for text in saved)
    [application] = await rows(bot, Application, 833)
    assert application.stage == "applied"


async def test_a_name_typed_with_ya_kak_is_saved_without_them(bot: BotHarness) -> None:
    rina = bot.user(834, "Rina")
    await add_by_typing(
        rina, "grab kak", "software engineer ya kak", "linkedin", "menengah", "dilamar"
    )
    [application] = await rows(bot, Application, 834)
    assert (application.company, application.position) == ("Grab", "Software Engineer")


# --- news told in the words people use ----------------------------------------------------


async def test_a_stage_told_casually_while_adding_is_read_with_its_day(bot: BotHarness) -> None:
    rina = bot.user(880, "Rina")
    calls = await add_by_typing(rina, "Gojek", "Driver Ops", "dari temen kuliah", "besar")
    # "temen kuliah" is a friend's recommendation, not a question back.
    assert not any("Maksud Anda" in text for text in texts(calls))
    saved = texts(await rina.send("udh dipanggil interview hr buat kamis"))
    # The day came with the stage: saved, and not asked again.
    assert "Kamis, 26 November 2026" in saved[0]
    assert not any("Kapan jadwal" in text for text in saved)
    [app] = await applications(bot, 880)
    assert (app.stage, app.source) == ("hr", "referral")
    assert app.interview_on == date(2026, 11, 26)


async def test_a_rejection_told_with_akhirnya_is_no_final_interview(bot: BotHarness) -> None:
    rina = bot.user(881, "Rina")
    calls = await add_by_typing(
        rina, "Tokopedia", "Analis Data", "linkedin", "besar", "yah ditolak jg akhirnya"
    )
    assert texts(calls)[-1].startswith("Saya ikut sedih mendengar kabar dari <b>Tokopedia</b>")
    [app] = await applications(bot, 881)
    assert app.stage == "rejected"


async def test_news_typed_under_an_application_moves_it(bot: BotHarness) -> None:
    rina = bot.user(882, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "linkedin", "besar", "dilamar")
    await rina.send("tidak usah")
    await rina.send("/lamaran")
    await rina.press("1. PT Maju · Analis Data")
    passed = shown(await rina.send("lolos!"))
    # "lolos" is the step after the one it was at, and good news, greeted as such.
    assert passed[0].startswith(
        "Kabar baik! Lamaran Anda di <b>PT Maju</b> berlanjut ke tahap "
        "<b>tes atau wawancara teknis</b>."
    )
    await rina.press("Lewati")
    told = texts(await rina.send("ga lolos tes nya"))
    assert told[-1].startswith("Saya ikut sedih mendengar kabar dari <b>PT Maju</b>")
    [app] = await applications(bot, 882)
    assert app.stage == "rejected"


async def test_news_of_a_tracked_company_typed_anywhere_updates_it(bot: BotHarness) -> None:
    rina = bot.user(883, "Rina")
    await add_by_typing(rina, "Gojek", "Driver Ops", "linkedin", "besar", "hr")
    await rina.press("Lewati")
    await rina.send("tidak usah")
    # Nothing waits for text: the news names Gojek, so Gojek's entry is marked, kindly.
    told = await rina.send("gojek nolak aku barusan")
    assert texts(told)[-1].startswith("Saya ikut sedih mendengar kabar dari <b>Gojek</b>")
    assert "apalagi setelah Anda sampai di tahap wawancara rekrutmen (HR)" in texts(told)[-1]
    assert told[-1].button_labels == ["Mulai pendampingan", "Nanti saja"]
    [app] = await applications(bot, 883)
    assert app.stage == "rejected"


async def test_a_rejection_by_a_company_not_tracked_still_offers_company(
    bot: BotHarness,
) -> None:
    rina = bot.user(884, "Rina")
    told = await rina.send("shopee nolak aku barusan")
    # Not "belum saya pahami": being accompanied is one tap away.
    assert "belum saya pahami" not in texts(told)[-1]
    assert told[-1].button_labels == ["Mulai pendampingan"]
    # The user saying no to an offer is no rejection to be sorry for.
    await add_by_typing(rina, "Gojek", "Driver Ops", "linkedin", "besar", "tawaran kerja")
    declined = texts(await rina.send("aku nolak offer gojek"))
    assert not any("ikut sedih" in text for text in declined)
    [app] = await applications(bot, 884)
    assert app.stage == "offer"


async def test_news_of_a_tracked_company_told_during_a_journey_updates_it(
    bot: BotHarness,
) -> None:
    rina = bot.user(885, "Rina")
    await add_by_typing(rina, "Gojek", "Driver Ops", "linkedin", "besar", "hr")
    await rina.press("Lewati")
    await rina.send("tidak usah")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("2")
    await rina.send("/batal")  # the invitation back is on screen
    told = await rina.send("gojek nolak aku barusan")
    # No answer to the invitation: the news is taken where it belongs, the journey kept.
    assert texts(told)[-1].startswith("Saya ikut sedih mendengar kabar dari <b>Gojek</b>")
    [app] = await applications(bot, 885)
    assert app.stage == "rejected"
    [journey] = await rows(bot, Journey, 885)
    assert journey.status == "paused"


async def test_news_naming_a_company_by_its_first_word_moves_it(bot: BotHarness) -> None:
    rina = bot.user(886, "Rina")
    await add_by_typing(rina, "PT Astra International", "Management Trainee", "linkedin")
    await rina.send("besar")
    await rina.send("hr")
    await rina.press("Lewati")
    await rina.send("tidak usah")
    await rina.send("/lamaran")
    # At the list, news is news: not "Maksud Anda PT Astra…?".
    told = shown(await rina.send("keterima di astra!!"))
    assert told[0].startswith("Selamat atas tawaran kerja dari <b>PT Astra International</b>!")
    [app] = await applications(bot, 886)
    assert app.stage == "offer"
    # "maju" names no PT Maju Bersama: an everyday word is never a company.
    budi = bot.user(887, "Budi")
    await add_by_typing(budi, "PT Maju Bersama", "Analis Data", "linkedin", "besar", "dilamar")
    await budi.send("tidak usah")
    await budi.send("maju terus pantang mundur, lolos deh")
    [kept] = await applications(bot, 887)
    assert kept.stage == "applied"


async def test_no_news_told_in_people_s_words_marks_it_no_news(bot: BotHarness) -> None:
    rina = bot.user(888, "Rina")
    await add_by_typing(rina, "Shopee", "Analis Data", "linkedin", "besar", "dilamar")
    await rina.send("tidak usah")
    await rina.send("shopee ghosting aku nih udh 3 minggu")
    [app] = await applications(bot, 888)
    assert app.stage == "no_news"


async def test_news_typed_under_the_reminder_question_is_taken(bot: BotHarness) -> None:
    rina = bot.user(889, "Rina")
    calls = await add_by_typing(rina, "Traveloka", "Analis Data", "linkedin", "besar", "hr")
    calls += await rina.press("Lewati")
    # The reminder question is on screen; the news is not "belum saya pahami".
    assert "Satu hal lagi" in texts(calls)[-1]
    told = texts(await rina.send("eh dapet offer dr traveloka!!!"))
    assert told[0].startswith("Selamat atas tawaran kerja dari <b>Traveloka</b>!")
    [app] = await applications(bot, 889)
    assert app.stage == "offer"


async def test_asking_in_words_to_add_one_takes_what_it_names(bot: BotHarness) -> None:
    """ "tambahin dong, tokopedia posisi product manager" at /lamaran, empty or not: the
    company and position are taken and the next question asked."""
    rina = bot.user(890, "Rina")
    await rina.send("/lamaran")
    asked = texts(await rina.send("tambahin dong, tokopedia posisi product manager"))
    assert "belum saya pahami" not in asked[-1] and "Di perusahaan mana" not in asked[-1]
    assert rina.last_keyboard_message().button_labels  # where the vacancy was found
    await rina.send("linkedin")
    await rina.send("lewati")
    await rina.send("dilamar")
    [tokopedia] = await applications(bot, 890)
    assert (tokopedia.company, tokopedia.position) == ("Tokopedia", "Product Manager")
    # With one listed, "masukin gojek ya" asks the position of Gojek.
    await rina.send("/lamaran")
    [position] = texts(await rina.send("masukin gojek ya"))
    assert "Untuk posisi apa Anda melamar di <b>Gojek</b>?" in position


async def test_a_rejection_from_a_company_not_on_the_list_can_be_noted(bot: BotHarness) -> None:
    """ "oiya btw aku jg ditolak shopee kemarin" under the reminder question, Shopee not
    on the list: heard, with one tap to note it as rejected and one to be accompanied."""
    rina = bot.user(891, "Rina")
    await add_by_typing(rina, "Gojek", "Analis Data", "linkedin", "lewati", "dilamar")
    calls = await rina.send("oiya btw aku jg ditolak shopee kemarin")
    offer = only(calls, "sendMessage")
    assert "Ikut sedih" in offer.text and "belum saya pahami" not in offer.text
    assert offer.button_labels == ["Catat di daftar lamaran", "Mulai pendampingan"]
    asked = texts(await rina.press("Catat di daftar lamaran", on=offer))
    assert "Di perusahaan mana Anda melamar?" in asked[-1]
    await rina.send("Shopee")
    await rina.send("Data Analyst")
    await rina.send("linkedin")
    saved = texts(await rina.send("lewati"))
    assert "Ditolak" in " ".join(saved) or "ditolak" in " ".join(saved)
    gojek, shopee = await applications(bot, 891)
    assert (shopee.company, shopee.position, shopee.stage) == ("Shopee", "Data Analyst", "rejected")
    assert gojek.stage == "applied"
    # At the list too.
    await rina.send("/lamaran")
    offer = only(await rina.send("tokopedia ditolak juga"), "sendMessage")
    assert offer.button_labels == ["Catat di daftar lamaran", "Mulai pendampingan"]


async def test_a_typed_stage_that_undoes_the_record_is_asked_first(bot: BotHarness) -> None:
    """ "baru kirim" typed under an application at the user interview, or a correction
    under Ditolak: nothing moves until "Ya, ubah tahapnya" is tapped."""
    rina = bot.user(892, "Rina")
    await add_by_typing(rina, "Gojek", "Analis Data", "linkedin", "lewati", "interview user")
    await rina.send("lewati")  # no date
    await rina.send("/lamaran")
    await rina.send("gojek")
    asked = only(await rina.send("baru kirim"), "sendMessage")
    assert "Ubah kembali ke <b>Lamaran terkirim</b>?" in asked.text
    assert asked.button_labels == ["Ya, ubah tahapnya", "Tidak, biarkan"]
    [gojek] = await applications(bot, 892)
    assert gojek.stage == "user"
    await rina.press("Tidak, biarkan", on=asked)
    [gojek] = await applications(bot, 892)
    assert gojek.stage == "user"
    # Rejected, then "td salah, sebenernya udh sampe interview user": asked, kept.
    await rina.send("gojek nolak aku")
    [gojek] = await applications(bot, 892)
    assert gojek.stage == "rejected"
    asked = only(
        await rina.send("yg gojek td salah, sebenernya udh sampe interview user"), "sendMessage"
    )
    assert "tercatat <b>Ditolak</b>" in asked.text
    [gojek] = await applications(bot, 892)
    assert gojek.stage == "rejected"
    await rina.press("Ya, ubah tahapnya", on=asked)
    [gojek] = await applications(bot, 892)
    assert gojek.stage == "user"


async def test_company_position_and_source_in_one_line_fill_three_questions(
    bot: BotHarness,
) -> None:
    """ "Traveloka, data analyst, dari jobstreet" at the company question: three answers,
    never one company named "Traveloka, data analyst, dari jobstreet"."""
    rina = bot.user(893, "Rina")
    await rina.send("/lamaran")
    await rina.send("tambah")
    asked = texts(await rina.send("Traveloka, data analyst, dari jobstreet"))
    assert "jenis apa" in asked[-1]  # the kind of company: position and source are known
    await rina.send("lewati")
    await rina.send("baru kirim cv aja")
    [traveloka] = await applications(bot, 893)
    assert (traveloka.company, traveloka.position, traveloka.source, traveloka.stage) == (
        "Traveloka",
        "Data Analyst",
        "portal",
        "applied",
    )


async def test_asking_how_many_applications_gets_the_count(bot: BotHarness) -> None:
    rina = bot.user(894, "Rina")
    [none] = texts(await rina.send("lamaranku ada brp sih skrg?"))
    assert none.startswith("Belum ada lamaran yang tercatat.") and "/lamaran" in none
    await add_by_typing(rina, "Gojek", "Analis Data", "linkedin", "lewati", "dilamar")
    await rina.send("boleh")
    [one] = texts(await rina.send("lamaranku ada brp sih skrg?"))
    assert one.startswith("Saat ini ada 1 lamaran yang tercatat.")
