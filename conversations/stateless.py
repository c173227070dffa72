"""Buttons valid whatever is asked next (conversations/callback.py): each feature
declares its own; the presenter and the pipeline read the union, naming none."""

from __future__ import annotations

from conversations import applications, care, followup, mood, reminders
from conversations import journey as flow

STATELESS = (
    care.STATELESS
    | followup.STATELESS
    | mood.STATELESS
    | reminders.STATELESS
    | flow.STATELESS
    | applications.STATELESS
)
