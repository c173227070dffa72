"""/lamaran, the user's job applications: pure rules (rules.py) and what is shown
(views.py). No telegram, no SQL."""

from conversations.applications import rules, views
from conversations.applications.rules import Application, Funnel, Moved, Week
from conversations.applications.views import PREFIX, REMINDER_PREFIX, STATELESS

__all__ = [
    "PREFIX",
    "REMINDER_PREFIX",
    "STATELESS",
    "Application",
    "Funnel",
    "Moved",
    "Week",
    "rules",
    "views",
]
