"""What the user's next message answers: one slot per user, and the order in which the
candidates are asked, written down once.

A text is offered, in this order, to:
1. the latest message with buttons, when the text names one of its options (the user
   is looking at it; an older keyboard is never the target of typing);
2. the question in the slot (a time for /pengingat, also while only its menu is on
   screen; a /latihan answer, the recruiter's reply); a time it cannot read goes on to
   an open journey, so a pending /pengingat never swallows a journey answer;
3. the open journey's pending prompt (text it cannot read goes on when another
   feature's question is on screen: the user is answering that one);
4. nobody: one short line saying what the bot can do.

A command, or a button of another feature, ends the wait in the slot: the user moved on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

# Kinds of question that can wait in the slot.
TIME = "time"
PRACTICE = "practice"
REPLY = "reply"
# A field of the feedback email being corrected from /email.
EDIT = "edit"
# An answer for /lamaran: a company, a position, an interview date, a stage typed.
APPLICATION = "lamaran"
KINDS = (TIME, PRACTICE, REPLY, EDIT, APPLICATION)
# The ref of a time that is only offered: /pengingat's menu is on screen, and a time typed
# there sets it ("jam 7 pagi aja"); other text is not told the time was unreadable.
OFFERED = "offered"


@dataclass(frozen=True)
class Awaiting:
    kind: str
    # What it is about: the /latihan question's key, the journey whose reply is awaited.
    ref: str = ""

    def encode(self) -> str:
        return f"{self.kind}:{self.ref}" if self.ref else self.kind

    @classmethod
    def decode(cls, raw: str | None) -> Awaiting | None:
        if not raw:
            return None
        kind, _, ref = raw.partition(":")
        return cls(kind, ref) if kind in KINDS else None


class Addressee(Enum):
    SLOT = "slot"  # the question in the slot reads the text (it may not understand it)
    JOURNEY = "journey"  # the open journey's pending prompt, if a journey is open
    SLOT_AGAIN = "slot_again"  # the slot's question says again, in one line, what it expects
    NOBODY = "nobody"  # one short line on what the bot can do


def addressees(awaiting: Awaiting | None) -> tuple[Addressee, ...]:
    """Who is offered a typed text that named no option of the latest message, in order;
    the first that takes it answers. A question that expects a value (a time) lets text
    it cannot read go on to an open journey; a free-text question takes anything."""
    if awaiting is None:
        return (Addressee.JOURNEY, Addressee.NOBODY)
    if awaiting.kind == TIME and awaiting.ref == OFFERED:
        return (Addressee.SLOT, Addressee.JOURNEY, Addressee.NOBODY)
    if awaiting.kind == TIME:
        return (Addressee.SLOT, Addressee.JOURNEY, Addressee.SLOT_AGAIN)
    # A free-text question takes anything; if it cannot (it no longer applies), the
    # text goes on as if nothing waited.
    return (Addressee.SLOT, Addressee.JOURNEY, Addressee.NOBODY)
