"""The daily message as pure rules: typed times, time zones, when the next one is due,
and which message of the pool comes next."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from conversations import callback
from conversations import lexicon as lx
from conversations.choices import fold, words

PREFIX = "r"
# The daily message's off switch: valid on every daily message, whatever is asked next.
OFF_CHOICE = callback.value(PREFIX, "off")
STATELESS = callback.stateless({OFF_CHOICE})
# Indonesia's three time zones (the names users know them by).
ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
ZONE_NAMES = {zone: name for name, zone in ZONES.items()}
COMMON_TIMES = ("06:00", "07:00", "08:00", "12:00", "19:00", "21:00")
NO_REPEAT_DAYS = 30


@dataclass(frozen=True)
class TypedTime:
    """A time of day as typed, and the zone the user named with it ("20.00 WIB"): one of
    "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA), "Asia/Jayapura" (WIT), or None."""

    time: dt.time
    zone: str | None = None


_ZONE_WORDS = {name.lower(): zone for name, zone in ZONES.items()}
# "aku di makassar btw": a place names its zone as well as the zone's own name does.
_ZONE_WORDS |= {
    fold(place): _ZONE_WORDS[name]
    for name in list(_ZONE_WORDS)
    for place in lx.SYNONYMS.get(name, ())
}
# A time answer longer than this is a sentence, not a time.
MAX_TIME_CHARS = 60
_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?\.?")
_AM_PM = re.compile(r"(\d)\s*([ap])\.?\s*m\.?\b")
_ABOUT = re.compile(r"(\d)\s*-?\s*an\b")  # "jam 9an", "jam 9-an": about nine
_GLUED = re.compile(r"(?<=\d)(?=[a-z])")  # "20.00wib", "8pagi"
_REDUPLICATED = re.compile(r"\b([a-z]{2,})2\b")  # "kira2" = "kira-kira"


def parse_time(text: str) -> TypedTime | None:
    """A typed time of day and, when named, its zone: "08:00", "08.00", "8", "jam 8",
    "pukul 7.30", "jam 7 malam" (19.00), "setengah 8 malam" (19.30), "jam 12 malam"
    (00.00), "7pm", "20.00 WIB", "sekitar jam 9an". None for anything else, including
    impossible times ("25.00", "jam 13 pagi")."""
    if len(text) > MAX_TIME_CHARS:
        return None
    cleaned = _ABOUT.sub(r"\1", _AM_PM.sub(r"\1 \2m", text.strip().lower()))
    cleaned = _GLUED.sub(" ", _REDUPLICATED.sub(r"\1", cleaned))
    zone: str | None = None
    period: str | None = None
    half = False
    marked = False  # "jam"/"pukul" said: a number word is an hour ("jam delapan")
    clocks: list[tuple[int, int]] = []
    spelled: list[int] = []
    for piece in cleaned.replace(",", " ").split():
        clock = _CLOCK.fullmatch(piece)
        if clock:
            clocks.append((int(clock.group(1)), int(clock.group(2) or 0)))
            continue
        piece = piece.strip(".!?")
        if not piece.isalpha():
            return None
        for word in _time_words(piece):
            if word in _ZONE_WORDS and zone is None:
                zone = _ZONE_WORDS[word]
            elif word in _PERIODS and period is None:
                period = _PERIODS[word]
            elif word in _HALF:
                half = True
            elif word in _HOUR_MARKERS:
                marked = True
            elif word.isdigit():
                spelled.append(int(word))
            elif word not in _TIME_FILLER:
                return None
    if spelled and not (marked or half):
        spelled = [-1]  # "delapan" alone is not a time; "jam delapan" is
    hours = [*clocks, *((hour, 0) for hour in spelled)]
    if len(hours) != 1:
        return None
    hour, minute = hours[0]
    if minute > 59 or (half and minute):
        return None
    named = _with_period(hour, period)
    if named is None or not 0 <= named <= 23:
        return None
    minutes = named * 60 + minute - (30 if half else 0)
    minutes %= 24 * 60
    return TypedTime(dt.time(minutes // 60, minutes % 60), zone)


def parse_time_of_day(text: str) -> time | None:
    """The time of day alone, for callers that do not use the zone."""
    typed = parse_time(text)
    return typed.time if typed is not None else None


def _with_period(hour: int, period: str | None) -> int | None:
    """ "jam 7 malam" is 19.00, "jam 12 malam" 00.00, "jam 1 siang" 13.00; an hour that
    does not belong to the part of the day named is no time ("jam 13 pagi")."""
    if period is None:
        return hour
    if hour > 23 and not (hour == 24 and period == "malam"):
        return None
    if period in ("pagi", "subuh"):
        if period == "subuh" and hour > 6:
            return None
        return hour if hour <= 11 else None
    if period == "siang":
        if 10 <= hour <= 12 or 13 <= hour <= 16:
            return hour
        return hour + 12 if 1 <= hour <= 4 else None
    if period == "sore":
        if 14 <= hour <= 19:
            return hour
        return hour + 12 if 2 <= hour <= 7 else None
    if period == "malam":
        if hour == 12 or hour == 0 or hour == 24:
            return 0
        if 18 <= hour <= 23 or 1 <= hour <= 3:
            return hour
        return hour + 12 if 5 <= hour <= 11 else None
    if period == "am":
        return 0 if hour == 12 else hour if 1 <= hour <= 11 else None
    if period == "pm":
        return 12 if hour == 12 else hour + 12 if 1 <= hour <= 11 else None
    return hour


def _time_words(word: str) -> list[str]:
    folded = fold(word)
    if folded in _TIME_SPELLINGS:
        return [_TIME_SPELLINGS[folded]]
    return words(word) or [folded]


_TIME_SPELLINGS = {
    fold(typed): period for typed, period in lx.TIME_PERIODS.items() if " " not in typed
}
_PERIODS = {fold(p): p for p in set(lx.TIME_PERIODS.values())}
_HALF = frozenset(fold(w) for w in lx.HALF_PAST_BEFORE)
_TIME_FILLER = frozenset(word for item in lx.TIME_FILLER for word in words(item))
_HOUR_MARKERS = frozenset(word for item in lx.HOUR_WORDS for word in words(item))


def minutes_of(value: time) -> int:
    return value.hour * 60 + value.minute


def slot(local_date: date, minutes: int, zone: str) -> datetime:
    """The moment of the daily slot on a local date, as an aware datetime."""
    return datetime.combine(local_date, time(minutes // 60, minutes % 60), tzinfo=ZoneInfo(zone))


def first_due(now: datetime, minutes: int, zone: str) -> datetime:
    """Opting in (or moving the time) after today's slot starts tomorrow."""
    local_today = now.astimezone(ZoneInfo(zone)).date()
    today = slot(local_today, minutes, zone)
    return today if today > now else slot(local_today + timedelta(days=1), minutes, zone)


def due_plan(due_at: datetime, now: datetime, minutes: int, zone: str) -> tuple[bool, datetime]:
    """For a user whose slot `due_at` has come: whether to send now, and the next slot.
    A day whose slot passed while the bot was down is skipped, never sent late."""
    tz = ZoneInfo(zone)
    due_day = due_at.astimezone(tz).date()
    today = now.astimezone(tz).date()
    if due_day < today:
        return False, slot(today, minutes, zone)
    return True, slot(due_day + timedelta(days=1), minutes, zone)


def zone_label(zone: str) -> str:
    return ZONE_NAMES.get(zone, zone)


def choose_message(
    pool: Sequence[str], theme: str | None, recent: set[str], user_id: int, local_date: date
) -> str:
    """A message the user has not had in the last 30 days, preferring the theme of the
    step they are on; stable for a given user and day, so a retry sends the same one."""
    fresh = [key for key in pool if key not in recent] or list(pool)
    themed = [key for key in fresh if theme and key.startswith(f"msg_{theme}_")]
    candidates = themed or fresh
    digest = hashlib.sha256(f"{user_id}:{local_date.isoformat()}".encode()).digest()
    return candidates[int.from_bytes(digest[:4], "big") % len(candidates)]
