"""/latihan without I/O: the question pool (its text lives in templates/), which question
fits the user next, and the limits of a typed answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from conversations import lexicon as lx
from conversations import validators as v
from conversations.choices import clauses, only_skips
from conversations.links import key_terms
from conversations.summary import EVAL_AREAS, ratings

# Long enough for a full STAR story, short enough to read back in one message.
ANSWER_LIMIT = 3000
KEY_LIMIT = 32  # practice_answers.question and users.practice_question
_KEY = re.compile(r"[a-z][a-z0-9_]*")


# The journey's answer "skill_type": a question marked with one of these is about the
# user's own skill gap of that kind, and is asked only to a user who named one.
SKILL_TYPES = ("hard", "soft")
# Where the skill goes in such a question: "{…}" holds the wording used when no skill is
# known (the export, or a user whose journey is gone).
_SLOT = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Question:
    key: str  # stable: stored with each answer
    areas: tuple[str, ...]  # the evaluation areas (conversations/summary.py) it trains
    text: str  # as read without a skill (the export shows this)
    skill_type: str | None = None  # "hard"/"soft": a question about the user's skill gap
    # The text around the skill's place, for a skill-gap question.
    around: tuple[str, str] | None = None

    def text_for(self, skill: str | None) -> str:
        """The question as the user reads it: with their skill in its place, if any."""
        if self.around is None or not skill:
            return self.text
        return self.around[0] + skill + self.around[1]


@dataclass(frozen=True)
class Picked:
    question: Question
    # The weak evaluation area it was chosen for, if it was.
    area: str | None


def _question(key: str, cells: tuple[str, ...], text: str) -> Question:
    areas = tuple(cell for cell in cells if cell not in SKILL_TYPES)
    types = [cell for cell in cells if cell in SKILL_TYPES]
    slots = _SLOT.findall(text)
    if not areas or not set(areas) <= set(EVAL_AREAS):
        raise ValueError(f"question {key!r}: areas must come from {EVAL_AREAS}")
    if len(types) > 1 or len(slots) > 1 or bool(types) != bool(slots):
        raise ValueError(f"question {key!r}: a skill question needs one type and one {{slot}}")
    if not types:
        return Question(key, areas, text)
    slot = _SLOT.search(text)
    assert slot is not None
    generic = text[: slot.start()] + slot.group(1) + text[slot.end() :]
    return Question(key, areas, generic, types[0], (text[: slot.start()], text[slot.end() :]))


def parse_pool(rows: Iterable[Sequence[str]]) -> tuple[Question, ...]:
    """Rows of "key | areas | text" from templates/; a bad row fails start-up, not a chat."""
    pool: list[Question] = []
    for row in rows:
        if len(row) != 3:
            raise ValueError(f"question row needs key, areas and text: {row!r}")
        key, areas_text, text = (cell.strip() for cell in row)
        cells = tuple(area.strip() for area in areas_text.split(",") if area.strip())
        if not _KEY.fullmatch(key) or len(key) > KEY_LIMIT:
            raise ValueError(f"bad question key {key!r}")
        if any(q.key == key for q in pool):
            raise ValueError(f"question key {key!r} twice")
        if not text:
            raise ValueError(f"question {key!r} has no text")
        pool.append(_question(key, cells, text))
    if not any(q.skill_type is None for q in pool):
        raise ValueError("the question pool is empty")
    return tuple(pool)


def lowest_areas(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The evaluation areas rated lowest in one journey (several when tied)."""
    rated = ratings(answers)
    if not rated:
        return ()
    lowest = min(item["rating"] for item in rated)
    return tuple(item["area"] for item in rated if item["rating"] == lowest)


def choose(
    pool: Sequence[Question],
    weak: Sequence[str],
    avoid: str | None,
    turn: int,
    skill_type: str | None = None,
    *,
    prefer_skill: bool = False,
) -> Picked:
    """A question for the weakest areas when known, never the one just practised (unless
    the pool has nothing else). `turn` is any counter that moves on between calls, so
    "another question" walks through the candidates instead of picking at random.

    A question about the user's skill gap is asked only when they named a skill of its
    type; with `prefer_skill` (a new /latihan) it comes first, and otherwise it takes its
    turn among the questions of the areas it trains."""
    usable = [q for q in pool if q.skill_type is None or q.skill_type == skill_type]
    candidates = [q for q in usable if q.key != avoid] or usable
    if prefer_skill:
        own = [q for q in candidates if q.skill_type is not None]
        if own:
            return Picked(own[turn % len(own)], None)
    for area in weak:
        fitting = [q for q in candidates if area in q.areas]
        if fitting:
            return Picked(fitting[turn % len(fitting)], area)
    return Picked(candidates[turn % len(candidates)], None)


# "SQL dan excel", "sql, excel": several skills, named as several in a sentence (key_terms
# drops the "dan"); a comma before "terutama" narrows the skill before it instead.
_AND = re.compile(
    r"\s+(?:dan|serta|sama|atau|and)\s+|\s*[&/+]\s*"
    r"|\s*,(?!\s*(?:terutama|khususnya|misalnya|seperti|contohnya|termasuk|apalagi)\b)\s*",
    re.IGNORECASE,
)


def skill_phrase(skill_name: Any) -> str | None:
    """The skill as a question names it: its key terms ("SQL, terutama window function"
    → "SQL window function"; "SQL dan excel" stays two), or None when the user named
    none."""
    if not isinstance(skill_name, str) or not skill_name.strip():
        return None
    parts = [key_terms(part) for part in _AND.split(skill_name) if part.strip()]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return key_terms(skill_name)
    return ", ".join(parts[:-1]) + " dan " + parts[-1]


def skill_type_of(value: Any) -> str:
    """The journey's own reading: anything but "hard" is a soft skill."""
    return "hard" if value == "hard" else "soft"


def find(pool: Sequence[Question], key: str | None) -> Question | None:
    return next((q for q in pool if q.key == key), None)


def parse_answer(text: str) -> str | v.Invalid:
    """The typed answer: some letters or digits, at most ANSWER_LIMIT characters."""
    return v.parse_long_text(text, ANSWER_LIMIT)


# "bingung mau jawab apa", "ga ada pengalaman kerja": no answer yet, a person stuck.
_STUCK_WORDS = frozenset(
    {"bingung", "kepikiran", "terpikir", "blank", "buntu", "mentok", "contoh", "contohnya"}
)
# "hmm", "apa ya": too few words to be a try at a story.
STUCK_MAX_TINY = 3
# "ga ngerti STAR itu apa": the method not understood.
_UNDERSTAND = frozenset({"ngerti", "mengerti", "paham", "tahu", "tau"})
_NO_EXPERIENCE = frozenset({"pengalaman", "pernah", "kerja", "bekerja"})
_STUCK_MAX_WORDS = 10


def is_stuck(text: str) -> bool:
    """Whether a short message says the person does not know what to answer, or has no
    experience to tell, rather than telling one (it gets help, not a STAR check)."""
    said = [w for clause in clauses(text) for w in clause]
    if not said or len(said) > _STUCK_MAX_WORDS:
        return False
    if only_skips(text) or any(w.text in _STUCK_WORDS for w in said):
        return True
    if any(w.negated and w.text in _UNDERSTAND for w in said) or (
        "star" in {w.text for w in said} and "apa" in {w.text for w in said}
    ):
        return True
    # "belum pernah kerja", "ga punya pengalaman": the lack said, not a story.
    return any(w.negated and w.text in _NO_EXPERIENCE for w in said) or (
        "belum" in {w.text for w in said} and "pernah" in {w.text for w in said}
    )


_ADDITION = re.compile(
    r"^\W*(?:" + "|".join(re.escape(opener) for opener in lx.PRACTICE_ADDITION_OPENERS) + r")\b",
    re.IGNORECASE,
)


def adds_to_answer(text: str) -> bool:
    """Whether a message under the feedback adds to the answer just given ("oh iya
    hasilnya chart dipilih, waktu baca laporan turun 40%") rather than trying anew."""
    return bool(_ADDITION.match(text))
