"""Photo replies: the text is the photo's caption, cut to Telegram's caption limit.
Keyboards: sent as PTB would send them."""

from __future__ import annotations

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

from bot.pipeline import _wire_markup
from bot.presenter import CAPTION_LIMIT, present
from bot.render import Renderer, telegram_length
from conversations.outcome import Outcome, Photo, Reply
from tests.telegram_html import html_problems

RENDERER = Renderer.shared()


def never_drawn() -> bytes:
    raise AssertionError("presenting must not draw: drawing waits for the commit")


def test_a_photo_reply_is_one_message_whose_text_is_the_caption() -> None:
    photo = Photo(never_drawn, "gambar.png")
    outcome = Outcome((Reply("privacy/export.html", {"count": 2}, photo=photo),))
    [message] = present(RENDERER, outcome, 1).messages
    assert message.photo is photo and "Ada 2 perjalanan" in message.text


def test_a_caption_over_the_limit_continues_in_text_messages() -> None:
    reply = Reply("bantuan.html", {"commands": RENDERER.commands}, photo=Photo(never_drawn))
    messages = present(RENDERER, Outcome((reply,)), 1).messages
    assert len(messages) > 1 and messages[0].photo is not None
    assert all(m.photo is None for m in messages[1:])
    assert telegram_length(messages[0].text) <= CAPTION_LIMIT
    assert all(html_problems(m.text) == [] for m in messages)


def test_a_keyboard_goes_out_as_ptb_would_send_it() -> None:
    """Replies carry their keyboard as the Bot API's JSON, built without PTB's to_dict;
    a button with anything more is left to PTB."""
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Ya, lanjut", callback_data="k:3:yes")],
            [
                InlineKeyboardButton("Tidak", callback_data="k:3:no"),
                InlineKeyboardButton("Baca artikel", url="https://example.org/a?b=1"),
            ],
        ]
    )
    assert _wire_markup(keyboard) == keyboard.to_dict()
    copied = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Salin", copy_text=CopyTextButton("teks"))]]
    )
    assert _wire_markup(copied) is copied
    assert _wire_markup(None) is None
