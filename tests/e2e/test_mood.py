"""Mood check-ins and the chart through the real Application: /mood (pressed and typed),
the check-in on the daily message, /grafik, and the data rights that cover them."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from bot import chart
from bot.db import moods
from bot.db.models import Journey, MoodCheckin, User
from bot.local_api import ApiCall
from conversations.mood import build_chart
from tests.e2e.test_journey import assert_valid_html, rows
from tests.harness import BotHarness, UserSession, only, sent_files, texts
from tests.integration.test_scheduler import WIB_0800, opt_in, tick
from tests.telegram_html import html_problems

SCALE = ["1 · Sangat buruk", "2", "3", "4", "5 · Sangat baik"]


async def start_journey(
    user: UserSession, consent: bool = True, interview: str = "20/11/2026", mood: str = "2"
) -> None:
    """Through the journey's mood prompt (the journey's start mood), then step 1 and the
    interview's details (its date is day 0 of the chart)."""
    await user.send("/gagal")
    await user.press("Ya, saya setuju" if consent else "Tidak, jangan simpan")
    await user.press(mood)
    await user.press("Selesai")  # no feeling ticked
    await user.press("Lewati")  # no story
    await user.press("Saya siap lanjut")
    await user.send("PT Maju")
    await user.send("Analis Data")
    await user.press("Tes atau wawancara teknis")
    await user.send(interview)


async def checkins(bot: BotHarness, user_id: int) -> list[tuple[int, str, int | None]]:
    found = await rows(bot, MoodCheckin, user_id)
    return [(row.score, row.source, row.journey_id) for row in sorted(found, key=lambda r: r.id)]


def assert_valid_captions(calls: list[ApiCall]) -> None:
    for call in calls:
        if call.method == "sendPhoto":
            assert html_problems(call.text) == [] and len(call.text) <= 1024


async def test_mood_with_consent_stores_the_score_its_source_and_the_journey(
    bot: BotHarness,
) -> None:
    rina = bot.user(1001, "Rina")
    await start_journey(rina)
    [journey] = await rows(bot, Journey, 1001)
    asked = await rina.send("/mood")
    prompt = only(asked, "sendMessage")
    assert "Ketuk angka dari 1 (sangat buruk) sampai 5 (sangat baik)" in prompt.text
    assert prompt.button_labels == SCALE
    calls = await rina.press("4")
    assert_valid_html(asked + calls)
    reply = only(calls, "sendMessage").text
    assert "Senang mendengarnya" in reply and "Sudah saya catat" in reply and "/grafik" in reply
    assert "Anda memilih" not in reply  # no clinical echo of the score
    assert "/lanjut" in reply  # the journey still waits for its next answer
    assert await checkins(bot, 1001) == [(4, "command", journey.id)]
    # The same button again is stale: nothing is stored twice.
    again = await rina.press("4", on=prompt)
    assert "tidak berlaku" in only(again, "answerCallbackQuery").params["text"]
    assert len(await checkins(bot, 1001)) == 1


async def test_a_typed_number_or_label_answers_and_a_low_score_points_to_help(
    bot: BotHarness,
) -> None:
    rina = bot.user(1002, "Rina")
    await start_journey(rina)
    await rina.send("/mood")
    typed = await rina.send("4")
    await rina.send("/mood")
    await rina.send("5 · sangat baik")
    await rina.send("/mood")
    low = await rina.send("1")
    assert_valid_html(typed + low)
    assert "Senang mendengarnya" in texts(typed)[0]
    gentle = only(low, "sendMessage").text
    assert "Hari seperti ini memang berat" in gentle and "/bantuan" in gentle
    await rina.send("/mood")
    two = only(await rina.send("2"), "sendMessage").text  # not the same words twice
    assert "Wajar jika Anda merasa begini" in two and "Hari seperti ini" not in two
    # /mood comes at any time: no assumption that a rejection just happened, and not
    # the thanks that opens the other replies a struggling person reads.
    assert "penolakan" not in gentle and "memberi tahu saya" not in gentle
    assert "Senang" not in gentle and "Anda memilih" not in gentle
    assert "119" not in gentle  # the contacts live in /bantuan only
    # After a low score, no push back to the journey: only that it can wait.
    assert "Jika nanti sudah siap" in gentle and "masih tersimpan" not in gentle
    assert [score for score, _, _ in await checkins(bot, 1002)] == [4, 5, 1, 2]


async def test_without_consent_nothing_is_stored_and_the_reply_says_why(bot: BotHarness) -> None:
    never_asked = bot.user(1003, "Budi")
    await never_asked.send("/mood")
    calls = await never_asked.press("3")
    answered = only(calls, "sendMessage")
    reply = answered.text
    assert reply.startswith("Terima kasih sudah berbagi.") and "tidak saya simpan" in reply
    assert "belum memberi persetujuan" in reply and "/hapusdata" not in reply
    # Consent is one tap away for whoever was never asked; never offered to one who said no.
    assert answered.button_labels == ["Izinkan penyimpanan"]
    refused = bot.user(1004, "Sari")
    await start_journey(refused, consent=False)
    await refused.send("/mood")
    refused_calls = await refused.press("2")
    calls += refused_calls
    reply = texts(calls)[-1]
    assert "memilih agar data perasaan tidak disimpan" in reply and "/bantuan" in reply
    assert only(refused_calls, "sendMessage").buttons == []
    charts = await never_asked.send("/grafik") + await refused.send("/grafik")
    assert "belum memberi persetujuan" in texts(charts)[0]
    assert charts[0].button_labels == ["Izinkan penyimpanan"]
    assert "memilih agar data perasaan tidak disimpan" in texts(charts)[1]
    # Asking for the chart is where storage is switched on, not /hapusdata.
    assert charts[1].button_labels == ["Izinkan penyimpanan"] and "/hapusdata" not in charts[1].text
    assert_valid_html(calls + charts)
    assert await checkins(bot, 1003) == [] and await checkins(bot, 1004) == []
    # The tap gives consent; the next score is kept.
    given = texts(await never_asked.press("Izinkan penyimpanan", on=charts[0]))
    assert "Mulai sekarang jawaban tentang perasaan" in given[-1]
    await never_asked.send("/mood")
    await never_asked.press("4")
    assert [score for score, _, _ in await checkins(bot, 1003)] == [4]


async def test_a_mood_button_on_the_daily_message_stores_a_daily_checkin(
    bot: BotHarness,
) -> None:
    bot.clock.now = WIB_0800 - timedelta(hours=2)
    rina = bot.user(1005, "Rina")
    await start_journey(rina)
    await opt_in(bot, 1005, WIB_0800 - timedelta(hours=1))
    await tick(bot, WIB_0800)
    daily = [c for c in rina.sent_to_me() if c.method == "sendMessage"][-1]
    assert "Bagaimana perasaan Anda hari ini?" in daily.text
    assert daily.button_labels == [*SCALE, "Matikan pesan harian"]
    restart = only(await rina.send("/gagal"), "sendMessage")  # a newer keyboard is live
    calls = await rina.press("3", on=daily)
    assert only(calls, "sendMessage").text.startswith("Terima kasih sudah berbagi.")
    [journey] = await rows(bot, Journey, 1005)
    assert await checkins(bot, 1005) == [(3, "daily", journey.id)]
    # The daily message keeps its off switch; the check-in is used up.
    edited = only(calls, "editMessageReplyMarkup")
    assert edited.button_labels == ["Matikan pesan harian"]
    # The live keyboard was left alone.
    resumed = await rina.press("Lanjutkan yang sebelumnya", on=restart)
    assert "Nama apa yang ingin Anda cantumkan" in texts(resumed)[-1]


def recorded_charts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    """Every chart /grafik draws, as (its data, its figure)."""
    drawn: list[tuple[Any, Any]] = []
    real_figure_for = chart.figure_for

    def recording_figure_for(data: Any, text: chart.ChartText) -> Any:
        drawn.append((data, real_figure_for(data, text)))
        return drawn[-1][1]

    monkeypatch.setattr(chart, "figure_for", recording_figure_for)
    return drawn


async def test_grafik_draws_the_database_rows_one_line_per_rejection(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = recorded_charts(monkeypatch)
    rina = bot.user(1006, "Rina")
    await start_journey(rina)  # interview 20 November, start mood 2 on the 25th: day 5
    few = await rina.send("/grafik")
    assert "baru ada satu" in only(few, "sendMessage").text and "/mood" in texts(few)[0]
    assert drawn == []

    bot.clock.now += timedelta(days=1)
    await rina.send("/mood")
    await rina.press("4")
    calls = await rina.send("/grafik")
    assert_valid_captions(calls)
    photo = only(calls, "sendPhoto")
    assert "memuat 2 catatan dari 1 wawancara" in photo.text
    [(filename, content)] = photo.files.values()
    image = Image.open(io.BytesIO(content))
    assert filename.endswith(".png") and image.format == "PNG"
    assert image.size == (1000, 600)
    data, figure = drawn[-1]
    lines = figure.axes[0].get_lines()
    # Each note on its day, at its hour: the integer part is the day.
    assert [[int(x), y] for x, y in lines[0].get_xydata().tolist()] == [[5, 2], [6, 4]]
    assert figure.legends[0].get_texts()[0].get_text() == "Analis Data di PT Maju"
    assert figure.axes[0].get_xlabel() == "Hari sejak wawancara"

    # A second rejection (no date given: day 0 is the day it began) gets its own line.
    await rina.send("/gagal")
    await rina.press("Mulai untuk wawancara lain")
    await rina.press("5 · Sangat baik")
    calls = await rina.send("/grafik")
    assert "memuat 3 catatan dari 2 wawancara" in only(calls, "sendPhoto").text
    data, figure = drawn[-1]
    plotted = [
        [[int(x), y] for x, y in line.get_xydata().tolist()] for line in figure.axes[0].get_lines()
    ]
    assert plotted[:2] == [[[5, 2], [6, 4]], [[0, 5]]]
    # What was drawn is exactly the database's rows through the series builder.
    async with bot.services.store.transaction() as session:
        journeys, stored = await moods.chart_rows(session, 1006)
    assert data == build_chart(journeys, stored, ZoneInfo("Asia/Jakarta"))
    assert [len(series.points) for series in data.series] == [2, 1]


async def test_export_includes_checkins_and_withdrawing_consent_deletes_them(
    bot: BotHarness,
) -> None:
    rina = bot.user(1007, "Rina")
    other = bot.user(1008, "Sari")
    for user in (rina, other):
        await start_journey(user)
        await user.send("/mood")
        await user.press("4")
    calls = await rina.send("/ekspor")
    documents = sent_files(calls)
    exported = json.loads(documents["bangkit-data-saya.json"])["tables"]["mood_checkins"]
    [journey] = await rows(bot, Journey, 1007)
    assert [(r["score"], r["source"], r["journey_id"]) for r in exported] == [
        (4, "command", journey.id)
    ]
    summary = documents["bangkit-ringkasan-data.txt"].decode()
    assert "CATATAN SUASANA HATI" in summary
    assert "25 November 2026 pukul 10.00 WIB: 4 (cukup baik), lewat /mood, perjalanan 1" in summary

    await rina.send("/hapusdata")
    await rina.press("Tarik persetujuan")
    await rina.press("Ya, tarik persetujuan")
    assert await checkins(bot, 1007) == []
    assert len(await checkins(bot, 1008)) == 1  # someone else's stay
    await rina.send("/mood")
    after = await rina.press("5 · Sangat baik")
    assert "memilih agar data perasaan tidak disimpan" in texts(after)[0]
    assert await checkins(bot, 1007) == []


async def test_text_the_scale_cannot_read_asks_again_and_the_scale_still_answers(
    bot: BotHarness,
) -> None:
    """The /mood question is open: "nothing is waiting for an answer" would be untrue."""
    rina = bot.user(1010, "Rina")
    await rina.send("/mood")
    missed = only(await rina.send("entahlah"), "sendMessage").text
    assert "belum saya pahami" in missed and "Ketuk angka 1\u20135" in missed
    assert "tidak ada pertanyaan yang perlu Anda jawab" not in missed
    answered = only(await rina.send("3"), "sendMessage").text
    assert answered.startswith("Terima kasih sudah berbagi.")


async def test_a_mood_not_understood_is_asked_again_with_words_as_an_example(
    bot: BotHarness,
) -> None:
    """The /mood question invites the person's own words: so does its re-prompt."""
    budi = bot.user(1010, "Budi")
    await budi.send("/mood")
    [again] = texts(await budi.send("hmm entahlah"))
    assert "Ketuk angka 1\u20135, atau tulis perasaan Anda, misalnya <i>lumayan</i>." in again


async def test_without_a_journey_grafik_draws_the_mood_notes_from_the_first_one(
    bot: BotHarness,
) -> None:
    """Someone who only ever used /mood sees their notes, counted from the first one."""
    budi = bot.user(1010, "Budi")
    await budi.send("/mood")
    asked = await budi.press("3")
    await budi.press("Izinkan penyimpanan", on=asked[-1])
    # The mood told just before agreeing is kept with the consent.
    [one] = texts(await budi.send("/grafik"))
    assert "baru ada satu" in one
    for score in ("4",):
        await budi.send("/mood")
        answered = texts(await budi.press(score))
        assert "Sudah saya catat" in answered[-1] and "/grafik" in answered[-1]
    calls = await budi.send("/grafik")
    photo = only(calls, "sendPhoto")
    assert "2 catatan /mood Anda; hari-harinya dihitung sejak catatan pertama" in photo.text
    assert "wawancara, satu garis" not in photo.text
    assert_valid_captions(calls)
    [(_, content)] = photo.files.values()
    assert Image.open(io.BytesIO(content)).size == (chart.WIDTH_PX, chart.HEIGHT_PX)
    # After /gagal the notes are not lost: they are the days before the interview.
    bot.clock.now += timedelta(days=2)
    await budi.send("/gagal")  # consent was given at /mood: the mood comes first
    for step in ("2", "Selesai", "Lewati", "Saya siap lanjut"):
        await budi.press(step)
    for typed in ("PT Maju", "Analis Data"):
        await budi.send(typed)
    await budi.press("Tes atau wawancara teknis")
    await budi.press("Hari ini")
    caption = only(await budi.send("/grafik"), "sendPhoto").text
    assert "memuat 3 catatan dari 1 wawancara" in caption  # two notes and the start mood
    assert [score for score, _, _ in await checkins(bot, 1010)] == [3, 4]
    assert "Titik di sebelah kiri garis itu adalah catatan /mood sebelum hari ke-0." in caption
    assert "tidak tampil" not in caption


async def test_ok_after_another_answer_nods_to_it_and_the_scale_still_takes_a_number(
    bot: BotHarness,
) -> None:
    """ "ok" after /riwayat's answer is about that answer: it is no mood of 4."""
    sari = bot.user(1011, "Sari")
    await sari.send("/mood")
    await sari.press("3")
    await sari.press("Izinkan penyimpanan")
    asked = await sari.send("/mood")
    await sari.send("/riwayat")
    [nod] = texts(await sari.send("ok"))
    assert nod.startswith("Baik.") and "/bantuan" in nod
    assert "tidak ada pertanyaan yang perlu Anda jawab" not in nod
    assert await checkins(bot, 1011) == [(3, "command", None)]  # kept with the consent
    # The scale is still there to answer, typed or tapped.
    [answered] = texts(await sari.send("2"))
    assert "Sudah saya catat" in answered
    assert [score for score, _, _ in await checkins(bot, 1011)] == [3, 2]
    assert only(asked, "sendMessage").button_labels == SCALE


async def test_ok_right_under_the_scale_is_an_answer(bot: BotHarness) -> None:
    sari = bot.user(1012, "Sari")
    await sari.send("/mood")
    await sari.press("3")
    await sari.press("Izinkan penyimpanan")
    await sari.send("/mood")
    [answered] = texts(await sari.send("oke"))
    assert "Sudah saya catat" in answered
    assert [score for score, _, _ in await checkins(bot, 1012)] == [3, 4]


async def test_consent_given_under_a_mood_answer_keeps_that_mood(bot: BotHarness) -> None:
    budi = bot.user(1040, "Budi")
    await budi.send("/mood")
    await budi.press("2")
    # Typed as people say it, under the one button.
    [given] = texts(await budi.send("boleh deh disimpen"))
    assert given.startswith("Terima kasih. Suasana hati yang Anda pilih tadi juga sudah saya")
    assert [score for score, _, _ in await checkins(bot, 1040)] == [2]
    # Saying no to it stores nothing and gives no consent.
    sari = bot.user(1041, "Sari")
    await sari.send("/mood")
    await sari.press("3")
    await sari.send("eh ga jadi deh, jangan disimpen")
    assert await checkins(bot, 1041) == []
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 1041)
    assert user is not None and user.consent_feelings is None


async def test_asking_in_words_to_keep_feelings_offers_the_consent_tap(bot: BotHarness) -> None:
    sari = bot.user(1042, "Sari")
    await sari.send("/gagal")
    await sari.press("Tidak, jangan simpan")
    await sari.send("/batal")
    await sari.press("Tidak usah, terima kasih")
    calls = await sari.send("yaudah simpen aja mulai skrg gpp")
    offer = only(calls, "sendMessage")
    assert "ketuk <b>Izinkan penyimpanan</b>" in offer.text
    assert offer.button_labels == ["Izinkan penyimpanan"]
    given = texts(await sari.press("Izinkan penyimpanan", on=offer))
    assert "Mulai sekarang" in given[-1]


async def test_a_mood_given_again_within_minutes_replaces_the_one_before(bot: BotHarness) -> None:
    rina = bot.user(1043, "Rina")
    await start_journey(rina, consent=True)
    await rina.send("/mood")
    await rina.press("4")
    await rina.send("/mood")
    await rina.send("eh td salah, 3 aja deh")
    assert [score for score, _, _ in await checkins(bot, 1043)] == [3]
    # Later, a new /mood is a new note.
    bot.clock.now += timedelta(hours=3)
    await rina.send("/mood")
    await rina.press("4")
    assert [score for score, _, _ in await checkins(bot, 1043)] == [3, 4]


async def test_without_an_interview_date_the_axis_counts_from_gagal(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = recorded_charts(monkeypatch)
    rina = bot.user(1044, "Rina")
    await rina.send("/gagal")
    for step in ("Ya, saya setuju", "2", "Selesai", "Lewati", "Saya siap lanjut"):
        await rina.press(step)
    for typed in ("PT Maju", "Analis Data"):
        await rina.send(typed)
    await rina.press("Tes atau wawancara teknis")
    await rina.press("Lewati")
    bot.clock.now += timedelta(days=1)
    await rina.send("/mood")
    await rina.press("4")
    await rina.send("/grafik")
    assert drawn[-1][1].axes[0].get_xlabel() == "Hari sejak mulai /gagal"


async def test_a_question_about_bangkit_is_answered_not_taken_for_a_mood(
    bot: BotHarness,
) -> None:
    rina = bot.user(1045, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("/batal")
    scale = only(await rina.send("/mood"), "sendMessage")
    # "aman" is no mood here: the question is about the data, and it is answered.
    asked = texts(await rina.send("data aku aman gak?"))
    assert "Senang mendengarnya" not in asked[-1]
    assert "/hapusdata lalu pilih <b>Tarik persetujuan</b>" in asked[-1]
    assert "Tombol di atas tetap bisa Anda ketuk kapan saja." in asked[-1]
    assert await checkins(bot, 1045) == []
    # The scale still answers, in words and a rough number alike.
    said = texts(await rina.send("biasa aja sih, 3an"))
    assert "Sudah saya catat" in said[-1]
    assert [score for score, _, _ in await checkins(bot, 1045)] == [3]
    assert scale.button_labels == SCALE


async def test_asking_to_stop_or_about_a_feature_gets_the_command_that_does_it(
    bot: BotHarness,
) -> None:
    sari = bot.user(1046, "Sari")
    # Nothing waits for text: no "Saat ini tidak ada pertanyaan yang perlu Anda jawab".
    stop = texts(await sari.send("eh jangan simpan mood aku lagi deh"))
    assert "tidak saya simpan karena Anda belum menyetujuinya" in stop[-1]
    reminders = texts(await sari.send("matiin pengingat follow up nya dong"))
    assert "lewat /pengingat" in reminders[-1]
    star = texts(await sari.send("STAR itu maksudnya gmn?"))
    assert "<b>Situasi</b>, <b>Tugas</b>, <b>Aksi</b>, dan <b>Hasil</b>" in star[-1]
    assert "/latihan" in star[-1]
    for text in stop + reminders + star:
        assert "tidak ada pertanyaan yang perlu Anda jawab" not in text


async def test_a_question_the_bot_cannot_answer_is_called_a_question(bot: BotHarness) -> None:
    sari = bot.user(1047, "Sari")
    [cost] = texts(await sari.send("ini gratis gak sih?"))
    # Not "jawaban itu belum saya pahami": it was a question, and it is said so.
    assert cost.startswith("Maaf, pertanyaan itu belum bisa saya jawab.")
    assert "/gagal" in cost and "/lanjut" not in cost
    [worry] = texts(await sari.send("kapan aku bakal dapet kerja ya?"))
    # A worry asked as a question: no promise, and the way to start.
    assert worry.startswith("Wajar jika pertanyaan itu terus muncul")
    assert "tidak ada yang bisa memastikan, termasuk saya" in worry
    assert "/gagal" in worry
    await sari.send("/mood")
    [under] = texts(await sari.send("ini buat apa ya?"))
    assert "belum saya pahami" not in under and "pertanyaan itu" in under


async def test_something_told_where_nothing_asked_is_heard(bot: BotHarness) -> None:
    sari = bot.user(1048, "Sari")
    [heard] = texts(await sari.send("hp gue mati pas mau ikut interview online"))
    assert heard.startswith("Terima kasih sudah menceritakannya.")
    assert "tidak ada pertanyaan yang perlu Anda jawab" not in heard


async def test_a_score_said_with_when_it_is_felt_is_read(bot: BotHarness) -> None:
    """ "lumayan lah hari ini, 3an" is a 3; "td pagi 2 tp skrg udh agak mendingan" is how
    it is now, a 4: neither is asked again."""
    rina = bot.user(1049, "Rina")
    await start_journey(rina, consent=True)
    await rina.send("/mood")
    said = texts(await rina.send("lumayan lah hari ini, 3an"))
    assert "belum" not in said[0]
    bot.clock.now += timedelta(hours=3)
    await rina.send("/mood")
    await rina.send("td pagi 2 tp skrg udh agak mendingan")
    assert [score for score, _, _ in await checkins(bot, 1049)][-2:] == [3, 4]
