"""The check-in's buttons and the chart's series: days since each rejection, per journey."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from conversations import mood
from conversations.mood import Checkin, JourneyMoods, Point, build_chart

WIB = ZoneInfo("Asia/Jakarta")


def at(day: int, hour: int = 3, month: int = 11) -> datetime:
    """A UTC time; 03.00 UTC is 10.00 WIB the same day."""
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def test_buttons_are_the_journeys_mood_scale_in_one_three_one_rows() -> None:
    rows = mood.buttons(mood.COMMAND)
    assert [len(row) for row in rows] == [1, 3, 1]
    flat = [button for row in rows for button in row]
    assert [b.label_context for b in flat] == [
        {"group": "mood", "value": str(s)} for s in range(1, 6)
    ]
    assert [b.value for b in flat] == [f"mood:c:{s}" for s in range(1, 6)]
    assert {b.value for row in mood.buttons(mood.DAILY) for b in row} == mood.DAILY_CHOICES


def test_a_choice_is_parsed_back_to_its_source_and_score() -> None:
    assert mood.parse_choice("mood:d:2") == mood.CheckinChoice("daily", 2)
    assert mood.parse_choice("mood:c:5") == mood.CheckinChoice("command", 5)
    assert mood.parse_choice("mood:c:5").low is False  # type: ignore[union-attr]
    assert mood.parse_choice("mood:d:2").low is True  # type: ignore[union-attr]
    for bad in ("mood:c:0", "mood:c:6", "mood:x:3", "mood:c:", "mood", "j:mood:3", "mood:c:3:1"):
        assert mood.parse_choice(bad) is None, bad


def test_days_are_counted_from_the_interview_date_in_the_users_zone() -> None:
    journey = JourneyMoods(
        1,
        created_at=at(22),
        company="PT A",
        position="Analis",
        interview_date=date(2026, 11, 20),
        start_score=2,
        start_at=at(22),
    )
    checkins = [
        Checkin(1, 3, at(23)),
        # 20.00 UTC on the 24th is already the 25th in WIB.
        Checkin(1, 4, datetime(2026, 11, 24, 20, 0, tzinfo=UTC)),
    ]
    chart = build_chart([journey], checkins, WIB)
    [series] = chart.series
    assert series.rejection_day == date(2026, 11, 20)
    assert series.points == (Point(2, 2), Point(3, 3), Point(5, 4))
    assert (series.company, series.position) == ("PT A", "Analis")
    assert chart.point_count == 3 and chart.unplaced == 0


def test_without_an_interview_date_day_zero_is_the_local_day_the_journey_began() -> None:
    # 18.00 UTC on the 19th is 01.00 WIB on the 20th.
    began = datetime(2026, 11, 19, 18, 0, tzinfo=UTC)
    journey = JourneyMoods(7, created_at=began, start_score=1, start_at=began)
    [series] = build_chart([journey], [Checkin(7, 2, at(21))], WIB).series
    assert series.rejection_day == date(2026, 11, 20)
    assert series.points == (Point(0, 1), Point(1, 2))


def test_points_follow_time_and_series_follow_the_rejection_day() -> None:
    later = JourneyMoods(1, created_at=at(10, month=12), interview_date=date(2026, 12, 9))
    earlier = JourneyMoods(2, created_at=at(21), interview_date=date(2026, 11, 20))
    checkins = [
        Checkin(1, 5, at(14, month=12)),
        Checkin(2, 4, at(25)),
        Checkin(1, 3, at(11, month=12)),
        Checkin(2, 2, at(21)),
    ]
    chart = build_chart([later, earlier], checkins, WIB)
    assert [s.journey_id for s in chart.series] == [2, 1]
    assert chart.series[0].points == (Point(1, 2), Point(5, 4))
    assert chart.series[1].points == (Point(2, 3), Point(5, 5))


def test_the_start_mood_comes_first_on_its_day() -> None:
    journey = JourneyMoods(1, created_at=at(20), start_score=2, start_at=at(20))
    chart = build_chart([journey], [Checkin(1, 4, at(20))], WIB)
    assert chart.series[0].points == (Point(0, 2), Point(0, 4))


def test_checkins_from_before_any_journey_are_the_days_before_the_first() -> None:
    journey = JourneyMoods(3, created_at=at(20), start_score=3, start_at=at(20))
    checkins = [Checkin(None, 2, at(18)), Checkin(None, 4, at(19)), Checkin(3, 4, at(22))]
    chart = build_chart([journey], checkins, WIB)
    assert chart.unplaced == 0 and chart.point_count == 4 and chart.before_day_zero
    assert chart.series[0].points == (Point(-2, 2), Point(-1, 4), Point(0, 3), Point(2, 4))


def test_a_check_in_of_a_journey_no_longer_stored_is_counted_not_drawn() -> None:
    journey = JourneyMoods(3, created_at=at(20), start_score=3, start_at=at(20))
    chart = build_chart([journey], [Checkin(9, 2, at(21))], WIB)
    assert chart.unplaced == 1 and chart.series[0].points == (Point(0, 3),)


def test_journeys_without_any_point_have_no_line() -> None:
    quiet = JourneyMoods(1, created_at=at(20))  # no consent then: no start mood stored
    chart = build_chart([quiet], [], WIB)
    assert chart.series == () and chart.point_count == 0
    assert build_chart([], [], WIB) == mood.Chart(())


def test_without_any_journey_the_notes_are_a_diary_from_the_first_one() -> None:
    checkins = [Checkin(None, 4, at(22)), Checkin(None, 2, at(20)), Checkin(None, 3, at(20))]
    chart = build_chart([], checkins, WIB)
    assert chart.diary and chart.unplaced == 0
    [series] = chart.series
    assert series.rejection_day == date(2026, 11, 20)
    assert series.points == (Point(0, 2), Point(0, 3), Point(2, 4))
