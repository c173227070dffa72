"""What the user did, as the pure layer sees it (parsed by the adapter)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    args: str = ""


@dataclass(frozen=True)
class Text:
    text: str
    # Choice values of the question that came close to the text (at most two): the
    # "Maksudnya …?" line offers them.
    nearest: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    """A button pressed, or its label or number typed."""

    value: str
    # A destructive choice shown more than 10 minutes ago, or typed later than the very
    # next message: it must do nothing but say so and offer the choice again.
    expired: bool = False
    # Its label or number typed, not a tap: on a multi-select it ticks, never unticks
    # ("kecewa" typed after tapping Kecewa still means kecewa).
    typed: bool = False
    # Pressed: the choices ticked on that message. A selection whose ticks are not stored
    # (feelings without consent) goes on from them.
    on_screen: tuple[str, ...] = ()
    # Typed as a correction of the answer before ("eh td salah, 3 aja deh").
    corrects: bool = False
    # Typed: the whole message, which may tell more than the choice ("kecewa sama sedih,
    # 2 deh" at the mood).
    said: str = ""


@dataclass(frozen=True)
class Choices:
    """Several buttons of one prompt named at once, typed ("Kecewa, Cemas" or "1, 3")."""

    values: tuple[str, ...]


@dataclass(frozen=True)
class Unsupported:
    """Content the bot cannot read (sticker, photo, voice note, …)."""

    kind: str


@dataclass(frozen=True)
class Redelivered:
    """A button press Telegram delivered again after it was already applied."""


Event = Command | Text | Choice | Choices | Unsupported | Redelivered
