"""What the daily message says of a user's journey (conversations/daily.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from conversations import daily
from conversations import journey as flow

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def facts(**changes: Any) -> daily.JourneyFacts:
    base = daily.JourneyFacts(
        status=flow.ACTIVE,
        prompt="evaluation",
        position="Analis Data",
        created_at=datetime(2026, 11, 21, 17, 30, tzinfo=UTC),  # 22 November in Jakarta
        name="Rina Wijaya",
        plan=(
            daily.PlanStep("cv", "Analis Data", date(2026, 11, 20), True),
            daily.PlanStep("course", "SQL", date(2026, 11, 28), False),
        ),
    )
    return replace(base, **changes)


def test_the_name_comes_from_a_real_prompt() -> None:
    assert daily.NAME_PROMPT in flow.PROMPT_BY_ID


def test_days_are_counted_in_the_users_zone_and_the_next_item_is_the_first_undone() -> None:
    about = daily.personal(facts(), NOW)
    assert (about.days, about.hour, about.today) == (3, 8, date(2026, 11, 25))
    assert about.next_item == daily.PlanStep("course", "SQL", date(2026, 11, 28), False)
    assert (about.done, about.total) == (1, 2)
    assert about.step == flow.PROMPT_BY_ID["evaluation"].step
    assert about.theme == "evaluasi"


def test_a_finished_journey_or_none_draws_from_the_closing_theme() -> None:
    assert daily.personal(facts(status=flow.FINISHED), NOW).theme == daily.CLOSING_THEME
    nobody = daily.personal(None, NOW + timedelta(hours=12))
    assert (nobody.name, nobody.days, nobody.step, nobody.hour) == (None, None, None, 20)
    assert nobody.theme == daily.CLOSING_THEME


def test_its_buttons_are_the_check_in_then_the_off_switch() -> None:
    values = [button.value for row in daily.buttons() for button in row]
    assert values == [f"mood:d:{score}" for score in range(1, 6)] + ["r:off"]
    [reply] = daily.outcome(daily.personal(None, NOW), "msg_validasi_1").replies
    assert reply.template == "daily/daily.html" and reply.context["message"] == "msg_validasi_1"
