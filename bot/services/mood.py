"""/mood: a 1-5 check-in (also offered on the daily message), stored only with the
user's consent to store feelings."""

from __future__ import annotations

from bot.db import moods
from bot.router import Router, Turn, reply
from conversations import journey as flow
from conversations import mood as rules
from conversations.events import Choice
from conversations.outcome import Outcome, Reply


def register(router: Router) -> None:
    router.command("mood")(ask)
    router.choice(rules.PREFIX)(answer)


async def ask(turn: Turn) -> Outcome:
    return Outcome((Reply("mood/ask.html", {}, rules.buttons(rules.COMMAND)),))


async def answer(turn: Turn) -> Outcome:
    choice = rules.parse_choice(turn.event.value) if isinstance(turn.event, Choice) else None
    if choice is None:
        return Outcome(notice="stale_button.txt")
    journey = await moods.latest_journey(turn.session, turn.user.id)
    saved = turn.user.consent_feelings is True
    if saved and turn.fresh:
        journey_id = journey.id if journey is not None else None
        moods.add_checkin(
            turn.session, turn.user.id, journey_id, choice.score, choice.source, turn.now
        )
    return reply(
        "mood/answered.html",
        score=choice.score,
        low=choice.low,
        saved=saved,
        consent=turn.user.consent_feelings,
        # After /mood the journey's buttons are gone: say how to get back to them.
        journey_waiting=journey is not None and journey.status == flow.ACTIVE,
    )
