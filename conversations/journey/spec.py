"""The five-step recovery journey, declared once as data: its steps and prompts, and
what each prompt does. The engine (engine.py) has no prompt of its own.

Prompt ids, answer keys and template names are stable identifiers: they are stored in
the database (journeys.prompt, answers.prompt), so renaming one needs a migration.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from conversations import validators as v
from conversations.choices import named_in, sounds_soft, vents
from conversations.journey.model import (
    Effects,
    Intro,
    PlanItemSpec,
    Prompt,
    Row,
    State,
    Step,
    never,
)
from conversations.lexicon import ABOUT_CHOOSING
from conversations.links import course_search_links, people_search_link
from conversations.outcome import Button
from conversations.summary import EVAL_AREAS

RATINGS = ("1", "2", "3", "4", "5")
FEELINGS = ("kecewa", "sedih", "marah", "cemas", "ragu", "malu", "lelah", "lega")
HARD_ACTIONS = ("course", "certification", "project")
SOFT_ACTIONS = ("mock_interview", "record_yourself", "organisation")
STRATEGY_ACTIONS = ("cv", "widen", "event")
# "0": no one this week, a button of its own ("Nanti dulu").
NETWORK_COUNTS = ("1", "3", "5", "10", "0")
DEADLINES = {"1w": 7, "2w": 14, "1m": 30}
LEVELS = ("dasar", "menengah", "mahir")
# The skill gap in one tap: its kind and the step from the level one has to the one
# the role asks for ("hard_dasar_menengah").
SKILL_GAPS = tuple(
    f"{kind}_{current}_{required}"
    for kind in ("hard", "soft")
    for current, required in (("dasar", "menengah"), ("dasar", "mahir"), ("menengah", "mahir"))
)
INVITE_MORNING = time(8, 0)
# From here until INVITE_MORNING, the bot does not come back on its own.
NIGHT_FROM = time(21, 0)
STRATEGY_DAYS = 7
# Days from today of the example dates a miss line shows (each accepted by its prompt).
PAST_EXAMPLE_DAYS = 2
FUTURE_EXAMPLE_DAYS = 14
# Words a person may type for an area when rating several at once ("teknis 3, riset 2").
AREA_WORDS = {
    "teknis": "technical",
    "teknikal": "technical",
    "komunikasi": "communication",
    "budaya": "culture",
    "culture": "culture",
    "riset": "research",
    "pertanyaan": "questions",
}

STEPS = (
    Step(0, "validasi"),
    Step(1, "validasi"),
    Step(2, "umpanbalik", intro="journey/_feedback_intro.html"),
    Step(3, "evaluasi", intro="journey/_evaluation_intro.html"),
    Step(4, "rencana"),
    Step(5, "strategi", intro="journey/_strategy_intro.html"),
)


# --- what prompts do, named so the table below reads as data ---------------------------


def _contact_label(state: State, option: str) -> str | None:
    """Once a phone number or LinkedIn is in the email, its button changes them."""
    added = state.answers.get("phone") or state.answers.get("linkedin")
    return "contact_edit" if option == "contact" and added else None


def _not_yet_known(key: str) -> Any:
    """Asked only when not answered already (an application in /lamaran, an earlier
    version of the journey that asked it first)."""
    return lambda state: key not in state.answers


# How a message names each detail of the email when it corrects one.
COMPANY_NAMES = (
    *("nama perusahaannya", "nama perusahaan", "perusahaannya", "perusahaan", "nama pt"),
    *("nama ptnya", "ptnya", "pt nya", "nama kantornya", "nama kantor", "kantornya"),
)
POSITION_NAMES = (
    *("nama posisinya", "nama posisi", "posisinya", "posisi", "jabatannya", "jabatan"),
    *("nama jabatannya", "lowongannya", "bagiannya"),
)
SENDER_NAMES = (
    *("nama saya", "nama aku", "namaku", "nama gw", "nama gue", "nama sy", "nama pengirim"),
    *("nama pengirimnya", "nama lengkap saya", "nama lengkapku"),
)
PHONE_NAMES = (
    *("nomor hp ku", "nomor hpku", "nomor hp", "no hp ku", "no hpku", "no hp", "nomornya"),
    *("nomor telepon", "nomor teleponnya", "nomor wa", "no wa", "nomor", "hp ku", "hpku"),
)
RECRUITER_NAMES = (
    *("nama penerimanya", "nama penerima", "penerimanya", "penerima", "nama hrdnya"),
    *("nama hrd", "nama hrnya", "nama hr", "hrdnya", "hrnya", "nama perekrutnya"),
    *("nama perekrut", "perekrutnya", "nama recruiternya", "recruiternya", "nama pewawancara"),
    *("nama pewawancaranya", "pewawancaranya"),
)


def _short(limit: int) -> Any:
    return lambda text, state: v.parse_short_text(text, limit)


def _title(limit: int) -> Any:
    return lambda text, state: v.parse_title(text, limit)


def _company(text: str, state: State) -> Any:
    """The company, or the company and the position typed together ("Analis Data di PT
    Maju"): then the position is not asked."""
    both = v.company_and_position(text)
    if both is not None:
        return {"company": both[0], "position": both[1]}
    parsed = v.parse_title(v.without_applying(text), v.COMPANY_LIMIT)
    named = v.company_named_in(text) if isinstance(parsed, v.Invalid) else None
    # "kan udh ada di email td, PT Sinar Jaya": the sentence around it is no part of it.
    return v.parse_title(named, v.COMPANY_LIMIT) if named else parsed


def _story_answers(state: State, value: Any) -> Mapping[str, Any]:
    """The story, and whether it was cut to its limit (the answer to it says so)."""
    if isinstance(value, v.Cut):
        return {"story": value.text, "story_cut": True}
    return {"story": value}


def _company_answers(state: State, value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {"company": value}


def _long(limit: int) -> Any:
    return lambda text, state: v.parse_long_text(text, limit)


def _feelings_told(text: str, state: State) -> list[str] | v.Invalid:
    """Feelings written in a sentence rather than tapped ("kecewa sm malu bgt, udah nunggu
    2 minggu"): the ones it names; nothing named is no answer yet."""
    words = text.casefold().split()
    named = named_in(text, FEELINGS, limit=v.STORY_LIMIT, told_only=True)
    if ABOUT_CHOOSING & set(words):
        return v.Invalid("feelings_about")  # "duh harus pilih yang mana"
    if "?" in text or (words and words[0] in _ASKING):
        # "apa bedanya ragu sama cemas": about the options; "gmn cara ngelewatin ini?":
        # about the whole of it, which the steps ahead answer.
        return v.Invalid("feelings_about" if named else "feelings_question")
    if _EXCEPT & set(words):
        return v.Invalid("selection")  # "semua kecuali lega": not the named one
    if not named and _MIXED & set(words):
        return []  # "ga tau, campur aduk": an answer, with nothing to tick
    return named if named else v.Invalid("selection")


_ASKING = frozenset(
    {"apa", "apakah", "bedanya", "gimana", "gmn", "gmana", "bagaimana", "kenapa", "knp", "mengapa"}
)
_EXCEPT = frozenset({"kecuali", "selain"})
_MIXED = frozenset({"campur", "nano-nano", "bercampur", "campuraduk"})


# From this many words, text at the consent question tells something ("aku ditolak pas
# interview user kemarin …") rather than asking about it.
_STORY_WORDS = 8
_WHY = frozenset({"kenapa", "mengapa", "buat", "untuk", "maksudnya", "maksud", "gunanya"})
_HUMAN = frozenset({"orang", "manusia", "bot", "robot", "admin", "mesin", "ai"})
_SAFE = frozenset({"aman", "bocor", "dibagikan", "disebar", "rahasia", "privasi", "dijual"})
_WHERE = frozenset({"dimana", "mana", "kemana", "dmn"})


def _consent_typed(text: str, state: State) -> Any:
    """Text the consent buttons did not take: a question about it ("maksudnya disimpen buat
    apa?") is answered; anything else asks again."""
    words = set(text.casefold().replace("?", " ").split())
    if "?" not in text and (len(text.split()) >= _STORY_WORDS or vents(text)):
        return v.Invalid("told")  # what happened, told before the question: heard first
    if words & _HUMAN:
        return v.Invalid("consent_human")  # "ini yg bales orang beneran?": said plainly
    if words & _SAFE:
        return v.Invalid("consent_safe")  # "ini datanya aman ga sih?": yes first
    if words & _WHERE:
        return v.Invalid("consent_where")  # "data aku disimpen dimana emang"
    if "?" in text or words & _WHY:
        return v.Invalid("consent_why")
    return v.Invalid("choice")


def _numeric_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _past_example(state: State) -> str:
    return _numeric_date(state.today - timedelta(days=PAST_EXAMPLE_DAYS))


def _future_example(state: State) -> str:
    return _numeric_date(state.today + timedelta(days=FUTURE_EXAMPLE_DAYS))


def _interview_day(state: State, option: str) -> str:
    return (state.today - timedelta(days=0 if option == "today" else 1)).isoformat()


def _deadline(state: State, option: str) -> str:
    return (state.today + timedelta(days=DEADLINES[option])).isoformat()


def _consent(state: State) -> Effects:
    return Effects(consent=state.answers.get("consent") == "yes")


def _followup(state: State) -> Effects:
    return Effects(followup=state.answers.get("followup_ok") == "yes")


# At the invitation back: "lanjut aja deh", "ok gas": no pause after all.
GO_ON_NOW = "now"


def invite_time(state: State) -> datetime | None:
    """When the user asked to be invited back after a pause (local, aware), if at all."""
    answer = state.answers.get("pause_invite")
    if answer == "3h":
        return state.now + timedelta(hours=3)
    if answer == "tomorrow":
        tomorrow = state.today + timedelta(days=1)
        return datetime.combine(tomorrow, INVITE_MORNING, tzinfo=state.now.tzinfo)
    return None


def _invite_options(state: State) -> tuple[str, ...]:
    """No invitation in the night after a bad day: where three hours from now falls in
    it, only the morning is offered."""
    later = (state.now + timedelta(hours=3)).time()
    if later >= NIGHT_FROM or later < INVITE_MORNING:
        return ("tomorrow", "no", GO_ON_NOW)
    return ("3h", "tomorrow", "no", GO_ON_NOW)


def _invite(state: State) -> Effects:
    return Effects(invite_at=invite_time(state), invite_answered=True)


def _sender(state: State) -> tuple[str, ...]:
    return ("use_name",) if state.first_name else ()


def _own_name(state: State, option: str) -> str:
    return state.first_name


def _recruiter(text: str, state: State) -> Any:
    parsed = v.parse_recruiter(text)
    if isinstance(parsed, v.Invalid):
        return parsed
    title, name = parsed
    return {"recruiter_title": title, "recruiter_name": name or None}


def _recruiter_answers(state: State, value: Any) -> Mapping[str, Any]:
    if isinstance(value, dict):  # typed: a title and a name
        return value
    return {"recruiter_title": "unknown", "recruiter_name": None}  # skipped: the team


def _ratings(text: str, state: State) -> Any:
    asked_about = _area_asked_about(text)
    if asked_about is not None:
        return v.Invalid(f"area_question_{asked_about}")  # "maksudnya riset tuh apa ya?"
    left = tuple(area for area in EVAL_AREAS if f"eval_{area}" not in state.answers)
    answered = frozenset(EVAL_AREAS) - set(left)
    parsed = v.parse_ratings(text, EVAL_AREAS, AREA_WORDS, answered)
    if isinstance(parsed, v.Invalid) and 0 < len(left) < len(EVAL_AREAS):
        # Some rows already answered ("teknis 4 komunikasi 2"), then "3 3 3": the rest.
        rest = v.parse_ratings(text, left, AREA_WORDS)
        parsed = parsed if isinstance(rest, v.Invalid) else rest
    if isinstance(parsed, v.Invalid) and parsed.error == "ratings_count":
        # "3 3 2": the first rows still open are rated; the grid asks for the rest.
        scores = [int(digit) for digit in v.rating_digits(text)]
        return {f"eval_{area}": score for area, score in zip(left, scores, strict=False)}
    if isinstance(parsed, v.Invalid):
        return parsed
    return {f"eval_{area}": score for area, score in parsed.items()}


def _revised_ratings(text: str, state: State) -> Any:
    """ "eh riset nya 3 deh" after the ratings: the rating it changes, when the message
    says nothing else ("riset 2 hari sebelumnya kurang" is a note)."""
    if not v.names_only_ratings(text, AREA_WORDS):
        return None
    parsed = _ratings(text, state)
    return parsed if isinstance(parsed, dict) else None


def _area_asked_about(text: str) -> str | None:
    """The one area a question about the statements names; None for no such question."""
    if "?" not in text and not v.asks_something(text):
        return None
    if any(ch.isdigit() for ch in text):
        return None  # "riset 2 ya?": a rating, said unsure
    said = set(text.casefold().replace("?", " ").replace(",", " ").split())
    named = {AREA_WORDS[word] for word in said if word in AREA_WORDS}
    return named.pop() if len(named) == 1 else None


def lowest_area(state: State) -> str:
    """The area the one evaluation note is about: the one rated lowest (the first of
    equals), or the first area while none is rated."""
    rated = [
        (score, index, area)
        for index, area in enumerate(EVAL_AREAS)
        if isinstance(score := state.answers.get(f"eval_{area}"), int)
    ]
    return min(rated)[2] if rated else EVAL_AREAS[0]


def _note(state: State, value: Any) -> Mapping[str, Any]:
    return {f"eval_{lowest_area(state)}_note": value}


def _skill_named(state: State) -> bool:
    """ "ga ada yg kurang" at the skill question: no gap to size, no learning plan."""
    return bool(state.answers.get("skill_name"))


def _gap_typed(text: str, state: State) -> Any:
    """What the gap buttons did not take: "tidak ada" or "lewati" is no gap to close (the
    learning plan is left out); anything else is asked again."""
    said = " ".join(text.casefold().replace(".", " ").split())
    if v.says_nothing_is_missing(text) or said in _SKIPS:
        return NO_GAP
    levels = v.gap_levels(text)
    if levels is None:
        return v.Invalid("choice")
    # The kind, when not typed, as the example under the question guessed it.
    skill = str(state.answers.get("skill_name") or "")
    kind = v.skill_kind_typed(text) or ("soft" if sounds_soft(skill) else "hard")
    return f"{kind}_{levels[0]}_{levels[1]}"


# Not "gak tau": not knowing the size of the gap is not having none.
_SKIPS = frozenset({"lewati", "lewat", "lewatin", "skip", "ga usah", "gak usah", "tidak usah"})


def _gap(state: State, value: Any) -> Mapping[str, Any]:
    if value == NO_GAP:
        return dict.fromkeys(("skill_type", "skill_current", "skill_required"))
    kind, current, required = str(value).split("_")
    return {"skill_type": kind, "skill_current": current, "skill_required": required}


NO_GAP = "none"


def _gap_known(state: State) -> bool:
    return bool(state.answers.get("skill_name") and state.answers.get("skill_type"))


def _plan_options(state: State) -> tuple[str, ...]:
    return HARD_ACTIONS if state.answers.get("skill_type") == "hard" else SOFT_ACTIONS


def _plan_deadline(text: str, state: State) -> Any:
    parsed = v.parse_future_date(text, state.today)
    return parsed if isinstance(parsed, v.Invalid) else {"plan_deadline": parsed.isoformat()}


# The words that name each strategy action in a sentence (lexicon.SYNONYMS give more).
_STRATEGY_WORDS = {"cv": "cv", "lamaran": "cv", "rintisan": "widen", "perluas": "widen"}
_STRATEGY_WORDS |= {"menengah": "widen", "seminar": "event", "acara": "event"}


def _network_typed(text: str, state: State) -> Any:
    if v.declines_contact(text):
        # "update cv aja, ga usah hubungin org dulu": the actions named, and no one.
        named = named_in(text, tuple(_STRATEGY_WORDS))
        actions = [a for a in STRATEGY_ACTIONS if a in {_STRATEGY_WORDS[w] for w in named}]
        if actions and not state.answers.get("strategy"):
            return {"strategy": actions, "network_count": 0}
        return {"network_count": 0}
    parsed = v.parse_count(text)
    told = v.count_in_sentence(text) if isinstance(parsed, v.Invalid) else None
    if told is not None and (
        state.answers.get("strategy") or not named_in(text, tuple(_STRATEGY_WORDS))
    ):
        # "…, terus hubungi 3 orang di linkedin" once the actions before it are read:
        # the number of people, not a whole sentence of one.
        parsed = told
    if (
        isinstance(parsed, v.Invalid)
        and len(_WORDS.findall(text)) >= 2
        and not (state.answers.get("strategy"))
    ):
        # "update cv sm nambah koneksi": more than a number, and no choice read yet.
        return v.Invalid("strategy_words")
    return parsed if isinstance(parsed, v.Invalid) else {"network_count": parsed}


_WORDS = re.compile(r"[^\W\d_]{3,}")


def _development_items(state: State) -> Effects:
    if not state.answers.get("plan_deadline"):
        return Effects()  # the plan left out
    due = date.fromisoformat(state.answers["plan_deadline"])
    kind = "hard" if state.answers.get("skill_type") == "hard" else "soft"
    skill = str(state.answers.get("skill_name") or "")
    return Effects(
        plan_items=tuple(
            PlanItemSpec(kind, action, skill, due)
            for action in state.answers.get("plan_actions") or []
        )
    )


def _strategy_items(state: State) -> Effects:
    due = state.today + timedelta(days=STRATEGY_DAYS)
    position = str(state.answers.get("position") or "")
    items = [
        PlanItemSpec("strategy", action, position, due)
        for action in state.answers.get("strategy") or []
    ]
    count = state.answers.get("network_count")
    if count:
        items.append(PlanItemSpec("strategy", "network", str(count), due))
    return Effects(plan_items=tuple(items))


def _course_links(state: State) -> list[Button]:
    if state.answers.get("skill_type") != "hard":
        return []
    return course_search_links(str(state.answers.get("skill_name") or ""))


def _people_link(state: State) -> list[Button]:
    return [people_search_link(str(state.answers.get("position") or ""))]


# --- the journey --------------------------------------------------------------------------

PROMPTS: tuple[Prompt, ...] = (
    # 0. Opening
    Prompt(
        "consent",
        0,
        "journey/consent.html",
        ("yes", "no"),
        parse=_consent_typed,
        # Asked at the first /gagal; someone who said no is asked again at the next one.
        when=lambda s: s.consent is not True,
        after="journey/consent_ack.html",
        effects=_consent,
        condition="consent given before",
    ),
    # 1. Validasi emosi
    Prompt(
        "mood",
        1,
        "journey/mood.html",
        RATINGS,
        feeling=True,
        rows=(1, 3, 1),
        scale=True,
        # A 1 or 2 is acknowledged with care before anything else is asked.
        after="journey/mood_ack.html",
        carries="feelings",
    ),
    # Without consent the ticks are not stored: each press reads them from the message.
    Prompt(
        "feelings",
        1,
        "journey/feelings.html",
        FEELINGS,
        parse=_feelings_told,
        multi=True,
        feeling=True,
        rows=(3, 3, 2, 1),
        min_selected=0,
        told_answers="story",
    ),
    Prompt(
        "story",
        1,
        "journey/story.html",
        parse=lambda text, state: v.parse_story(text, v.STORY_LIMIT),
        store=_story_answers,
        keys=("story", "story_cut"),
        skippable=True,
        feeling=True,
    ),
    Prompt(
        "ready",
        1,
        "journey/ready.html",
        ("go", "later"),
        goto={"later": "pause_invite"},
        told_adds_to="story",
    ),
    Prompt(
        "pause_invite",
        1,
        "journey/pause_invite.html",
        _invite_options,
        when=never,
        pause=True,
        resumes_now=GO_ON_NOW,
        after="journey/paused.html",
        effects=_invite,
    ),
    # 2. Minta umpan balik
    # The interview's details come after the feelings: they are first needed by the email.
    Prompt(
        "company",
        2,
        "journey/company.html",
        parse=_company,
        store=_company_answers,
        when=_not_yet_known("company"),
        named_by=COMPANY_NAMES,
        condition="already known",
    ),
    Prompt(
        "position",
        2,
        "journey/position.html",
        parse=_title(v.POSITION_LIMIT),
        when=_not_yet_known("position"),
        named_by=POSITION_NAMES,
        condition="already known",
    ),
    Prompt(
        "stage",
        2,
        "journey/stage.html",
        ("technical", "hr", "user", "final"),
        skippable=True,
        rows=(2, 2, 1),
        when=_not_yet_known("stage"),
        condition="already known",
    ),
    Prompt(
        "interview_date",
        2,
        "journey/interview_date.html",
        ("today", "yesterday"),
        parse=lambda text, s: v.parse_past_date(text, s.today),
        skippable=True,
        rows=(2, 1),
        value=_interview_day,
        example=_past_example,
        when=_not_yet_known("interview_date"),
        condition="already known",
    ),
    Prompt(
        "sender_name",
        2,
        "journey/sender_name.html",
        _sender,
        parse=lambda text, state: v.parse_person_name(text, v.NAME_LIMIT),
        value=_own_name,
        named_by=SENDER_NAMES,
    ),
    Prompt(
        "recruiter",
        2,
        "journey/recruiter.html",
        # Skipping the name ("Tim rekrutmen saja", or "gak tau") addresses the team.
        skippable=True,
        parse=_recruiter,
        store=_recruiter_answers,
        keys=("recruiter_title", "recruiter_name"),
        named_by=RECRUITER_NAMES,
    ),
    Prompt(
        "email_sent",
        2,
        "journey/email_sent.html",
        ("sent", "later", "contact"),
        intro=(
            Intro(
                "journey/email.html",
                (("journey/email.txt", "email-permintaan-umpan-balik.txt"),),
            ),
        ),
        goto={"contact": "phone"},
        typed_ahead=("phone", "linkedin"),
        asides=("contact",),
        relabel=_contact_label,
    ),
    # Reached from the email's "add contact" button, then back to the email.
    Prompt(
        "phone",
        2,
        "journey/phone.html",
        parse=lambda text, s: v.parse_phone(text),
        skippable=True,
        skip_keeps=True,
        when=never,
        next="linkedin",
        example=lambda s: "0812-3456-7890",
        named_by=PHONE_NAMES,
    ),
    Prompt(
        "linkedin",
        2,
        "journey/linkedin.html",
        parse=lambda text, s: v.parse_linkedin(text),
        skippable=True,
        skip_keeps=True,
        when=never,
        next="email_sent",
        example=lambda s: "linkedin.com/in/nama-anda",
    ),
    Prompt(
        "followup_ok",
        2,
        "journey/followup_ok.html",
        ("yes", "no"),
        when=lambda s: s.answers.get("email_sent") == "sent",
        after="journey/followup_noted.html",
        effects=_followup,
        condition="email not sent",
    ),
    # 3. Evaluasi diri (and the skill gap): five statements rated in one message.
    Prompt(
        "evaluation",
        3,
        "journey/evaluation.html",
        grid=tuple(
            # The same five numbers on every row: typed ratings go to the parser.
            Row(f"eval_{area}", RATINGS, "rating_cell", scale=True, header=area, typeable=False)
            for area in EVAL_AREAS
        ),
        parse=_ratings,
    ),
    Prompt(
        "eval_note",
        3,
        "journey/eval_note.html",
        parse=lambda text, state: v.parse_note(text, v.NOTE_LIMIT),
        revises=_revised_ratings,
        skippable=True,
        # Free text about oneself: kept only with consent, like the story.
        feeling=True,
        reframe=True,
        store=_note,
        keys=tuple(f"eval_{area}_note" for area in EVAL_AREAS),
    ),
    Prompt(
        "skill_name",
        3,
        "journey/skill_name.html",
        parse=lambda text, state: v.parse_skill(text, v.SKILL_LIMIT),
    ),
    Prompt(
        "skill_gap",
        3,
        "journey/skill_gap.html",
        SKILL_GAPS,
        parse=_gap_typed,
        when=_skill_named,
        condition="no skill felt missing",
        store=_gap,
        keys=("skill_type", "skill_current", "skill_required"),
    ),
    # 4. Susun rencana belajar: actions ticked, then their target date.
    Prompt(
        "plan",
        4,
        "journey/plan_actions.html",
        grid=(
            Row("plan_actions", _plan_options, "plan_actions", toggle=True),
            Row(
                "plan_deadline",
                tuple(DEADLINES),
                "plan_deadline",
                finishes=True,
                buttons_per_row=3,
                value=_deadline,
                # "2 minggu" typed is read as a date, like "2 bulan lagi".
                typeable=False,
            ),
        ),
        parse=_plan_deadline,
        # "lewatin aja": no learning plan this time, said so in the recap.
        typed_skip={"plan_actions": [], "plan_deadline": None},
        when=_gap_known,
        condition="no gap to close",
        intro=(Intro("journey/gap_summary.html"),),
        effects=_development_items,
        links=_course_links,
        example=_future_example,
    ),
    # 5. Tata ulang strategi dan jaringan: commitments, then people to reach.
    Prompt(
        "strategy",
        5,
        "journey/strategy.html",
        grid=(
            Row("strategy", STRATEGY_ACTIONS, "strategy", toggle=True, optional=True),
            Row(
                "network_count",
                NETWORK_COUNTS,
                "network_count",
                finishes=True,
                buttons_per_row=4,
                value=lambda s, option: int(option),
                # A number typed is the number of people, not a position.
                typeable=False,
            ),
        ),
        parse=_network_typed,
        own_words=("minggu ini", "pekan ini"),
        # "ga usah": no one to reach this week, as "Nanti dulu" pressed.
        typed_skip={"network_count": 0},
        effects=_strategy_items,
        links=_people_link,
        example=lambda s: "3",
    ),
)
