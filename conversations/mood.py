"""Mood check-ins (/mood, the daily message) and the series behind /grafik: pure rules,
no telegram, no SQL, no matplotlib.

The scale is the journey's: 1 = sangat buruk … 5 = sangat baik (docs/architecture.md), with the
same buttons and labels as the journey's mood prompt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from conversations import callback
from conversations.journey import RATINGS
from conversations.outcome import Button

PREFIX = "mood"
COMMAND, DAILY = "command", "daily"
# Short codes keep the button data small; the stored source is the long name.
_SOURCE_CODES = {COMMAND: "c", DAILY: "d"}
_SOURCES = {code: source for source, code in _SOURCE_CODES.items()}
SCORES = tuple(int(rating) for rating in RATINGS)
# A /mood typed as a correction within this long replaces the one before.
RERATE_WITHIN = timedelta(minutes=10)
# A score this low gets a gentler reply that points to /bantuan.
LOW_SCORE = 2
# As in the journey's mood prompt: "1 · Sangat buruk", then 2 3 4, then "5 · Sangat baik".
ROWS = (1, 3, 1)


def choice_value(source: str, score: int) -> str:
    return callback.value(PREFIX, _SOURCE_CODES[source], score)


# Buttons on the daily message: valid without a live keyboard; a check-in is stored once
# per message (bot/services/mood.py).
DAILY_CHOICES = frozenset(choice_value(DAILY, score) for score in SCORES)
STATELESS = callback.stateless(DAILY_CHOICES)


@dataclass(frozen=True)
class CheckinChoice:
    source: str
    score: int

    @property
    def low(self) -> bool:
        return self.score <= LOW_SCORE


def parse_choice(value: str) -> CheckinChoice | None:
    """A pressed (or typed) check-in button; None for anything else."""
    code, score = callback.parts(value, 2)
    if callback.prefix_of(value) != PREFIX or code not in _SOURCES or score not in RATINGS:
        return None
    return CheckinChoice(_SOURCES[code], int(score))


def buttons(source: str) -> tuple[tuple[Button, ...], ...]:
    """The 1-5 check-in, labelled like the journey's mood prompt."""
    flat = [
        Button(
            "option",
            value=choice_value(source, score),
            label_context={"group": "mood", "value": str(score)},
            score=score,
        )
        for score in SCORES
    ]
    rows: list[tuple[Button, ...]] = []
    for size in ROWS:
        rows.append(tuple(flat[:size]))
        flat = flat[size:]
    return tuple(rows)


# --- the chart's data ------------------------------------------------------------------


@dataclass(frozen=True)
class JourneyMoods:
    """One journey as the chart needs it."""

    id: int
    created_at: datetime
    company: str | None = None
    position: str | None = None
    # The interview date the user gave (their local day), if they gave one.
    interview_date: date | None = None
    # The start mood (answer `mood`) and when it was given, if stored.
    start_score: int | None = None
    start_at: datetime | None = None


@dataclass(frozen=True)
class Checkin:
    journey_id: int | None
    score: int
    created_at: datetime


@dataclass(frozen=True)
class Point:
    day: int  # days since the rejection, in the user's time zone
    score: int
    # How far into that day it was noted (0 at midnight), for drawing notes of one day
    # where they fall; not part of what a point is.
    of_day: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class Series:
    journey_id: int
    company: str | None
    position: str | None
    rejection_day: date
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Chart:
    series: tuple[Series, ...]
    # Check-ins given before any journey: there is no rejection to count days from.
    unplaced: int = 0
    # No journey at all: the one series is the /mood notes, counted from the first.
    diary: bool = False

    @property
    def point_count(self) -> int:
        return sum(len(series.points) for series in self.series)

    @property
    def before_day_zero(self) -> bool:
        """Whether a note lies before a rejection (a /mood note from before /gagal)."""
        return not self.diary and any(p.day < 0 for s in self.series for p in s.points)


def rejection_day(journey: JourneyMoods, zone: tzinfo) -> date:
    """Day 0: the interview date when given, else the day the journey began."""
    return journey.interview_date or journey.created_at.astimezone(zone).date()


def build_chart(
    journeys: Sequence[JourneyMoods], checkins: Iterable[Checkin], zone: tzinfo
) -> Chart:
    """One series per journey with at least one point: its start mood and the check-ins
    linked to it, as days since its rejection; check-ins from before any journey go on
    the first one's line, as days before it. Series are ordered by rejection day,
    points by time."""
    checkins = list(checkins)
    by_journey: dict[int, list[tuple[datetime, int]]] = {}
    known = {journey.id for journey in journeys}
    # Notes from before any journey belong to the first one, as the days before it.
    first = min(journeys, key=lambda j: (rejection_day(j, zone), j.id), default=None)
    unplaced = 0
    for checkin in checkins:
        journey_id = checkin.journey_id
        if journey_id is None and first is not None:
            journey_id = first.id
        if journey_id is None or journey_id not in known:
            unplaced += 1
            continue
        by_journey.setdefault(journey_id, []).append((checkin.created_at, checkin.score))
    series = []
    for journey in journeys:
        start = (
            [(journey.start_at or journey.created_at, journey.start_score)]
            if journey.start_score is not None
            else []
        )
        timed = [*start, *by_journey.get(journey.id, [])]
        if not timed:
            continue
        day0 = rejection_day(journey, zone)
        points = tuple(
            _point(at, score, day0, zone) for at, score in sorted(timed, key=lambda item: item[0])
        )
        series.append(Series(journey.id, journey.company, journey.position, day0, points))
    series.sort(key=lambda s: (s.rejection_day, s.journey_id))
    if not journeys and unplaced:
        return _diary(checkins, zone)
    return Chart(tuple(series), unplaced)


def _point(at: datetime, score: int, day0: date, zone: tzinfo) -> Point:
    local = at.astimezone(zone)
    of_day = (local.hour * 3600 + local.minute * 60 + local.second) / 86400
    return Point((local.date() - day0).days, score, of_day)


def _diary(checkins: Iterable[Checkin], zone: tzinfo) -> Chart:
    """Someone who only ever used /mood: their notes by day, from the first one."""
    timed = sorted((c.created_at, c.score) for c in checkins)
    day0 = timed[0][0].astimezone(zone).date()
    points = tuple(_point(at, score, day0, zone) for at, score in timed)
    return Chart((Series(0, None, None, day0, points),), diary=True)
