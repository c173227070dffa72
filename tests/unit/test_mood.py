"""The check-in's buttons and choices."""

from __future__ import annotations

from conversations import mood


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
