"""The daily message and the invitation back: opted in through the real Application,
delivered by the scheduler's tick with an injected clock (no real waiting)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from bot.db.engine import Store, create_engine
from bot.db.models import Delivery, User
from bot.scheduling import Scheduler
from tests.e2e.test_journey import BY_BUTTONS, rows, run_steps
from tests.harness import BotHarness, only, texts

WIB_0800 = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # 08.00 WIB = 01.00 UTC


def scheduler(bot: BotHarness, retry_delay: float | None = None) -> Scheduler:
    found = bot.app.bot_data.scheduler
    assert isinstance(found, Scheduler)
    if retry_delay is not None:  # a failing network is tried again without the real waits
        found.sender.retry_delay = retry_delay
    return found


async def tick(bot: BotHarness, at: datetime) -> list[str]:
    """Run one tick at `at`; return the chats that got a daily message or invitation."""
    bot.clock.now = at
    before = len(bot.api.calls)
    await scheduler(bot).tick(bot.app.bot)
    return [str(c.chat_id) for c in bot.api.calls[before:] if c.method == "sendMessage"]


async def opt_in(
    bot: BotHarness, user_id: int, at: datetime, time_label: str = "08.00", zone: str = "WIB"
) -> list[str]:
    bot.clock.now = at
    user = bot.user(user_id)
    status = await user.send("/pengingat")
    assert "Belum aktif" in texts(status)[0]
    await user.press("Nyalakan pesan harian")
    await user.press(time_label)
    calls = await user.press(zone)
    return texts(calls)


async def test_opting_in_through_pengingat_stores_an_explicit_yes(bot: BotHarness) -> None:
    confirmation = await opt_in(bot, 801, WIB_0800 - timedelta(hours=2), "08.00", "WITA")
    assert "pukul 08.00 WITA, mulai 25 November 2026" in confirmation[0]
    [user] = await rows_of_user(bot, 801)
    assert user.reminder_enabled and user.reminder_consent_at is not None
    assert user.timezone == "Asia/Makassar" and user.reminder_minutes == 480
    assert user.reminder_next_at == datetime(2026, 11, 25, 0, 0, tzinfo=UTC)
    status = texts(await bot.user(801).send("/pengingat"))[0]
    assert "Aktif: setiap hari pukul 08.00 WITA" in status


async def rows_of_user(bot: BotHarness, user_id: int) -> list[User]:
    async with bot.services.store.transaction() as session:
        return list(await session.scalars(select(User).where(User.id == user_id)))


async def test_typed_times_and_a_kind_correction(bot: BotHarness) -> None:
    bot.clock.now = WIB_0800
    user = bot.user(802)
    await user.send("/pengingat")
    await user.press("Nyalakan pesan harian")
    wrong = await user.send("pagi-pagi sekali")
    assert "jam itu belum terbaca" in texts(wrong)[0] and "19.00" in texts(wrong)[0]
    await user.send("jam 7 malam")
    done = await user.press("WIB")
    assert "pukul 19.00 WIB" in texts(done)[0]
    # Changing the time later asks no zone again; typing another command cancels nothing.
    await user.send("/pengingat")
    await user.press("Ubah jam")
    changed = await user.send("06.30")
    assert "pukul 06.30 WIB, mulai 26 November 2026" in texts(changed)[0]


async def test_due_in_each_time_zone_at_its_own_local_time(bot: BotHarness) -> None:
    evening_before = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    await opt_in(bot, 811, evening_before, zone="WIB")
    await opt_in(bot, 812, evening_before, zone="WITA")
    await opt_in(bot, 813, evening_before, zone="WIT")
    assert await tick(bot, datetime(2026, 11, 24, 22, 59, tzinfo=UTC)) == []
    assert await tick(bot, datetime(2026, 11, 24, 23, 0, tzinfo=UTC)) == ["813"]  # 08.00 WIT
    assert await tick(bot, datetime(2026, 11, 25, 0, 0, tzinfo=UTC)) == ["812"]  # 08.00 WITA
    assert await tick(bot, datetime(2026, 11, 25, 0, 59, tzinfo=UTC)) == []
    assert await tick(bot, WIB_0800) == ["811"]
    assert await tick(bot, WIB_0800 + timedelta(hours=3)) == []  # once a day


async def test_opting_in_after_todays_slot_starts_tomorrow(bot: BotHarness) -> None:
    late = WIB_0800 + timedelta(minutes=15)
    confirmation = await opt_in(bot, 821, late)
    assert "mulai 26 November 2026" in confirmation[0]
    assert await tick(bot, late + timedelta(minutes=1)) == []
    assert await tick(bot, WIB_0800 + timedelta(days=1)) == ["821"]
    # Just before midnight WIB a 23.30 slot is tomorrow's, and then it comes.
    await opt_in(bot, 822, datetime(2026, 11, 25, 16, 45, tzinfo=UTC), "21.00")
    assert await tick(bot, datetime(2026, 11, 25, 16, 50, tzinfo=UTC)) == []
    assert await tick(bot, datetime(2026, 11, 26, 14, 0, tzinfo=UTC)) == ["822"]


async def test_a_restart_after_sending_does_not_send_again(bot: BotHarness) -> None:
    await opt_in(bot, 831, WIB_0800 - timedelta(hours=1))
    assert await tick(bot, WIB_0800) == ["831"]
    await bot.restart()
    assert await tick(bot, WIB_0800 + timedelta(minutes=1)) == []
    async with bot.services.store.transaction() as session:
        deliveries = list(await session.scalars(select(Delivery)))
    assert [(d.state, d.attempts, d.local_date) for d in deliveries] == [
        ("sent", 1, date(2026, 11, 25))
    ]


async def test_downtime_catches_up_the_same_day_but_never_sends_yesterdays(
    bot: BotHarness,
) -> None:
    await opt_in(bot, 841, WIB_0800 - timedelta(hours=1))
    await opt_in(bot, 842, WIB_0800 - timedelta(hours=1))
    # The bot was down at 08.00 and comes back at 10.00: today's message still goes.
    assert sorted(await tick(bot, WIB_0800 + timedelta(hours=2))) == ["841", "842"]
    # Then down for all of the next day; back the day after at 10.00: only that day's.
    assert sorted(await tick(bot, WIB_0800 + timedelta(days=2, hours=2))) == ["841", "842"]
    async with bot.services.store.transaction() as session:
        days = sorted({d.local_date for d in await session.scalars(select(Delivery))})
    assert days == [date(2026, 11, 25), date(2026, 11, 27)]


async def test_two_schedulers_on_one_database_send_each_message_once(
    bot: BotHarness,
) -> None:
    for user_id in range(851, 871):
        await opt_in(bot, user_id, WIB_0800 - timedelta(hours=1))
    bot.clock.now = WIB_0800
    other_store = Store(create_engine(bot.settings.database_url))
    other = Scheduler(other_store, bot.services.renderer, bot.clock, "Asia/Jakarta", batch_size=3)
    mine = Scheduler(
        bot.services.store, bot.services.renderer, bot.clock, "Asia/Jakarta", batch_size=4
    )
    before = len(bot.api.calls)
    try:
        await asyncio.gather(mine.tick(bot.app.bot), other.tick(bot.app.bot))
    finally:
        await other_store.dispose()
    sent = [c.chat_id or 0 for c in bot.api.calls[before:] if c.method == "sendMessage"]
    assert sorted(sent) == list(range(851, 871))


async def test_telegram_errors_are_handled_per_user(bot: BotHarness) -> None:
    for user_id in (861, 862, 863, 864):
        await opt_in(bot, user_id, WIB_0800 - timedelta(hours=1))
    bot.api.failures["sendMessage:861"] = (403, "Forbidden: bot was blocked by the user")
    bot.api.failures["sendMessage:862"] = (400, "Bad Request: chat not found")
    bot.api.failures["sendMessage:863"] = (502, "Bad Gateway")
    bot.api.failures["sendMessage:864"] = (429, "Too Many Requests: retry after 1")
    scheduler(bot, retry_delay=0.01)
    await tick(bot, WIB_0800)
    users = {u.id: u for u in await all_users(bot)}
    assert not users[861].is_active and not users[862].is_active
    assert users[863].is_active and users[864].is_active
    # The network recovers: the retryable ones get today's message on a later tick.
    for key in ("sendMessage:863", "sendMessage:864"):
        del bot.api.failures[key]
    assert sorted(await tick(bot, WIB_0800 + timedelta(minutes=1))) == ["863", "864"]
    assert await tick(bot, WIB_0800 + timedelta(minutes=2)) == []


async def test_a_failing_network_is_retried_at_most_three_times_a_day(bot: BotHarness) -> None:
    await opt_in(bot, 871, WIB_0800 - timedelta(hours=1))
    bot.api.failures["sendMessage:871"] = (502, "Bad Gateway")  # Telegram's answer: not sent
    scheduler(bot, retry_delay=0.01)
    ticks_that_tried = 0
    for minute in range(6):
        before = len(bot.api.calls)
        await tick(bot, WIB_0800 + timedelta(minutes=minute))
        ticks_that_tried += any(c.method == "sendMessage" for c in bot.api.calls[before:])
    assert ticks_that_tried == 3
    [row] = await rows(bot, Delivery, 871)
    assert (row.state, row.attempts) == ("failed", 3)
    del bot.api.failures["sendMessage:871"]
    assert await tick(bot, WIB_0800 + timedelta(days=1)) == ["871"]  # tomorrow is new


async def all_users(bot: BotHarness) -> list[User]:
    async with bot.services.store.transaction() as session:
        return list(await session.scalars(select(User)))


async def test_the_message_is_personal_and_does_not_repeat(bot: BotHarness) -> None:
    rina = bot.user(881, "Rina")
    bot.clock.now = WIB_0800 - timedelta(days=3)
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)
    recap = rina.last_keyboard_message()
    assert recap.button_labels == ["Atur pesan harian"]
    await rina.press("Atur pesan harian")
    await rina.press("Nyalakan pesan harian")
    await rina.press("08.00")
    await rina.press("WIB")
    bot.clock.now = WIB_0800
    before = len(bot.api.calls)
    await scheduler(bot).tick(bot.app.bot)
    message = only(bot.api.calls[before:], "sendMessage")
    assert "Selamat pagi, Rina." in message.text
    assert "Sudah 3 hari" in message.text
    assert "Butir rencana berikutnya:</b> Perbarui CV" in message.text
    assert "Rencana Anda berisi 4 butir; satu langkah kecil hari ini sudah cukup." in message.text
    assert message.button_labels == [
        "1 · Sangat buruk",
        "2",
        "3",
        "4",
        "5 · Sangat baik",
        "Matikan pesan harian",
    ]
    for day in range(1, 30):
        await tick(bot, WIB_0800 + timedelta(days=day))
    async with bot.services.store.transaction() as session:
        keys = [
            d.message_key
            for d in await session.scalars(
                select(Delivery)
                .where(Delivery.user_id == 881, Delivery.kind == "daily")
                .order_by(Delivery.local_date)
            )
        ]
    assert len(keys) == 30 and len(set(keys)) == 30


async def test_the_off_button_on_a_daily_message_works_any_time(bot: BotHarness) -> None:
    await opt_in(bot, 891, WIB_0800 - timedelta(hours=1))
    await tick(bot, WIB_0800)
    user = bot.user(891)
    daily = [c for c in bot.api.calls if c.chat_id == 891 and c.method == "sendMessage"][-1]
    await user.send("/gagal")  # a newer keyboard exists now
    calls = await user.press("Matikan pesan harian", on=daily)
    assert "sudah dimatikan" in texts(calls)[0]
    assert await tick(bot, WIB_0800 + timedelta(days=1)) == []


async def test_no_message_without_opt_in_or_after_a_crisis_reply(bot: BotHarness) -> None:
    await bot.user(892).send("/start")
    await opt_in(bot, 893, WIB_0800 - timedelta(hours=1))
    await bot.user(893).send("aku pengen mati")
    assert await tick(bot, WIB_0800) == []
    await bot.user(893).send("/lanjut")
    assert await tick(bot, WIB_0800 + timedelta(minutes=1)) == []  # not until "I am safe"
    await bot.user(893).press("Ya, saya aman sekarang")
    assert await tick(bot, WIB_0800 + timedelta(minutes=2)) == ["893"]


async def test_the_invitation_back_arrives_once_at_the_chosen_time(bot: BotHarness) -> None:
    rina = bot.user(894, "Rina")
    bot.clock.now = WIB_0800
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("/batal")
    await rina.press("Ya, 3 jam lagi")
    assert await tick(bot, WIB_0800 + timedelta(hours=2, minutes=59)) == []
    before = len(bot.api.calls)
    assert await tick(bot, WIB_0800 + timedelta(hours=3)) == ["894"]
    invite = only(bot.api.calls[before:], "sendMessage")
    assert "Seperti yang Anda minta, saya menyapa lagi" in invite.text
    assert await tick(bot, WIB_0800 + timedelta(hours=4)) == []
    resumed = await rina.press("Lanjutkan perjalanan", on=invite)
    assert "Bagaimana perasaan Anda" in texts(resumed)[-1]
    async with bot.services.store.transaction() as session:
        count = await session.scalar(select(func.count()).select_from(Delivery))
    assert count == 1
    assert len(await rows(bot, Delivery, 894)) == 1


async def test_typed_hour_six_is_six_oclock(bot: BotHarness) -> None:
    bot.clock.now = WIB_0800
    user = bot.user(895)
    await user.send("/pengingat")
    await user.press("Nyalakan pesan harian")
    await user.send("6")
    done = await user.press("WIB")
    assert "pukul 06.00 WIB" in texts(done)[0]


async def test_a_second_invitation_the_same_day_is_kept_and_resuming_voids_it(
    bot: BotHarness,
) -> None:
    rina = bot.user(896, "Rina")
    bot.clock.now = WIB_0800
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("/batal")
    await rina.press("Ya, 3 jam lagi")
    assert await tick(bot, WIB_0800 + timedelta(hours=3)) == ["896"]
    bot.clock.now = WIB_0800 + timedelta(hours=3, minutes=5)
    await rina.send("/lanjut")
    await rina.send("/batal")
    await rina.press("Ya, 3 jam lagi")
    assert await tick(bot, WIB_0800 + timedelta(hours=6, minutes=5)) == ["896"]
    # Resuming before the time voids the invitation.
    bot.clock.now = WIB_0800 + timedelta(hours=7)
    await rina.send("/lanjut")
    await rina.send("/batal")
    await rina.press("Ya, besok pukul 08.00 WIB")
    bot.clock.now = WIB_0800 + timedelta(hours=8)
    await rina.send("/lanjut")
    assert await tick(bot, WIB_0800 + timedelta(days=1, hours=1)) == []


async def test_resuming_by_button_after_a_crisis_lets_daily_messages_return(
    bot: BotHarness,
) -> None:
    await opt_in(bot, 897, WIB_0800 - timedelta(hours=1))
    user = bot.user(897)
    await user.send("/gagal")
    await user.send("aku pengen mati")
    assert await tick(bot, WIB_0800) == []
    await user.send("/gagal")  # asks first whether the person is safe now
    await user.press("Ya, saya aman sekarang")
    assert await tick(bot, WIB_0800 + timedelta(minutes=1)) == ["897"]


async def test_a_send_without_an_answer_is_not_sent_again_that_day(bot: BotHarness) -> None:
    await opt_in(bot, 898, WIB_0800 - timedelta(hours=1))
    bot.api.failures["sendMessage:898"] = (0, "Timed out")  # it may well have arrived
    assert await tick(bot, WIB_0800) == ["898"]
    del bot.api.failures["sendMessage:898"]
    # Not on the next tick, nor once the claim would be stale: a second copy is worse
    # than a missing one for a message nobody is waiting for.
    assert await tick(bot, WIB_0800 + timedelta(minutes=1)) == []
    assert await tick(bot, WIB_0800 + timedelta(minutes=11)) == []
    [row] = await rows(bot, Delivery, 898)
    assert (row.state, row.attempts) == ("unknown", 1)
    [user] = await rows_of_user(bot, 898)
    assert user.reminder_next_at == WIB_0800 + timedelta(days=1)
    assert await tick(bot, WIB_0800 + timedelta(days=1)) == ["898"]


async def test_typed_text_after_a_daily_message_answers_it(bot: BotHarness) -> None:
    from conversations.options import Option

    await opt_in(bot, 899, WIB_0800 - timedelta(hours=1))
    user = bot.user(899)
    await user.send("/gagal")  # the consent question: buttons, still open
    [before] = await rows_of_user(bot, 899)
    await tick(bot, WIB_0800)
    [after] = await rows_of_user(bot, 899)
    options = [Option.from_entry(entry) for entry in after.keyboard or []]
    daily = [c for c in bot.api.calls if c.chat_id == 899 and c.method == "sendMessage"][-1]
    assert [(o.value, o.label) for o in options if o.typed] == [
        (b["callback_data"].split(":", 1)[1], b["text"]) for row in daily.buttons for b in row
    ]
    assert [o.score for o in options if o.typed] == [1, 2, 3, 4, 5, None]
    earlier = [Option.from_entry(entry) for entry in before.keyboard or []]
    assert [o.value for o in options if not o.typed] == [o.value for o in earlier]
    assert after.keyboard_seq == before.keyboard_seq
    # "1" is the daily message's mood 1, not the older question's first answer.
    answer = await user.send("1")
    # The reply to a low mood score (a 1 or a 2), no journey question.
    assert "Hari seperti ini memang berat" in texts(answer)[-1]
