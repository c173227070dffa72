from __future__ import annotations

from datetime import date

import pytest

from conversations import validators as v

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        "(021) 5550 1234",
        "021-555-01234",
        "0812.3456.789",
    ],
)
def test_indonesian_phone_numbers_are_accepted(typed: str) -> None:
    assert not isinstance(v.parse_phone(typed), v.Invalid)


@pytest.mark.parametrize(
    "typed",
    [
        "12345",
        "0812",
        "+1 415 555 0100",
        "08123456789012345",
        "nomor saya 0812",
        "+62",
        "0012345678",
        "",
    ],
)
def test_other_numbers_are_refused(typed: str) -> None:
    assert v.parse_phone(typed) == v.Invalid("phone")


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("linkedin.com/in/rina", "https://linkedin.com/in/rina"),
        (
            "https://www.linkedin.com/in/rina-lestari-123/",
            "https://www.linkedin.com/in/rina-lestari-123/",
        ),
        ("id.linkedin.com/in/budi", "https://id.linkedin.com/in/budi"),
    ],
)
def test_linkedin_profiles(typed: str, stored: str) -> None:
    assert v.parse_linkedin(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "linkedin.com",
        "https://evil.com/linkedin.com/in/x",
        "linkedin.com/in/",
        "javascript:alert(1)",
    ],
)
def test_not_linkedin_profiles(typed: str) -> None:
    assert isinstance(v.parse_linkedin(typed), v.Invalid)


def test_text_is_cleaned_of_invisible_characters() -> None:
    assert v.parse_short_text("  PT\u200b  Maju\u202e ", 100) == "PT Maju"
    assert v.parse_short_text("\u200b\u200b", 100) == v.Invalid("empty")
    assert v.parse_long_text("baris satu\n\n  baris   dua ", 100) == "baris satu\n\nbaris dua"


def test_dates() -> None:
    assert v.parse_past_date("25/11/2026", TODAY) == TODAY
    assert v.parse_past_date("kemarin", TODAY) == date(2026, 11, 24)
    assert v.parse_future_date("26-11-2026", TODAY) == date(2026, 11, 26)
    assert v.parse_future_date("25/11/2026", TODAY) == v.Invalid("date_not_future")


def test_counts_and_selections() -> None:
    assert v.parse_count("0") == 0 and v.parse_count("5 orang") == 5
    assert v.parse_count("-1") == v.Invalid("count", 50)
    labels = ["kecewa", "sedih", "marah"]
    assert v.parse_selection("Sedih dan kecewa", labels) == [1, 0]
    assert v.parse_selection("3, 1, 3", labels) == [2, 0]
    assert v.parse_selection("1 2", labels) == [0, 1]
    assert v.parse_selection(",,", labels) == v.Invalid("selection")
