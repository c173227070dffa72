"""History across journeys as pure computation: pages, patterns, what helped last time."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conversations import history
from conversations.history import Improvement, JourneyFacts, LastTime, PlanFact
from conversations.summary import EVAL_AREAS

START = date(2026, 11, 25)


def rated(**ratings: int) -> dict[str, Any]:
    """A complete evaluation: every area 4 unless given."""
    return {f"eval_{area}": ratings.get(area, 4) for area in EVAL_AREAS}


def journey(
    answers: dict[str, Any] | None = None,
    *,
    finished_on: date | None = None,
    started_on: date = START,
    plan: tuple[PlanFact, ...] = (),
    **fields: Any,
) -> JourneyFacts:
    return JourneyFacts(
        company=fields.pop("company", "PT Maju"),
        position=fields.pop("position", "Analis Data"),
        status="finished" if finished_on else "active",
        step=5 if finished_on else 3,
        started_on=started_on,
        finished_on=finished_on,
        answers=answers or {},
        plan=plan,
        **fields,
    )


def item(action: str, done: bool, detail: str = "analisis data") -> PlanFact:
    return PlanFact(action, detail, done)


# --- patterns: how many journeys --------------------------------------------------------


def test_no_patterns_without_journeys_or_with_one() -> None:
    assert history.patterns([]) is None
    assert history.patterns([journey(rated(research=1), finished_on=START)]) is None


def test_two_journeys_with_the_same_lowest_area() -> None:
    found = history.patterns([journey(rated(research=2)), journey(rated(research=1))])
    assert found is not None and found.journeys == 2
    assert found.lowest == history.LowestArea(("research",), 2, 2)


def test_four_journeys_three_with_the_same_lowest_area() -> None:
    found = history.patterns(
        [
            journey(rated(research=2)),
            journey(rated(research=1, technical=3)),
            journey(rated(communication=2)),
            journey(rated(research=3)),
        ]
    )
    assert found is not None
    assert found.lowest == history.LowestArea(("research",), 3, 4)


def test_two_journeys_with_different_lowest_areas_are_no_pattern() -> None:
    found = history.patterns([journey(rated(research=2)), journey(rated(technical=2))])
    assert found is None  # nothing else to say either


# --- patterns: ties and missing answers -------------------------------------------------


def test_areas_tied_lowest_in_a_journey_each_count() -> None:
    found = history.patterns(
        [journey(rated(research=2, technical=2)), journey(rated(research=1, technical=3))]
    )
    assert found is not None and found.lowest is not None
    assert found.lowest.areas == ("research",) and found.lowest.count == 2


def test_areas_tied_across_journeys_are_named_together_in_a_fixed_order() -> None:
    found = history.patterns(
        [journey(rated(research=2, technical=2)), journey(rated(research=1, technical=1))]
    )
    assert found is not None and found.lowest is not None
    assert found.lowest.areas == ("technical", "research") and found.lowest.count == 2


def test_every_area_rated_the_same_or_all_good_counts_for_no_area() -> None:
    same = {f"eval_{area}": 2 for area in EVAL_AREAS}
    good = rated(research=4, technical=5, communication=5, culture=5, questions=5)
    assert history.lowest_areas(same) == ()
    assert history.lowest_areas(good) == ()  # 4 is not room to grow, as in the recap
    found = history.patterns([journey(same), journey(rated(research=2)), journey(good)])
    assert found is None  # one journey with research lowest is not yet a pattern


def test_a_half_done_evaluation_is_left_out_of_the_count() -> None:
    partial = {"eval_technical": 4, "eval_communication": 1}
    found = history.patterns(
        [journey(rated(research=2)), journey(partial), journey(rated(research=2))]
    )
    assert found is not None and found.lowest == history.LowestArea(("research",), 2, 2)


def test_journeys_without_any_answers_give_nothing_to_say() -> None:
    assert history.patterns([journey(), journey(), journey()]) is None


# --- patterns: skills, plan, days -------------------------------------------------------


def test_a_skill_returning_with_different_casing_and_spaces_is_one_skill() -> None:
    found = history.patterns(
        [
            journey({"skill_name": "Analisis  Data "}),
            journey({"skill_name": "presentasi"}),
            journey({"skill_name": "analisis data"}),
            journey({"skill_name": "ANALISIS DATA"}),
            journey({"skill_name": "Presentasi"}),
            journey({"skill_name": "SQL"}),
        ]
    )
    assert found is not None
    assert found.skills == (
        history.RecurringSkill("Analisis Data", 3),  # as written most recently
        history.RecurringSkill("presentasi", 2),
    )


def test_a_skill_named_once_is_not_a_pattern() -> None:
    found = history.patterns(
        [journey({"skill_name": "SQL"}), journey({"skill_name": "presentasi"})]
    )
    assert found is None


def test_plan_items_done_and_open_across_journeys() -> None:
    found = history.patterns(
        [
            journey(plan=(item("course", True), item("project", False))),
            journey(plan=(item("cv", True), item("network", True, "5"), item("event", False))),
            journey(),
        ]
    )
    assert found is not None
    assert (found.plan_done, found.plan_total) == (3, 5)


def test_average_days_from_rejection_to_finishing_counts_finished_journeys_only() -> None:
    found = history.patterns(
        [
            # The interview date counts when answered ...
            journey({"interview_date": "2026-11-20"}, finished_on=date(2026, 11, 25)),
            # ... else the day the journey began.
            journey({}, started_on=date(2026, 10, 1), finished_on=date(2026, 10, 3)),
            journey({"interview_date": "2026-09-01"}),  # not finished: left out
        ]
    )
    assert found is not None
    assert found.finished == 2 and found.average_days == 3.5
    # The one finished without a date is why /riwayat says how such days are counted.
    assert found.undated == 1


def test_days_round_to_one_decimal_and_never_go_below_zero() -> None:
    found = history.patterns(
        [
            journey({}, started_on=date(2026, 1, 1), finished_on=date(2026, 1, 2)),
            journey({}, started_on=date(2026, 1, 1), finished_on=date(2026, 1, 2)),
            journey({}, started_on=date(2026, 1, 1), finished_on=date(2026, 1, 3)),
            # A typed date later than the finish cannot make the time negative.
            journey({"interview_date": "2026-02-10"}, finished_on=date(2026, 2, 9)),
        ]
    )
    assert found is not None and found.average_days == 1.0
    three = history.patterns(
        [
            journey({}, started_on=date(2026, 1, 1), finished_on=date(2026, 1, 2)),
            journey({}, started_on=date(2026, 1, 1), finished_on=date(2026, 1, 2)),
            journey({}, started_on=date(2026, 1, 1), finished_on=date(2026, 1, 3)),
        ]
    )
    assert three is not None and three.average_days == 1.3


def test_a_bad_interview_date_falls_back_to_the_start() -> None:
    facts = journey({"interview_date": "kemarin"}, started_on=date(2026, 3, 4))
    assert facts.interview_date is None and facts.rejected_on == date(2026, 3, 4)


# --- one journey in the list ------------------------------------------------------------


def test_moods_are_read_only_when_they_are_scores() -> None:
    facts = journey({"mood": 2}, latest_mood=4)
    assert (facts.start_mood, facts.mood_now) == (2, 4)
    odd = journey({"mood": "2"}, latest_mood=9)
    assert (odd.start_mood, odd.mood_now) == (None, None)
    assert journey({"mood": True}).start_mood is None


def test_a_long_recruiter_reply_is_shortened_to_one_line_at_a_word() -> None:
    reply = "Terima kasih.\n\nKami menilai " + "jawaban Anda cukup baik " * 30
    excerpt = journey(feedback_reply=reply).reply_excerpt
    assert excerpt is not None
    assert len(excerpt) <= history.REPLY_SHOWN_LIMIT and excerpt.endswith("…")
    assert "\n" not in excerpt and excerpt.startswith("Terima kasih. Kami menilai")
    assert excerpt[:-1].split()[-1] in "jawaban Anda cukup baik"  # no word cut in half
    assert journey(feedback_reply="  Singkat saja. ").reply_excerpt == "Singkat saja."
    assert journey(feedback_reply="   ").reply_excerpt is None
    assert journey().reply_excerpt is None


def test_a_reply_without_spaces_is_still_cut_to_the_limit() -> None:
    excerpt = history.shorten("x" * 500, 200)
    assert excerpt == "x" * 199 + "…"


# --- pages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "requested", "number", "count"),
    [
        (0, 1, 1, 1),
        (5, 1, 1, 1),
        (6, 2, 2, 2),
        (7, 1, 1, 2),
        (7, 9, 2, 2),  # an old button after journeys were deleted
        (7, 0, 1, 2),
        (11, 3, 3, 3),
    ],
)
def test_pages_are_clamped_to_those_that_exist(
    total: int, requested: int, number: int, count: int
) -> None:
    shown = history.page(total, requested, size=5)
    assert (shown.number, shown.count) == (number, count)


def test_page_navigation() -> None:
    first, last = history.page(7, 1, size=5), history.page(7, 2, size=5)
    assert (first.offset, first.has_previous, first.has_next) == (0, False, True)
    assert (last.offset, last.has_previous, last.has_next) == (5, True, False)
    # Four a page: a page of the longest journeys still fits one Telegram message.
    assert history.page(7, 2).offset == history.PAGE_SIZE == 4


# --- what helped last time --------------------------------------------------------------


def test_nothing_helped_without_a_finished_journey() -> None:
    assert history.what_helped([]) is None


def test_the_plan_items_completed_last_time_are_named() -> None:
    latest = journey(
        {"strategy": ["cv"]},
        finished_on=START,
        plan=(
            item("course", True),
            item("project", False),
            item("cv", True, "Analis"),
            item("network", True, "5"),
        ),
    )
    helped = history.what_helped([latest])
    assert helped == LastTime(done=(item("course", True), item("cv", True, "Analis")), done_count=3)


def test_without_completed_items_the_strategy_chosen_is_named() -> None:
    latest = journey(
        {"strategy": ["cv", "widen"]}, finished_on=START, plan=(item("course", False),)
    )
    assert history.what_helped([latest]) == LastTime(strategy=("cv", "widen"))


def test_the_area_that_rose_most_since_the_journey_before() -> None:
    latest = journey(rated(communication=4, research=3), finished_on=START)
    earlier = journey(rated(communication=2, research=2), finished_on=date(2026, 10, 1))
    helped = history.what_helped([latest, earlier])
    assert helped == LastTime(improved=Improvement("communication", 2, 4))


def test_nothing_true_to_say_means_no_line() -> None:
    latest = journey(rated(research=2), finished_on=START, plan=(item("course", False),))
    earlier = journey(rated(research=3), finished_on=date(2026, 10, 1))
    assert history.what_helped([latest, earlier]) is None
    assert history.what_helped([journey({"strategy": "cv"}, finished_on=START)]) is None
