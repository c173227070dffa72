"""The order in which typed text is offered, written down once (conversations/awaiting.py)."""

from __future__ import annotations

import pytest

from conversations.awaiting import (
    PRACTICE,
    REPLY,
    TIME,
    Addressee,
    Awaiting,
    addressees,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        (None, None),
        ("", None),
        ("time", Awaiting(TIME)),
        ("practice:q07", Awaiting(PRACTICE, "q07")),
        ("reply:42", Awaiting(REPLY, "42")),
        ("zone", None),  # a kind that is no longer asked
    ],
)
def test_the_slot_is_stored_as_a_short_string(raw: str | None, expected: Awaiting | None) -> None:
    assert Awaiting.decode(raw) == expected
    if expected is not None:
        assert Awaiting.decode(expected.encode()) == expected


def test_with_nothing_waiting_text_goes_to_an_open_journey_then_to_nobody() -> None:
    assert addressees(None) == (Addressee.JOURNEY, Addressee.NOBODY)


def test_a_time_question_lets_an_open_journey_have_what_is_no_time() -> None:
    assert addressees(Awaiting(TIME)) == (Addressee.SLOT, Addressee.JOURNEY, Addressee.SLOT_AGAIN)


@pytest.mark.parametrize("kind", [PRACTICE, REPLY])
def test_a_free_text_question_takes_the_text_first(kind: str) -> None:
    order = addressees(Awaiting(kind, "1"))
    assert order[0] is Addressee.SLOT and Addressee.SLOT_AGAIN not in order
