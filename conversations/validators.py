"""Typed answers checked and normalised; a failure names the template error to show."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from conversations.choices import normalise

# Field limits (characters). Long enough for real answers, short enough for one screen.
NAME_LIMIT = 80
COMPANY_LIMIT = 100
POSITION_LIMIT = 100
SKILL_LIMIT = 60
NOTE_LIMIT = 500
STORY_LIMIT = 2000
LINKEDIN_LIMIT = 200
MAX_NETWORK_COUNT = 50
MAX_PLAN_DAYS = 366


@dataclass(frozen=True)
class Invalid:
    """Why a typed answer cannot be used: an error key for input_error.html."""

    error: str
    limit: int | None = None


_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def clean_text(text: str) -> str:
    """Trim, drop zero-width and direction marks, fold runs of spaces (not newlines)."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(lines).strip()


def parse_short_text(text: str, limit: int) -> str | Invalid:
    """A name, company, position or skill: one line with at least one letter or digit."""
    cleaned = clean_text(text).replace("\n", " ")
    if not any(ch.isalnum() for ch in cleaned):
        return Invalid("empty")
    if len(cleaned) > limit:
        return Invalid("too_long", limit)
    return cleaned


def parse_long_text(text: str, limit: int) -> str | Invalid:
    cleaned = clean_text(text)
    if not any(ch.isalnum() for ch in cleaned):
        return Invalid("empty")
    if len(cleaned) > limit:
        return Invalid("too_long", limit)
    return cleaned


_DATE = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
RELATIVE_DAYS = {"hari ini": 0, "tadi": 0, "kemarin": 1}


def parse_past_date(text: str, today: date) -> date | Invalid:
    """The interview date: DD/MM/YYYY or DD-MM-YYYY, "hari ini" or "kemarin"; not in
    the future and not more than a year back."""
    wanted = normalise(text)
    if wanted in RELATIVE_DAYS:
        return today - timedelta(days=RELATIVE_DAYS[wanted])
    parsed = _parse_date(text)
    if parsed is None:
        return Invalid("date_format")
    if parsed > today:
        return Invalid("date_future")
    if parsed < today - timedelta(days=365):
        return Invalid("date_too_old")
    return parsed


def parse_future_date(text: str, today: date) -> date | Invalid:
    """A plan's target date: after today and within a year."""
    parsed = _parse_date(text)
    if parsed is None:
        return Invalid("date_format")
    if parsed <= today:
        return Invalid("date_not_future")
    if parsed > today + timedelta(days=MAX_PLAN_DAYS):
        return Invalid("date_too_far")
    return parsed


def _parse_date(text: str) -> date | None:
    match = _DATE.fullmatch(clean_text(text))
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
# Indonesian numbers: 0…, +62… or 62…, then 8 to 12 digits (mobile 08…, landline 021…).
_PHONE = re.compile(r"(?:\+62|62|0)[1-9]\d{7,11}")


def parse_phone(text: str) -> str | Invalid:
    cleaned = clean_text(text)
    compact = _PHONE_SEPARATORS.sub("", cleaned)
    if not _PHONE.fullmatch(compact):
        return Invalid("phone")
    return cleaned if len(cleaned) <= 25 else compact


_LINKEDIN = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[A-Za-z0-9\-_%.~]+/?",
    re.IGNORECASE,
)


def parse_linkedin(text: str) -> str | Invalid:
    cleaned = clean_text(text)
    if len(cleaned) > LINKEDIN_LIMIT:
        return Invalid("too_long", LINKEDIN_LIMIT)
    if not _LINKEDIN.fullmatch(cleaned):
        return Invalid("linkedin")
    return cleaned if cleaned.lower().startswith("http") else "https://" + cleaned


def parse_count(text: str, maximum: int = MAX_NETWORK_COUNT) -> int | Invalid:
    digits = clean_text(text).removesuffix(" orang")
    if not digits.isdecimal() or len(digits) > 3:
        return Invalid("count", maximum)
    value = int(digits)
    if value > maximum:
        return Invalid("count", maximum)
    return value


def parse_selection(text: str, labels: list[str]) -> list[int] | Invalid:
    """Several options typed at once: "kecewa, cemas" or "1, 3" (or "1 3")."""
    parts = [part for part in re.split(r"[,;\n]+|\s+dan\s+", text) if part.strip()]
    if len(parts) == 1 and re.fullmatch(r"[\d\s]+", parts[0]):
        parts = parts[0].split()
    chosen: list[int] = []
    normalised_labels = [normalise(label) for label in labels]
    for part in parts:
        wanted = normalise(part)
        if wanted in normalised_labels:
            index = normalised_labels.index(wanted)
        elif wanted.isdecimal() and len(wanted) <= 2 and 1 <= int(wanted) <= len(labels):
            index = int(wanted) - 1
        else:
            return Invalid("selection")
        if index not in chosen:
            chosen.append(index)
    return chosen or Invalid("selection")
