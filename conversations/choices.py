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
    # Positions are read from the raw text, so "-1" or "1.5" are not taken for "1".
    digits = unicodedata.normalize("NFKC", text).strip()
    if digits.isdecimal() and len(digits) <= 3:
        position = int(digits)
        if 1 <= position <= len(labels):
            return position - 1
    return None
