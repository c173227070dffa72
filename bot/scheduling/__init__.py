"""Messages the bot sends on its own (README, "The daily message and the scheduler").

tick.py       the repeating job: pages of due work per kind, sent, recorded
daily.py      the daily message         } each: select what is due, claim it,
invite.py     the invitation back       } say it as an Outcome, and what a sent
followup.py   the feedback follow-up    } message changes
applications.py  the /lamaran reminders: before an interview, and when news is late
due.py        what they share: the message, the result, the journeys' page query
ledger.py     the deliveries rows: claim, retake, record, release
sender.py     the window of sends in flight, through the presenter, with retries
recording.py  results written in groups, retried while the database is busy
"""

from bot.scheduling.recording import TickReport
from bot.scheduling.tick import Scheduler

__all__ = ["Scheduler", "TickReport"]
