"""Journeys side by side: the pages /riwayat shows, the patterns across journeys, and
what helped last time. Pure: the service loads the rows and hands them in as facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from conversations.summary import EVAL_AREAS, weakest_areas

PAGE_SIZE = 4
# A pattern is something that happened at least twice.
MIN_JOURNEYS = 2
MIN_REPEATS = 2
# The recruiter's reply is free text of any length; the list shows its beginning.
REPLY_SHOWN_LIMIT = 120
# At most this many completed plan items are named in the opening of a new journey.
HELPED_SHOWN = 2


@dataclass(frozen=True)
class PlanFact:
    action: str
    detail: str
    done: bool


@dataclass(frozen=True)
class JourneyFacts:
    """One journey as history needs it; dates are the user's local dates."""

    company: str | None
    position: str | None
    status: str
    step: int  # 0 = opening, 1-5 = the step reached (5 when finished)
    started_on: date
    finished_on: date | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    plan: tuple[PlanFact, ...] = ()
    latest_mood: int | None = None  # the latest mood check-in given for this journey
    feedback_reply: str | None = None
    journey_id: int = 0

    @property
    def interview_date(self) -> date | None:
        value = self.answers.get("interview_date")
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    @property
    def rejected_on(self) -> date:
        """The day the rejection hurt: the interview if known, else the journey's start."""
        return self.interview_date or self.started_on

    @property
    def start_mood(self) -> int | None:
        return _score(self.answers.get("mood"))

    @property
    def mood_now(self) -> int | None:
        return _score(self.latest_mood)

    @property
    def reply_excerpt(self) -> str | None:
        return shorten(self.feedback_reply, REPLY_SHOWN_LIMIT)


def _score(value: Any) -> int | None:
    return value if type(value) is int and 1 <= value <= 5 else None


def shorten(text: str | None, limit: int) -> str | None:
    """One line, cut at a word boundary when longer than `limit`."""
    if not text:
        return None
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat or None
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


# --- pages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    count: int
    size: int = PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.count


def page(total: int, requested: int, size: int = PAGE_SIZE) -> Page:
    """The page to show; an out-of-range request (an old button, fewer journeys since)
    shows the nearest page that exists."""
    count = max(1, -(-total // size))
    return Page(min(max(requested, 1), count), count, size)


# --- patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class LowestArea:
    areas: tuple[str, ...]  # the areas most often lowest (several when they tie)
    count: int  # in how many journeys each of them was among the lowest
    rated: int  # journeys with a complete evaluation


@dataclass(frozen=True)
class RecurringSkill:
    name: str  # as the user wrote it most recently
    count: int


@dataclass(frozen=True)
class Patterns:
    journeys: int
    lowest: LowestArea | None = None
    skills: tuple[RecurringSkill, ...] = ()
    plan_done: int = 0
    plan_total: int = 0
    finished: int = 0
    average_days: float | None = None  # rejection to finishing, finished journeys only
    # Finished journeys without an interview date: their days count from their start.
    undated: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.lowest or self.skills or self.plan_total or self.finished)


def lowest_areas(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The areas at a journey's lowest rating, when that is room to grow (as in the
    recap) and something stands out: a half-done evaluation, or every area rated the
    same, says nothing about one area."""
    rated = [answers.get(f"eval_{area}") for area in EVAL_AREAS]
    if not all(type(value) is int for value in rated) or len(set(rated)) == 1:
        return ()
    return tuple(weakest_areas(answers))


def normalise_skill(name: str) -> str:
    return " ".join(name.split()).casefold()


def _lowest(journeys: Sequence[JourneyFacts]) -> LowestArea | None:
    counts: Counter[str] = Counter()
    rated = 0
    for journey in journeys:
        if all(type(journey.answers.get(f"eval_{area}")) is int for area in EVAL_AREAS):
            rated += 1
            counts.update(lowest_areas(journey.answers))
    if not counts:
        return None
    top = max(counts.values())
    if rated < MIN_JOURNEYS or top < MIN_REPEATS:
        return None
    return LowestArea(tuple(area for area in EVAL_AREAS if counts[area] == top), top, rated)


def _recurring_skills(journeys: Sequence[JourneyFacts]) -> tuple[RecurringSkill, ...]:
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for journey in journeys:  # newest first: the first spelling seen is the latest
        name = journey.answers.get("skill_name")
        if isinstance(name, str) and name.strip():
            key = normalise_skill(name)
            counts[key] += 1
            spelling.setdefault(key, " ".join(name.split()))
    return tuple(
        RecurringSkill(spelling[key], count)
        for key, count in sorted(counts.items(), key=lambda item: -item[1])
        if count >= MIN_REPEATS
    )


def patterns(journeys: Sequence[JourneyFacts]) -> Patterns | None:
    """What repeats across the journeys (given newest first); None below two journeys
    or when there is nothing true to say."""
    if len(journeys) < MIN_JOURNEYS:
        return None
    plan = [item for journey in journeys for item in journey.plan]
    days = [
        max(0, (journey.finished_on - journey.rejected_on).days)
        for journey in journeys
        if journey.finished_on is not None
    ]
    found = Patterns(
        journeys=len(journeys),
        lowest=_lowest(journeys),
        skills=_recurring_skills(journeys),
        plan_done=sum(item.done for item in plan),
        plan_total=len(plan),
        finished=len(days),
        average_days=round(sum(days) / len(days), 1) if days else None,
        undated=sum(1 for j in journeys if j.finished_on is not None and j.interview_date is None),
    )
    return found if found.anything else None


# --- what helped last time -----------------------------------------------------------


@dataclass(frozen=True)
class Improvement:
    area: str
    before: int
    after: int


@dataclass(frozen=True)
class LastTime:
    """True things about the latest finished journey, for the opening of a new one."""

    done: tuple[PlanFact, ...] = ()  # the first completed plan items, to name
    done_count: int = 0
    strategy: tuple[str, ...] = ()  # the strategy chosen, when no item was ticked
    improved: Improvement | None = None


def _improvement(latest: JourneyFacts, earlier: JourneyFacts) -> Improvement | None:
    best: Improvement | None = None
    for area in EVAL_AREAS:
        before = earlier.answers.get(f"eval_{area}")
        after = latest.answers.get(f"eval_{area}")
        if type(before) is not int or type(after) is not int or after <= before:
            continue
        if best is None or after - before > best.after - best.before:
            best = Improvement(area, before, after)
    return best


def what_helped(finished: Sequence[JourneyFacts]) -> LastTime | None:
    """From the finished journeys, newest first: the plan items completed last time (or
    the strategy chosen), and the area whose rating rose most since the one before."""
    if not finished:
        return None
    latest = finished[0]
    done = tuple(item for item in latest.plan if item.done)
    strategy = latest.answers.get("strategy")
    chosen = tuple(s for s in strategy if isinstance(s, str)) if isinstance(strategy, list) else ()
    helped = LastTime(
        done=done[:HELPED_SHOWN],
        done_count=len(done),
        strategy=() if done else chosen,
        improved=_improvement(latest, finished[1]) if len(finished) > 1 else None,
    )
    return helped if helped.done or helped.strategy or helped.improved else None
