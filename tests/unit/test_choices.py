from __future__ import annotations

import pytest

from conversations.choices import match_choice, normalise

LABELS = ["✅ Saya siap lanjut", "Saya butuh waktu dulu", "Lewati"]


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Saya siap lanjut", 0),
        ("saya SIAP lanjut!", 0),
        ("  saya   butuh waktu dulu ", 1),
        ("lewati", 2),
        ("1", 0),
        ("3", 2),
        (" 2 ", 1),
        ("\uff10\uff12", 1),  # full-width digits typed on some keyboards
    ],
)
def test_label_first_then_position(typed: str, expected: int) -> None:
    assert match_choice(typed, LABELS) == expected


@pytest.mark.parametrize("typed", ["", "   ", "0", "4", "-1", "siap", "9" * 5000, "🙂", "1.5"])
def test_anything_else_matches_nothing(typed: str) -> None:
    assert match_choice(typed, LABELS) is None


def test_a_label_that_is_a_number_wins_over_positions() -> None:
    assert match_choice("2", ["1", "2", "3"]) == 1
    assert match_choice("3", ["3", "5"]) == 0


def test_normalise_ignores_emoji_case_and_spacing() -> None:
    assert normalise("  ✅ Saya\tSiap ") == "saya siap"


def test_numbers_mean_numbers_when_the_buttons_are_numbers() -> None:
    counts = ["1", "3", "5", "10"]
    assert match_choice("3", counts) == 1
    assert match_choice("2", counts) is None  # the prompt reads it as the number 2
    times = ["06.00", "07.00", "08.00", "12.00", "19.00", "21.00"]
    assert match_choice("6", times) is None and match_choice("08.00", times) == 2
    ratings = ["1 · Sangat buruk", "2", "3", "4", "5 · Sangat baik"]
    assert match_choice("1", ratings) == 0 and match_choice("5", ratings) == 4


def test_options_round_trip_and_a_newer_message_takes_typing() -> None:
    from conversations.options import Option, with_newest

    old = [Option("d:confirm_all", "Ya, hapus semua", destructive=True).to_entry(), ["x", "X"]]
    assert Option.from_entry(["x", "X"]) == Option("x", "X")
    mood = [Option("mood:d:1", "1 · Sangat buruk", score=1)]
    stored = with_newest(old, mood)
    options = [Option.from_entry(entry) for entry in stored]
    assert [o.value for o in options if o.typed] == ["mood:d:1"]
    assert [o.value for o in options if not o.typed] == ["d:confirm_all", "x"]
    assert options[1].destructive and options[0].score == 1
