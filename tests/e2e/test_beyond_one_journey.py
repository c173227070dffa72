"""The history issue's "done means", tried as a new user would: two /gagal journeys with a
mood check-in between, then /riwayat shows both with a pattern, /grafik sends a readable
chart, the feedback follow-up arrives once, and /latihan points out a missing STAR part."""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image

from tests.e2e.test_followup import REPLY, asked
from tests.e2e.test_journey import BY_BUTTONS, BY_TYPING, assert_valid_html, run_steps
from tests.e2e.test_practice import NO_RESULT
from tests.harness import BotHarness, only, texts


async def test_a_user_after_two_rejections(bot: BotHarness) -> None:
    rina = bot.user(990, "Rina")
    start = bot.clock.now
    calls = await rina.send("/gagal")
    calls += await run_steps(rina, BY_BUTTONS)  # the email sent; may check back: yes

    bot.clock.now = start + timedelta(days=1)
    calls += await rina.send("/mood")
    calls += await rina.press("3")

    bot.clock.now = start + timedelta(days=2)
    calls += await rina.send("/gagal")  # a second rejection, typed this time
    for answer in BY_TYPING[1:]:
        calls += await rina.send(answer)
    assert "Rangkuman perjalanan Anda" in texts(calls)[-1]

    # The follow-up of the first journey: once, however often the scheduler looks.
    questions = []
    for hours in (0, 1, 24, 48):
        questions += await asked(bot, start + timedelta(days=5, hours=hours))
    [question] = questions
    calls += await rina.press("Sudah ada balasan", on=question)
    calls += await rina.send(REPLY)
    assert "kurang contoh konkret" in texts(calls)[-1]

    history = await rina.send("/riwayat")
    listing, patterns = texts(history)
    assert listing.index("Desainer Produk di PT Sinar") < listing.index("Analis Data di PT Maju")
    assert "kurang contoh konkret" in listing  # the recruiter's reply, kept with consent
    assert "Yang terlihat dari 2 perjalanan Anda" in patterns
    assert "riset perusahaan dan posisi (2 dari 2 wawancara)" in patterns

    chart = await rina.send("/grafik")
    photo = only(chart, "sendPhoto")
    [(filename, content)] = photo.files.values()
    image = Image.open(io.BytesIO(content))
    assert filename.endswith(".png") and image.format == "PNG" and image.size[0] >= 800
    assert "2 wawancara" in photo.text

    practice = await rina.send("/latihan")
    feedback = await rina.send(NO_RESULT)
    assert "Belum ada: Hasil." in texts(feedback)[0]
    assert "Coba lagi" in feedback[-1].button_labels
    assert_valid_html(calls + history + practice + feedback)
