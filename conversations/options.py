"""What a button means, beyond its label: the entry that typed text is matched against.

Every message with choice buttons is stored as a list of options (users.keyboard). A
press is checked against it; typed text is understood against the options of the latest
message with buttons only (conversations/choices.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

# Roles a typed word can name without the label: "skip"/"lewat"/"gak tau" → SKIP,
# "udah"/"selesai" → DONE on a multi-select message.
SKIP = "skip"
DONE = "done"
# One of several that tick on and off in one message (a multi-select row of a grid).
TOGGLE = "toggle"
# A button beside the question's answers ("add contact details"): never the "other"
# answer of a yes/no reading.
ASIDE = "aside"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    # A point on the 1-5 scale (1 = sangat buruk … 5 = sangat baik): mood words and
    # numbers typed map to it ("jelek bgt" → 1, "lumayan" → 3).
    score: int | None = None
    role: str | None = None
    # Deleting data, withdrawing consent, abandoning a journey: never chosen by a bare
    # number, a vague word or a message sent later than the next one.
    destructive: bool = False
    # False once a newer message with buttons arrived: still pressable, but typed text
    # refers only to the newest message's options.
    typed: bool = True
    # Named in "Maksud Anda …?" after a miss: a plain "iya" next chooses it.
    meant: bool = False

    def to_entry(self) -> list[Any]:
        meta: dict[str, Any] = {}
        if self.score is not None:
            meta["score"] = self.score
        if self.role is not None:
            meta["role"] = self.role
        if self.destructive:
            meta["destructive"] = True
        if not self.typed:
            meta["typed"] = False
        if self.meant:
            meta["meant"] = True
        return [self.value, self.label, meta] if meta else [self.value, self.label]

    @classmethod
    def from_entry(cls, entry: list[Any]) -> Option:
        """Entries stored before options had a meaning are [value, label]."""
        meta = entry[2] if len(entry) > 2 and isinstance(entry[2], dict) else {}
        score = meta.get("score")
        return cls(
            str(entry[0]),
            str(entry[1]),
            score=score if isinstance(score, int) else None,
            role=meta.get("role") if isinstance(meta.get("role"), str) else None,
            destructive=meta.get("destructive") is True,
            typed=meta.get("typed") is not False,
            meant=meta.get("meant") is True,
        )


def with_newest(stored: list[list[Any]] | None, newest: list[Option]) -> list[list[Any]]:
    """The stored keyboard after a message with `newest` options was delivered on its own
    (the daily message): earlier options stay pressable, typed text now means the newest."""
    earlier = [
        Option.from_entry(entry)
        for entry in stored or []
        if entry and entry[0] not in {option.value for option in newest}
    ]
    kept = [Option(o.value, o.label, o.score, o.role, o.destructive, typed=False) for o in earlier]
    return [option.to_entry() for option in (*newest, *kept)]


def with_meant(stored: list[list[Any]] | None, meant: str) -> list[list[Any]] | None:
    """The stored keyboard with `meant` marked as the option a "Maksud Anda …?" named
    (and no other)."""
    if not stored:
        return stored
    options = [Option.from_entry(entry) for entry in stored]
    return [replace(o, meant=o.value == meant).to_entry() for o in options]
