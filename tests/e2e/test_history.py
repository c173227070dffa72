"""/riwayat and the second /gagal through the real Application: journeys newest first,
patterns across them, pages that turn by button and by typing, and what helped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.db.models import Answer, Journey, MoodCheckin
from tests.e2e.test_journey import BY_BUTTONS, BY_TYPING, assert_valid_html, run_steps
from tests.harness import BotHarness, only, texts

COURSE = "Ikuti kursus daring tentang analisis data"
# Its button on the /rencana checklist: the short form.
COURSE_BUTTON = "Kursus analisis data"


async def test_two_journeys_listed_newest_first_with_their_patterns(bot: BotHarness) -> None:
    rina = bot.user(601, "Rina")
    first = await rina.send("/gagal")
    assert "pernah melewati masa seperti ini" not in texts(first)[0]  # nothing to look back on yet
    calls = first + await run_steps(rina, BY_BUTTONS)
    calls += await rina.send("/rencana")
    calls += await rina.press(f"⬜ {COURSE_BUTTON}")

    bot.clock.now += timedelta(days=3)
    second = await rina.send("/gagal")
    opening = texts(second)[0]
    assert "ikut sedih mendengar" in opening
    # What was done, in the bot's own words: a verb phrase, not a quoted label.
    assert "Anda pernah melewati masa seperti ini sebelumnya" in opening
    assert "yaitu mengikuti kursus daring tentang analisis data." in opening
    assert COURSE not in opening and "“" not in opening
    # The same skill again, written differently; consent is not asked a second time.
    typed = ["Analisis  DATA" if answer == "presentasi" else answer for answer in BY_TYPING[1:]]
    calls += second
    for answer in typed:
        calls += await rina.send(answer)
    assert "Rangkuman perjalanan Anda" in texts(calls)[-1]

    shown = await rina.send("/riwayat")
    calls += shown
    assert_valid_html(calls)
    listing, patterns = texts(shown)
    newer = listing.index("Desainer Produk di PT Sinar")
    older = listing.index("Analis Data di PT Maju &lt;Jaya&gt;")
    assert newer < older
    assert "Wawancara 27 November 2026" in listing and "Wawancara 20 November 2026" in listing
    assert listing.count("Selesai pada") == 2 and "Kelima langkah" not in listing
    assert "di awal: 4 (cukup baik)" in listing and "di awal: 2 (buruk)" in listing
    # One page: no page buttons; each plan stays reachable, the older one included.
    first_page = only(shown[:1], "sendMessage")
    assert first_page.button_labels == ["Lihat rencana nomor 1", "Lihat rencana nomor 2"]
    older_plan = await rina.press("Lihat rencana nomor 2", on=first_page)
    assert "analisis data" in only(older_plan, "sendMessage").text

    assert "Yang terlihat dari 2 perjalanan Anda" in patterns
    # Research was the lowest both times (tied with the technical area the first time).
    assert "riset perusahaan dan posisi (2 dari 2 wawancara)" in patterns
    assert "meriset perusahaan dan posisi lebih mendalam" in patterns
    assert "Analisis DATA, di 2 perjalanan" in patterns
    assert "Sudah 1 dari 9 butir rencana Anda selesaikan" in patterns
    # 20 → 25 November and 27 → 28 November: five days and one.
    assert "Anda sudah menuntaskan 2 perjalanan, rata-rata 3 hari setelah wawancaranya" in patterns


async def test_the_third_journey_names_the_area_that_improved(bot: BotHarness) -> None:
    rina = bot.user(602, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)  # communication rated 4
    bot.clock.now += timedelta(days=2)
    await rina.send("/gagal")
    lower = ["2" if answer == "4" else answer for answer in BY_TYPING[1:]]
    for answer in lower:  # communication rated 2 this time, nothing ticked
        await rina.send(answer)
    bot.clock.now += timedelta(days=2)
    opening = texts(await rina.send("/gagal"))[0]
    # Nothing was ticked last time: the strategy chosen then is what there is to say.
    assert "dan berencana memperbarui CV dan surat lamaran" in opening and "“" not in opening
    assert "naik dari" not in opening  # communication went down: no improvement claimed


async def test_pages_turn_by_button_and_by_typing_and_old_buttons_do_nothing(
    bot: BotHarness,
) -> None:
    sari = bot.user(603, "Sari")
    await sari.send("/start")  # the user's row
    base = datetime(2026, 10, 1, 3, 0, tzinfo=UTC)
    async with bot.services.store.transaction() as session:
        journeys = []
        for number in range(1, 8):
            started = base + timedelta(days=number)
            journey = Journey(
                user_id=603,
                status="finished" if number % 2 else "paused",
                prompt="strategy" if number % 2 else "evaluation",
                company=f"PT Nomor {number}",
                position="Analis",
                created_at=started,
                updated_at=started,
                finished_at=started + timedelta(days=2) if number % 2 else None,
            )
            journeys.append(journey)
        journeys[-1].feedback_reply = "Terima kasih. Jawaban teknis Anda perlu lebih terstruktur."
        session.add_all(journeys)
        await session.flush()
        latest = journeys[-1]
        session.add(
            Answer(
                journey_id=latest.id,
                user_id=603,
                prompt="mood",
                value=2,
                is_feeling=True,
                created_at=base,
                updated_at=base,
            )
        )
        for days, score in ((8, 3), (9, 4)):
            session.add(
                MoodCheckin(
                    user_id=603,
                    journey_id=latest.id,
                    score=score,
                    source="command",
                    created_at=base + timedelta(days=days),
                )
            )

    shown = await sari.send("/riwayat")
    assert_valid_html(shown)
    listing = shown[0]
    assert "halaman 1 dari 2" in listing.text
    assert [n for n in range(1, 8) if f"PT Nomor {n}</b>" in listing.text] == [4, 5, 6, 7]
    assert listing.text.index("PT Nomor 7") < listing.text.index("PT Nomor 4")
    assert "Balasan perekrut: <i>Terima kasih. Jawaban teknis" in listing.text
    assert ".Balasan perekrut" not in listing.text  # each on a line of its own
    assert "Suasana hati di awal: 2 (buruk); terakhir dicatat: 4 (cukup baik)" in listing.text
    assert "Dijeda, di langkah 3 dari 5" in listing.text
    assert listing.button_labels == ["Berikutnya"]
    assert "Anda sudah menuntaskan 4 perjalanan, rata-rata 2 hari setelah" in texts(shown)[1]

    pressed = await sari.press("Berikutnya")
    assert only(pressed, "answerCallbackQuery")
    page_two = only(pressed, "editMessageText")
    assert "halaman 2 dari 2" in page_two.text
    assert [n for n in range(1, 8) if f"PT Nomor {n}</b>" in page_two.text] == [1, 2, 3]
    assert page_two.button_labels == ["Sebelumnya"]
    assert texts(pressed) == []  # the page is turned in place; patterns are not repeated

    replayed = await sari.redeliver()  # Telegram delivers the same press again
    assert only(replayed, "answerCallbackQuery")

    typed = await sari.send("Sebelumnya")
    page_one = only(typed, "sendMessage")
    assert "halaman 1 dari 2" in page_one.text and page_one.button_labels == ["Berikutnya"]
    typed = await sari.send("1")  # the position of the only button
    assert "halaman 2 dari 2" in only(typed, "sendMessage").text

    stale = await sari.press("Berikutnya", on=listing)
    assert "tidak berlaku" in only(stale, "answerCallbackQuery").params["text"]
    assert [c.method for c in stale] == ["answerCallbackQuery"]

    assert_valid_html(pressed + typed)
    assert "halaman" in texts(await sari.send("/riwayat"))[0]  # still works afterwards


async def test_without_journeys_riwayat_points_kindly_to_gagal(bot: BotHarness) -> None:
    budi = bot.user(604, "Budi")
    calls = await budi.send("/riwayat")
    message = only(calls, "sendMessage")
    assert "Belum ada perjalanan" in message.text and "/gagal" in message.text
    assert message.buttons == []


async def test_riwayat_mid_journey_lists_it_as_running(bot: BotHarness) -> None:
    budi = bot.user(605, "Budi")
    await budi.send("/gagal")
    await run_steps(budi, BY_BUTTONS[:2])  # consent and the mood; the feelings are asked
    listing = only(await budi.send("/riwayat"), "sendMessage").text
    assert "Perjalanan yang baru dimulai" in listing  # no company given yet
    assert "Sedang berjalan, di langkah 1 dari 5 (Beri ruang untuk perasaan)" in listing
    assert "Suasana hati di awal: 2 (buruk)." in listing
    # With one page there is no keyboard, so the journey's own buttons still answer.
    calls = await budi.press("Kecewa")
    assert "Kecewa" in str(calls[-1].button_labels)
