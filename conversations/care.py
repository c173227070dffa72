"""The way back after the crisis reply, and a short grounding exercise (docs/safety.md):
pure outcomes, no telegram, no SQL.

After the crisis reply nothing job-focused is shown until the person says they are safe
right now; "not yet" gets the contacts again. The grounding exercise is offered on the
crisis reply and on the gentle check-in, and its button works whatever the user is doing.
"""

from __future__ import annotations

from typing import Any

from conversations import callback
from conversations.choices import clauses
from conversations.outcome import Button, Outcome, Reply

PREFIX = "s"
GROUND = callback.value(PREFIX, "ground")
SAFE = callback.value(PREFIX, "safe")
NOT_YET = callback.value(PREFIX, "help")
# "Saya siap lanjut" under a held question: the question comes back.
GO_ON = callback.value(PREFIX, "go_on")
# The exercise's button works whatever is asked next (it only shows a text); so does
# "Saya siap lanjut" under a held question, which does what /lanjut does.
STATELESS = callback.stateless({GROUND, GO_ON})


# At "are you safe right now?", doubt is not yet a yes: "belum", "ga tau", "nggak
# yakin", "entahlah" get the contacts again, as "Tidak, saya butuh bantuan" does.
_NOT_YET = frozenset({"belum", "entah", "entahlah", "mungkin", "kurang", "ragu", "bingung"})
_DOUBTED = frozenset({"tahu", "yakin", "aman", "pasti"})


def not_sure_yet(text: str) -> bool:
    """Whether an answer to "are you safe right now?" is doubt rather than a yes."""
    words = [word for clause in clauses(text) for word in clause]
    if any(word.text in _NOT_YET for word in words):
        return True
    return any(word.negated and word.text in _DOUBTED for word in words)


# "iya aman kok, cuma lg capek aja": safe, said first; what follows a contrast is an aside.
_SAFE_WORDS = frozenset({"aman", "gapapa", "mendingan", "membaik", "tenang", "baik"})
_ASIDE_AFTER = frozenset({"cuma", "hanya", "tapi", "tetapi", "namun", "cuman"})


def says_safe(text: str) -> bool:
    """Whether an answer to "are you safe right now?" is a yes in the person's own words,
    with something else said after it ("aman kok, cuma capek"); doubt never is."""
    if not_sure_yet(text):
        return False
    words = [word for clause in clauses(text) for word in clause]
    first: list[Any] = []
    for word in words:
        if word.text in _ASIDE_AFTER:
            break
        first.append(word)
    return any(word.text in _SAFE_WORDS and not word.negated for word in first)


def grounding_button(typed: bool = True) -> Button:
    """`typed=False` beside a question that still waits: typed text keeps answering it."""
    return Button(
        "option", value=GROUND, label_context={"group": "care", "value": "ground"}, typed=typed
    )


def held() -> Reply:
    """In place of the next question after a check-in: it waits for a tap (or an answer
    typed anyway, which the flow still reads)."""
    button = Button("option", value=GO_ON, label_context={"group": "care", "value": "go_on"})
    return Reply("safety/held.html", {}, ((button,),))


def grounding() -> Outcome:
    return Outcome((Reply("safety/grounding.html"),))


def are_you_safe() -> Outcome:
    """Asked when the user wants to go on after the crisis reply, before any job content."""
    buttons = tuple(
        (Button("option", value=value, label_context={"group": "care", "value": key}),)
        for key, value in (("safe", SAFE), ("help", NOT_YET))
    )
    return Outcome((Reply("safety/are_you_safe.html", {}, buttons),), resets_keyboard=True)


def still_needs_help() -> Outcome:
    """The contacts again, gently, and the grounding exercise; the pause stays."""
    return Outcome(
        (Reply("safety/still_need_help.html", {}, ((grounding_button(),),)),),
        resets_keyboard=True,
    )
