"""Copy lints: every user-facing text keeps the house style (docs/voice.md).

Every template in templates/ except console.txt (the console's own chrome) is rendered at
sample contexts (realistic answers) and at worst-case ones (every field at its limit,
full of HTML), with the variants its conditions branch on; each lint reads the texts as
the user does (tags stripped, entities decoded). Two lints read the sources instead:
paragraph breaks lost under trim_blocks, and hard-coded step counts.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.presenter import options_of
from bot.render import TEMPLATES_DIR, Renderer
from bot.services import privacy
from bot.services.email import FIELDS, SKIPPABLE
from conversations import journey as flow
from conversations import mood as moods
from conversations import reminders
from conversations import validators as v
from conversations.applications import rules as app_rules
from conversations.applications import views as app_views
from conversations.choices import understand
from conversations.events import Choice, Choices, Event, Text
from conversations.history import Improvement, LastTime, PlanFact
from conversations.options import DONE, SKIP, TOGGLE, Option
from conversations.outcome import Outcome
from conversations.star import PARTS
from conversations.summary import EVAL_AREAS
from tests.applications_data import misses as tracker_misses
from tests.applications_data import outcomes as tracker_outcomes
from tests.applications_data import sample as tracker_sample
from tests.journey_data import HOSTILE, maximal_state
from tests.unit.test_journey_views import OTHER
from tests.unit.test_render import LABEL_SAMPLES, SAMPLES, all_templates

RENDERER = Renderer.shared()
# A real zone, as the bot's clock gives (labelled WIB).
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
# The console's own lines are another helper's; everything else in templates/ is read.
NOT_READ = {"console.txt"}

# --- the corpus: every template, rendered --------------------------------------------


@dataclass(frozen=True)
class Rendered:
    template: str  # the file the text comes from (the top-level template)
    variant: str  # which context
    text: str  # as sent: Telegram HTML for .html, plain text otherwise
    kind: str = "message"  # message | label | document

    @property
    def plain(self) -> str:
        """What the user reads: tags stripped, entities decoded."""
        if self.template.endswith(".html") and self.kind != "label":
            return html.unescape(re.sub(r"<[^>]+>", "", self.text))
        return self.text

    @property
    def prose(self) -> str:
        """The plain text without <pre> blocks (the email shown for copying)."""
        if self.template.endswith(".html") and self.kind != "label":
            text = re.sub(r"<pre>.*?</pre>", "", self.text, flags=re.S)
            return html.unescape(re.sub(r"<[^>]+>", "", text))
        return self.text

    def __str__(self) -> str:
        return f"{self.template} [{self.variant}]"


REALISTIC = "Analis Data"


def realistic(value: Any) -> Any:
    """A sample context with the worst-case text (HTML, at its limit) made ordinary."""
    if isinstance(value, str):
        return REALISTIC if ("<" in value or "&" in value or "Ñ" in value) else value
    if isinstance(value, dict):
        return {key: realistic(item) for key, item in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a NamedTuple
        return type(value)(*(realistic(item) for item in value))
    if isinstance(value, list | tuple):
        return type(value)(realistic(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value,
            **{f.name: realistic(getattr(value, f.name)) for f in dataclasses.fields(value)},
        )
    return value


POINTS = ["Kurang contoh konkret saat menjawab", "Pelajari produk perusahaan lebih dalam"]
# Contexts a template's conditions branch on, beyond SAMPLES (tests/unit/test_render.py).
VARIANTS: dict[str, list[dict[str, Any]]] = {
    "unknown_command.html": [{"command": "/lamran", "meant": "lamaran"}],
    "privacy/difference.html": [{"consent": True}, {"consent": False}],
    "topic.html": [
        {"topic": topic, "consent": consent, "on_screen": on_screen}
        for topic in ("data", "reminders", "star", "who", "applications", "job_worry")
        for consent in (True, False)
        for on_screen in (True, False)
    ]
    + [{"topic": "applications", "consent": True, "on_screen": False, "count": n} for n in (0, 3)],
    "idle_text.html": [
        {"rejection": True, "pasted": True},
        {"after_crisis": True},
        {"after_crisis": False, "on_screen": True},
        {"after_crisis": False, "on_screen": False, "small_talk": "thanks"},
        {"after_crisis": False, "on_screen": True, "small_talk": "thanks"},
        {"after_crisis": False, "on_screen": False, "small_talk": "hello"},
        {"after_crisis": False, "on_screen": False, "small_talk": "hello", "greeting": "malam"},
        {"after_crisis": False, "on_screen": False, "small_talk": "hello", "open_journey": False},
        {"after_crisis": False, "on_screen": False, "small_talk": "thanks", "open_journey": False},
        {"after_crisis": False, "on_screen": False, "open_journey": False},
        {"after_crisis": False, "on_screen": False, "question": True},
        {"after_crisis": False, "on_screen": True, "question": True, "example": "Batal"},
        {"after_crisis": False, "on_screen": True, "question": True, "scale": True},
        {"after_crisis": False, "on_screen": True, "small_talk": "hello", "greeting": "pagi"},
        {"after_crisis": False, "on_screen": False, "small_talk": "nod"},
        {"after_crisis": False, "on_screen": False, "small_talk": "bye"},
        {"rejection": True},
        {"vent": "first"},
        {"vent": "more"},
        {"vent": "asked"},
        {"after_crisis": False, "on_screen": True, "held": True},
        {"after_crisis": False, "on_screen": True, "only": "Tambah lamaran"},
        {
            "after_crisis": False,
            "on_screen": True,
            "confirm": "Ya, tarik persetujuan",
            "example": "Batal, jangan hapus",
        },
        {
            "after_crisis": False,
            "on_screen": True,
            "confirm": "Ya, hapus semuanya",
            "example": "Batal, jangan hapus",
            "plain_yes": True,
        },
        {"after_crisis": False, "on_screen": True, "scale": True, "unsure": True},
        {"after_crisis": False, "on_screen": True, "small_talk": "hello"},
    ],
    "history/empty.html": [{"paused": True}],
    "reminders/bad_time.html": [{"part": "pagi"}, {"part": "sore"}],
    "safety/crisis.html": [{"again": True}],
    "safety/checkin.html": [
        {"unsure": True},
        {"unsure": True, "pending": True},
        {"again": True},
        {"again": True, "unsure": True},
    ],
    "reminders/status.html": [
        {"enabled": False, "time_label": "", "zone_label": "", "paused": False},
        {"enabled": True, "time_label": "08.00", "zone_label": "WIB", "paused": False},
        {
            "enabled": False,
            "time_label": "",
            "zone_label": "",
            "paused": False,
            "nudges": [("interview", True), ("quiet", False)],
            "nudge_at": "08.00 WIT",
        },
    ],
    "privacy/hapusdata.html": [{"consent": False}],
    "privacy/consent_given.html": [{"mood_kept": True}],
    "privacy/offer_consent.html": [{}, {"journey": True}],
    "privacy/export.html": [{"count": 0}],
    "mood/answered.html": [
        {
            "score": s,
            "low": s <= 2,
            "saved": c is True,
            "consent": c,
            "journey_waiting": w,
            "after_checkin": a,
        }
        for s in range(1, 6)
        for c in (True, False, None)
        for w in (True, False)
        for a in (True, False)
    ],
    "grafik/no_consent.html": [{"consent": False}],
    "grafik/too_few.html": [{"points": 0, "unplaced": 0}, {"points": 0, "unplaced": 2}],
    "grafik/caption.html": [
        {"journeys": 1, "points": 2, "unplaced": 0},
        {"journeys": 2, "points": 5, "unplaced": 0, "before": True},
        {"journeys": 2, "points": 5, "unplaced": 1, "before": True},
        {"journeys": 2, "points": 5, "unplaced": 1},
        {"journeys": 0, "points": 3, "unplaced": 0},
    ],
    "latihan/intro.html": [{"stored": True}],
    "latihan/question.html": [
        {"question": "Ceritakan?", "area": None, "retry": True, "limit": 3000},
        {"question": "Ceritakan?", "area": "culture", "retry": False, "limit": 3000},
        {
            "question": "Ceritakan?",
            "area": "culture",
            "retry": False,
            "limit": 3000,
            "tips": "culture",
            "skill": False,
        },
        {
            "question": "Ceritakan?",
            "area": "research",
            "retry": False,
            "limit": 3000,
            "tips": "technical",
            "skill": True,
        },
    ],
    "latihan/feedback.html": [
        {
            "found": PARTS,
            "missing": (),
            "words": 80,
            "too_short": False,
            "quotes": ((("situasi", "tugas"), "Saat itu tugas saya menyusun laporan."),),
        },
        {
            "found": ("situasi", "aksi"),
            "missing": ("tugas", "hasil"),
            "words": 30,
            "too_short": False,
        },
        *(
            {
                "found": ("hasil",),
                "missing": ("situasi",),
                "words": 9,
                "too_short": True,
                "joined": j,
            }
            for j in (True, False)
        ),
    ],
    "latihan/invalid.html": [
        {"error": error, "limit": 3000} for error in ("unsupported", "choices", "empty")
    ],
    "latihan/done.html": [{"answered": True}, {"answered": False}],
    "latihan/stuck.html": [{"again": True}],
    "followup/invalid.html": [{"error": e, "limit": 3000} for e in ("unsupported", "empty")],
    "followup/noted.html": [{"agreed": False}],
    "followup/saved.html": [
        {"consent": False, "points": POINTS},
        {"consent": True, "points": []},
        {"consent": None, "points": []},
    ],
    "followup/paste.html": [{"consent": True, "limit": 3000, "company": None, "position": None}],
    "followup/ask.html": [{"company": None, "position": None}],
    "history/funnel.html": [
        {
            "f": app_rules.funnel(
                [
                    tracker_sample(app_rules.APPLIED, source="portal"),
                    tracker_sample(app_rules.REJECTED),
                    tracker_sample(app_rules.OFFER, source="referral"),
                ]
            )
        }
    ],
}


def daily_contexts() -> Iterator[dict[str, Any]]:
    sample = SAMPLES["daily/daily.html"]
    today = sample["today"]
    for name in pool_messages():
        yield {**realistic(sample), "message": name}
    for hour in (0, 3, 4, 11, 15, 18, 23):
        yield {**realistic(sample), "hour": hour}
    for added, wider in ((0, 0), (1, 0), (3, 2)):
        yield {**realistic(sample), "week_added": added, "week_wider": wider}
        yield {**realistic(sample), "week_added": added, "week_wider": wider, "total": 0}
    item = {"action": "cv", "detail": REALISTIC}
    for due in (today, date(2026, 11, 1), date(2026, 12, 31)):
        yield {**realistic(sample), "next_item": {**item, "due_on": due}}
    yield {**realistic(sample), "next_item": None, "step": 3, "total": 0, "name": None}
    yield {**realistic(sample), "next_item": None, "step": None, "days": 0, "position": None}


def pool_messages() -> list[str]:
    module = RENDERER.env.get_template("daily/pool.html").module
    return sorted(n for n in dir(module) if n.startswith("msg_"))


# --- the journey ---------------------------------------------------------------------------

SELF_BLAME = "Saya memang bodoh, semua salah saya."
COMPARISON = "Semua teman saya sudah diterima kerja."
TOTAL_FAILURE = "Saya tidak akan pernah dapat kerja."


def realistic_answers() -> dict[str, Any]:
    answers: dict[str, Any] = {
        "consent": "yes",
        "company": "PT Maju Bersama",
        "position": "Analis Data",
        "stage": "user",
        "interview_date": "2026-11-20",
        "mood": 2,
        "feelings": ["kecewa", "cemas"],
        "story": "Saya gugup dan lupa contoh proyek saya.",
        "ready": "go",
        "sender_name": "Rina Lestari",
        "recruiter_title": "ibu",
        "recruiter_name": "Sari Wulandari",
        "phone": "0812-3456-7890",
        "linkedin": "https://linkedin.com/in/rina-lestari",
        "email_sent": "sent",
        "followup_ok": "yes",
        "skill_name": "analisis data",
        "skill_type": "hard",
        "skill_current": "dasar",
        "skill_required": "menengah",
        "plan_actions": ["course", "project"],
        "plan_deadline": "2026-12-09",
        "strategy": ["cv", "widen"],
        "network_count": 3,
    }
    for area, score in zip(flow.EVAL_AREAS, (3, 4, 2, 5, 3), strict=True):
        answers[f"eval_{area}"] = score
        answers[f"eval_{area}_note"] = "Saya buntu saat ditanya soal SQL."
    return answers


# Answers that change what a journey text says (each applied on its own).
ANSWER_VARIANTS: dict[str, dict[str, Any]] = {
    "sample": {},
    "no stage or date": {"stage": None, "interview_date": None},
    "no feelings, no story": {"feelings": [], "story": None, "mood": None},
    "self-blame": {"story": SELF_BLAME},
    "comparison": {"story": COMPARISON},
    "total failure": {"story": TOTAL_FAILURE},
    # Each situation step 1 names (conversations/story.py).
    "last stage": {"story": "Padahal udah sampai tahap akhir."},
    "long wait": {"story": "Udah nunggu kabar 3 minggu, ujungnya ditolak."},
    "prepared": {"story": "Saya sudah belajar mati-matian buat tesnya."},
    "many times": {"story": "Udah ke-12 kalinya ditolak tahun ini."},
    "pressure": {"story": "Ortu udah nanya terus kapan kerja."},
    "went well": {"story": "Padahal interviewnya lancar banget."},
    "email not sent": {"email_sent": "later", "followup_ok": None},
    "no contact details": {"phone": None, "linkedin": None},
    "soft skill": {"skill_type": "soft", "plan_actions": ["mock_interview", "organisation"]},
    "no gap": {"skill_current": "mahir", "skill_required": "mahir"},
    "gap not sized": {
        **dict.fromkeys(("skill_type", "skill_current", "skill_required")),
        **dict.fromkeys(("plan_actions", "plan_deadline")),
    },
    "nothing missing": {
        **dict.fromkeys(("skill_name", "skill_type", "skill_current", "skill_required")),
        **dict.fromkeys(("plan_actions", "plan_deadline")),
    },
    "all rated well": {f"eval_{area}": 4 for area in flow.EVAL_AREAS},
    "good mood": {"mood": 5},
    "no network": {"network_count": 0, "strategy": ["event"]},
    "unknown recruiter": {"recruiter_title": "unknown", "recruiter_name": None},
}


def realistic_state(prompt: str = "company", variant: str = "sample", **changes: Any) -> flow.State:
    answers = {**realistic_answers(), **ANSWER_VARIANTS[variant]}
    return flow.State(prompt, answers, flow.ACTIVE, True, "Rina", NOW, **changes)


def worst_state(prompt: str = "company") -> flow.State:
    return dataclasses.replace(maximal_state(prompt), now=NOW)


def journey_states(prompt: str) -> Iterator[tuple[str, flow.State]]:
    yield "worst", worst_state(prompt)
    for variant in ANSWER_VARIANTS:
        yield variant, realistic_state(prompt, variant)
    for consent in (False, None):
        yield f"consent {consent}", dataclasses.replace(realistic_state(prompt), consent=consent)
    yield "no first name", dataclasses.replace(realistic_state(prompt), first_name="")


def outcome_texts(outcome: Outcome, variant: str) -> Iterator[Rendered]:
    for reply in outcome.replies:
        yield Rendered(reply.template, variant, RENDERER.render(reply.template, **reply.context))
        for document in reply.documents:
            text = RENDERER.render(document.template or "", **document.context)
            yield Rendered(document.template or "", variant, text, "document")
        for row in reply.buttons:
            for button in row:
                label = RENDERER.label(button.label, **button.label_context)
                yield Rendered("labels.txt", f"{reply.template} {variant}", label, "label")


MISS_ERRORS = {
    # error → the prompts whose one-line miss it is (each with its own example)
    "empty": ("company", "interview_date", "phone"),
    "name_letters": ("company", "position", "skill_name", "sender_name"),
    "name_needed": ("company", "position", "skill_name", "sender_name"),
    "name_private": ("company", "position"),
    "name_feeling": ("company", "position", "sender_name", "recruiter"),
    "name_sentence": ("company", "position"),
    "name_stage": ("company", "position"),
    "name_forgotten": ("company", "position", "skill_name", "sender_name"),
    "correction": ("interview_date", "sender_name", "position"),
    "correction_value": ("position", "stage"),
    "name_date": ("company", "position"),
    "note_normal": ("eval_note",),
    "note_question": ("eval_note",),
    "told": ("ready", "consent", "stage", "email_sent"),
    "told_fact": ("ready", "consent", "stage", "email_sent"),
    "scale_story": ("mood",),
    "feelings_question": ("feelings",),
    **{f"area_question_{area}": ("evaluation",) for area in flow.EVAL_AREAS},
    "consent_where": ("consent",),
    "feelings_about": ("feelings",),
    "name_question": ("company", "position", "sender_name", "recruiter"),
    "sender_honorific": ("sender_name",),
    "sender_date": ("sender_name",),
    "aside_thanks": ("company", "evaluation", "strategy"),
    "aside_hello": ("company", "stage", "pause_invite"),
    "aside_hello_pagi": ("company", "pause_invite"),
    "aside_hello_salam": ("company", "pause_invite"),
    "aside_rejection": ("strategy", "recruiter"),
    "aside_rejection_restart": ("company",),
    "recruiter_phone": ("recruiter",),
    "too_long": ("eval_note",),
    "date_format": ("interview_date", "plan"),
    "date_future": ("interview_date",),
    "date_no_such_day": ("interview_date", "plan"),
    "date_too_old": ("interview_date",),
    "date_not_future": ("plan",),
    "date_too_far": ("plan",),
    "phone": ("phone",),
    "linkedin": ("linkedin",),
    "count": ("strategy",),
    "strategy_words": ("strategy",),
    "selection": ("feelings",),
    "select_one": ("feelings", "plan"),
    "grid_skip": ("plan", "evaluation"),
    "ratings": ("evaluation",),
    "ratings_count": ("evaluation",),
    "consent_why": ("consent",),
    "consent_safe": ("consent",),
    "consent_human": ("consent",),
    "name_self_blame": ("company", "position", "skill_name", "sender_name"),
    "recruiter_name": ("recruiter",),
    "choice": ("stage", "mood", "skill_gap"),
    "unsupported": ("company",),
    "stale": ("company",),
}


def miss_context(error: str, prompt_id: str, state: flow.State | None = None) -> dict[str, Any]:
    state = state or realistic_state(prompt_id)
    prompt = flow.PROMPT_BY_ID[prompt_id]
    return {
        **flow.view(state),
        "error": error,
        "prompt": prompt_id,
        "limit": {"count": v.MAX_NETWORK_COUNT, "ratings_count": 4}.get(error, v.STORY_LIMIT),
        "nearest": [],
        "example": prompt.example(state) if prompt.example else "",
        "with_buttons": False,
        "with_done": prompt.multi,
        "rows_left": [row.key for row in prompt.grid if row.key not in state.answers],
    }


def partly_rated() -> flow.State:
    """The ratings half answered ("teknis 4 komunikasi 2"): the rest is asked for."""
    state = realistic_state("evaluation")
    answers = {k: v for k, v in state.answers.items() if not k.startswith("eval_")}
    return dataclasses.replace(state, answers={**answers, "eval_technical": 4})


def journey_corpus() -> Iterator[Rendered]:
    for prompt in flow.ORDER:
        for variant, state in journey_states(prompt):
            yield from outcome_texts(flow.current(state), variant)
    for variant, state in journey_states("strategy"):
        finished = flow.advance(state, Text("3"))
        yield from outcome_texts(finished.outcome, f"recap {variant}")
    for variant in ("sample", "email not sent", "no feelings, no story"):
        state = realistic_state("strategy", variant)
        yield from outcome_texts(flow.advance(state, Text("3")).outcome, f"recap {variant}")
    # Nothing chosen at step 5: "ga usah" typed with no strategy ticked.
    chosen = realistic_state("strategy")
    unchosen = replace(chosen, answers={k: a for k, a in chosen.answers.items() if k != "strategy"})
    yield from outcome_texts(flow.advance(unchosen, Text("ga usah")).outcome, "recap no strategy")
    # The same rating everywhere: no list of "weakest" areas.
    equal = replace(chosen, answers={**chosen.answers, **{f"eval_{a}": 3 for a in EVAL_AREAS}})
    yield from outcome_texts(flow.advance(equal, Text("3")).outcome, "recap equal ratings")
    # What comes after an answer: acknowledgements, the pause, the invitation back.
    for prompt, events in {
        "consent": (Choice("j:consent:yes"), Choice("j:consent:no")),
        "mood": (Choice("j:mood:1"), Choice("j:mood:5")),
        "ready": (Choice("j:ready:later"), Choice("j:ready:go")),
        "followup_ok": (Choice("j:followup_ok:yes"), Choice("j:followup_ok:no")),
    }.items():
        for event in events:
            for variant, state in journey_states(prompt):
                yield from outcome_texts(flow.advance(state, event).outcome, f"{event} {variant}")
    for choice in ("3h", "tomorrow", "no"):
        paused = flow.pause(realistic_state("email_sent")).state
        event = Choice(f"j:pause_invite:{choice}")
        yield from outcome_texts(flow.advance(paused, event).outcome, f"paused {choice}")
    # Openings: the first journey, and a later one that can say what helped.
    done = tuple(PlanFact(a, "analisis data", True) for a in flow.HARD_ACTIONS)
    for variant, last_time in {
        "first": None,
        "done": LastTime(done[:2], 3, improved=Improvement("communication", 2, 4)),
        "done all named": LastTime(done[:1], 1),
        "strategy": LastTime((), 0, strategy=("cv", "widen", "event")),
    }.items():
        for name in ("Rina", ""):
            outcome = flow.begin(True, name, NOW, last_time).outcome
            yield from outcome_texts(outcome, f"opening {variant} {name!r}")
    # Step 2 opens above its first question: the company, or the sender's name when the
    # details are known already.
    for prompt in ("company", "sender_name"):
        state = realistic_state("ready")
        known = prompt == "sender_name"
        answers = {k: v for k, v in state.answers.items() if known or k not in DETAILS}
        entered = flow.advance(dataclasses.replace(state, answers=answers), Choice("j:ready:go"))
        yield from outcome_texts(entered.outcome, f"step 2 opens at {prompt}")
    # A rejection logged in /lamaran: what it already told the journey.
    for given in (
        {"company": "PT Maju", "position": "Analis Data"},
        {"company": "PT Maju", "position": "Analis Data", "stage": "hr"},
        {"company": "PT Maju", "position": "Analis", "stage": "hr", "interview_date": "2026-11-20"},
    ):
        outcome = flow.begin(None, "Rina", NOW, None, given).outcome
        yield from outcome_texts(outcome, f"opening known {sorted(given)}")
    yield from outcome_texts(flow.resume(realistic_state("stage")).outcome, "welcome back")
    yield from outcome_texts(flow.pause(realistic_state("stage")).outcome, "pause")
    # One-line misses, each with its prompt's own example.
    for error, prompts in MISS_ERRORS.items():
        for prompt in prompts:
            for state in (realistic_state(prompt), worst_state(prompt)):
                context = miss_context(error, prompt, state)
                for with_buttons in (False, True):
                    context = {**context, "with_buttons": with_buttons}
                    text = RENDERER.render("journey/miss.html", **context)
                    yield Rendered("journey/miss.html", f"{error} {prompt}", text)
    for error in ("ratings", "ratings_count"):
        text = RENDERER.render(
            "journey/miss.html", **miss_context(error, "evaluation", partly_rated())
        )
        yield Rendered("journey/miss.html", f"{error} partly rated", text)
    yield from outcome_texts(flow.current(partly_rated()), "partly rated")
    nearest = {**miss_context("choice", "stage"), "nearest": [("stage", "hr"), ("stage", "user")]}
    yield Rendered("journey/miss.html", "nearest", RENDERER.render("journey/miss.html", **nearest))
    # Service messages around the journey (tests/unit/test_journey_views.py).
    for name, extra in OTHER.items():
        for variant, state in (("worst", worst_state()), ("sample", realistic_state())):
            for context in (extra, realistic(extra)):
                text = RENDERER.render(name, **{**flow.view(state), **context})
                yield Rendered(name, variant, text)
    for name, contexts in JOURNEY_SERVICE.items():
        for context in contexts:
            yield Rendered(name, str(context)[:60], RENDERER.render(name, **context))
    for action in (*flow.HARD_ACTIONS, *flow.SOFT_ACTIONS, *flow.STRATEGY_ACTIONS):
        text = RENDERER.render("journey/plan_title.txt", action=action, detail="analisis data")
        yield Rendered("journey/plan_title.txt", action, text, "label")
    for action, detail in (("network", "3"), ("feedback", POINTS[0])):
        text = RENDERER.render("journey/plan_title.txt", action=action, detail=detail)
        yield Rendered("journey/plan_title.txt", action, text, "label")


JOURNEY_SERVICE: dict[str, list[dict[str, Any]]] = {
    "journey/email_actions.html": [
        {"unsent": unsent, "note": note} for unsent in (True, False) for note in (None, "changed")
    ]
    + [
        {"unsent": False, "note": "changed", "field": field, "value": value}
        for field in FIELDS
        for value in ("Analis Data", None)
    ],
    "journey/email_fields.html": [{}],
    "journey/email_field.html": [{"field": field, "a": realistic_answers()} for field in FIELDS],
    "journey/email_field_miss.html": [
        {"error": error, "limit": 100, "field": field}
        for error in (
            *("too_long", "phone", "linkedin", "recruiter_name", "empty", "correction"),
            *("required", "name_feeling", "name_question", "name_self_blame", "name_private"),
            *("name_needed", "name_forgotten", "name_sentence", "name_stage", "name_letters"),
            *("sender_date", "sender_honorific", "recruiter_phone"),
        )
        for field in FIELDS
    ]
    + [{"error": "unsupported"}],
    # A rating changed at the note that follows the ratings.
    "journey/revised.html": [
        {"changed": {"eval_research": 3}},
        {"changed": {"eval_research": 3, "eval_technical": 4}},
        {"changed": {}},
    ],
    # A detail of the email corrected in place, at a later question.
    "journey/corrected.html": [
        {"field": field, "a": defaultdict(lambda: None, answers)}
        for field in ("company", "position", "sender_name", "recruiter", "phone", "linkedin")
        for answers in (
            realistic_answers(),
            {**realistic_answers(), "recruiter_title": "unknown", "recruiter_name": None},
        )
    ],
    "journey/row_hint.txt": [{}],
    # /rencana with strategy commitments counts the week's applications (/lamaran).
    "journey/plan.html": [
        {
            "items": [
                {
                    "action": "widen",
                    "detail": "Analis Data",
                    "due_on": date(2026, 12, 2),
                    "done": False,
                }
            ],
            "week": app_rules.Week(date(2026, 11, 23), added, wider, referral),
            "widen": widen,
        }
        for added, wider, referral in ((0, 0, 0), (1, 0, 0), (3, 2, 1))
        for widen in (True, False)
    ],
}


# --- everything else ---------------------------------------------------------------------


def label_corpus() -> Iterator[Rendered]:
    for name in RENDERER.label_names():
        for context in LABEL_SAMPLES.get(name, [{}]):
            label = realistic(RENDERER.label(name, **realistic(context)))
            yield Rendered("labels.txt", f"{name} {context}", label, "label")


# A button's own words fit on a phone: Telegram cuts longer labels, most of all where
# buttons share a row. Labels that carry the user's words (a name, a skill, a plan
# item's detail) are left out, except the list of applications, whose names are cut to
# fit in code; the checklist's short forms are read at a realistic skill.
BUTTON_CHARS = 27
_USER_WORDS_IN_LABEL = ("use_name", "history_plan")


def test_a_button_label_fits_a_phone() -> None:
    found = [
        (item, f"{len(label)} characters")
        for item in label_corpus()
        if not any(part in item.variant for part in _USER_WORDS_IN_LABEL)
        and len(label := item.text.removeprefix("✅ ").removeprefix("⬜ ")) > BUTTON_CHARS
    ]
    assert found == [], report(found)


def other_corpus() -> Iterator[Rendered]:
    for name in all_templates():
        sample = SAMPLES.get(name, {})
        contexts = [sample, realistic(sample), *VARIANTS.get(name, [])]
        if name == "daily/daily.html":
            contexts += list(daily_contexts())
        for index, context in enumerate(contexts):
            kind = "document" if name.endswith(".txt") else "message"
            yield Rendered(name, f"context {index}", RENDERER.render(name, **context), kind)
    for question in RENDERER.practice_pool:
        for skill in (None, "analisis data"):
            text = question.text_for(skill)
            yield Rendered("latihan/questions.txt", question.key, text, "document")
    for macro in ("title", "y_label", "rejection_day"):
        text = RENDERER.macro("grafik/labels.txt", macro)
        yield Rendered("grafik/labels.txt", macro, text, "label")
    for diary, undated in ((False, False), (True, False), (False, True)):
        text = RENDERER.macro("grafik/labels.txt", "x_label", diary=diary, undated=undated)
        yield Rendered("grafik/labels.txt", "x_label", text, "label")
    text = RENDERER.macro("grafik/labels.txt", "rejection_day", undated=True)
    yield Rendered("grafik/labels.txt", "rejection_day undated", text, "label")
    for company, position, diary in (
        ("PT Maju", "Analis", False),
        (None, "Analis", False),
        (None, None, False),
        (None, None, True),
    ):
        text = RENDERER.macro(
            "grafik/labels.txt",
            "series",
            company=company,
            position=position,
            number=2,
            diary=diary,
        )
        yield Rendered("grafik/labels.txt", "series", text, "label")


def tracker_corpus() -> Iterator[Rendered]:
    """Every message of /lamaran (tests/applications_data.py), realistic and worst."""
    for variant, outcome in (*tracker_outcomes(), *tracker_misses()):
        yield from outcome_texts(outcome, variant)
    # Typed after adding was left (bot/services/applications.py), no context.
    text = RENDERER.render("lamaran/add_stopped.html")
    yield Rendered("lamaran/add_stopped.html", "add stopped", text)
    text = RENDERER.render("followup/already_shared.html")
    yield Rendered("followup/already_shared.html", "already shared", text)
    text = RENDERER.render("lamaran/untracked_rejection.html")
    yield Rendered("lamaran/untracked_rejection.html", "untracked rejection", text)
    for now, back in (("user", "applied"), ("rejected", "user"), ("no_news", "hr")):
        text = RENDERER.render("lamaran/confirm_back.html", app=tracker_sample(now), stage=back)
        yield Rendered("lamaran/confirm_back.html", f"back {now} to {back}", text)
    # "/batal" while adding (bot/services/journey.py): dropped, or kept without a date.
    for kept in (False, True):
        text = RENDERER.render("lamaran/add_cancelled.html", kept=kept)
        yield Rendered("lamaran/add_cancelled.html", f"cancelled kept={kept}", text)
    text = RENDERER.render("lamaran/add_cancelled.html", kept=False, listed=True)
    yield Rendered("lamaran/add_cancelled.html", "cancelled listed", text)


@cache
def corpus() -> tuple[Rendered, ...]:
    return (*journey_corpus(), *label_corpus(), *other_corpus(), *tracker_corpus())


def texts(*, kinds: Iterable[str] = ("message", "document", "label")) -> list[Rendered]:
    wanted = set(kinds)
    return [item for item in corpus() if item.kind in wanted]


def report(found: list[tuple[Rendered, str]]) -> str:
    seen: dict[tuple[str, str], str] = {}
    for item, what in found:
        seen.setdefault((item.template, what), str(item))
    return "\n".join(f"{where}: {what}" for (_, what), where in sorted(seen.items()))


def test_every_template_is_read() -> None:
    """The lints below see every template: partials through the templates using them."""
    read = {item.template for item in corpus()}
    wanted = {
        name
        for name in RENDERER.env.list_templates()
        if name not in NOT_READ and not name.rpartition("/")[2].startswith("_")
    } - {"daily/pool.html"}  # read through daily/daily.html, every message
    assert wanted - read == set()


# --- source lints ----------------------------------------------------------------------------

# A tag at the end of a line, the whole tag on that line: {% … %} or {# … #}.
_LAST_TAG = re.compile(r"(\{%.*?%\}|\{#.*?#\})\s*$")
_ANY_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}")
# Tags that print nothing where they stand: definitions and imports.
_DEFINITION = re.compile(r"\{[%#]-?\s*(?:macro|endmacro|set|endset|import|from|extends)\b")


def template_sources() -> Iterator[tuple[str, str]]:
    for path in sorted(TEMPLATES_DIR.rglob("*")):
        name = path.relative_to(TEMPLATES_DIR).as_posix()
        if path.is_file() and name not in NOT_READ:
            yield name, path.read_text(encoding="utf-8")


def lost_paragraph_breaks(source: str) -> list[int]:
    """Lines whose paragraph break trim_blocks removes: a line ending in a block tag
    (or a comment) with text or an expression before it on the line, or an {% include %}
    (its output ends without a newline), or a tag ending in "-%}", followed by an empty
    line. The tag keeps the break when it ends in "+%}". Definitions (macro, set,
    import) print nothing and are left alone, as is the file's last line."""
    lines = source.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    found = []
    for index, line in enumerate(lines[:last]):
        if lines[index + 1].strip():
            continue
        match = _LAST_TAG.search(line)
        if match is None:
            continue
        tag = match.group(1)
        if tag.endswith("+%}") or _DEFINITION.match(tag):
            continue
        before = _ANY_TAG.sub("", line[: match.start()]).strip()
        if before or tag.endswith("-%}") or tag.endswith("-#}") or " include " in tag:
            found.append(index + 1)
    return found


def test_the_lint_finds_a_lost_paragraph_break() -> None:
    assert lost_paragraph_breaks("Satu{% endif %}\n\nDua") == [1]
    assert lost_paragraph_breaks('{% include "x.html" %}\n\nDua') == [1]
    assert lost_paragraph_breaks("{% if a -%}\n\nDua") == [1]
    assert lost_paragraph_breaks("Satu{% endif +%}\n\nDua") == []
    assert lost_paragraph_breaks("Satu\n{% endif %}\n\nDua") == []
    assert lost_paragraph_breaks("{% set A = 1 %}\n\nDua") == []
    assert lost_paragraph_breaks("Satu{% endif %}\n") == []  # the last line


def test_no_paragraph_break_is_lost_under_trim_blocks() -> None:
    found = [
        f"{name}:{line}"
        for name, source in template_sources()
        for line in lost_paragraph_breaks(source)
    ]
    assert found == [], "end the tag with +%} to keep the blank line:\n" + "\n".join(found)


# The journey's step count is data (the step_count global, from conversations/journey):
# no number of steps is written into a template.
HARD_STEP_COUNT = re.compile(
    r"\b(?:lima|kelima|5)\s+langkah\b(?!\s+rencana)"
    r"|\blangkah\s+(?:\S+\s+)?dari\s+(?:5|lima)\b"
    r"|\bdari\s+(?:5|lima)\s+langkah\b",
    re.IGNORECASE,
)


def test_no_template_writes_the_step_count() -> None:
    found = [
        f"{name}: {match.group(0)!r}"
        for name, source in template_sources()
        for match in HARD_STEP_COUNT.finditer(_ANY_TAG.sub(" ", source))
    ]
    assert found == [], "use step_count, fmt.count_word or fmt.all_steps:\n" + "\n".join(found)


def test_the_step_count_comes_from_the_journey_data() -> None:
    """Rendered with another step count, no text still says five."""
    four = Renderer()
    four.env.globals["step_count"] = 4
    found = []
    for prompt in flow.ORDER:
        for reply in flow.current(realistic_state(prompt)).replies:
            text = four.render(reply.template, **{**reply.context, "step_count": 4})
            found += [(reply.template, m.group(0)) for m in HARD_STEP_COUNT.finditer(text)]
    opening = flow.begin(True, "Rina", NOW, LastTime((), 0, strategy=("cv",))).outcome
    contexts = [(r.template, {**r.context, "step_count": 4}) for r in opening.replies]
    view = flow.view(realistic_state())
    finished = {"finished": True, "step": 4, "paused": False, "company": None, "position": None}
    contexts += [
        ("journey/progress.html", {**view, **OTHER["journey/progress.html"]}),
        ("journey/progress.html", {**view, **finished}),
        ("history/list.html", SAMPLES["history/list.html"]),
        ("daily/daily.html", {**SAMPLES["daily/daily.html"], "next_item": None, "step": 2}),
    ]
    for name, context in contexts:
        text = four.render(name, **{**context, "step_count": 4})
        found += [(name, m.group(0)) for m in HARD_STEP_COUNT.finditer(text)]
        if name == "journey/opening.html":
            assert "empat langkah" in text or "Keempat langkah" in text, name
    assert found == []


# --- rendered-text lints ---------------------------------------------------------------------

# A list item: a bullet, a checkbox, a progress mark, a quote bar, or "1." numbering.
_ITEM = re.compile(r"^(?:[•\-│✅⬜▶▫][\ufe0f]?\s*)+|^\d+\.\s")
_SENTENCE_THEN_DIGIT = re.compile(r"[.!?]\s+\d")


def digit_starts(text: str) -> list[str]:
    """Sentences that begin with a digit. A sentence begins at the start of a line (a
    paragraph or a line of its own) or after ". ", "? ", "! ". A list item (•, -, a
    checkbox, "1.") may begin with a number or a date: it is an entry, not a sentence;
    the sentences after its first are read as any others. Digits inside a sentence
    (times "pukul 08.00", "3 dari 5", "2.000 karakter") are fine."""
    found = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        item = _ITEM.match(line)
        if item is None and line[0].isdigit():
            found.append(line[:40])
        line = line[item.end() :] if item else line
        for match in _SENTENCE_THEN_DIGIT.finditer(line):
            found.append(line[max(0, match.start() - 20) : match.end() + 20])
    return found


def test_the_digit_lint_reads_sentences() -> None:
    assert digit_starts("3 catatan dari 2 wawancara.") != []
    assert digit_starts("Selesai. 0 dari 5 langkah.") != []
    assert digit_starts("• 3 dari 5\n1. Validasi emosi\n✅ 2. Minta umpan balik") == []
    assert digit_starts("1. 25 November 2026: Ceritakan") == []
    assert digit_starts("Setiap hari pukul 08.00 WIB, paling banyak 2.000 karakter.") == []


def test_no_sentence_starts_with_a_digit() -> None:
    """The email (its signature holds a phone number) is the user's text, not ours."""
    found = [
        (item, start)
        for item in texts(kinds=("message", "document"))
        if item.template != EMAIL
        for start in digit_starts(item.prose)
    ]
    assert found == [], "rephrase, or spell the number:\n" + report(found)


# The email is the user's own text, plain, after the article; the rest is the bot's voice.
EMAIL = "journey/email.txt"
# Straight quotes, and every other quote mark (German, guillemets, single curly).
_STRAIGHT_QUOTES = re.compile("\"|(?<!\\w)'|'(?!\\w)|[\u201e\u00ab\u00bb\u2018\u201a]")


def test_one_quote_style_curly() -> None:
    found = []
    for item in texts():
        if item.template == EMAIL:
            continue
        if _STRAIGHT_QUOTES.search(item.plain):
            found.append((item, "straight or other quotes: use “…”"))
        if item.plain.count("“") != item.plain.count("”"):
            found.append((item, "unbalanced “…”"))
    assert found == [], report(found)


# English the user may read (docs/voice.md); everything else English is a leak.
ALLOWED_ENGLISH = ("skill gap", "linkedin learning", "rekrutmen (hr)")
STOP_PHRASES = (
    "hard skill",
    "soft skill",
    "mock interview",
    "culture fit",
    "follow up",
    "follow-up",
    "self care",
    "self-care",
    "start-up",
    "personal project",
    "job seeker",
    "dd/mm/yyyy",
)
STOP_WORDS = frozenset(
    {
        "networking",
        "network",
        "user",
        "users",
        "hr",
        "hrd",
        "hardskill",
        "softskill",
        "skill",
        "skills",
        "startup",
        "startups",
        "feedback",
        "interview",
        "interviewer",
        "deadline",
        "meeting",
        "recruiter",
        "recruitment",
        "career",
        "job",
        "jobs",
        "apply",
        "mindset",
        "fit",
        "followup",
        "reminder",
        "update",
        "upgrade",
        "online",
        "offline",
        "tips",
        "mood",
        "progress",
        "chat",
        "link",
        "portfolio",
        "skip",
        "cancel",
        "done",
        "settings",
        "insight",
        "support",
        "team",
        "timeline",
        "goal",
        "goals",
        "challenge",
        "healing",
        "overthinking",
        "insecure",
        "burnout",
    }
)
# Commands (/mood), addresses (healing119.id, linkedin.com/in/…) and file names.
_NOT_WORDS = re.compile(r"/\w+|\S+\.(?:id|com|txt|json|png)\S*|https?://\S+")


def english_leaks(text: str) -> list[str]:
    lowered = _NOT_WORDS.sub(" ", text.lower())
    # A command's name (commands.txt: "mood | Catat …") is a contract, not a word.
    lowered = re.sub(r"(?m)^\s*[a-z]+\s*\|", " ", lowered)
    for allowed in ALLOWED_ENGLISH:
        lowered = lowered.replace(allowed, " ")
    found = [phrase for phrase in STOP_PHRASES if phrase in lowered]
    found += [word for word in re.findall(r"[a-z]+", lowered) if word in STOP_WORDS]
    return found


def test_the_english_lint_allows_only_the_allowed() -> None:
    assert english_leaks("Lakukan networking dengan user") == ["networking", "user"]
    assert english_leaks("skill gap: celah keterampilan, lihat /mood") == []
    assert english_leaks("(hard skill)") == ["hard skill", "skill"]
    assert english_leaks("wawancara tahap rekrutmen (HR)") == []


def test_no_english_outside_the_allowed_list() -> None:
    found = [(item, word) for item in texts() for word in english_leaks(item.plain)]
    assert found == [], "say it in Indonesian (docs/voice.md):\n" + report(found)


# Where the bot names itself: introducing itself or saying what it is.
NAMES_ITSELF = {
    "start.html",
    "bantuan.html",
    "group_pointer.html",
    "daily/invite.html",
    "bot_description.txt",
    "bot_short_description.txt",
    "commands.txt",
    "admin/commands.txt",
    "admin/statistik.html",
    "privacy/export.txt",
}
_QUOTED = re.compile(r"“[^”]*”")


def test_the_bot_speaks_as_saya() -> None:
    found = []
    for item in texts():
        words = _QUOTED.sub(" ", item.plain)  # a word quoted is a word talked about
        if item.template != EMAIL and re.search(r"\bkami\b", words, re.IGNORECASE):
            found.append((item, "kami"))
        if re.search(r"\b(?:kamu|dirimu|kau)\b", words, re.IGNORECASE):
            found.append((item, "kamu"))
        if "Bangkit" in words and item.template not in NAMES_ITSELF:
            found.append((item, "Bangkit (say saya)"))
    assert found == [], report(found)


_SEJIWA = re.compile(r"telepon 119, lalu tekan 8", re.IGNORECASE)


def test_buttons_are_tapped_never_pressed() -> None:
    found = [
        (item, match.group(0))
        for item in texts()
        for match in re.finditer(
            r"\b(?:tekan|tekanlah|menekan|ditekan)\b", _SEJIWA.sub(" ", item.plain), re.I
        )
    ]
    assert found == [], "say ketuk:\n" + report(found)


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    found = [(item, "two blank lines") for item in texts() if "\n\n\n" in item.text.strip()]
    found += [(item, "space at a line's end") for item in texts() if " \n" in item.text]
    assert found == [], report(found)


def test_dashes_not_hyphens() -> None:
    """A break in a sentence is an em dash or a comma; a range is an en dash (1\u20135).
    The email's subject keeps the article's hyphen."""
    found = [
        (item, match.group(0))
        for item in texts()
        if item.template != EMAIL
        for match in re.finditer(r"(?<=\S) -{1,2} (?=\S)|\b\d+-\d+\)", item.prose)
    ]
    assert found == [], report(found)


_CODE = re.compile(r"<code>.*?</code>")
NUMERIC_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
)


def test_dates_and_times_are_written_the_indonesian_way() -> None:
    """Shown dates have month names, times a dot ("pukul 08.00"); numeric forms appear
    only as examples of what to type, in <code>."""
    found = []
    for item in texts(kinds=("message", "document")):
        shown = (
            item.plain
            if not item.template.endswith(".html")
            else html.unescape(re.sub(r"<[^>]+>", "", _CODE.sub(" ", item.text)))
        )
        found += [(item, m.group(0)) for m in NUMERIC_DATE_OR_TIME.finditer(shown)]
    assert found == [], report(found)


# --- prompts -----------------------------------------------------------------------------------


def prompt_text(state: flow.State) -> str:
    reply = flow.current(state).replies[-1]
    return RENDERER.render(reply.template, **reply.context)


@pytest.mark.parametrize("prompt_id", flow.ORDER)
def test_a_prompt_fits_on_one_phone_screen(prompt_id: str) -> None:
    """At most ~900 characters read (a phone screen of Telegram at the default size)."""
    for variant, state in journey_states(prompt_id):
        if variant != "worst":
            plain = html.unescape(re.sub(r"<[^>]+>", "", prompt_text(state)))
            assert len(plain) <= 900, (prompt_id, len(plain))


@pytest.mark.parametrize("prompt_id", [p.id for p in flow.PROMPTS if p.skippable or p.multi])
def test_a_prompt_names_its_skip_and_done_buttons(prompt_id: str) -> None:
    prompt = flow.PROMPT_BY_ID[prompt_id]
    state = realistic_state(prompt_id)
    text = prompt_text(state)
    if prompt.skippable:
        skip = RENDERER.label("option", group=prompt.group, value=SKIP)
        assert f"<b>{skip}</b>" in text
    if prompt.multi:
        assert "<b>Selesai</b>" in text


@pytest.mark.parametrize(
    ("template", "limit"),
    [("journey/story.html", v.STORY_LIMIT), ("journey/eval_note.html", v.NOTE_LIMIT)],
)
def test_a_stated_limit_is_the_validators(template: str, limit: int) -> None:
    prompt = next(p for p in flow.PROMPTS if p.template == template)
    text = prompt_text(realistic_state(prompt.id))
    assert f"{limit:,}".replace(",", ".") + " karakter" in text


# Re-prompts: one short line (a miss of the journey has its own test in test_journey_views).
ONE_LINERS = (
    "journey/email_field_miss.html",
    "reminders/bad_time.html",
    "followup/invalid.html",
    "lamaran/miss.html",
)


def test_a_re_prompt_is_one_short_line() -> None:
    found = [
        (item, f"{len(item.plain)} characters")
        for item in texts(kinds=("message",))
        if item.template in ONE_LINERS and ("\n" in item.plain or len(item.plain) > 200)
    ]
    assert found == [], report(found)


# --- examples are accepted by their own parser -------------------------------------------------

# An example is a <code> or <i> span after "misalnya", "tulis" or "ketik" (several joined by
# "atau" or commas): what the user may type, word for word.
_EXAMPLES = re.compile(
    r"\b(?:misalnya|tulis|ketik)\s+((?:<(?:code|i)>[^<]+</(?:code|i)>(?:,\s*|\s+atau\s+)?)+)",
    re.IGNORECASE,
)
_SPAN = re.compile(r"<(?:code|i)>([^<]+)</(?:code|i)>")


def examples_in(text: str) -> list[str]:
    return [
        html.unescape(span).rstrip(".")
        for match in _EXAMPLES.finditer(text)
        for span in _SPAN.findall(match.group(1))
    ]


def journey_accepts(state: flow.State) -> Callable[[str], bool]:
    """Typed text as the adapter reads it (bot/pipeline.py): the prompt's buttons first,
    then its parser; accepted when the journey takes it without a miss."""

    def accepts(text: str) -> bool:
        options = options_of(RENDERER, flow.prompt_buttons(state))
        event: Event = Text(text)
        if options:
            multi = any(option.role in (DONE, TOGGLE) for option in options)
            grid = any(option.typed and option.role == TOGGLE for option in options)
            understood = understand(text, options, multi=multi, positions=not grid)
            if len(understood.values) == 1:
                event = Choice(understood.values[0])
            elif understood.values:
                event = Choices(understood.values)
        return not flow.advance(state, event).outcome.miss

    return accepts


def email_field_accepts(field: str) -> Callable[[str], bool]:
    """As /email reads a corrected field (bot/services/email.py typed_value)."""
    state = realistic_state("email_sent")

    def accepts(text: str) -> bool:
        skip = SKIPPABLE.get(field)
        if skip and understand(text, [Option(SKIP, skip, role=SKIP)]).values == (SKIP,):
            return True
        prompt = flow.PROMPT_BY_ID[FIELDS[field]]
        assert prompt.parse is not None
        return not isinstance(prompt.parse(text, state), v.Invalid)

    return accepts


def mood_accepts(text: str) -> bool:
    """/mood's buttons, typed (the latest keyboard: bot/pipeline.py)."""
    buttons = [b for row in moods.buttons(moods.COMMAND) for b in row]
    return len(understand(text, options_of(RENDERER, buttons)).values) == 1


def time_accepts(text: str) -> bool:
    return reminders.parse_time(text) is not None


# The interview's details, asked at the start of step 2 unless known already.
DETAILS = ("company", "position", "stage", "interview_date")


def example_cases() -> Iterator[tuple[str, str, Callable[[str], bool]]]:
    """(where, text, its parser): every template that shows an example, mapped to the
    parser that reads the answer to it."""
    for prompt in flow.PROMPTS:
        state = realistic_state(prompt.id)
        yield prompt.template, prompt_text(state), journey_accepts(state)
    # A step's first question under its introduction (journey/step_start.html).
    for known in ((), ("company", "position", "stage", "interview_date")):
        ready = realistic_state("ready")
        answers = {k: v for k, v in ready.answers.items() if k in known or k not in DETAILS}
        entered = flow.advance(dataclasses.replace(ready, answers=answers), Choice("j:ready:go"))
        [opening] = entered.outcome.replies
        text = RENDERER.render(opening.template, **opening.context)
        yield f"{opening.template} {entered.state.prompt}", text, journey_accepts(entered.state)
    for error, prompts in MISS_ERRORS.items():
        for prompt_id in prompts:
            text = RENDERER.render("journey/miss.html", **miss_context(error, prompt_id))
            where = f"journey/miss.html {error} {prompt_id}"
            yield where, text, journey_accepts(realistic_state(prompt_id))
    for error in ("ratings", "ratings_count"):
        text = RENDERER.render(
            "journey/miss.html", **miss_context(error, "evaluation", partly_rated())
        )
        yield f"journey/miss.html {error} partly rated", text, journey_accepts(partly_rated())
    current = flow.current(partly_rated()).replies[0]
    text = RENDERER.render(current.template, **current.context)
    yield "journey/evaluation.html partly rated", text, journey_accepts(partly_rated())
    for field in FIELDS:
        context = {"field": field, "a": realistic_answers()}
        text = RENDERER.render("journey/email_field.html", **context)
        yield f"journey/email_field.html {field}", text, email_field_accepts(field)
        # The miss of this field: its own error, or an empty answer.
        own = {"phone": "phone", "linkedin": "linkedin", "recruiter": "recruiter_name"}
        names = ("correction", "name_feeling", "name_question", "name_needed", "name_letters")
        for error in dict.fromkeys((own.get(field, "empty"), "empty", *names)):
            miss: dict[str, Any] = {"error": error, "limit": 100, "field": field}
            text = RENDERER.render("journey/email_field_miss.html", **miss)
            where = f"journey/email_field_miss.html {error} {field}"
            yield where, text, email_field_accepts(field)
    yield from tracker_example_cases()
    yield "mood/ask.html", RENDERER.render("mood/ask.html"), mood_accepts
    # A confirmation's miss names both ways (bot/services/menu.py), each typeable.
    confirm = {"confirm": "Ya, tarik persetujuan", "example": "Batal, jangan hapus"}
    text = RENDERER.render("idle_text.html", after_crisis=False, on_screen=True, **confirm)
    withdraw = privacy._buttons("confirm_withdraw", "cancel")
    yield "idle_text.html confirm", text, _buttons_accept(withdraw)
    yield "reminders/ask_time.html", RENDERER.render("reminders/ask_time.html"), time_accepts
    yield "reminders/bad_time.html", RENDERER.render("reminders/bad_time.html"), time_accepts
    for part in ("pagi", "malam"):
        text = RENDERER.render("reminders/bad_time.html", part=part)
        yield f"reminders/bad_time.html {part}", text, time_accepts


def _buttons_accept(rows: tuple[tuple[Any, ...], ...]) -> Callable[[str], bool]:
    """A keyboard's buttons, typed (the latest keyboard: bot/pipeline.py)."""
    options = options_of(RENDERER, [button for row in rows for button in row])

    def accepts(text: str) -> bool:
        return len(understand(text, options).values) == 1

    return accepts


def _tracker_accepts(step: str, stage: str = app_rules.HR) -> Callable[[str], bool]:
    """How /lamaran reads what its prompts ask for (bot/services/applications.py)."""
    today = NOW.date()
    if step in ("company", "position"):
        return lambda text: not isinstance(app_rules.parse_name(step, text), v.Invalid)
    if step == "date":
        return lambda text: not isinstance(v.parse_interview_date(text, today), v.Invalid)
    if step in ("source", "kind", "stage"):
        return _buttons_accept(app_views.question(step, {}, today=today).replies[0].buttons)
    if step == "nudge":
        return _buttons_accept(app_views.ask_nudge("quiet", 480, "WIB").buttons)
    if step == "list":  # an entry's number on the page
        return lambda text: text.isdecimal()
    # One application shown: its buttons, a stage named, or (at an interview) a date.
    stages = _buttons_accept(app_views.stage_buttons(7, None))
    return lambda text: (
        stages(text)
        or (
            stage in app_rules.INTERVIEWS
            and not isinstance(v.parse_interview_date(text, today), v.Invalid)
        )
    )


def tracker_example_cases() -> Iterator[tuple[str, str, Callable[[str], bool]]]:
    today = NOW.date()
    draft = {"company": "PT Maju Bersama", "stage": app_rules.USER}
    for step in app_rules.ADD_STEPS:
        for editing in (None, 7):
            reply = app_views.question(step, draft, app_id=editing, today=today).replies[0]
            text = RENDERER.render(reply.template, **reply.context)
            yield f"lamaran/ask.html {step} {editing}", text, _tracker_accepts(step)
    for variant, outcome in tracker_misses():
        reply = outcome.replies[0]
        step = str(reply.context["step"])
        text = RENDERER.render(reply.template, **reply.context)
        yield f"lamaran/miss.html {variant}", text, _tracker_accepts(step)
    for stage in app_rules.STAGES:
        for note in (None, "moved", "moved_up"):
            reply = app_views.detail(tracker_sample(stage), today, note=note).replies[0]
            text = RENDERER.render(reply.template, **reply.context)
            yield f"lamaran/detail.html {stage} {note}", text, _tracker_accepts("open", stage)
    reply = app_views.choose_stage(tracker_sample(), today).replies[0]
    stages_text = RENDERER.render(reply.template, **reply.context)
    yield "lamaran/stages.html", stages_text, _buttons_accept(reply.buttons)


# Every template whose text shows an example must be in example_cases() above.
EXAMPLE_TEMPLATES = {where.split(" ")[0] for where, _, _ in example_cases()}


# <code> that is no example: the command the user typed, echoed.
NOT_EXAMPLES = {"unknown_command.html"}


def test_every_template_with_an_example_is_mapped_to_its_parser() -> None:
    found = [
        (item, "an example without a parser in example_cases()")
        for item in texts(kinds=("message",))
        if (examples_in(item.text) or "<code>" in item.text)
        and item.template not in EXAMPLE_TEMPLATES | NOT_EXAMPLES
    ]
    assert found == [], report(found)


CASES = list(example_cases())


@pytest.mark.parametrize(("where", "text", "accepts"), CASES, ids=[case[0] for case in CASES])
def test_every_example_is_accepted_by_its_parser(
    where: str, text: str, accepts: Callable[[str], bool]
) -> None:
    for example in examples_in(text):
        assert accepts(example), f"{where}: {example!r} is shown but not accepted"


def test_the_example_lint_reads_examples() -> None:
    text = "Tulis tanggalnya, misalnya <code>20/11/2026</code> atau <i>Senin lalu</i>."
    assert examples_in(text) == ["20/11/2026", "Senin lalu"]
    assert examples_in("Jika tidak tahu, tulis <i>tim rekrutmen</i>.") == ["tim rekrutmen"]
    assert examples_in("ada <i>skill gap</i>: celah") == []
    assert not journey_accepts(realistic_state("interview_date"))("besok lusa tahun depan")


def test_the_worst_case_contexts_are_read_too() -> None:
    """The texts at every field's limit, full of HTML, are in the corpus (read as text)."""
    assert any(HOSTILE in item.plain for item in texts(kinds=("message",)))


def test_a_stated_limit_has_a_thousands_dot() -> None:
    """ "paling banyak 2.000 karakter", never "2000 karakter"."""
    found = [
        (item, match.group(0))
        for item in texts(kinds=("message",))
        for match in re.finditer(r"\b\d{4,}\s+karakter", item.plain)
    ]
    assert found == [], report(found)
