"""The five-step recovery journey: declared as data (spec.py), walked by one pure engine
(engine.py), shown through view.py. No telegram, no SQL.

This module is the journey's public face: the product's one Flow and the names the rest
of the code uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from conversations import callback
from conversations.events import Event
from conversations.history import LastTime
from conversations.journey.engine import Flow
from conversations.journey.model import (
    ABANDONED,
    ACTIVE,
    CHOICE_PREFIX,
    FINISHED,
    PAUSED,
    RESUME_KEY,
    Effects,
    Intro,
    PlanItemSpec,
    Prompt,
    Row,
    State,
    Step,
    Transition,
    choice_value,
)
from conversations.journey.spec import (
    DEADLINES,
    FEELINGS,
    HARD_ACTIONS,
    LEVELS,
    PROMPTS,
    RATINGS,
    SOFT_ACTIONS,
    STEPS,
    STRATEGY_ACTIONS,
)
from conversations.journey.view import DAILY_MESSAGE_SETTINGS
from conversations.journey.view import prompt_buttons as _prompt_buttons
from conversations.journey.view import prompt_replies as _prompt_replies
from conversations.journey.view import view as _view
from conversations.options import DONE, SKIP
from conversations.outcome import Button, Outcome, Reply
from conversations.summary import EVAL_AREAS

FLOW = Flow(PROMPTS, STEPS)
PROMPT_BY_ID = FLOW.by_id
ORDER = FLOW.order
STEP_COUNT = FLOW.step_count
# The plan checklist's choices: an item ticked ("p:<item id>"), a journey's plan shown.
PLAN_PREFIX = "p"
PLAN_VIEW = "j"
# Continuing or closing an open journey, and the invitation back's "continue" (valid on
# the invitation whatever is asked next: resuming is safe to repeat).
RESTART_PREFIX = "g"
RESUME_CHOICE = callback.value(RESTART_PREFIX, "continue")
START_CHOICE = callback.value(RESTART_PREFIX, "start")
STATELESS = callback.stateless({RESUME_CHOICE})


def begin(
    consent: bool | None,
    first_name: str,
    now: datetime,
    last_time: LastTime | None = None,
    known: Mapping[str, Any] | None = None,
) -> Transition:
    return FLOW.begin(consent, first_name, now, last_time, known)


def resume(state: State, greet: bool = True) -> Transition:
    return FLOW.resume(state, greet)


def resume_step(state: State) -> int:
    return FLOW.resume_step(state)


def pause(state: State) -> Transition:
    return FLOW.pause(state)


def current(state: State) -> Outcome:
    return FLOW.current(state)


def advance(state: State, event: Event) -> Transition:
    return FLOW.advance(state, event)


def settle(state: State, value: Any) -> Transition:
    return FLOW.settle(state, value)


def prompt_replies(state: State) -> tuple[Reply, ...]:
    return _prompt_replies(FLOW, state)


def prompt_buttons(state: State) -> list[Button]:
    return _prompt_buttons(FLOW, state)


def view(state: State) -> dict[str, Any]:
    return _view(FLOW, state)


CLOSING_THEME = "penutup"


def theme_of(step: int | None) -> str:
    """The daily message's theme for a journey at this step (none open: the closing)."""
    themes = {item.number: item.theme for item in STEPS}
    return themes.get(step, CLOSING_THEME) if step else CLOSING_THEME


def plan_view_value(journey_id: int) -> str:
    """The choice that shows one journey's plan (from /riwayat)."""
    return callback.value(PLAN_PREFIX, PLAN_VIEW, journey_id)


__all__ = [
    "ABANDONED",
    "ACTIVE",
    "CHOICE_PREFIX",
    "DAILY_MESSAGE_SETTINGS",
    "DEADLINES",
    "DONE",
    "EVAL_AREAS",
    "FEELINGS",
    "FINISHED",
    "FLOW",
    "HARD_ACTIONS",
    "LEVELS",
    "ORDER",
    "PAUSED",
    "PROMPTS",
    "PROMPT_BY_ID",
    "RATINGS",
    "RESUME_KEY",
    "SKIP",
    "SOFT_ACTIONS",
    "STEPS",
    "STEP_COUNT",
    "STRATEGY_ACTIONS",
    "Effects",
    "Flow",
    "Intro",
    "PlanItemSpec",
    "Prompt",
    "Row",
    "State",
    "Step",
    "Transition",
    "advance",
    "begin",
    "choice_value",
    "current",
    "pause",
    "plan_view_value",
    "prompt_buttons",
    "prompt_replies",
    "resume",
    "resume_step",
    "settle",
    "theme_of",
    "view",
]
