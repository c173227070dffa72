"""The crisis safety net through the real Application (docs/safety.md)."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from bot.db.models import Answer, Journey, MoodCheckin, User
from tests.e2e.test_journey import BY_BUTTONS, answers_of, rows, run_steps
from tests.harness import BotHarness, only, texts

CONTACTS = ("119", "lalu tekan 8", "healing119.id", "112", "Anda tidak sendirian")


def assert_crisis_reply(text: str) -> None:
    for contact in CONTACTS:
        assert contact in text
    assert "/lanjut" in text


async def test_crisis_words_at_a_prompt_pause_and_show_help_first(bot: BotHarness) -> None:
    rina = bot.user(601, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    calls = await rina.send("rasanya pengen mati ajaaa")
    assert calls[0].method == "sendMessage"
    assert_crisis_reply(calls[0].text)
    assert len(texts(calls)) == 1  # nothing else: no next prompt, no error
    assert "mood" not in await answers_of(bot, 601)
    [journey] = await rows(bot, Journey, 601)
    assert journey.status == "paused" and journey.prompt == "mood"
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 601)
    assert user is not None and user.crisis_paused_at is not None

    gentle = texts(await rina.send("3"))[0]
    assert "Saya masih di sini" in gentle
    assert "mood" not in await answers_of(bot, 601)

    # The way back asks first whether the person is safe right now.
    asked = only(await rina.send("/lanjut"), "sendMessage")
    assert "apakah Anda merasa aman sekarang" in asked.text
    assert asked.button_labels == ["Ya, saya aman sekarang", "Tidak, saya butuh bantuan"]
    not_yet = texts(await rina.press("Tidak, saya butuh bantuan"))
    assert len(not_yet) == 1 and "lalu tekan 8" in not_yet[0] and "perasaan" not in not_yet[0]
    assert texts(await rina.send("3"))[0].startswith("Saya masih di sini")
    await rina.send("/gagal")  # no journey content either way before the answer
    assert "mood" not in await answers_of(bot, 601)
    resumed = texts(await rina.press("Ya, saya aman sekarang"))
    # A gentle word, then the question: no cheerful "Selamat datang kembali".
    assert len(resumed) == 2 and "pelan-pelan" in resumed[0] and "/bantuan" in resumed[0]
    assert "Selamat datang kembali" not in " ".join(resumed)
    assert "Bagaimana perasaan Anda" in resumed[-1]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 601, populate_existing=True)
    assert user is not None and user.crisis_paused_at is None
    await rina.press("3")
    assert (await answers_of(bot, 601))["mood"] == 3


async def test_the_crisis_reply_offers_grounding_and_is_sent_again_on_a_hiccup(
    bot: BotHarness,
) -> None:
    rina = bot.user(607, "Rina")
    bot.api.failures["sendMessage:607"] = (502, "Bad Gateway")
    bot.api.failure_counts["sendMessage:607"] = 1
    calls = await rina.send("aku pengen mati aja")
    sent = [c for c in calls if c.method == "sendMessage" and c.result is not None]
    assert len(sent) == 1 and len(calls) >= 2  # failed once, then delivered
    assert_crisis_reply(sent[0].text)
    assert sent[0].button_labels == ["Latihan menenangkan diri"]
    exercise = texts(await rina.press("Latihan menenangkan diri", on=sent[0]))
    assert "Tarik napas" in exercise[0] and "/lanjut" not in exercise[0]


async def test_the_gentle_tier_reads_captions_and_edits_too(bot: BotHarness) -> None:
    budi = bot.user(608, "Budi")
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1}]
    calls = await budi.send_content(photo=photo, caption="rasanya hancur banget")
    assert "melewati masa yang sangat berat" in texts(calls)[0]
    assert "hanya bisa membaca" in texts(calls)[1]
    edited = budi.factory.message("gak ada harapan lagi rasanya")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": int(time.time())}
    [checkin] = texts(await bot.feed(edited))
    assert "melewati masa yang sangat berat" in checkin


async def test_crisis_outside_a_journey_and_in_captions_and_edits(bot: BotHarness) -> None:
    budi = bot.user(602, "Budi")
    [crisis] = texts(await budi.send("aku capek hidup"))
    assert_crisis_reply(crisis)
    # No journey was going on: the way back claims none.
    assert "Kapan pun Anda ingin kembali, ketik /lanjut." in crisis and "melanjutkan" not in crisis
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1}]
    assert_crisis_reply(texts(await budi.send_content(photo=photo, caption="bundir aja"))[0])
    edited = budi.factory.message("mau gantung diri")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": int(time.time())}
    assert_crisis_reply(texts(await bot.feed(edited))[0])
    harmless = budi.factory.message("hp saya mati tadi")
    harmless["edited_message"] = {**harmless.pop("message"), "edit_date": int(time.time())}
    assert await bot.feed(harmless) == []


async def test_the_crisis_reply_is_sent_even_when_saving_fails(bot: BotHarness) -> None:
    rina = bot.user(603, "Rina")

    def broken() -> Any:
        raise RuntimeError("database is locked")

    bot.services.store.transaction = broken  # type: ignore[method-assign]
    calls = await rina.send("saya ingin mengakhiri hidup")
    assert_crisis_reply(only(calls, "sendMessage").text)


async def test_everyday_idioms_do_not_trigger_it(bot: BotHarness) -> None:
    rina = bot.user(604, "Rina")
    await rina.send("/gagal")
    for label in ("Ya, saya setuju", "2", "Selesai", "Lewati", "Saya siap lanjut"):
        await rina.press(label)
    calls = await rina.send("PT Mati Lampu Sejahtera")
    assert "Untuk posisi apa" in texts(calls)[-1]


async def test_distress_gets_a_check_in_and_the_journey_goes_on(bot: BotHarness) -> None:
    rina = bot.user(605, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("2")
    await rina.press("Selesai")
    calls = await rina.send("Rasanya hancur banget dan gak ada harapan.")
    assert "melewati masa yang sangat berat" in texts(calls)[0] and "/bantuan" in texts(calls)[0]
    # The journey goes on, gently: no reframe about the job right after the check-in.
    after = texts(calls)[-1]
    assert "bisa menunggu sampai Anda siap" in after and "satu posisi" not in after
    assert calls[-1].button_labels == ["Saya siap lanjut", "Saya butuh waktu dulu"]
    saved = await answers_of(bot, 605)
    assert saved["story"] == "Rasanya hancur banget dan gak ada harapan."
    assert all(row.prompt != "crisis" for row in await rows(bot, Answer, 605))
    assert "119" not in texts(calls)[0]  # plain distress: the way to help is /bantuan


async def test_an_unsure_reading_names_119_in_the_check_in(bot: BotHarness) -> None:
    """No rule matched, only cues of absence did: maybe a crisis, maybe not. The check-in
    names the emergency line itself instead of only pointing to /bantuan."""
    rina = bot.user(611, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("2")
    await rina.press("Selesai")
    story = (
        "Ibu nanya kapan aku pulang. Aku bilang nanti. Padahal aku gak yakin aku masih bisa"
        " pulang. Aku udah terlalu capek."
    )
    calls = await rina.send(story)
    checkin = texts(calls)[0]
    assert "<b>119</b>" in checkin and "tidak sendirian" in checkin and "/bantuan" in checkin
    assert "bisa menunggu sampai Anda siap" in texts(calls)[-1]  # the journey goes on, gently
    assert (await answers_of(bot, 611))["story"] == story


async def test_help_shows_the_same_contacts(bot: BotHarness) -> None:
    help_text = texts(await bot.user(606).send("/bantuan"))[0]
    contacts = help_text[help_text.index("• <b>119</b>") :]
    assert contacts.strip() in bot.services.crisis_text


# "kami mengakhiri semuanya" is the sender's wording about the process: read as the
# user's own words it would sound like ending everything (a crisis).
REJECTION = """Yth. Bapak/Ibu Rina,

Terima kasih atas waktu dan minat Anda. Setelah pertimbangan yang matang, dengan berat
hati kami memutuskan untuk mengakhiri proses seleksi Anda untuk posisi ini. Kandidat
yang terhormat, dengan ini kami mengakhiri semuanya terkait proses rekrutmen Anda.

Salam hangat,
Tim Rekrutmen"""


async def test_a_pasted_rejection_email_pauses_nothing(bot: BotHarness) -> None:
    from tests.e2e.test_followup import ASK_AT, asked, finished_journey, journey_of

    rina = await finished_journey(bot, 609)
    [question] = await asked(bot, ASK_AT)
    await rina.press("Sudah ada balasan", on=question)
    calls = await rina.send(REJECTION)
    assert not any("lalu tekan 8" in text for text in texts(calls))
    journey = await journey_of(bot, 609)
    assert journey.feedback_reply == REJECTION and journey.status == "finished"
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 609)
    assert user is not None and user.crisis_paused_at is None


async def test_the_users_own_line_after_a_pasted_email_is_still_read(bot: BotHarness) -> None:
    from tests.e2e.test_followup import ASK_AT, asked, finished_journey

    rina = await finished_journey(bot, 611)
    [question] = await asked(bot, ASK_AT)
    await rina.press("Sudah ada balasan", on=question)
    calls = await rina.send(REJECTION + "\n\naku pengen mati aja rasanya")
    assert_crisis_reply(texts(calls)[0])


async def test_an_everyday_idiom_after_a_want_word_continues_the_journey(
    bot: BotHarness,
) -> None:
    rina = bot.user(610, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("2")
    await rina.press("Selesai")
    calls = await rina.send(
        "Rasanya pengen mati kutu aja waktu ditanya soal SQL, hp juga mau mati."
    )
    assert not any("lalu tekan 8" in text for text in texts(calls))
    assert "sudah siap melanjutkan" in texts(calls)[-1]


async def test_distress_that_is_no_answer_gets_the_check_in_alone(bot: BotHarness) -> None:
    """ "rasanya hancur banget" at the feelings question names no feeling: the gentle
    check-in answers it, never followed by "belum saya pahami"; the question stays."""
    rina = bot.user(610, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS[: BY_BUTTONS.index(("press", "Kecewa"))])
    feelings = rina.last_keyboard_message()
    calls = await rina.send("rasanya hancur banget")
    [checkin] = texts(calls)
    assert "melewati masa yang sangat berat" in checkin and "/bantuan" in checkin
    assert "belum saya pahami" not in checkin and "Maksud Anda" not in checkin
    assert "Pertanyaan di atas boleh dibiarkan dulu" in checkin and "/batal" not in checkin
    assert only(calls, "sendMessage").button_labels == ["Latihan menenangkan diri"]
    # The question's keyboard is still the one typing and tapping answer.
    tapped = await rina.press("Cemas", on=feelings)
    assert "✅ Cemas" in only(tapped, "editMessageText").button_labels
    await rina.send("kecewa")
    await rina.send("selesai")
    assert sorted((await answers_of(bot, 610))["feelings"]) == ["cemas", "kecewa"]


async def test_distress_with_nothing_waiting_gets_the_check_in_alone(bot: BotHarness) -> None:
    """No list of commands after "tidak perlu terburu-buru": the check-in is the whole answer."""
    calls = await bot.user(612, "Rina").send("hidup ini gak ada harapan")
    [checkin] = texts(calls)
    assert "melewati masa yang sangat berat" in checkin
    assert "/gagal" not in checkin and "tidak ada pertanyaan yang perlu Anda jawab" not in checkin


async def test_distress_at_the_mood_question_keeps_it_open_and_says_help_once(
    bot: BotHarness,
) -> None:
    rina = bot.user(613, "Rina")
    await rina.send("/mood")
    # Not a mood the scale can read: the check-in alone, the question still open.
    calls = await rina.send("hidup ini gak ada harapan")
    [checkin] = texts(calls)
    assert "Pertanyaan di atas boleh dibiarkan dulu" in checkin and "/batal" not in checkin
    assert "tidak ada pertanyaan yang perlu Anda jawab" not in checkin
    # A low mood that also reads as distress, not stored (no consent): the check-in alone,
    # with /bantuan once; no second thank-you and no footnote on consent after it.
    await rina.send("/mood")
    calls = await rina.send("hancur banget")
    [checkin] = texts(calls)
    assert "/bantuan" in checkin and "persetujuan" not in checkin


async def test_an_unsure_reading_at_an_open_question_does_not_send_back_to_it(
    bot: BotHarness,
) -> None:
    rina = bot.user(614, "Rina")
    await rina.send("/mood")
    calls = await rina.send(
        "Ibu nanya kapan aku pulang. Aku bilang nanti. Padahal aku gak yakin aku masih bisa pulang."
    )
    [checkin] = texts(calls)
    assert "telepon <b>119</b> sekarang" in checkin and "Anda tidak sendirian." in checkin
    assert "telepon 119, lalu tekan 8" in checkin
    assert "tidak perlu Anda jawab sekarang" in checkin
    assert "Pertanyaan di atas bisa Anda jawab" not in checkin


async def test_text_the_safety_question_cannot_read_asks_it_again(bot: BotHarness) -> None:
    rina = bot.user(615, "Rina")
    await rina.send("/gagal")
    await rina.send("aku pengen mati aja")
    await rina.send("/lanjut")
    [again] = texts(await rina.send("hmm maksudnya gimana"))
    assert "apakah Anda merasa aman sekarang?" in again and "119" in again
    # The question's buttons still answer it.
    safe = await rina.press("Ya, saya aman sekarang")
    assert texts(safe)
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 615)
        assert user is not None and user.crisis_paused_at is None


async def test_safe_again_with_no_journey_offers_to_start_in_one_tap(bot: BotHarness) -> None:
    """/gagal after the crisis reply asks first whether the person is safe; their yes
    must not end in "no journey is open, type /gagal"."""
    rina = bot.user(616, "Rina")
    await rina.send("aku pengen mati aja")
    asked = only(await rina.send("/gagal"), "sendMessage")
    assert "apakah Anda merasa aman sekarang" in asked.text
    safe = only(await rina.press("Ya, saya aman sekarang"), "sendMessage")
    assert "pelan-pelan" in safe.text and "tidak ada perjalanan" not in safe.text
    assert safe.button_labels == ["Mulai pendampingan"]
    started = texts(await rina.press("Mulai pendampingan"))
    assert any("ikut sedih mendengar" in text for text in started)
    assert await rows(bot, Journey, 616)


async def test_a_low_mood_in_distress_is_acknowledged_once(bot: BotHarness) -> None:
    """ "capek banget rasanya pengen nyerah aja" at the mood question: the check-in thanks
    the person; the journey's own "Terima kasih sudah memberi tahu saya" does not follow,
    nor does the next question until the person taps that they are ready."""
    rina = bot.user(617, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    sent = await rina.send("capek banget rasanya pengen nyerah aja")
    said = texts(sent)
    assert "melewati masa yang sangat berat" in said[0]
    assert not [text for text in said[1:] if "Terima kasih" in text]
    assert not [text for text in said if "Apa saja yang sedang Anda rasakan?" in text]
    assert "bisa menunggu sampai Anda siap" in said[-1]
    assert sent[-1].button_labels == ["Saya siap lanjut"]
    assert (await answers_of(bot, 617))["mood"] <= 2
    asked = only(await rina.press("Saya siap lanjut"), "sendMessage")
    assert "Apa saja yang sedang Anda rasakan?" in asked.text
    assert "Kecewa" in asked.button_labels


async def test_a_held_question_still_takes_an_answer_typed_without_the_tap(
    bot: BotHarness,
) -> None:
    """Held after a check-in, the feelings question is still answered by typing one."""
    rina = bot.user(619, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.send("capek banget rasanya pengen nyerah aja")
    said = texts(await rina.send("sedih sm kecewa"))
    assert any("ceritakan apa yang terjadi" in text for text in said)
    # "capek" told with the mood was ticked already; the typed ones join it.
    assert (await answers_of(bot, 619))["feelings"] == ["lelah", "sedih", "kecewa"]


async def test_the_safety_question_is_answered_by_a_typed_yes_or_no(bot: BotHarness) -> None:
    """ "apakah Anda merasa aman sekarang?" is a yes/no question: "tidak" brings the
    contacts again, never the same question; "iya" ends the pause."""
    rina = bot.user(618, "Rina")
    await rina.send("/gagal")
    await rina.send("aku pengen mati aja")
    await rina.send("/lanjut")
    [not_yet] = texts(await rina.send("tidak"))
    assert "119" in not_yet and "apakah Anda merasa aman sekarang" not in not_yet
    await rina.send("/lanjut")
    resumed = texts(await rina.send("iya"))
    assert "pelan-pelan" in resumed[0] and "Bolehkah saya menyimpannya?" in resumed[-1]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 618)
        assert user is not None and user.crisis_paused_at is None


async def test_doubt_at_the_safety_question_brings_the_contacts_again(bot: BotHarness) -> None:
    """ "belum", "ga tau", "nggak yakin", "entahlah": not a yes. Each gets the contacts
    again, the pause stays, and nothing about the job follows."""
    rina = bot.user(621, "Rina")
    await rina.send("/gagal")
    await rina.send("aku pengen mati aja")
    for doubt in ("belum", "ga tau", "nggak yakin", "entahlah"):
        await rina.send("/lanjut")
        [answer] = texts(await rina.send(doubt))
        assert "119" in answer and "apakah Anda merasa aman sekarang" not in answer, doubt
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 621)
        assert user is not None and user.crisis_paused_at is not None


async def test_the_held_question_comes_back_after_a_pause_too(bot: BotHarness) -> None:
    """Held after a check-in, then paused with /batal: "Saya siap lanjut" still brings the
    question back, as /lanjut would."""
    rina = bot.user(620, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    held = await rina.send("capek banget rasanya pengen nyerah aja")
    await rina.send("/batal")
    said = texts(await rina.press("Saya siap lanjut", on=held[-1]))
    assert "Apa saja yang sedang Anda rasakan?" in said[-1]
    [journey] = await rows(bot, Journey, 620)
    assert journey.status == "active"


async def test_after_the_crisis_reply_latihan_and_riwayat_hold_the_job_back(
    bot: BotHarness,
) -> None:
    """Job content waits for "I am safe": /latihan asks that first, and an empty /riwayat
    points to no /gagal."""
    rina = bot.user(622, "Rina")
    await rina.send("aku pengen mati aja")
    [practice] = texts(await rina.send("/latihan"))
    assert "apakah Anda merasa aman sekarang" in practice
    [history] = texts(await rina.send("/riwayat"))
    assert "/gagal" not in history


async def test_a_second_distress_message_in_a_row_gets_one_line(bot: BotHarness) -> None:
    """The whole check-in twice in a row reads like a form; the second is one line."""
    dewi = bot.user(640, "Dewi")
    [first] = texts(await dewi.send("ga ada harapan deh kayaknya"))
    assert first.startswith("Sepertinya Anda sedang melewati masa yang sangat berat.")
    [second] = texts(await dewi.send("mati rasa"))
    assert second.startswith("Saya masih di sini") and "/bantuan" in second
    assert "Sepertinya Anda sedang melewati" not in second and "Pertanyaan di atas" not in second


async def test_the_crisis_replys_button_typed_by_its_number_starts_the_exercise(
    bot: BotHarness,
) -> None:
    rina = bot.user(641, "Rina")
    await rina.send("udh gak kuat, pengen ngilang aja")
    [exercise] = texts(await rina.send("1"))
    assert "Tarik napas" in exercise
    # "gpp kok" after the crisis reply says the person is fine: no exercise for it.
    budi = bot.user(642, "Budi")
    await budi.send("udh gak kuat, pengen ngilang aja")
    [line] = texts(await budi.send("gpp kok"))
    assert "Tarik napas" not in line and "Saya masih di sini" in line


async def test_a_crisis_at_the_mood_question_saves_no_mood_from_it(bot: BotHarness) -> None:
    """The mood parser alone would read "lebih baik" as a 4; the safety net reads the
    message first, so nothing of it is kept as an answer or a check-in."""
    rina = bot.user(650, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    calls = await rina.send("kalo aku gaada mungkin semua lebih baik")
    assert calls[0].method == "sendMessage"
    assert_crisis_reply(calls[0].text)
    assert len(texts(calls)) == 1
    assert "mood" not in await answers_of(bot, 650)
    assert await rows(bot, MoodCheckin, 650) == []
    [journey] = await rows(bot, Journey, 650)
    assert journey.status == "paused" and journey.prompt == "mood"


async def test_a_second_crisis_message_keeps_the_contacts_without_the_same_opening(
    bot: BotHarness,
) -> None:
    rina = bot.user(640, "Rina")
    first = only(await rina.send("aku pengen mati aja"), "sendMessage").text
    assert first.startswith("Terima kasih sudah mau mengatakannya.")
    second = only(await rina.send("udah ga kuat, mau ngakhirin semuanya"), "sendMessage")
    assert second.text.startswith("Saya masih di sini dan membaca pesan Anda.")
    assert "Terima kasih sudah mau mengatakannya" not in second.text
    assert "<b>119</b>" in second.text and "lalu tekan 8" in second.text
    assert second.button_labels == ["Latihan menenangkan diri"]
    # An hour later it is said in full again.
    bot.clock.now += timedelta(hours=2)
    third = only(await rina.send("aku pengen mati aja"), "sendMessage").text
    assert third == first


async def test_an_ending_said_right_after_distress_is_read_with_it(bot: BotHarness) -> None:
    """ "pengen udahan aja" alone may be about the job search; right after "cape sama
    semuanya" it may be about more: the check-in comes again, naming 119 itself."""
    dewi = bot.user(660, "Dewi")
    [first] = texts(await dewi.send("cape sama semuanya"))
    assert "119" not in first and "/bantuan" in first
    [second] = texts(await dewi.send("pengen udahan aja"))
    assert "<b>119</b>" in second and "tidak sendirian" in second
    # Alone, with no check-in before it, the same words may be about the job search:
    # the gentle check-in, pointing to /bantuan.
    sari = bot.user(661, "Sari")
    [alone] = texts(await sari.send("pengen udahan aja"))
    assert "119" not in alone and "masa yang sangat berat" in alone and "/bantuan" in alone


async def test_a_goodbye_right_after_distress_gets_the_crisis_reply(bot: BotHarness) -> None:
    dewi = bot.user(662, "Dewi")
    await dewi.send("cape sama semuanya")
    assert_crisis_reply(texts(await dewi.send("aku pamit ya"))[0])
    # An hour later the check-in no longer colours what is said.
    rina = bot.user(663, "Rina")
    await rina.send("cape sama semuanya")
    bot.clock.now += timedelta(hours=2)
    [later] = texts(await rina.send("pengen udahan aja"))
    assert "119" not in later


async def test_an_ordinary_next_step_after_distress_stays_ordinary(bot: BotHarness) -> None:
    rina = bot.user(664, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("2")
    await rina.press("Selesai")
    await rina.send("Rasanya hancur banget dan gak ada harapan.")
    # The held question's own answers are no alarm.
    calls = await rina.send("mau istirahat dulu")
    assert not any("119" in text for text in texts(calls))
    [journey] = await rows(bot, Journey, 664)
    assert journey.status != "crisis"


async def test_safe_said_in_ones_own_words_with_more_after_it_is_a_yes(bot: BotHarness) -> None:
    """ "iya aman kok, cuma lg capek aja" answers the question: asked again, the person
    would feel unheard."""
    rina = bot.user(665, "Rina")
    await rina.send("/gagal")
    await rina.send("aku pengen mati aja")
    await rina.send("/lanjut")
    resumed = texts(await rina.send("iya aman kok, cuma lg capek aja"))
    assert "apakah Anda merasa aman sekarang" not in resumed[0]
    assert "pelan-pelan" in resumed[0] and "Bolehkah saya menyimpannya?" in resumed[-1]
    async with bot.services.store.transaction() as session:
        user = await session.get(User, 665)
        assert user is not None and user.crisis_paused_at is None
    # Doubt after "aman" is still doubt: the pause stays.
    budi = bot.user(666, "Budi")
    await budi.send("/gagal")
    await budi.send("aku pengen mati aja")
    await budi.send("/lanjut")
    [doubt] = texts(await budi.send("ga tau aman apa ngga"))
    assert "119" in doubt
    async with bot.services.store.transaction() as session:
        still = await session.get(User, 666)
        assert still is not None and still.crisis_paused_at is not None


async def test_not_being_there_told_inside_a_long_story_gets_the_crisis_reply(
    bot: BotHarness,
) -> None:
    rina = bot.user(667, "Rina")
    await rina.send("/gagal")
    await rina.press("Ya, saya setuju")
    await rina.press("2")
    await rina.press("Selesai")
    story = (
        "udah 3 bulan nganggur, ditolak 20x. ortu nanya terus. kadang mikir mending gue "
        "gak usah ada aja biar ga nyusahin"
    )
    calls = await rina.send(story)
    assert_crisis_reply(texts(calls)[0])
    # No job content, no reframe about "satu posisi" around it.
    assert not any("satu posisi" in text for text in texts(calls))
    [journey] = await rows(bot, Journey, 667)
    assert journey.status == "paused"
