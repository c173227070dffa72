"""Mood check-ins (/mood, the daily message): pure rules, no telegram, no SQL.

The scale is the journey's: 1 = sangat buruk … 5 = sangat baik (DESIGN.md), with the
same buttons and labels as the journey's mood prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

from conversations.journey import RATINGS
from conversations.outcome import Button

PREFIX = "mood"
COMMAND, DAILY = "command", "daily"
# Short codes keep the button data small; the stored source is the long name.
_SOURCE_CODES = {COMMAND: "c", DAILY: "d"}
_SOURCES = {code: source for source, code in _SOURCE_CODES.items()}
SCORES = tuple(int(rating) for rating in RATINGS)
# A score this low gets a gentler reply that points to /bantuan.
LOW_SCORE = 2
# As in the journey's mood prompt: "1 · Sangat buruk", then 2 3 4, then "5 · Sangat baik".
ROWS = (1, 3, 1)


def choice_value(source: str, score: int) -> str:
    return f"{PREFIX}:{_SOURCE_CODES[source]}:{score}"


# Buttons on the daily message: valid without a live keyboard (bot/presenter.py).
DAILY_CHOICES = frozenset(choice_value(DAILY, score) for score in SCORES)


@dataclass(frozen=True)
class CheckinChoice:
    source: str
    score: int

    @property
    def low(self) -> bool:
        return self.score <= LOW_SCORE


def parse_choice(value: str) -> CheckinChoice | None:
    """A pressed (or typed) check-in button; None for anything else."""
    prefix, code, score = [*value.split(":", 2), "", ""][:3]
    if prefix != PREFIX or code not in _SOURCES or score not in RATINGS:
        return None
    return CheckinChoice(_SOURCES[code], int(score))


def buttons(source: str) -> tuple[tuple[Button, ...], ...]:
    """The 1-5 check-in, labelled like the journey's mood prompt."""
    flat = [
        Button(
            "option",
            value=choice_value(source, score),
            label_context={"group": "mood", "value": str(score)},
        )
        for score in SCORES
    ]
    rows: list[tuple[Button, ...]] = []
    for size in ROWS:
        rows.append(tuple(flat[:size]))
        flat = flat[size:]
    return tuple(rows)
