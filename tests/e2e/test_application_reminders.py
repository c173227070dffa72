"""The /lamaran reminders through the real Application and the scheduler's tick: the
preparation nudge the day before an interview, at the user's own time in their zone,
once; the "ask them for news" suggestion after two weeks, only with a yes, once per
application; both with their off switches, and neither during the safety net's pause."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from bot.db.models import Application, Delivery, User
from bot.local_api import ApiCall
from tests.e2e.test_applications import add_by_typing, applications
from tests.harness import BotHarness, texts
from tests.integration.test_scheduler import opt_in, scheduler

NUDGE = "Besok wawancara Anda"
QUIET = "belum ada kabar tentang lamaran Anda"


async def sent_at(bot: BotHarness, at: datetime, marker: str) -> list[ApiCall]:
    """One scheduler tick at `at`; the messages it sent that contain `marker`."""
    bot.clock.now = at
    before = len(bot.api.calls)
    await scheduler(bot).tick(bot.app.bot)
    return [
        call
        for call in bot.api.calls[before:]
        if call.method == "sendMessage" and marker in call.text
    ]


async def kinds(bot: BotHarness, user_id: int) -> list[str]:
    async with bot.services.store.transaction() as session:
        found = await session.scalars(select(Delivery.kind).where(Delivery.user_id == user_id))
        return sorted(found)


async def test_the_interview_nudge_comes_once_the_day_before_at_the_users_time(
    bot: BotHarness,
) -> None:
    # Rina reads her daily message at 19.00 WITA (11.00 UTC): her nudges come then too.
    await opt_in(bot, 901, datetime(2026, 11, 25, 2, 0, tzinfo=UTC), "19.00", "WITA")
    rina = bot.user(901, "Rina")
    await add_by_typing(rina, "PT Maju <Jaya>", "Analis Data", "portal", "lewati", "final")
    asked = await rina.send("2/12/2026")
    assert "pada Selasa, 1 Desember 2026 pukul 19.00 WITA" in texts(asked)[-1]
    await rina.send("ya")
    await rina.send("tidak")  # no reminder for quiet applications
    # Budi said yes too, but is paused by the safety net: no job content for him.
    budi = bot.user(902, "Budi")
    await add_by_typing(budi, "PT Sinar", "Desainer", "portal", "lewati", "final")
    await budi.send("2/12/2026")
    await budi.send("ya")
    async with bot.services.store.transaction() as session:
        paused = await session.get(User, 902)
        assert paused is not None
        paused.crisis_paused_at = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)

    slot = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    assert await sent_at(bot, slot - timedelta(days=1), NUDGE) == []  # two days before
    assert await sent_at(bot, slot - timedelta(minutes=1), NUDGE) == []
    [nudge] = await sent_at(bot, slot + timedelta(minutes=1), NUDGE)
    assert nudge.chat_id == 901
    assert "Besok, 2 Desember 2026, Anda dijadwalkan mengikuti wawancara akhir" in nudge.text
    assert "<b>Analis Data</b> di <b>PT Maju &lt;Jaya&gt;</b>" in nudge.text
    assert nudge.button_labels == ["Latihan menjawab", "Jangan ingatkan lagi"]
    assert await sent_at(bot, slot + timedelta(minutes=5), NUDGE) == []
    await bot.restart()
    assert await sent_at(bot, slot + timedelta(hours=2), NUDGE) == []
    assert await sent_at(bot, slot + timedelta(days=1), NUDGE) == []  # the interview day
    [application] = await applications(bot, 901)
    assert f"iv-{application.id}" in await kinds(bot, 901)
    assert application.interview_nudged_on == date(2026, 12, 2)

    practice = await rina.press("Latihan menjawab", on=nudge)
    assert (
        "Latihan untuk wawancara <b>Analis Data</b> di <b>PT Maju &lt;Jaya&gt;</b>"
        in (texts(practice)[0])
    )
    assert "Pertanyaan latihan" in texts(practice)[-1]

    # The interview moves to another day: that day gets its own nudge, once.
    await rina.send("/lamaran")
    await rina.send("1")
    await rina.send("9/12/2026")
    [moved] = await sent_at(bot, slot + timedelta(days=7, minutes=1), NUDGE)
    assert "Besok, 9 Desember 2026" in moved.text
    assert await sent_at(bot, slot + timedelta(days=7, minutes=2), NUDGE) == []

    off = await rina.press("Jangan ingatkan lagi", on=moved)
    assert "tidak akan mengingatkan Anda lagi sebelum wawancara" in texts(off)[0]
    async with bot.services.store.transaction() as session:
        switched = await session.get(User, 901)
        assert switched is not None and switched.nudge_interview is False
    status = texts(await rina.send("/pengingat"))[0]
    assert "Sehari sebelum wawancara: tidak aktif" in status
    await rina.send("/lamaran")
    await rina.send("1")
    await rina.send("20/12/2026")
    assert await sent_at(bot, datetime(2026, 12, 19, 11, 1, tzinfo=UTC), NUDGE) == []


async def test_no_news_for_two_weeks_brings_one_suggestion_only_with_a_yes(
    bot: BotHarness,
) -> None:
    rina = bot.user(903, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "linkedin", "startup", "dilamar")
    await rina.send("ya, boleh")
    budi = bot.user(904, "Budi")
    await add_by_typing(budi, "PT Sinar", "Desainer", "portal", "lewati", "dilamar")
    await budi.send("tidak usah")

    # Applied on 25 November; 08.00 WIB (no daily message) is 01.00 UTC.
    morning = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)
    assert await sent_at(bot, morning - timedelta(days=1), QUIET) == []  # 13 days
    assert await sent_at(bot, morning - timedelta(minutes=1), QUIET) == []
    [suggestion] = await sent_at(bot, morning, QUIET)
    assert suggestion.chat_id == 903
    assert "Sudah 14 hari belum ada kabar" in suggestion.text
    assert "</b>. Tahap terakhirnya lamaran terkirim, sejak " in suggestion.text
    assert "Yth. Tim Rekrutmen PT Maju," in suggestion.text
    # No date is claimed for the sending: 25 November is only when it was logged.
    assert "pelamar untuk posisi Analis Data.\n" in suggestion.text
    assert suggestion.button_labels == [
        "Lihat lamaran ini",
        "Tandai tanpa kabar",
        "Jangan ingatkan lagi",
    ]
    assert await sent_at(bot, morning + timedelta(hours=3), QUIET) == []
    assert await sent_at(bot, morning + timedelta(days=3), QUIET) == []
    assert await kinds(bot, 904) == []

    marked = await rina.press("Tandai tanpa kabar", on=suggestion)
    assert "Status: Tanpa kabar" in texts(marked)[0]
    [application] = await applications(bot, 903)
    assert application.stage == "no_news" and application.quiet_nudged_at is not None
    # Moved on again, and quiet again: once per application is once.
    await rina.send("/lamaran")
    await rina.send("1")
    await rina.send("Lanjut ke tahap berikutnya")
    assert await sent_at(bot, morning + timedelta(days=15), QUIET) == []

    off = await rina.press("Jangan ingatkan lagi", on=suggestion)
    assert "soal lamaran yang belum ada kabarnya" in texts(off)[0]
    switched = texts(await rina.send("/pengingat"))
    assert "Jika lamaran dua minggu tanpa kabar: tidak aktif" in switched[0]
    on = await rina.press("Ingatkan jika tanpa kabar")
    assert "Jika lamaran dua minggu tanpa kabar: aktif" in texts(on)[0]
    async with bot.services.store.transaction() as session:
        person = await session.get(User, 903)
        assert person is not None and person.nudge_quiet and person.nudge_quiet_at is not None


async def test_an_interview_still_to_come_is_not_news_that_is_late(bot: BotHarness) -> None:
    rina = bot.user(905, "Rina")
    await add_by_typing(rina, "PT Maju", "Analis Data", "portal", "lewati", "hr")
    await rina.send("20/12/2026")
    await rina.send("tidak")
    await rina.send("ya")
    # 14 days after the stage changed, but the interview is on 20 December.
    assert await sent_at(bot, datetime(2026, 12, 9, 1, 0, tzinfo=UTC), QUIET) == []
    [late] = await sent_at(bot, datetime(2027, 1, 3, 1, 0, tzinfo=UTC), QUIET)
    # The interview date the user gave, now past: the one date the email states.
    assert "peserta wawancara untuk posisi Analis Data pada 20 Desember 2026" in late.text
    async with bot.services.store.transaction() as session:
        rows = list(await session.scalars(select(Application.quiet_nudged_at)))
    assert rows and all(rows)
