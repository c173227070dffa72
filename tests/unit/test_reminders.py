from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from conversations import reminders as rules


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("08:00", time(8)),
        ("08.00", time(8)),
        ("8", time(8)),
        ("jam 8", time(8)),
        ("Jam 8 pagi", time(8)),
        ("pukul 7.30", time(7, 30)),
        ("jam 7 malam", time(19)),
        ("21.00", time(21)),
        ("jam 1 siang", time(13)),
        ("0", time(0)),
        (" 6:05 ", time(6, 5)),
    ],
)
def test_typed_times(typed: str, expected: time) -> None:
    assert rules.parse_time_of_day(typed) == expected


@pytest.mark.parametrize("typed", ["25", "8:75", "jam", "pagi", "08:0", "delapan", "-1", ""])
def test_times_that_are_not_times(typed: str) -> None:
    assert rules.parse_time(typed) is None


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("jm 8", time(8)),
        ("pkl 7", time(7)),
        ("sekitar jam 9", time(9)),
        ("jam 9an", time(9)),
        ("jam 9-an aja", time(9)),
        ("jam 6 sore", time(18)),
        ("jam 5 pagi", time(5)),
        ("jam 12 siang", time(12)),
        ("jam 12 malam", time(0)),
        ("jam 1 malam", time(1)),
        ("jam 3 dini hari", time(3)),
        ("setengah 8", time(7, 30)),
        ("setengah 8 malam", time(19, 30)),
        ("ganti jadi jam setengah 9 malem dong", time(20, 30)),
        ("ubah jam 7 pagi aja", time(7, 0)),
        ("setengah 1 siang", time(12, 30)),
        ("7pm", time(19)),
        ("7 pm", time(19)),
        ("7.30am", time(7, 30)),
        ("12am", time(0)),
        ("12 p.m.", time(12)),
        ("jam tujuh malam", time(19)),
        ("tiap jam 7 pagi ya", time(7)),
    ],
)
def test_times_as_people_type_them(typed: str, expected: time) -> None:
    parsed = rules.parse_time(typed)
    assert parsed is not None and parsed.time == expected and parsed.zone is None


@pytest.mark.parametrize(
    "typed, expected, zone",
    [
        ("20.00 WIB", time(20), "Asia/Jakarta"),
        ("08:00 wib", time(8), "Asia/Jakarta"),
        ("jam 9 malam wita", time(21), "Asia/Makassar"),
        ("jam 7 WIT", time(7), "Asia/Jayapura"),
        ("20.00wib", time(20), "Asia/Jakarta"),
    ],
)
def test_a_zone_named_with_the_time_is_kept(typed: str, expected: time, zone: str) -> None:
    parsed = rules.parse_time(typed)
    assert parsed is not None and (parsed.time, parsed.zone) == (expected, zone)
    assert rules.parse_time_of_day(typed) == expected


@pytest.mark.parametrize(
    "typed", ["25.00", "jam 13 pagi", "jam 9 sore", "jam 7 atau 8", "setiap pagi", "besok", "24:00"]
)
def test_impossible_or_unclear_times_are_refused(typed: str) -> None:
    assert rules.parse_time(typed) is None
    assert rules.parse_time_of_day(typed) is None


def test_first_due_is_today_before_the_slot_and_tomorrow_after_it() -> None:
    before = datetime(2026, 11, 25, 0, 30, tzinfo=UTC)  # 07.30 WIB
    assert rules.first_due(before, 480, "Asia/Jakarta") == datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    after = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # exactly 08.00 WIB: already passed
    assert rules.first_due(after, 480, "Asia/Jakarta") == datetime(2026, 11, 26, 1, 0, tzinfo=UTC)


def test_a_missed_day_is_skipped_not_sent_late() -> None:
    yesterday_slot = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    now = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    send, following = rules.due_plan(yesterday_slot, now, 480, "Asia/Jakarta")
    assert not send and following == datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    send, following = rules.due_plan(following, now, 480, "Asia/Jakarta")
    assert send and following == datetime(2026, 11, 26, 1, 0, tzinfo=UTC)


def test_message_choice_avoids_recent_ones_and_prefers_the_step() -> None:
    pool = [f"msg_{theme}_{n}" for theme in ("validasi", "rencana") for n in range(1, 4)]
    chosen = rules.choose_message(
        pool, "rencana", {"msg_rencana_1", "msg_rencana_2"}, 7, date(2026, 11, 25)
    )
    assert chosen == "msg_rencana_3"
    assert rules.choose_message(pool, None, set(pool), 7, date(2026, 11, 25)) in pool
    same = {rules.choose_message(pool, None, set(), 7, date(2026, 11, 25)) for _ in range(5)}
    assert len(same) == 1  # a retry the same day picks the same message
