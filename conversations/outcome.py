"""What a transition asks the adapter to show: template keys, context and buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    """A button whose label is the macro `label` in templates/labels.txt.

    A choice button carries a `value` (routed back as a choice); a link button a `url`.
    """

    label: str
    value: str | None = None
    url: str | None = None
    label_context: Mapping[str, Any] = field(default_factory=dict)
    # What the choice means to typed text (conversations/options.py).
    score: int | None = None
    role: str | None = None
    destructive: bool = False
    # False where typed text must not pick it (a grid's cells that repeat on every row,
    # or stand for a value typed better in words: "2 minggu", "5 orang").
    typed: bool = True


@dataclass(frozen=True)
class Document:
    """A file: rendered from a plain-text template (never HTML-escaped), or given as
    ready bytes (machine-readable data such as the JSON export)."""

    template: str | None
    filename: str
    context: Mapping[str, Any] = field(default_factory=dict)
    content: bytes | None = None


@dataclass(frozen=True)
class Photo:
    """An image sent with the reply's text as its caption. `draw` makes its bytes: the
    adapter calls it after the commit, in a worker thread, as drawing is slow and blocking."""

    draw: Callable[[], bytes]
    filename: str = "image.png"


@dataclass(frozen=True)
class Reply:
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    documents: tuple[Document, ...] = ()
    photo: Photo | None = None
    # Replace the message whose button was pressed instead of sending a new one.
    edit: bool = False


@dataclass(frozen=True)
class Outcome:
    replies: tuple[Reply, ...] = ()
    # Short text shown by Telegram when a button press is answered (a template key).
    notice: str | None = None
    # The replies show the whole current prompt: if they offer no buttons, no earlier
    # button may answer it either.
    resets_keyboard: bool = False
    # The answer could not be used: the question stands, its buttons stay pressable,
    # and a short line asks again (after two misses in a row, with its buttons).
    miss: bool = False
    # Nothing was waiting for the text: the replies only say what the bot can do, which
    # a check-in for distress replaces (no list of commands after "pelan-pelan saja").
    idle: bool = False
    # A press that chose nothing (a grid row's name): the question and its buttons stay
    # exactly as they are, on screen and for typing.
    untouched: bool = False
    # The last reply asks the next question of a step-by-step flow: a check-in for
    # distress holds it back until the person says they are ready (conversations/care.py).
    asks_next: bool = False
