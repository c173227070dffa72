"""What the answers add up to: the email's parts, the weakest areas, the skill gap."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

EVAL_AREAS = ("technical", "communication", "culture", "research", "questions")
WEAK_RATING = 3  # an area rated 3 or lower counts as room to grow


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def email_parts(answers: Mapping[str, Any]) -> dict[str, Any] | None:
    """The feedback email's fields, or None until the sender's name is known."""
    sender = answers.get("sender_name")
    if not sender:
        return None
    title = answers.get("recruiter_title")
    name = answers.get("recruiter_name")
    # A name typed without "Bapak" or "Ibu" is addressed as "Bapak/Ibu <name>".
    known = title in ("bapak", "ibu", "any") and bool(name)
    # One form of address throughout: the title alone ("Bapak"), or "Bapak/Ibu".
    address = {"bapak": "Bapak", "ibu": "Ibu"}.get(str(title), "Bapak/Ibu")
    return {
        "sender": sender,
        "position": answers.get("position") or "",
        "company": answers.get("company") or "",
        "recruiter": f"{address} {name}" if known else None,
        "address": address,
        "phone": answers.get("phone"),
        "linkedin": answers.get("linkedin"),
    }


def ratings(answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    result = []
    for area in EVAL_AREAS:
        value = answers.get(f"eval_{area}")
        if isinstance(value, int):
            result.append({"area": area, "rating": value, "note": answers.get(f"eval_{area}_note")})
    return result


def weakest_areas(answers: Mapping[str, Any]) -> list[str]:
    rated = ratings(answers)
    if not rated:
        return []
    lowest = min(item["rating"] for item in rated)
    if lowest > WEAK_RATING:
        return []
    return [item["area"] for item in rated if item["rating"] == lowest]


def skill_gap(answers: Mapping[str, Any]) -> dict[str, Any] | None:
    skill = answers.get("skill_name")
    if not skill:
        return None
    levels = ("dasar", "menengah", "mahir")
    current, required = answers.get("skill_current"), answers.get("skill_required")
    steps = None
    if current in levels and required in levels:
        steps = levels.index(required) - levels.index(current)
    return {
        "skill": skill,
        "type": answers.get("skill_type"),
        "current": current,
        "required": required,
        "steps": steps,
    }


def summarise(answers: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "email": email_parts(answers),
        "ratings": ratings(answers),
        "weakest": weakest_areas(answers),
        "gap": skill_gap(answers),
        "interview_date": _date(answers.get("interview_date")),
        "plan_deadline": _date(answers.get("plan_deadline")),
    }
