"""The daily message as pure rules: what it says of the user's latest journey, which
theme of the pool it draws from, and its buttons. The facts come in as plain values
(bot/db/daily.py reads them); the text lives in templates/daily/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from conversations import journey as flow
from conversations import mood
from conversations.applications.rules import Week
from conversations.outcome import Button, Outcome, Reply
from conversations.reminders import OFF_CHOICE

TEMPLATE = "daily/daily.html"
# The name it greets with: the one the user gave for their feedback email (a prompt id of
# conversations/journey.py, stable like every prompt id).
NAME_PROMPT = "sender_name"
# The theme once no journey step is pending (finished, or no journey at all).
CLOSING_THEME = flow.CLOSING_THEME
OFF = Button("option", value=OFF_CHOICE, label_context={"group": "reminder", "value": "off"})


@dataclass(frozen=True)
class PlanStep:
    action: str  # a stable key; its title lives in templates/
    detail: str
    due_on: date
    done: bool


@dataclass(frozen=True)
class JourneyFacts:
    """The user's latest journey that was not abandoned, as the daily message needs it."""

    status: str
    prompt: str
    position: str | None
    created_at: datetime
    name: str | None
    plan: tuple[PlanStep, ...] = ()  # by target date


@dataclass(frozen=True)
class Personal:
    """What the message says of the user today (the template's context)."""

    today: date
    hour: int
    name: str | None = None
    days: int | None = None
    position: str | None = None
    step: int | None = None
    next_item: PlanStep | None = None
    done: int = 0
    total: int = 0
    # Applications logged in /lamaran this week (Monday to today), and how many of them
    # went to a startup or a mid-size company (the strategy's "widen the target").
    week_added: int = 0
    week_wider: int = 0

    @property
    def theme(self) -> str:
        # Each step of the journey's data names its theme (conversations/journey/spec.py).
        return flow.theme_of(self.step) if self.step else CLOSING_THEME


def personal(facts: JourneyFacts | None, local_now: datetime, week: Week | None = None) -> Personal:
    """`local_now` is the moment of sending in the user's time zone; `week`, the
    applications the user logged this week."""
    today = local_now.date()
    added, wider = (week.added, week.wider) if week else (0, 0)
    if facts is None:
        return Personal(today, local_now.hour, week_added=added, week_wider=wider)
    step = None
    if facts.status in (flow.ACTIVE, flow.PAUSED):
        prompt = flow.PROMPT_BY_ID.get(facts.prompt)
        step = prompt.step if prompt and prompt.step else None
    return Personal(
        today,
        local_now.hour,
        # A morning greeting uses the first name only ("Selamat pagi, Dimas").
        name=facts.name.split()[0] if facts.name and facts.name.split() else None,
        days=(today - facts.created_at.astimezone(local_now.tzinfo).date()).days,
        position=facts.position,
        step=step,
        next_item=next((item for item in facts.plan if not item.done), None),
        done=sum(1 for item in facts.plan if item.done),
        total=len(facts.plan),
        week_added=added,
        week_wider=wider,
    )


def buttons() -> tuple[tuple[Button, ...], ...]:
    """The mood check-in (as /mood), then the off switch."""
    return (*mood.buttons(mood.DAILY), (OFF,))


def outcome(about: Personal, message: str) -> Outcome:
    """`message` is a macro of templates/daily/pool.html."""
    return Outcome((Reply(TEMPLATE, {**_context(about), "message": message}, buttons()),))


def _context(about: Personal) -> dict[str, Any]:
    return {name: getattr(about, name) for name in about.__dataclass_fields__}
