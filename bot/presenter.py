"""Outcome → rendered Telegram messages (text split to size, keyboards with live data)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.render import MESSAGE_LIMIT, Renderer, split_message
from conversations.options import Option
from conversations.outcome import Button, Outcome, Photo
from conversations.stateless import STATELESS

# Telegram's limit for a photo's caption.
CAPTION_LIMIT = 1024


@dataclass
class RenderedDocument:
    filename: str
    content: bytes


# A button as the Bot API's JSON: its label and one action ("callback_data" or "url").
WireButton = dict[str, str]


@dataclass
class RenderedMessage:
    text: str
    # The inline keyboard's rows as the Bot API's JSON: a reply sends them as they are
    # (building PTB's objects for every button cost more than the rest of presenting).
    rows: list[list[WireButton]] | None = None
    edit: bool = False
    documents: list[RenderedDocument] = field(default_factory=list)
    # Sent as a photo with `text` as its caption.
    photo: Photo | None = None

    @property
    def markup(self) -> dict[str, list[list[WireButton]]] | None:
        """The keyboard as a reply's `reply_markup` JSON."""
        return {"inline_keyboard": self.rows} if self.rows is not None else None

    @property
    def keyboard(self) -> InlineKeyboardMarkup | None:
        """The keyboard as PTB's objects, for PTB's own methods (a photo, the scheduler)."""
        if self.rows is None:
            return None
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        button["text"],
                        callback_data=button.get("callback_data"),
                        url=button.get("url"),
                    )
                    for button in row
                ]
                for row in self.rows
            ]
        )


@dataclass
class Presentation:
    messages: list[RenderedMessage] = field(default_factory=list)
    notice: str | None = None
    # The choices the user may answer next (None: no choice).
    choices: list[Option] | None = None


# Buttons that stay valid whatever the user is doing (conversations/stateless.py) use
# sequence 0; every other button carries the sequence of the keyboard it belongs to.
GLOBAL_SEQ = 0


def is_global_choice(value: str) -> bool:
    return value in STATELESS


def callback_data(seq: int, value: str) -> str:
    return f"{seq}:{value}"


def parse_callback_data(data: str) -> tuple[int, str] | None:
    seq, separator, value = data.partition(":")
    if not separator or not seq.isdecimal() or len(seq) > 12 or not value:
        return None
    return int(seq), value


def global_buttons(
    renderer: Renderer, rows: tuple[tuple[Button, ...], ...]
) -> list[list[InlineKeyboardButton]]:
    """Choice buttons for a message the bot sends on its own (see GLOBAL_SEQ)."""
    for row in rows:
        for button in row:
            if not is_global_choice(button.value or ""):
                raise ValueError(f"{button.value!r} is not valid without a live keyboard")
    return [
        [
            InlineKeyboardButton(
                renderer.label(button.label, **button.label_context),
                callback_data=callback_data(GLOBAL_SEQ, button.value or ""),
            )
            for button in row
        ]
        for row in rows
    ]


def option_of(button: Button, label: str) -> Option:
    """A choice button as typed text is matched against it."""
    return Option(
        button.value or "",
        label,
        score=button.score,
        role=button.role,
        destructive=button.destructive,
        typed=button.typed,
    )


def options_of(renderer: Renderer, buttons: list[Button]) -> list[Option]:
    """Choice buttons as typed text is matched against them, with their labels."""
    return [
        option_of(button, renderer.label(button.label, **button.label_context))
        for button in buttons
        if button.value
    ]


def present(renderer: Renderer, outcome: Outcome, keyboard_seq: int) -> Presentation:
    """Render every reply; choice buttons carry `keyboard_seq` so stale ones are known."""
    presentation = Presentation()
    if outcome.notice:
        presentation.notice = renderer.render(outcome.notice)
    choices: list[Option] = []
    for reply in outcome.replies:
        text = renderer.render(reply.template, **reply.context)
        rows: list[list[WireButton]] = []
        offered: list[Option] = []
        for row in reply.buttons:
            buttons: list[WireButton] = []
            for button in row:
                label = renderer.label(button.label, **button.label_context)
                if button.url:
                    buttons.append({"text": label, "url": button.url})
                elif button.value:
                    offered.append(option_of(button, label))
                    # A global choice stays valid whatever is asked next.
                    seq = GLOBAL_SEQ if is_global_choice(button.value) else keyboard_seq
                    data = callback_data(seq, button.value)
                    buttons.append({"text": label, "callback_data": data})
            rows.append(buttons)
        if offered:
            # Typed text refers to the last message with buttons; earlier ones in the
            # same answer stay pressable.
            choices = [replace(option, typed=False) for option in choices] + offered
        keyboard = rows or None
        documents = [
            RenderedDocument(
                document.filename,
                document.content
                if document.content is not None
                else renderer.render(document.template or "", **document.context).encode(),
            )
            for document in reply.documents
        ]
        # With a photo the first piece is its caption.
        limit = CAPTION_LIMIT if reply.photo else MESSAGE_LIMIT
        pieces = split_message(text, limit) if text else []
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            presentation.messages.append(
                RenderedMessage(
                    piece,
                    keyboard if last else None,
                    edit=reply.edit and len(pieces) == 1 and reply.photo is None,
                    documents=documents if last else [],
                    photo=reply.photo if index == 0 else None,
                )
            )
    presentation.choices = choices or None
    return presentation
