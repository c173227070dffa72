"""What /lamaran adds to the rest, through the real Application: the funnel in /riwayat,
the week's applications in /rencana and the daily message (the strategy of step 5),
/ekspor, and both kinds of /hapusdata."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.db.models import Application
from tests.e2e.test_applications import add_by_typing, applications
from tests.e2e.test_journey import BY_BUTTONS, assert_valid_html, rows, run_steps
from tests.e2e.test_privacy import count_rows_about
from tests.harness import BotHarness, UserSession, sent_files, texts
from tests.integration.test_scheduler import opt_in, scheduler

DAILY = "Bagaimana perasaan Anda hari ini?"


async def three_applications(person: UserSession) -> None:
    """Portal → rejected after a test; LinkedIn → HR interview; a referral, just sent."""
    await add_by_typing(person, "PT Maju <Jaya>", "Analis Data", "jobstreet", "startup", "tes")
    await person.send("tidak")  # no reminder for quiet applications
    await add_by_typing(person, "PT Sinar", "Desainer", "linkedin", "besar", "interview hr")
    await person.press("Lewati")
    await add_by_typing(person, "CV Lestari", "Admin", "referral", "menengah", "dilamar")
    await person.send("/lamaran")
    await person.send("PT Maju")  # opened by its company, typed
    await person.send("ditolak")
    await person.press("Nanti saja")


async def test_riwayat_counts_the_applications_honestly(bot: BotHarness) -> None:
    rina = bot.user(951, "Rina")
    nothing = texts(await rina.send("/riwayat"))
    assert len(nothing) == 1 and "Lamaran yang Anda catat" not in nothing[0]
    await three_applications(rina)
    shown = await rina.send("/riwayat")
    assert_valid_html(shown)
    funnel = texts(shown)[-1]
    assert "Ada 3 lamaran di /lamaran." in funnel
    assert "pernah tercatat di setiap tahap" in funnel
    for line in (
        "• Lamaran terkirim: 3",
        "• Tes atau wawancara teknis: 1",  # the HR interview is no sign of a test
        "• Wawancara rekrutmen (HR): 1",
        "Sejauh ini, 2 lamaran masih berjalan dan 1 berakhir dengan penolakan.",
        "• Portal lowongan: 1 lamaran, 1 sampai tes atau wawancara",
        "• LinkedIn: 1 lamaran, 1 sampai tes atau wawancara",
        "• Rekomendasi teman: 1 lamaran, belum ada yang sampai tes atau wawancara",
    ):
        assert line in funnel, line
    assert "%" not in funnel
    assert "0 tanpa kabar" not in funnel  # a part that is zero is left out
    assert "Tawaran kerja" not in funnel and "Wawancara calon atasan" not in funnel
    assert "0 sampai" not in funnel  # nor a bare zero in a sentence


async def test_the_week_is_counted_for_the_strategy_and_in_the_daily_message(
    bot: BotHarness,
) -> None:
    rina = bot.user(952, "Rina")
    await rina.send("/gagal")
    widen = [
        ("press", "Perluas target perusahaan")
        if step[0] == "press" and step[1] == "Perbarui CV dan lamaran"
        else step
        for step in BY_BUTTONS
    ]
    finished = await run_steps(rina, widen)
    assert "Catat setiap lamaran yang Anda kirim di /lamaran" in texts(finished)[-1]
    plan = texts(await rina.send("/rencana"))[0]
    assert "Belum ada lamaran baru yang Anda catat di /lamaran sejak Senin, 23 November" in plan

    await three_applications(rina)
    plan = texts(await rina.send("/rencana"))[0]
    assert (
        "Sejak Senin, 23 November 2026, Anda mencatat 3 lamaran baru di /lamaran, 2 di antaranya"
        " ke perusahaan rintisan atau menengah, 1 lewat rekomendasi teman." in plan
    )

    await opt_in(bot, 952, bot.clock.now, "19.00", "WIB")
    bot.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    before = len(bot.api.calls)
    await scheduler(bot).tick(bot.app.bot)
    [daily] = [c for c in bot.api.calls[before:] if DAILY in c.text]
    assert (
        "Minggu ini Anda sudah mencatat 3 lamaran baru di /lamaran, 2 di antaranya ke"
        " perusahaan rintisan atau menengah." in daily.text
    )
    # A new week starts on Monday: last week's applications are not this week's.
    bot.clock.now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    before = len(bot.api.calls)
    await scheduler(bot).tick(bot.app.bot)
    [monday] = [c for c in bot.api.calls[before:] if DAILY in c.text]
    assert "Minggu ini" not in monday.text


async def test_export_holds_the_applications(bot: BotHarness) -> None:
    rina = bot.user(953, "Rina")
    await three_applications(rina)
    files = sent_files(await rina.send("/ekspor"))
    data = json.loads(files["bangkit-data-saya.json"])
    exported = {row["company"]: row for row in data["tables"]["applications"]}
    assert set(exported) == {"PT Maju <Jaya>", "PT Sinar", "CV Lestari"}
    assert exported["PT Sinar"]["stage"] == "hr" and exported["PT Sinar"]["source"] == "linkedin"
    # Added at its test: the step it was logged at (sent is implied, and counted so).
    assert exported["PT Maju <Jaya>"]["reached"] == [["test", "2026-11-25"]]
    summary = files["bangkit-ringkasan-data.txt"].decode()
    assert "LAMARAN (/lamaran)" in summary
    assert (
        "- Analis Data di PT Maju <Jaya>: Ditolak sejak 25 November 2026; sumber lowongan:"
        " Portal lowongan; perusahaan rintisan" in summary
    )
    assert "- Desainer di PT Sinar: Wawancara rekrutmen (HR) sejak 25 November 2026" in summary


async def test_withdrawing_consent_keeps_them_and_deleting_everything_removes_them(
    bot: BotHarness,
) -> None:
    rina = bot.user(954, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)  # consent given
    await three_applications(rina)
    someone = bot.user(955, "Budi")
    await add_by_typing(someone, "PT Lain", "Kasir", "portal", "lewati", "dilamar")

    await rina.send("/hapusdata")
    await rina.press("Tarik persetujuan")
    await rina.press("Ya, tarik persetujuan")
    assert len(await applications(bot, 954)) == 3  # not feelings data: kept

    bot.clock.now += timedelta(minutes=1)
    await rina.send("/hapusdata")
    await rina.press("Hapus semua data saya")
    await rina.press("Ya, hapus semuanya")
    assert await rows(bot, Application, 954) == []
    assert set((await count_rows_about(bot, 954)).values()) == {0}
    assert len(await applications(bot, 955)) == 1  # someone else's stay
