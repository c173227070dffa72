"""Welcome, help and the replies for anything no feature is waiting for."""

from __future__ import annotations

from dataclasses import replace

from bot.db import moods
from bot.presenter import options_of
from bot.router import Router, Turn, missed, reply
from bot.services import applications, followup, journey, privacy
from bot.services import care as care_service
from conversations import callback, care, topics
from conversations import followup as followup_rules
from conversations import journey as flow
from conversations import mood as mood_rules
from conversations.choices import (
    GO_ON,
    REJECTION,
    acknowledges,
    agrees,
    aside_of,
    asks_to_go_on,
    greeting_of,
    nearest_command,
    only_skips,
    opens_with_thanks,
    says_goodbye,
    understand,
    vents,
)
from conversations.events import Command, Text
from conversations.options import Option
from conversations.outcome import Button, Outcome, Reply
from conversations.validators import asks_something

HELP_CHOICE = "menu:help"
START_JOURNEY_CHOICE = flow.START_CHOICE
COMMAND_SHOWN_LIMIT = 64
# Labels that may be the example in "ketik tulisannya, misalnya …": they change nothing.
# Labels that may be an example of typing ("Batal, jangan hapus"): they change nothing,
# or only choose what is asked next (a time zone, a field of the email to correct).
HARMLESS = ("Batal", "Kembali", "Lihat", "Ubah", "WIB", "Nama Anda")


def register(router: Router) -> None:
    router.command("start")(start)
    router.command("bantuan", "help")(help_page)
    router.choice("menu")(menu_choice)
    router.unknown_command = unknown_command
    router.idle_text = idle_text
    router.unsupported = unsupported


async def start(turn: Turn) -> Outcome:
    # /start is how a user who blocked the bot comes back.
    turn.user.is_active = True
    buttons = (
        (Button("start_journey", value=START_JOURNEY_CHOICE),),
        (Button("show_help", value=HELP_CHOICE),),
    )
    return Outcome(replies=(Reply("start.html", {"first_name": turn.first_name}, buttons),))


async def help_page(turn: Turn) -> Outcome:
    return reply("bantuan.html", commands=turn.services.renderer.commands)


async def menu_choice(turn: Turn) -> Outcome:
    return await help_page(turn)


async def unknown_command(turn: Turn) -> Outcome:
    name = turn.event.name if isinstance(turn.event, Command) else ""
    shown = f"/{name}"[:COMMAND_SHOWN_LIMIT]
    commands = turn.services.renderer.commands
    # "/lamran": most likely /lamaran, mistyped.
    meant = nearest_command(name, [command.name for command in commands])
    return reply("unknown_command.html", command=shown, commands=commands, meant=meant)


async def idle_text(turn: Turn) -> Outcome:
    if turn.user.crisis_paused_at is not None:
        # "Are you safe now?" stays the question: text it cannot read asks it again.
        asked = any(entry[0] == care.SAFE for entry in turn.user.keyboard or [])
        if asked and isinstance(turn.event, Text) and care.not_sure_yet(turn.event.text):
            return care.still_needs_help()
        if asked and isinstance(turn.event, Text) and care.says_safe(turn.event.text):
            return await care_service.safe_again(turn)  # "iya aman kok, cuma lg capek aja"
        if not asked and isinstance(turn.event, Text):
            # The crisis reply's one button, typed by its number ("1") or its words, as
            # /bantuan says works (the reply is sent before its keyboard is stored).
            exercise = options_of(turn.services.renderer, [care.grounding_button()])
            # ("gpp kok" says the person is fine: no yes to the exercise.)
            if understand(turn.event.text, exercise).values and not care.says_safe(turn.event.text):
                return care.grounding()
        outcome = reply("idle_text.html", after_crisis=True, on_screen=asked)
        return missed(outcome) if asked else outcome
    text = turn.event.text if isinstance(turn.event, Text) else ""
    told = await applications.news_told(turn) if text else None
    if told is not None:
        return told  # "gojek nolak aku barusan": that application is updated, kindly
    aside = aside_of(text) if text else None
    if aside == REJECTION:
        # "aku ditolak lagi nih": being accompanied is one tap away, whatever is on screen.
        start = ((Button("start_journey", value=START_JOURNEY_CHOICE),),)
        return Outcome((Reply("idle_text.html", {"rejection": True}, start),))
    on_screen = turn.question_on_screen()
    if (
        on_screen in (None, flow.CHOICE_PREFIX)
        and turn.user.consent_feelings is not True
        and topics.asks_to_store(text)
    ):
        # "yaudah simpen aja mulai skrg": consent to store feelings is one tap away (given
        # by a tap, never by words read loosely); a journey's question stands.
        waiting = await journey.asks_now(turn)
        offer = Reply("privacy/offer_consent.html", {"journey": waiting}, privacy.consent_button())
        return missed(Outcome((offer,))) if waiting else Outcome((offer,))
    topic = topics.topic_of(text) if text else None
    if topic is not None:
        # "STAR itu apa?", "jangan simpan mood aku lagi": the command that does it.
        context = {"topic": topic, "consent": turn.user.consent_feelings is True}
        if topic == topics.APPLICATIONS:
            context["count"] = await applications.count(turn)  # "lamaranku ada brp sih?"
        return Outcome((Reply("topic.html", {**context, "on_screen": on_screen is not None}),))
    pasted = await followup.reply_pasted(turn, text) if text else None
    if pasted is not None:
        return pasted  # the recruiter's reply, pasted unasked: its points, as if asked
    if text and followup_rules.reads_as_rejection(text):
        # The rejection email itself, pasted: heard, and being accompanied one tap away.
        start = ((Button("start_journey", value=START_JOURNEY_CHOICE),),)
        return Outcome((Reply("idle_text.html", {"rejection": True, "pasted": True}, start),))
    offered = _only_offered_company(turn)
    # "hp gue mati pas mau ikut interview online": something told where nothing asked,
    # heard rather than answered "no question is waiting".
    long_told = (
        on_screen is None
        and aside is None
        and TOLD_WORDS <= len(text.split()) <= TOLD_MAX_WORDS
        and not asks_something(text)
        and not opens_with_thanks(text)
        and not says_goodbye(text)
        and not topics.asks_to_store(text)
        and not asks_to_go_on(text)
    )
    heard = bool(offered and len(text.split()) >= VENT_MORE_WORDS) or long_told
    venting = heard or vents(text, buttons_shown=on_screen is not None)
    if aside is None and text and on_screen != mood_rules.PREFIX and venting:
        # "capek ditolak terus" is no wrong answer to a menu: it is heard first, and so
        # is what the person goes on to tell under "Mulai pendampingan".
        start = ((Button("start_journey", value=START_JOURNEY_CHOICE),),)
        # "gimana caranya biar ga ditolak terus?": what the journey does is the answer.
        asked = heard and asks_something(text)
        context = {"vent": "asked" if asked else "more" if heard else "first"}
        # Idle: when it also reads as distress, the gentle check-in answers it alone.
        return Outcome((Reply("idle_text.html", context, start),), idle=True)
    if aside == GO_ON:
        # "mau lanjut": as /lanjut (which says so when nothing is paused).
        return await journey.resume_journey(turn)
    said = aside if aside in ("thanks", "hello") else None
    if said is None and text and opens_with_thanks(text):
        said = "thanks"  # "makasih ya, ngebantu bgt": thanks, with a word of why
    if said is None and text and acknowledges(text):
        said = "nod"  # "ok" after an answer: nothing to explain, nothing to pick
    if said is None and text and says_goodbye(text):
        said = "bye"
        on_screen = None  # leaving for now: whatever is on screen can wait
    options = [Option.from_entry(entry) for entry in turn.user.keyboard or []]
    typed_values = [option.value for option in options if option.typed]
    if typed_values == [care.GROUND]:
        on_screen = None  # the check-in's exercise is an offer, not a question to answer
    if on_screen is not None:
        # Not "nothing is waiting": the latest message with buttons asks something (the
        # /mood scale). The text was no answer to it; the question and its buttons stand.
        scale = on_screen == mood_rules.PREFIX  # the /mood question invites words too
        # Buttons show no numbers: the example is a label to type, and only one that
        # changes nothing ("Batal, jangan hapus", "Kembali ke daftar"), never "Matikan …".
        labels = [o.label for o in options if o.typed and not o.destructive]
        example = next((label for label in labels if label.startswith(HARMLESS)), None)
        if on_screen == flow.PLAN_PREFIX and labels:
            # A plan item ticks and unticks either way: its words, without the box.
            example = labels[0].lstrip("⬜✅ ")
        # A confirmation ("Ya, tarik persetujuan" or "Batal"): the person came to do it,
        # so both ways are named, the one that acts in full.
        confirms = [o.label for o in options if o.typed and o.destructive and o.label[:3] == "Ya,"]
        if set(typed_values) >= _DELETE_MENU and _asks_the_difference(text):
            # "yg kedua apa bedanya?": the difference, in two sentences; the menu stands.
            context = {"consent": turn.user.consent_feelings is True}
            return missed(Outcome((Reply("privacy/difference.html", context),)))
        # Under the question held after a check-in: no "belum saya pahami", only the way on.
        held = typed_values == [care.GO_ON]
        outcome = reply(
            "idle_text.html",
            after_crisis=False,
            on_screen=True,
            scale=scale,
            # "ga tau deh" at the mood scale: hard to rate is an answer, not a mistake.
            unsure=scale and bool(text) and only_skips(text),
            example=example,
            confirm=confirms[0] if len(confirms) == 1 and example else None,
            # A plain "iya" to a deletion: understood, but a deletion needs its own words.
            plain_yes=bool(confirms) and agrees(text),
            held=held,
            # One button: named, not "salah satu tombol".
            only=labels[0] if len(typed_values) == 1 and labels else None,
            small_talk=said,
            greeting=greeting_of(text) if said == "hello" else None,
            question=said is None and bool(text) and asks_something(text),
        )
        return missed(outcome)
    greeting = greeting_of(text) if said == "hello" else None
    latest = await moods.latest_journey(turn.session, turn.user.id)
    idle = reply(
        "idle_text.html",
        after_crisis=False,
        on_screen=False,
        small_talk=said,
        greeting=greeting,
        question=said is None and bool(text) and asks_something(text),
        # After /hapusdata, or before any /gagal, there is nothing for /lanjut to go on with.
        open_journey=latest is not None and latest.status in (flow.ACTIVE, flow.PAUSED),
    )
    return replace(idle, idle=True)


# /hapusdata's menu, by its "delete everything" option (the first one varies).
_DELETE_MENU = frozenset({callback.value(privacy.PREFIX, "all")})
# A question about the menu's options ("yg kedua apa bedanya?"), not "hmm gimana ya".
_ABOUT_OPTIONS = frozenset(
    {"beda", "bedanya", "perbedaan", "maksud", "maksudnya", "artinya", "pertama", "kedua"}
    | {"tarik", "persetujuan", "izinkan", "semua", "semuanya"}
)


def _asks_the_difference(text: str) -> bool:
    said = set(text.casefold().replace("?", " ").replace(",", " ").split())
    return asks_something(text) and bool(said & _ABOUT_OPTIONS)


# Under "Mulai pendampingan" alone, this many words or more tell something more.
VENT_MORE_WORDS = 3
# From this many words, text with nothing waiting for it tells something.
TOLD_WORDS = 6
# Longer text with nothing waiting is more likely pasted or an answer to a question gone
# (a STAR answer after /bantuan): no guess at it.
TOLD_MAX_WORDS = 30


def _only_offered_company(turn: Turn) -> bool:
    """Whether the latest buttons are only "Mulai pendampingan", the answer to venting or
    to news of a rejection, and are still what the person sees."""
    options = [Option.from_entry(entry) for entry in turn.user.keyboard or []]
    return (
        turn.question_on_screen() is not None
        and len(options) == 1
        and options[0].value == START_JOURNEY_CHOICE
    )


async def unsupported(turn: Turn) -> Outcome:
    return reply("unsupported.html")
