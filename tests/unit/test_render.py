"""Every template renders under StrictUndefined, fits Telegram and is valid Telegram HTML."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.console import html_to_text
from bot.render import MESSAGE_LIMIT, Renderer, split_message, telegram_length
from conversations import history
from conversations import validators as v
from conversations.applications import rules as application_rules
from conversations.applications.views import list_names
from conversations.summary import EVAL_AREAS
from tests.journey_data import worst
from tests.telegram_html import html_problems

RENDERER = Renderer.shared()
LONG_NAME = "Ñ<b>&" * 16  # 64 characters of the worst kind a name can hold

LONG_POINT = ("Ñ<b>& " * 40)[:200]  # a point of a recruiter's reply at its limit
LONG_REPLY = "Ñ<b>&" * 600  # the longest reply that is stored
# A sample context for each template, with user input at its maximum length.
SAMPLES: dict[str, dict[str, Any]] = {
    "start.html": {"first_name": LONG_NAME},
    "bantuan.html": {"commands": RENDERER.commands},
    "idle_text.html": {"after_crisis": False, "on_screen": False},
    "topic.html": {"topic": "star", "consent": False, "on_screen": False},
    "privacy/difference.html": {"consent": True},
    "admin/statistik.html": {
        "users_active": 10,
        "users_inactive": 1,
        "journeys_started": 7,
        "journeys_finished": 3,
        "open_by_step": [1, 2, 0, 1, 0, 0],
        "opted_in": 4,
        "sent_today": 4,
        "applications": 12,
        "applications_open": 5,
        "crisis_paused": 0,
        "updates_failed": 1200,
        "updates_waiting": 0,
        "today": date(2026, 11, 25),
    },
    "reminders/status.html": {
        "enabled": True,
        "time_label": "08.00",
        "zone_label": "WIB",
        "paused": True,
        "nudges": [("interview", True), ("quiet", True)],
        "nudge_at": "19.30 WITA",
    },
    "reminders/enabled.html": {
        "time_label": "08.00",
        "zone_label": "WITA",
        "first_date": date(2026, 11, 26),
    },
    "daily/daily.html": {
        "message": "msg_rencana_1",
        "name": LONG_NAME,
        "days": 3,
        "position": LONG_NAME,
        "step": None,
        "done": 1,
        "total": 4,
        "today": date(2026, 11, 25),
        "hour": 7,
        "next_item": {"action": "course", "detail": LONG_NAME, "due_on": date(2026, 11, 25)},
    },
    "privacy/hapusdata.html": {"consent": True},
    "privacy/export.html": {"count": 2},
    "privacy/export.txt": {
        "consent": False,
        "exported_at": date(2026, 11, 25),
        "applications": [
            {
                "company": LONG_NAME,
                "position": LONG_NAME,
                "stage": stage,
                "stage_on": date(2026, 11, 25),
                "source": "referral",
                "company_kind": "mid" if stage == "hr" else None,
                "interview_on": date(2026, 11, 30) if stage == "hr" else None,
            }
            for stage in ("applied", "hr", "rejected")
        ],
        "zone_label": "WIT",
        "checkins": [
            {
                "at": datetime(2026, 11, 25, 1, 5, tzinfo=UTC),
                "score": 1,
                "source": "daily",
                "journey": 1,
            },
            {
                "at": datetime(2026, 11, 26, 13, 0, tzinfo=UTC),
                "score": 5,
                "source": "command",
                "journey": None,
            },
        ],
        "journeys": [
            {
                "company": LONG_NAME,
                "position": LONG_NAME,
                "created_at": date(2026, 11, 25),
                "status": "finished",
                "answers": [
                    {"prompt": "company", "value": LONG_NAME},
                    {"prompt": "phone", "value": None},
                    {"prompt": "_resume", "value": "x"},
                    {"prompt": "interview_date", "value": date(2026, 11, 20)},
                    {"prompt": "feelings", "value": ["kecewa", "malu"]},
                    {"prompt": "plan_actions", "value": ["course"]},
                ],
                "values": {"skill_name": LONG_NAME, "position": LONG_NAME},
                "feedback_reply": LONG_REPLY,
                "plan": [
                    {
                        "action": "course",
                        "detail": LONG_NAME,
                        "due_on": date(2026, 12, 1),
                        "done_at": None,
                    }
                ],
            }
        ],
        "practice": [
            {
                "created_at": date(2026, 11, 25),
                "question": LONG_NAME,
                "parts_found": ["situasi", "aksi"],
                "answer": LONG_NAME * 10,
            }
        ],
    },
    "mood/answered.html": {
        "score": 1,
        "low": True,
        "saved": False,
        "consent": None,
        "journey_waiting": True,
    },
    "grafik/caption.html": {"journeys": 2, "points": 7, "unplaced": 1},
    "grafik/too_few.html": {"points": 1, "unplaced": 3},
    "grafik/no_consent.html": {"consent": None},
    "unknown_command.html": {"command": "/" + "x<" * 31, "commands": RENDERER.commands},
    "latihan/intro.html": {"stored": False},
    "latihan/question.html": {
        "question": LONG_NAME * 4,
        "area": "questions",
        "retry": False,
        "limit": 3000,
    },
    "latihan/feedback.html": {
        "found": (),
        "missing": ("situasi", "tugas", "aksi", "hasil"),
        "words": 3,
        "too_short": True,
    },
    "latihan/invalid.html": {"error": "too_long", "limit": 3000},
    "latihan/stuck.html": {},
    "followup/ask.html": {"company": LONG_NAME * 3, "position": LONG_NAME * 3},
    "followup/invalid.html": {"error": "too_long", "limit": 3000},
    "followup/noted.html": {"agreed": True},
    "followup/paste.html": {
        "consent": None,
        "limit": 3000,
        "company": LONG_NAME,
        "position": LONG_NAME,
    },
    "followup/saved.html": {"consent": True, "points": [LONG_POINT] * 5},
    "followup/planned.html": {"points": [LONG_POINT] * 5, "due_on": date(2026, 12, 9)},
    "history/empty.html": {},
}


def history_entry(status: str, step: int, **answers: Any) -> history.JourneyFacts:
    """A journey at every field's limit, as /riwayat lists it."""
    return history.JourneyFacts(
        company=worst(v.COMPANY_LIMIT),
        position=worst(v.POSITION_LIMIT),
        status=status,
        step=step,
        started_on=date(2026, 11, 25),
        finished_on=date(2026, 12, 31) if status == "finished" else None,
        answers={"mood": 1, "interview_date": "2026-11-20", **answers},
        latest_mood=5,
        feedback_reply=worst(4000),
    )


# A full page of the longest journeys (history.PAGE_SIZE), and every pattern at once.
SAMPLES["history/list.html"] = {
    "entries": [
        history_entry("finished", 5),
        history_entry("active", 3),
        history_entry("paused", 0, interview_date=None),
        history_entry("abandoned", 2, mood=None),
    ],
    "page": history.Page(199, 200),
    "total": 1000,
}
SAMPLES["history/patterns.html"] = {
    "p": history.Patterns(
        journeys=1000,
        lowest=history.LowestArea(EVAL_AREAS, 999, 1000),
        skills=tuple(history.RecurringSkill(worst(v.SKILL_LIMIT), 2) for _ in range(5)),
        plan_done=12,
        plan_total=40,
        finished=999,
        average_days=12.5,
        undated=1,
    )
}


# Every stage and every source at once, with large counts (conversations/applications).
SAMPLES["history/funnel.html"] = {
    "f": application_rules.Funnel(
        total=10000,
        reached=tuple((stage, 9999) for stage in application_rules.PROGRESS),
        by_source=tuple(
            application_rules.SourceCount(source, 9999, 9998, 9997)
            for source in application_rules.SOURCES
        ),
        open=3333,
        rejected=3333,
        no_news=3334,
    )
}
SAMPLES["daily/daily.html"] = {**SAMPLES["daily/daily.html"], "week_added": 99, "week_wider": 98}
# "I am safe now" with no journey open: the offer to start comes with it.
SAMPLES["safety/safe_again.html"] = {"start": True}
# /rencana and /email before there is anything to show: with a journey open.
SAMPLES["journey/plan_empty.html"] = {"open": True}
SAMPLES["journey/email_unavailable.html"] = {"open": True}


def all_templates() -> list[str]:
    return sorted(
        name
        for name in RENDERER.env.list_templates()
        if not name.rpartition("/")[2].startswith("_")
        and name
        not in {
            "labels.txt",
            "console.txt",
            "daily/pool.html",
            "latihan/questions.txt",
            "grafik/labels.txt",
        }
        # Journey messages need a journey's state: tests/unit/test_journey_views.py; the
        # tracker's are rendered from its views in tests/unit/test_applications.py.
        and not name.startswith(("journey/", "lamaran/"))
    )


FILES = {"privacy/export.txt"}


@pytest.mark.parametrize("name", all_templates())
def test_template_renders_within_limits(name: str) -> None:
    text = RENDERER.render(name, **SAMPLES.get(name, {}))
    assert text.strip()
    if name not in FILES:  # a file sent as a document has no message limit
        assert telegram_length(text) <= MESSAGE_LIMIT
    if name.endswith(".html"):
        assert html_problems(text) == []
        assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize(
    "name",
    [n for n in dir(RENDERER.env.get_template("daily/pool.html").module) if n.startswith("msg_")],
)
def test_every_daily_message_renders_as_valid_html(name: str) -> None:
    text = RENDERER.render("daily/daily.html", **{**SAMPLES["daily/daily.html"], "message": name})
    assert html_problems(text) == [] and "{{" not in text


def test_the_daily_pool_has_at_least_30_distinct_messages_in_six_themes() -> None:
    module = RENDERER.env.get_template("daily/pool.html").module
    names = [n for n in dir(module) if n.startswith("msg_")]
    bodies = {str(getattr(module, n)()) for n in names}
    assert len(bodies) == len(names) >= 30
    assert {n.split("_")[1] for n in names} == {
        "validasi",
        "umpanbalik",
        "evaluasi",
        "rencana",
        "strategi",
        "penutup",
    }


@pytest.mark.parametrize("score", range(1, 6))
@pytest.mark.parametrize("consent", [True, False, None])
def test_every_mood_answer_renders_and_only_low_scores_point_to_help(
    score: int, consent: bool | None
) -> None:
    text = RENDERER.render(
        "mood/answered.html",
        score=score,
        low=score <= 2,
        saved=consent is True,
        consent=consent,
        journey_waiting=False,
    )
    assert html_problems(text) == [] and "{{" not in text
    assert ("/bantuan" in text) == (score <= 2)
    assert ("tidak saya simpan" in text) == (consent is not True)


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("grafik/no_consent.html", {"consent": False}),
        ("grafik/too_few.html", {"points": 0, "unplaced": 0}),
        ("grafik/caption.html", {"journeys": 1, "points": 2, "unplaced": 0}),
    ],
)
def test_the_other_grafik_variants_render(name: str, context: dict[str, Any]) -> None:
    text = RENDERER.render(name, **context)
    assert text and html_problems(text) == []


def test_idle_text_is_gentler_after_a_crisis_reply() -> None:
    text = RENDERER.render("idle_text.html", after_crisis=True)
    assert "/bantuan" in text and "/lanjut" in text and "/gagal" not in text


def test_user_text_is_escaped_in_html_templates() -> None:
    text = RENDERER.render("start.html", first_name="<b>x</b>")
    assert "&lt;b&gt;x&lt;/b&gt;" in text


_OPTIONS = RENDERER.env.get_template("labels.txt").module.OPTIONS  # type: ignore[attr-defined]
# Contexts for the labels that take arguments: every option of every group (and the
# buttons every prompt may add), a page, a platform, a plan item at its limit.
LABEL_SAMPLES: dict[str, list[dict[str, Any]]] = {
    "option": [
        {"group": group, "value": value, "selected": selected, "zone": "WITA"}
        for group, values in _OPTIONS.items()
        for value in values
        for selected in (False, True)
    ]
    + [{"group": "stage", "value": "skip"}, {"group": "recruiter", "value": "skip"}]
    + [{"group": "feelings", "value": "done"}]
    + [{"group": "sender_name", "value": "use_name", "first_name": "Rina Lestari"}]
    + [{"group": "app", "value": "next", "stage": stage} for stage in _OPTIONS["app_stage"]]
    + [{"group": "app_kind", "value": "skip"}],
    "history_plan": [{"number": 1}, {"number": 1000}],
    # A list entry of /lamaran: company and position cut to fit (conversations/applications).
    "application": [
        dict(zip(("number", "position", "company"), (5, *list_names(5, *names)), strict=True))
        for names in (
            ("Senior Backend Engineer", "PT Bank Rakyat Indonesia (Persero) Tbk"),
            ("W" * 100, "M" * 100),
        )
    ],
    "history_page": [{"direction": "previous"}, {"direction": "next"}],
    "course_link": [{"platform": p} for p in ("coursera", "edx", "linkedin_learning", "dicoding")],
    # Our own words fit a button; a skill at its limit may be cut by the client.
    "plan_item": [
        {"action": action, "detail": "analisis data", "done": done}
        for action in (
            *("course", "certification", "project"),
            *("mock_interview", "record_yourself", "organisation"),
            *("cv", "widen", "event"),
        )
        for done in (False, True)
    ]
    + [{"action": "network", "detail": "10", "done": False}],
}


@pytest.mark.parametrize("name", RENDERER.label_names())
def test_every_label_renders_short(name: str) -> None:
    for context in LABEL_SAMPLES.get(name, [{}]):
        label = RENDERER.label(name, **context)
        assert 0 < len(label) <= 64, (name, context)
        assert "\n" not in label and "None" not in label, (name, label)


def test_commands_are_valid_bot_commands() -> None:
    for command in RENDERER.commands:
        assert command.name.islower() and command.name.isascii() and len(command.name) <= 32
        assert 3 <= len(command.description) <= 256


def test_bot_descriptions_fit_telegram_limits() -> None:
    assert len(RENDERER.render("bot_description.txt")) <= 512
    assert len(RENDERER.render("bot_short_description.txt")) <= 120


def test_short_message_is_not_split() -> None:
    assert split_message("<b>halo</b>") == ["<b>halo</b>"]


def test_long_message_is_split_at_paragraphs_and_tags_stay_balanced() -> None:
    paragraph = "<b>Judul</b> " + "kata " * 150
    text = (
        "\n\n".join([paragraph] * 20) + "\n\n<pre>" + "\n\n".join(["baris " * 100] * 15) + "</pre>"
    )
    chunks = split_message(text)
    assert len(chunks) > 2
    for chunk in chunks:
        assert telegram_length(chunk) <= MESSAGE_LIMIT
        assert html_problems(chunk) == []
    rejoined = "".join(html_to_text(chunk) for chunk in chunks)
    assert rejoined.count("baris") == 1500 and rejoined.count("kata") == 3000


def test_one_huge_paragraph_without_spaces_is_cut_outside_entities() -> None:
    text = "&amp;" * 3000
    chunks = split_message(text)
    assert all(telegram_length(c) <= MESSAGE_LIMIT for c in chunks)
    assert "".join(chunks) == text


def test_emoji_count_double_against_the_limit() -> None:
    text = "🙂" * 3000  # 6,000 UTF-16 units
    chunks = split_message(text)
    assert len(chunks) == 2 and "".join(chunks) == text


def test_html_to_text_reads_like_plain_text() -> None:
    html = '<b>Halo</b> &amp; <a href="https://t.me/x">buka</a>\n<blockquote>kutipan</blockquote>'
    assert html_to_text(html) == "Halo & buka (https://t.me/x)\n│ kutipan"


def test_history_patterns_read_as_progress_with_indonesian_numbers() -> None:
    found = history.Patterns(
        journeys=3,
        lowest=history.LowestArea(("technical", "research"), 2, 3),
        plan_done=0,
        plan_total=4,
        finished=2,
        average_days=2.5,
    )
    text = RENDERER.render("history/patterns.html", p=found)
    assert (
        "pertanyaan teknis/studi kasus serta riset perusahaan dan posisi "
        "(masing-masing 2 dari 3 wawancara)"
    ) in text
    assert "bukan penilaian atas diri Anda" in text
    assert "belum ada yang Anda centang selesai" in text
    assert "rata-rata 2,5 hari setelah wawancaranya" in text
    assert "Keterampilan yang kembali muncul" not in text


def test_the_mood_answer_keeps_its_paragraphs() -> None:
    """The line chosen by {% if quiet %} must not swallow the blank line after it."""
    text = RENDERER.render(
        "mood/answered.html", low=False, score=3, saved=True, consent=True, journey_waiting=True
    )
    assert "waktu.\n\nPerjalanan Anda masih tersimpan" in text


def test_journey_days_are_counted_from_what_they_were_counted_from() -> None:
    """No "setelah wawancaranya" when no finished journey had an interview date."""
    undated = history.Patterns(journeys=2, finished=1, average_days=3, undated=1)
    text = RENDERER.render("history/patterns.html", p=undated)
    assert "3 hari setelah Anda memulainya." in text and "wawancaranya" not in text
    mixed = history.Patterns(journeys=3, finished=2, average_days=3, undated=1)
    text = RENDERER.render("history/patterns.html", p=mixed)
    assert "hari setelah wawancaranya." in text and "dipakai sebagai patokan" in text
