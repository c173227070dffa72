"""The feedback follow-up: asked once FOLLOWUP_DAYS after the email went out, through the
scheduler's ledger; a reply is kept (with consent) and its points become plan items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.db.models import Delivery, Journey, PlanItem
from bot.local_api import ApiCall
from tests.e2e.test_journey import BY_BUTTONS, BY_TYPING, answers_of, rows, run_steps
from tests.harness import BotHarness, UserSession, only, sent_files, texts
from tests.integration.test_scheduler import scheduler

# The journey ends at the harness's start: 25 November 2026, 10.00 WIB.
ASK_AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # five days on, 10.00 WIB
REPLY = """Terima kasih atas email Anda.
- Jawaban teknis Anda sudah baik, tetapi kurang contoh konkret.
- Pelajari lebih dalam produk kami sebelum wawancara.
Salam"""


async def finished_journey(bot: BotHarness, user_id: int, *, steps: Any = None) -> UserSession:
    person = bot.user(user_id, "Rina")
    await person.send("/gagal")
    await run_steps(person, steps or BY_BUTTONS)
    return person


async def asked(bot: BotHarness, at: datetime) -> list[ApiCall]:
    """One scheduler tick at `at`; the follow-up questions it sent."""
    bot.clock.now = at
    before = len(bot.api.calls)
    await scheduler(bot).tick(bot.app.bot)
    return [
        call
        for call in bot.api.calls[before:]
        if call.method == "sendMessage" and "sudah ada balasan" in call.text
    ]


async def journey_of(bot: BotHarness, user_id: int) -> Journey:
    async with bot.services.store.transaction() as session:
        found = await session.scalar(select(Journey).where(Journey.user_id == user_id))
    assert found is not None
    return found


async def feedback_items(bot: BotHarness, user_id: int) -> list[str]:
    async with bot.services.store.transaction() as session:
        rows = await session.scalars(
            select(PlanItem.detail).where(PlanItem.user_id == user_id, PlanItem.kind == "feedback")
        )
        return list(rows)


async def test_the_question_comes_once_on_the_morning_five_days_later(bot: BotHarness) -> None:
    await finished_journey(bot, 601)
    journey = await journey_of(bot, 601)
    assert journey.followup_state == "scheduled" and journey.followup_consent_at is not None
    assert journey.followup_due_at == ASK_AT

    assert await asked(bot, ASK_AT - timedelta(minutes=1)) == []
    [question] = await asked(bot, ASK_AT + timedelta(minutes=1))
    assert "PT Maju &lt;Jaya&gt;" in question.text and "Analis Data" in question.text
    assert question.button_labels == [
        "Sudah ada balasan",
        "Belum ada balasan",
        "Tidak dibalas",
        "Jangan tanyakan lagi",
    ]
    await bot.restart()
    assert await asked(bot, ASK_AT + timedelta(minutes=2)) == []
    assert await asked(bot, ASK_AT + timedelta(days=1)) == []
    async with bot.services.store.transaction() as session:
        kinds = list(await session.scalars(select(Delivery.kind).where(Delivery.user_id == 601)))
    assert kinds == [f"fu-{journey.id}"]


async def test_a_pasted_reply_is_kept_and_its_points_become_plan_items(bot: BotHarness) -> None:
    rina = await finished_journey(bot, 602)
    [question] = await asked(bot, ASK_AT)
    paste = await rina.press("Sudah ada balasan", on=question)
    assert "tempel isi balasannya" in texts(paste)[-1]

    saved = await rina.send(REPLY)
    assert "kurang contoh konkret" in texts(saved)[-1]
    assert "Salam" not in texts(saved)[-1]  # a one-word line is no point
    assert saved[-1].button_labels == ["Jadikan rencana"]
    journey = await journey_of(bot, 602)
    assert journey.feedback_reply == REPLY and journey.followup_state == "replied"

    planned = await rina.press("Jadikan rencana")
    assert "/rencana" in texts(planned)[-1]
    assert await feedback_items(bot, 602) == [
        "Jawaban teknis Anda sudah baik, tetapi kurang contoh konkret.",
        "Pelajari lebih dalam produk kami sebelum wawancara.",
    ]
    plan = await rina.send("/rencana")
    assert "Tindak lanjuti masukan perekrut: Pelajari lebih dalam produk kami" in texts(plan)[-1]

    again = await rina.press("Sudah ada balasan", on=question)  # the old question
    assert again[0].method == "answerCallbackQuery" and "sendMessage" not in {
        c.method for c in again
    }
    assert len(await feedback_items(bot, 602)) == 2


async def test_not_yet_is_asked_once_more_then_never_again(bot: BotHarness) -> None:
    rina = await finished_journey(bot, 603)
    [first] = await asked(bot, ASK_AT)
    later = await rina.press("Belum ada balasan", on=first)
    assert "sekali lagi" in texts(later)[-1]
    assert await asked(bot, ASK_AT + timedelta(days=4)) == []
    [second] = await asked(bot, ASK_AT + timedelta(days=5, minutes=1))
    last = await rina.press("Belum ada balasan", on=second)
    assert "tidak akan menanyakannya lagi" in texts(last)[-1]
    assert "kebijakan internal" in texts(last)[-1]
    assert await asked(bot, ASK_AT + timedelta(days=10, minutes=1)) == []
    assert (await journey_of(bot, 603)).followup_state == "no_reply"


async def test_no_reply_gets_a_kind_note(bot: BotHarness) -> None:
    rina = await finished_journey(bot, 604)
    [question] = await asked(bot, ASK_AT)
    note = await rina.press("Tidak dibalas", on=question)
    assert "bukan penilaian atas diri Anda" in texts(note)[-1]
    assert (await journey_of(bot, 604)).followup_state == "no_reply"


async def test_saying_no_to_the_question_means_it_never_comes(bot: BotHarness) -> None:
    steps = [("press", "Tidak usah") if s == ("press", "Ya, boleh") else s for s in BY_BUTTONS]
    await finished_journey(bot, 605, steps=steps)
    journey = await journey_of(bot, 605)
    assert journey.followup_state == "declined" and journey.followup_due_at is None
    assert await asked(bot, ASK_AT + timedelta(days=1)) == []


async def test_without_consent_the_reply_is_used_but_not_stored(bot: BotHarness) -> None:
    steps = [("press", "Tidak, jangan simpan"), *BY_BUTTONS[1:]]
    rina = await finished_journey(bot, 606, steps=steps)
    [question] = await asked(bot, ASK_AT)
    paste = await rina.press("Sudah ada balasan", on=question)
    assert "tidak saya simpan" in texts(paste)[-1]
    saved = await rina.send(REPLY)
    assert "kurang contoh konkret" in texts(saved)[-1]
    assert "tidak saya simpan" in texts(saved)[-1]
    assert saved[-1].button_labels == []
    assert (await journey_of(bot, 606)).feedback_reply is None


async def test_moving_on_while_the_reply_is_awaited_asks_again_the_next_morning(
    bot: BotHarness,
) -> None:
    rina = await finished_journey(bot, 607)
    recap = rina.last_keyboard_message()
    [question] = await asked(bot, ASK_AT)
    pressed = await rina.press("Sudah ada balasan", on=question)
    # The press took the question's buttons away, as Telegram shows it.
    removed = [c for c in pressed if c.method == "editMessageReplyMarkup"]
    assert removed and "reply_markup" not in removed[0].params
    progress = await rina.send("/progres")
    assert "tempel" not in texts(progress)[-1]
    idle = await rina.send("ini bukan balasan")
    assert idle and (await journey_of(bot, 607)).feedback_reply is None
    journey = await journey_of(bot, 607)
    assert journey.followup_state == "scheduled"
    assert journey.followup_due_at == ASK_AT + timedelta(days=1)
    stale = await rina.press("Sudah ada balasan", on=question)  # an old copy of it
    assert "sendMessage" not in {c.method for c in stale}

    [tomorrow] = await asked(bot, ASK_AT + timedelta(days=1))
    await rina.press("Sudah ada balasan", on=tomorrow)
    settings = await rina.press("Atur pesan harian", on=recap)
    assert "pesan harian" in texts(settings)[-1].lower()  # another feature's button
    assert (await journey_of(bot, 607)).followup_state == "scheduled"

    [third] = await asked(bot, ASK_AT + timedelta(days=2))
    await rina.press("Sudah ada balasan", on=third)
    too_long = await rina.send("x" * 3001)
    assert "terlalu panjang" in texts(too_long)[-1]
    await rina.send(REPLY)
    assert (await journey_of(bot, 607)).feedback_reply == REPLY


async def test_withdrawing_consent_removes_the_stored_reply(bot: BotHarness) -> None:
    rina = await finished_journey(bot, 608)
    [question] = await asked(bot, ASK_AT)
    await rina.press("Sudah ada balasan", on=question)
    await rina.send(REPLY)
    exported = await rina.send("/ekspor")
    documents = sent_files(exported)
    assert "Balasan perekrut: Terima kasih atas email Anda." in (
        documents["bangkit-ringkasan-data.txt"].decode()
    )
    assert '"feedback_reply": "Terima kasih' in documents["bangkit-data-saya.json"].decode()
    await rina.send("/hapusdata")
    await rina.press("Tarik persetujuan")
    await rina.press("Ya, tarik persetujuan")
    assert (await journey_of(bot, 608)).feedback_reply is None


async def test_a_user_paused_by_the_safety_net_is_not_asked(bot: BotHarness) -> None:
    rina = await finished_journey(bot, 609)
    await rina.send("saya ingin mati saja")
    assert await asked(bot, ASK_AT) == []
    await rina.send("/lanjut")
    await rina.press("Ya, saya aman sekarang")
    assert len(await asked(bot, ASK_AT + timedelta(minutes=1))) == 1


async def test_an_email_sent_after_the_journey_can_still_be_followed_up(
    bot: BotHarness,
) -> None:
    budi = bot.user(610, "Budi")
    await budi.send("/gagal")
    for typed in BY_TYPING:  # "nanti saja" when asked whether the email was sent
        await budi.send(typed)
    assert (await journey_of(bot, 610)).followup_state is None

    email = await budi.send("/email")
    assert "Permohonan Umpan Balik" in texts(email)[0]
    assert email[-1].button_labels == ["Sudah saya kirim", "Ubah isi email"]
    asked_now = await budi.press("Sudah saya kirim")
    assert "Bolehkah beberapa hari lagi saya menanyakan" in texts(asked_now)[-1]
    noted = await budi.press("Ya, boleh")
    assert "beberapa hari lagi saya akan menanyakan" in texts(noted)[-1]
    journey = await journey_of(bot, 610)
    assert journey.followup_state == "scheduled" and journey.followup_due_at == ASK_AT
    assert (await answers_of(bot, 610))["email_sent"] == "sent"

    again = await budi.send("/email")  # already sent: only a correction is offered
    assert again[-1].button_labels == ["Ubah isi email"]
    assert len(await asked(bot, ASK_AT)) == 1


async def test_the_safety_net_ends_the_wait_for_a_reply(bot: BotHarness) -> None:
    rina = await finished_journey(bot, 611)
    [question] = await asked(bot, ASK_AT)
    await rina.press("Sudah ada balasan", on=question)
    crisis = await rina.send("saya ingin mati saja")
    assert "119" in texts(crisis)[0]
    after = await rina.send("Mereka bilang kurang pengalaman memimpin tim.")
    assert (await journey_of(bot, 611)).feedback_reply is None  # not taken as the reply
    assert "Jadikan rencana" not in str(after[-1].button_labels)
    # Nothing job-focused while paused: not tomorrow's question, not an old button.
    assert await asked(bot, ASK_AT + timedelta(days=1, minutes=1)) == []
    pressed = await rina.press("Sudah ada balasan", on=question)
    assert "tempel" not in " ".join(texts(pressed))
    await rina.send("/lanjut")
    await rina.press("Ya, saya aman sekarang")
    [again] = await asked(bot, ASK_AT + timedelta(days=1, minutes=2))
    resumed = await rina.press("Sudah ada balasan", on=again)
    assert "tempel isi balasannya" in texts(resumed)[-1]


async def test_email_works_while_the_email_question_is_pending(bot: BotHarness) -> None:
    rina = bot.user(612, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[:16])  # up to "Apakah email ini sudah Anda kirim?"
    shown = await rina.send("/email")
    assert "Permohonan Umpan Balik" in texts(shown)[0]


async def test_a_reply_pasted_before_being_asked_is_noted_all_the_same(bot: BotHarness) -> None:
    """The recruiter answered before the bot asked: pasted unasked, it is read as the
    reply (its points, the plan button), and the question is not sent after it."""
    rina = await finished_journey(bot, 6151)
    pasted = (
        "Halo Rina, terima kasih atas email Anda. Dari hasil wawancara, tim kami menilai "
        "portofolio Anda sudah baik, namun penjelasan proses desain masih kurang terstruktur. "
        "Kami menyarankan Anda berlatih menjelaskan studi kasus dengan runtut."
    )
    calls = await rina.send(pasted)
    noted = texts(calls)[-1]
    assert noted.startswith("Terima kasih sudah membagikannya.")
    assert "• Kami menyarankan Anda berlatih menjelaskan studi kasus dengan runtut." in noted
    assert calls[-1].button_labels == ["Jadikan rencana"]
    journey = await journey_of(bot, 6151)
    assert journey.followup_state == "replied" and journey.feedback_reply == pasted
    assert await asked(bot, ASK_AT) == []
    await rina.press("Jadikan rencana")
    assert any("studi kasus" in item for item in await feedback_items(bot, 6151))
    # A rejection email pasted is no feedback: not taken as the reply.
    budi = await finished_journey(bot, 6161)
    rejection = (
        "Terima kasih atas partisipasi Anda dalam proses seleksi. Dengan berat hati kami "
        "sampaikan bahwa kami memutuskan untuk melanjutkan dengan kandidat lain."
    )
    said = texts(await budi.send(rejection))
    assert not any("Terima kasih sudah membagikannya" in text for text in said)
    assert (await journey_of(bot, 6161)).followup_state != "replied"


async def test_a_reply_pasted_right_after_sending_is_taken_and_the_journey_goes_on(
    bot: BotHarness,
) -> None:
    """The recruiter's reply pasted under "shall I ask later?", right after "Sudah saya
    kirim": its points, no question about a reply already here, then step 3."""
    rina = bot.user(6171, "Rina")
    await rina.send("/gagal")
    for typed in BY_TYPING[:11]:
        await rina.send(typed)
    await rina.press("Sudah saya kirim")
    said = texts(await rina.send(REPLY))
    assert "Terima kasih sudah membagikannya" in said[0]
    assert "kurang contoh konkret" in said[0]
    assert "Langkah 3 dari 5" in " ".join(said[1:])
    assert "belum saya pahami" not in " ".join(said)
    [journey] = await rows(bot, Journey, 6171)
    assert journey.followup_state == "replied" and journey.feedback_reply == REPLY
    assert journey.prompt == "evaluation"
    # Pasted again under the ratings: said to be shared already, nothing rated.
    [again] = texts(await rina.send(REPLY))
    assert "sudah Anda bagikan sebelumnya" in again and "belum terbaca" not in again
    # Pasted before "Sudah saya kirim": the email was sent, so both questions are moot.
    budi = bot.user(6172, "Budi")
    await budi.send("/gagal")
    for typed in BY_TYPING[:11]:
        await budi.send(typed)
    said = texts(await budi.send(REPLY))
    assert "Langkah 3 dari 5" in " ".join(said[1:])
    answers = await answers_of(bot, 6172)
    assert answers["email_sent"] == "sent" and answers["followup_ok"] == "no"


REJECTION_EMAIL = (
    "Yth. Bapak Andi, Terima kasih atas minat dan waktu yang telah Anda luangkan untuk "
    "mengikuti proses seleksi di PT Bank Central Asia Tbk. Setelah melalui pertimbangan "
    "yang matang, dengan berat hati kami sampaikan bahwa Anda belum dapat melanjutkan ke "
    "tahap berikutnya. Hormat kami, Tim Rekrutmen BCA"
)


async def test_a_rejection_email_pasted_is_heard_never_taken_as_the_reply(
    bot: BotHarness,
) -> None:
    """The rejection email itself, pasted with nothing asked: heard, the journey one tap
    away, never "no question is waiting"; after a journey, never noted as the recruiter's
    reply ("setelah pertimbangan yang matang" is no advice)."""
    andi = bot.user(6173, "Andi")
    calls = await andi.send(REJECTION_EMAIL)
    offer = only(calls, "sendMessage")
    assert offer.text.startswith("Ikut sedih membaca kabar ini.")
    assert offer.button_labels == ["Mulai pendampingan"]
    rina = await finished_journey(bot, 6174)
    said = texts(await rina.send(REJECTION_EMAIL))
    assert "Terima kasih sudah membagikannya" not in " ".join(said)
    [journey] = await rows(bot, Journey, 6174)
    assert journey.feedback_reply is None
