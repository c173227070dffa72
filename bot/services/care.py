"""The way back after the crisis reply (conversations/care.py): "are you safe right now?"
before any job content, the contacts again for "not yet", and the grounding exercise."""

from __future__ import annotations

from dataclasses import replace

from bot.router import Router, Turn
from bot.services import journey
from conversations import care
from conversations import journey as flow
from conversations.events import Choice
from conversations.outcome import Button, Outcome, Reply


def register(router: Router) -> None:
    router.choice(care.PREFIX)(on_choice)


async def on_choice(turn: Turn) -> Outcome:
    value = turn.event.value if isinstance(turn.event, Choice) else ""
    if value == care.GROUND:
        return care.grounding()
    if value == care.NOT_YET:
        return care.still_needs_help()
    if value == care.GO_ON:
        # As /lanjut: the held question, or the journey resumed if paused since.
        return await journey.resume_journey(turn, greet=False)
    if value == care.SAFE:
        return await safe_again(turn)
    return Outcome(notice="stale_button.txt")


async def safe_again(turn: Turn) -> Outcome:
    """ "Ya, saya aman sekarang", tapped or said in the person's own words."""
    # Only the person's own word ends the pause (docs/safety.md: resume when they choose).
    turn.user.crisis_paused_at = None
    # The person asked to go on twice (/lanjut, then this): the pending question follows
    # at once, after a gentle word instead of a cheerful welcome back.
    if not await journey.has_open_journey(turn):
        # Often /gagal led here: going on is one tap, not "type /gagal" again.
        start = ((Button("start_journey", value=flow.START_CHOICE),),)
        return Outcome((Reply("safety/safe_again.html", {"start": True}, start),))
    resumed = await journey.resume_journey(turn, greet=False)
    return replace(resumed, replies=(Reply("safety/safe_again.html"), *resumed.replies))
