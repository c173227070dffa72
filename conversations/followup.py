"""The feedback follow-up: after the user says the email went out and agrees to be asked,
the bot asks once (and at most once more) whether the recruiter replied.

States of a journey's follow-up (journeys.followup_state); stable identifiers:

    declined        the user did not want to be asked
    scheduled       to be asked on followup_due_at (by the scheduler)
    asked           the question was sent; waiting for a button
    awaiting_reply  the user said a reply came; waiting for them to paste or summarise it
    replied         the reply is noted; its points may become plan items
    planned         its points became plan items
    no_reply        no reply came, or the user stopped the questions: the end
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from conversations import callback
from conversations import lexicon as lx
from conversations.outcome import Button

DECLINED, SCHEDULED, ASKED = "declined", "scheduled", "asked"
AWAITING_REPLY, REPLIED, PLANNED, NO_REPLY = "awaiting_reply", "replied", "planned", "no_reply"

YES, NOT_YET, NONE, STOP, PLAN = "yes", "notyet", "none", "stop", "plan"
# The email sent after the journey said "later" (from /email), and the answer to "may I
# ask later?" given then.
SENT, AGREE, DECLINE = "sent", "agree", "decline"
PREFIX = "f"
# Every follow-up value names its journey; the route checks that it still applies, so
# the scheduler's question keeps working whatever the user did since.
STATELESS = callback.stateless(prefixes=(PREFIX,))
ANSWERS = (YES, NOT_YET, NONE, STOP)
# "Not yet" is asked about once more; after that the bot stops asking.
MAX_ASKS = 2
# Asked in the morning of the user's day, not at the moment they said yes days before.
ASK_AT = time(10, 0)
MAX_POINTS = 5
POINT_LIMIT = 200
PLAN_ITEM_DAYS = 14
# The kind (and action) of plan items made from the recruiter's reply: their detail is a
# sentence of it, free text kept only with consent.
PLAN_KIND = "feedback"


def button(journey_id: int, choice: str) -> Button:
    """A follow-up button; its value names the journey, so it stays valid on a message
    the scheduler sent (bot/presenter.py GLOBAL_PREFIXES)."""
    return Button(
        "option",
        value=callback.value(PREFIX, journey_id, choice),
        label_context={"group": "followup", "value": choice},
    )


def question_buttons(journey_id: int) -> tuple[tuple[Button, ...], ...]:
    """The scheduler's question: one answer a row."""
    return tuple((button(journey_id, answer),) for answer in ANSWERS)


def due_at(local_now: datetime, days: int) -> datetime:
    """The morning `days` days after `local_now`, in the same time zone."""
    day = local_now.date() + timedelta(days=days)
    return datetime.combine(day, ASK_AT, tzinfo=local_now.tzinfo)


@dataclass(frozen=True)
class Step:
    state: str
    template: str
    # Ask again after FOLLOWUP_DAYS.
    reschedule: bool = False


def on_answer(state: str | None, asks: int, answer: str) -> Step | None:
    """The next state for a button of the question; None when it no longer applies."""
    if state != ASKED or answer not in ANSWERS:
        return None
    if answer == YES:
        return Step(AWAITING_REPLY, "followup/paste.html")
    if answer == NOT_YET and asks < MAX_ASKS:
        return Step(SCHEDULED, "followup/later.html", reschedule=True)
    if answer == NOT_YET:
        return Step(NO_REPLY, "followup/last_time.html")
    if answer == NONE:
        return Step(NO_REPLY, "followup/no_reply.html")
    return Step(NO_REPLY, "followup/stopped.html")


# Courtesy lines of an email, not points to act on (lowercase beginnings).
COURTESIES = (
    "terima kasih",
    "salam",
    "hormat kami",
    "yth",
    "kepada",
    "halo",
    "hai",
    "selamat pagi",
    "selamat siang",
    "selamat sore",
    "selamat malam",
    "dengan hormat",
    "semoga sukses",
    "best regards",
    "regards",
    "dear",
)
# Encouragement to apply again, anywhere in a sentence: kind, but nothing to work on.
ENCOURAGEMENTS = (
    "melamar kembali",
    "melamar lagi",
    "mendaftar kembali",
    "semoga sukses",
    "sukses selalu",
    "sukses untuk",
    "the best",
)
# "Dimas, terima kasih …": the name greeted before a courtesy.
_GREETED = re.compile(r"^[A-Za-z'.]+(?:\s+[A-Za-z'.]+)?\s*,\s*")
# The user's own words before the paste: 'eh HRnya udh bales: "Halo Anisa, …'.
_PREFACE = re.compile(
    r"^[^\n:\"“]{0,80}?\b(?:bales|balas|balasan|dibales|dibalas|reply|jawab)\w*\W*:\s*"
)
_BULLET = re.compile(r"^\s*(?:[-*•\u2013]|\d{1,2}[.)])\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def reply_points(text: str) -> list[str]:
    """The points of a recruiter's reply, for plan items: its lines (bullets stripped), or
    its sentences when it is one paragraph. Greetings, sign-offs, lead-ins ("Berikut
    masukan kami:") and fragments of under three words are left out."""
    text = _PREFACE.sub("", text, count=1).strip().strip('"“”')
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) <= 1:
        lines = _SENTENCE_END.split(text.strip())
    points = []
    for line in lines:
        point = _BULLET.sub("", line).strip()
        lowered = point.lower()
        opening = _GREETED.sub("", lowered)
        if (
            len(point.split()) < 3
            or lowered.startswith(COURTESIES)
            or opening.startswith(COURTESIES)
            or any(phrase in lowered for phrase in ENCOURAGEMENTS)
            or point.endswith(":")
        ):
            continue
        if len(point) > POINT_LIMIT:
            point = point[: POINT_LIMIT - 1].rstrip() + "…"
        points.append(point)
    return points[:MAX_POINTS]


# A pasted reply is long: a line of one's own ("hr nya bales nih") is not one.
REPLY_MIN_WORDS = 15
_VOICE = tuple(lx.REPLY_VOICE)
_ADVICE = tuple(lx.REPLY_ADVICE)


def reads_as_feedback(text: str) -> bool:
    """Whether a message is a recruiter's reply with advice in it, pasted where nothing
    asked for it ("Halo Rina, terima kasih atas email Anda. … kami menyarankan …"): two
    marks of the sender's voice and one of advice, in a message of some length. A
    rejection email alone has no advice and is not one."""
    lowered = _lowered(text)
    if len(lowered.split()) < REPLY_MIN_WORDS:
        return False
    voice = sum(f" {mark} " in lowered for mark in _VOICE)
    # A rejection email's courtesy ("setelah pertimbangan yang matang") is no advice.
    advice = _STRONG_ADVICE if reads_as_rejection(text) else _ADVICE
    return voice >= 2 and any(f" {word} " in lowered for word in advice)


_STRONG_ADVICE = tuple(lx.REPLY_STRONG_ADVICE)
_REJECTION_MARKS = tuple(lx.REJECTION_EMAIL_MARKS)


def _lowered(text: str) -> str:
    return " " + re.sub(r"[^\w/]+", " ", text.casefold()) + " "


def reads_as_rejection(text: str) -> bool:
    """Whether a message is a rejection email, pasted ("Setelah pertimbangan yang matang,
    dengan berat hati kami sampaikan …"): the sender's voice twice and a rejection's own
    words, in a message of some length."""
    lowered = _lowered(text)
    if len(lowered.split()) < REPLY_MIN_WORDS:
        return False
    voice = sum(f" {mark} " in lowered for mark in _VOICE)
    return voice >= 2 and any(f" {mark} " in lowered for mark in _REJECTION_MARKS)


def plan_due(today: date) -> date:
    return today + timedelta(days=PLAN_ITEM_DAYS)
