"""What a button sends back: one codec for every choice value, and the buttons that
stay valid whatever is asked next.

A value is a feature's prefix and its parts joined by ":" ("j:stage:hr",
"f:12:yes"); the router sends a choice to the feature that owns its prefix. Telegram's
callback data adds the keyboard's sequence in front (bot/presenter.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SEPARATOR = ":"


def value(prefix: str, *parts: object) -> str:
    return SEPARATOR.join((prefix, *(str(part) for part in parts)))


def prefix_of(choice: str) -> str:
    return choice.partition(SEPARATOR)[0]


def question_of(choice: str) -> str:
    """The choice without its last part: the question a button belongs to, where one
    message asks several ("mood:d:3" → "mood:d")."""
    return choice.rpartition(SEPARATOR)[0]


def parts(choice: str, count: int) -> tuple[str, ...]:
    """The `count` parts after the prefix, the last one keeping any further separators,
    missing ones as ""."""
    found = choice.split(SEPARATOR, count)[1:]
    return (*found, *([""] * (count - len(found))))


@dataclass(frozen=True)
class Stateless:
    """Choices a message the bot sent on its own may carry (the daily message, an
    invitation, the follow-up): valid without a live keyboard, so each must be safe to
    repeat, or its route must check that it still applies."""

    values: frozenset[str] = frozenset()
    # Whole prefixes whose values name what they act on ("f:<journey id>:<answer>").
    prefixes: tuple[str, ...] = ()

    def __contains__(self, choice: object) -> bool:
        return isinstance(choice, str) and (
            choice in self.values or prefix_of(choice) in self.prefixes
        )

    def __or__(self, other: Stateless) -> Stateless:
        return Stateless(self.values | other.values, (*self.prefixes, *other.prefixes))


def stateless(values: Iterable[str] = (), prefixes: Iterable[str] = ()) -> Stateless:
    return Stateless(frozenset(values), tuple(prefixes))
