"""Typed answers to a prompt with buttons: the button's label first, then its position."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Case, width, emoji, punctuation and spacing do not matter when matching a label."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()


def match_choice(text: str, labels: Sequence[str]) -> int | None:
    """Index of the chosen label, or None when the text names none of them."""
    wanted = normalise(text)
    if not wanted:
        return None
    for index, label in enumerate(labels):
        if normalise(label) == wanted:
            return index
    if not _positions_are_safe(labels):
        return None
    # Positions are read from the raw text, so "-1" or "1.5" are not taken for "1".
    digits = unicodedata.normalize("NFKC", text).strip()
    if digits.isdecimal() and len(digits) <= 3:
        position = int(digits)
        if 1 <= position <= len(labels):
            return position - 1
    return None


_NUMERIC = re.compile(r"[\d\s.:]+")


def _positions_are_safe(labels: Sequence[str]) -> bool:
    """With buttons such as "1, 3, 5, 10" or "06.00, 07.00", a typed "3" or "6" means the
    number itself, not the third or sixth button: positions then do not apply."""
    return all(
        not _NUMERIC.fullmatch(label.strip()) or label.strip() == str(index + 1)
        for index, label in enumerate(labels)
    )


_SEPARATORS = re.compile(r"\s*(?:[,;\n]|\bdan\b)\s*", re.IGNORECASE)


def match_choices(text: str, labels: Sequence[str]) -> list[int] | None:
    """Several buttons named in one message ("Kecewa, Cemas", "1, 3", "1 dan 3"); None
    unless every part names a button and there are at least two."""
    parts = [part for part in _SEPARATORS.split(text) if part.strip()]
    if len(parts) == 1 and re.fullmatch(r"\d+(?:\s+\d+)+", parts[0].strip()):
        parts = parts[0].split()
    if len(parts) < 2:
        return None
    chosen: list[int] = []
    for part in parts:
        index = match_choice(part, labels)
        if index is None:
            return None
        if index not in chosen:
            chosen.append(index)
    return chosen


# --- the options of the latest message (conversations/options.py) ----------------------
# TEMPORARY: today's label-or-position rules behind the interface the pipeline uses; the
# understanding of casual Indonesian replaces this.
from dataclasses import dataclass  # noqa: E402

from conversations.options import DONE, Option  # noqa: E402


@dataclass(frozen=True)
class Understood:
    values: tuple[str, ...] = ()
    nearest: tuple[str, ...] = ()


def understand(text: str, options: Sequence[Option], *, multi: bool = False) -> Understood:
    candidates = [option for option in options if option.typed]
    labels = [option.label for option in candidates]
    index = match_choice(text, labels)
    if index is not None:
        option = candidates[index]
        if option.destructive and normalise(text).isdecimal():
            return Understood()
        return Understood((option.value,))
    several = match_choices(text, labels) if multi else None
    if several:
        chosen = [candidates[i] for i in several if candidates[i].role != DONE]
        return Understood(tuple(option.value for option in chosen))
    return Understood()
