"""/latihan without I/O: the question pool (its text lives in templates/), which question
fits the user next, and the limits of a typed answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from conversations import validators as v
from conversations.summary import EVAL_AREAS, ratings

# Long enough for a full STAR story, short enough to read back in one message.
ANSWER_LIMIT = 3000
KEY_LIMIT = 32  # practice_answers.question and users.practice_question
_KEY = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Question:
    key: str  # stable: stored with each answer
    areas: tuple[str, ...]  # the evaluation areas (conversations/summary.py) it trains
    text: str


@dataclass(frozen=True)
class Picked:
    question: Question
    # The weak evaluation area it was chosen for, if it was.
    area: str | None


def parse_pool(rows: Iterable[Sequence[str]]) -> tuple[Question, ...]:
    """Rows of "key | areas | text" from templates/; a bad row fails start-up, not a chat."""
    pool: list[Question] = []
    for row in rows:
        if len(row) != 3:
            raise ValueError(f"question row needs key, areas and text: {row!r}")
        key, areas_text, text = (cell.strip() for cell in row)
        areas = tuple(area.strip() for area in areas_text.split(",") if area.strip())
        if not _KEY.fullmatch(key) or len(key) > KEY_LIMIT:
            raise ValueError(f"bad question key {key!r}")
        if any(q.key == key for q in pool):
            raise ValueError(f"question key {key!r} twice")
        if not areas or not set(areas) <= set(EVAL_AREAS):
            raise ValueError(f"question {key!r}: areas must come from {EVAL_AREAS}")
        if not text:
            raise ValueError(f"question {key!r} has no text")
        pool.append(Question(key, areas, text))
    if not pool:
        raise ValueError("the question pool is empty")
    return tuple(pool)


def lowest_areas(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The evaluation areas rated lowest in one journey (several when tied)."""
    rated = ratings(answers)
    if not rated:
        return ()
    lowest = min(item["rating"] for item in rated)
    return tuple(item["area"] for item in rated if item["rating"] == lowest)


def choose(pool: Sequence[Question], weak: Sequence[str], avoid: str | None, turn: int) -> Picked:
    """A question for the weakest areas when known, never the one just practised (unless
    the pool has nothing else). `turn` is any counter that moves on between calls, so
    "another question" walks through the candidates instead of picking at random."""
    candidates = [q for q in pool if q.key != avoid] or list(pool)
    for area in weak:
        fitting = [q for q in candidates if area in q.areas]
        if fitting:
            return Picked(fitting[turn % len(fitting)], area)
    return Picked(candidates[turn % len(candidates)], None)


def find(pool: Sequence[Question], key: str | None) -> Question | None:
    return next((q for q in pool if q.key == key), None)


def parse_answer(text: str) -> str | v.Invalid:
    """The typed answer: some letters or digits, at most ANSWER_LIMIT characters."""
    return v.parse_long_text(text, ANSWER_LIMIT)
