"""The daily message as pure rules: typed times, time zones, when the next one is due,
and which message of the pool comes next."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# Indonesia's three time zones (the names users know them by).
ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
ZONE_NAMES = {zone: name for name, zone in ZONES.items()}
COMMON_TIMES = ("06:00", "07:00", "08:00", "12:00", "19:00", "21:00")
NO_REPEAT_DAYS = 30

_TIME = re.compile(
    r"(?:jam|pukul|pk\.?)?\s*(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*(pagi|siang|sore|malam)?"
)


def parse_time(text: str) -> time | None:
    """ "08:00", "08.00", "8", "jam 8", "pukul 7.30", "jam 7 malam" → a time of day."""
    match = _TIME.fullmatch(re.sub(r"\s+", " ", text.strip().lower()))
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    period = match.group(3)
    if (period in ("sore", "malam") and 1 <= hour <= 11) or (period == "siang" and hour <= 5):
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


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


STEP_THEMES = {
    0: "validasi",
    1: "validasi",
    2: "umpanbalik",
    3: "evaluasi",
    4: "rencana",
    5: "strategi",
}
