"""Mood check-ins through the real Application: /mood (pressed and typed) and the
check-in on the daily message."""

from __future__ import annotations

from datetime import timedelta

from bot.db.models import Journey, MoodCheckin
from tests.e2e.test_journey import assert_valid_html, rows
from tests.harness import BotHarness, UserSession, only, texts
from tests.integration.test_scheduler import WIB_0800, opt_in, tick

SCALE = ["1 · Sangat buruk", "2", "3", "4", "5 · Sangat baik"]


async def start_journey(
    user: UserSession, consent: bool = True, interview: str = "20/11/2026", mood: str = "2"
) -> None:
    """Through the journey's mood prompt, which stores the journey's start mood."""
    await user.send("/gagal")
    await user.press("Ya, saya setuju" if consent else "Tidak, jangan simpan")
    await user.send("PT Maju")
    await user.send("Analis Data")
    await user.press("Teknis")
    await user.send(interview)
    await user.press(mood)


async def checkins(bot: BotHarness, user_id: int) -> list[tuple[int, str, int | None]]:
    found = await rows(bot, MoodCheckin, user_id)
    return [(row.score, row.source, row.journey_id) for row in sorted(found, key=lambda r: r.id)]


async def test_mood_with_consent_stores_the_score_its_source_and_the_journey(
    bot: BotHarness,
) -> None:
    rina = bot.user(1001, "Rina")
    await start_journey(rina)
    [journey] = await rows(bot, Journey, 1001)
    asked = await rina.send("/mood")
    prompt = only(asked, "sendMessage")
    assert "1 berarti sangat buruk, 5 berarti sangat baik" in prompt.text
    assert prompt.button_labels == SCALE
    calls = await rina.press("4")
    assert_valid_html(asked + calls)
    reply = only(calls, "sendMessage").text
    assert "4 (cukup baik)" in reply and "Sudah saya catat" in reply
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
    assert "4 (cukup baik)" in texts(typed)[0]
    gentle = only(low, "sendMessage").text
    assert "1 (sangat buruk)" in gentle and "/bantuan" in gentle
    assert "119" not in gentle  # the contacts live in /bantuan only
    assert [score for score, _, _ in await checkins(bot, 1002)] == [4, 5, 1]


async def test_without_consent_nothing_is_stored_and_the_reply_says_why(bot: BotHarness) -> None:
    never_asked = bot.user(1003, "Budi")
    await never_asked.send("/mood")
    calls = await never_asked.press("3")
    reply = only(calls, "sendMessage").text
    assert "3 (biasa saja)" in reply and "tidak saya simpan" in reply
    assert "belum memberi persetujuan" in reply and "/gagal" in reply
    refused = bot.user(1004, "Sari")
    await start_journey(refused, consent=False)
    await refused.send("/mood")
    calls += await refused.press("2")
    reply = texts(calls)[-1]
    assert "memilih agar data perasaan tidak disimpan" in reply and "/bantuan" in reply
    assert_valid_html(calls)
    assert await checkins(bot, 1003) == [] and await checkins(bot, 1004) == []


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
    assert "3 (biasa saja)" in only(calls, "sendMessage").text
    [journey] = await rows(bot, Journey, 1005)
    assert await checkins(bot, 1005) == [(3, "daily", journey.id)]
    # The daily message keeps its off switch; the check-in is used up.
    edited = only(calls, "editMessageReplyMarkup")
    assert edited.button_labels == ["Matikan pesan harian"]
    # The live keyboard was left alone.
    resumed = await rina.press("Lanjutkan yang tadi", on=restart)
    assert "Perasaan apa saja" in texts(resumed)[-1]
