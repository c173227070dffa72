"""Journey answers for tests: a complete, realistic set and one at every field's limit."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from conversations import journey as flow
from conversations import validators as v

WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=WIB)
HOSTILE = "<b>&amp;</b> <i>"


def worst(limit: int) -> str:
    """Text at the field's limit, made of characters that must be escaped."""
    return (HOSTILE * limit)[:limit]


def maximal_answers() -> dict[str, Any]:
    answers: dict[str, Any] = {
        "consent": "yes",
        "company": worst(v.COMPANY_LIMIT),
        "position": worst(v.POSITION_LIMIT),
        "stage": "final",
        "interview_date": "2026-11-20",
        "mood": 2,
        "feelings": list(flow.FEELINGS),
        "story": worst(v.STORY_LIMIT),
        "ready": "go",
        "sender_name": worst(v.NAME_LIMIT),
        "recruiter_title": "ibu",
        "recruiter_name": worst(v.NAME_LIMIT),
        "phone": "+62 812 3456 7890",
        "linkedin": "https://linkedin.com/in/" + "a" * 170,
        "email_sent": "sent",
        "followup_ok": "yes",
        "skill_name": worst(v.SKILL_LIMIT),
        "skill_type": "hard",
        "skill_current": "dasar",
        "skill_required": "mahir",
        "plan_actions": list(flow.HARD_ACTIONS),
        "plan_deadline": "2026-12-25",
        "strategy": list(flow.STRATEGY_ACTIONS),
        "network_count": 50,
    }
    for area in flow.EVAL_AREAS:
        answers[f"eval_{area}"] = 1
        answers[f"eval_{area}_note"] = worst(v.NOTE_LIMIT)
    return answers


def maximal_state(prompt: str = "company", **changes: Any) -> flow.State:
    return flow.State(prompt, maximal_answers(), flow.ACTIVE, True, worst(64), NOW, **changes)
