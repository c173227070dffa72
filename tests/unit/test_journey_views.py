"""Every journey message, with every field at its limit and full of HTML, renders as
valid Telegram HTML within the length limit (split where needed)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from bot.presenter import present
from bot.render import MESSAGE_LIMIT, Renderer, telegram_length
from conversations import journey as flow
from conversations import validators as v
from conversations.events import Text
from conversations.history import Improvement, LastTime, PlanFact
from conversations.outcome import Outcome, Reply
from tests.journey_data import HOSTILE, NOW, maximal_state, worst
from tests.telegram_html import html_problems

RENDERER = Renderer.shared()


def check(outcome: Outcome) -> list[str]:
    texts = []
    for message in present(RENDERER, outcome, keyboard_seq=123456789).messages:
        assert telegram_length(message.text) <= MESSAGE_LIMIT
        assert html_problems(message.text) == [], message.text[:300]
        assert "{{" not in message.text and "None" not in message.text
        texts.append(message.text)
        if message.keyboard:
            # The JSON a reply sends is the keyboard PTB's own methods would send.
            assert message.keyboard.to_dict() == message.markup
            for row in message.keyboard.inline_keyboard:
                for button in row:
                    assert button.text and "&lt;" not in button.text
                    data = button.callback_data
                    assert data is None or len(str(data).encode()) <= 64
    return texts


@pytest.mark.parametrize("prompt", flow.ORDER)
def test_every_prompt_renders_at_maximum_length(prompt: str) -> None:
    texts = check(flow.current(maximal_state(prompt)))
    assert texts


def test_recap_at_maximum_length_arrives_split_and_escaped() -> None:
    state = maximal_state("strategy")
    finished = flow.advance(state, Text("50"))
    assert finished.state.status == flow.FINISHED
    texts = check(finished.outcome)
    assert texts  # split when over the limit, which check() enforces per message
    assert HOSTILE not in "".join(texts)  # the user's tags never reach Telegram as tags
    assert "&lt;b&gt;" in texts[0]


def test_the_email_document_is_plain_text_and_the_message_escaped() -> None:
    state = maximal_state("email_sent")
    presentation = present(RENDERER, flow.current(state), 1)
    document = next(m.documents[0] for m in presentation.messages if m.documents)
    body = document.content.decode()
    assert "<b>&amp;</b>" in body and "&lt;" not in body
    assert body.startswith("Subjek: Terima Kasih dan Permohonan Umpan Balik \u2014 ")
    assert (
        "Yth. Ibu " in body
        and "jika Ibu berkenan meluangkan waktu" in body
        and "Bapak/Ibu" not in body
    )
    assert "+62 812 3456 7890" in body


@pytest.mark.parametrize(
    "error",
    [
        "empty",
        "too_long",
        "date_format",
        "date_future",
        "date_too_old",
        "date_not_future",
        "date_too_far",
        "phone",
        "linkedin",
        "count",
        "selection",
        "select_one",
        "choice",
        "unsupported",
        "stale",
        "name_letters",
        "name_needed",
        "grid_skip",
    ],
)
def test_every_miss_line_renders_as_one_short_line(error: str) -> None:
    context = {
        **flow.view(maximal_state()),
        "error": error,
        "prompt": "company",
        "limit": 100,
        "nearest": [],
        "example": "20/11/2026",
        "with_buttons": False,
        "with_done": True,
    }
    text = check(Outcome((Reply("journey/miss.html", context),)))[0]
    assert 30 < len(text) < 200 and "\n" not in text


def test_a_miss_names_the_nearest_choices() -> None:
    context = {
        **flow.view(maximal_state()),
        "error": "choice",
        "prompt": "stage",
        "limit": None,
        "nearest": [("stage", "hr"), ("stage", "user")],
        "example": "",
        "with_buttons": True,
        "with_done": False,
    }
    text = check(Outcome((Reply("journey/miss.html", context),)))[0]
    assert text.startswith("Maksud Anda <b>")
    # Two labels: which one is meant is asked, and how to say it; the buttons are below.
    assert text.endswith("? Ketuk tombol yang Anda maksud.")


OTHER: dict[str, dict[str, Any]] = {
    "journey/reframe.html": {"patterns": ["self_blame", "comparison", "total_failure"]},
    "journey/restart_choice.html": {
        "company": HOSTILE * 20,
        "position": HOSTILE * 20,
        "step": 3,
        "expired": True,
    },
    "journey/no_journey.html": {"finished": True},
    "journey/progress.html": {
        "step": 2,
        "finished": False,
        "paused": True,
        "company": HOSTILE,
        "position": HOSTILE,
    },
    "journey/email_unavailable.html": {},
    "journey/plan_empty.html": {},
    "journey/plan.html": {
        "items": [
            {"action": a, "detail": HOSTILE * 10, "due_on": date(2026, 12, 1), "done": i % 2 == 0}
            for i, a in enumerate(flow.HARD_ACTIONS + flow.STRATEGY_ACTIONS + ("network",))
        ]
    },
    "journey/paused.html": {
        "invite_at": datetime(2026, 11, 26, 8, 0, tzinfo=NOW.tzinfo),
        "zone_label": "WIB",
    },
}


@pytest.mark.parametrize("name", sorted(OTHER))
def test_service_messages_render(name: str) -> None:
    context = {**flow.view(maximal_state()), **OTHER[name]}
    assert check(Outcome((Reply(name, context),)))


def test_a_skill_gap_is_named_with_its_kind_in_words() -> None:
    answers = {**maximal_state().answers, "skill_current": "dasar", "skill_required": "mahir"}
    state = flow.State("plan", answers, flow.ACTIVE, True, "Rina", NOW)
    text = check(flow.current(state))[0]
    assert "(keterampilan teknis): sekarang di tingkat dasar" in text and "mahir" in text


def test_an_overdue_plan_item_is_not_called_due_today() -> None:
    sample = {
        "message": "msg_rencana_1",
        "name": "Rina",
        "days": 40,
        "position": "Analis",
        "step": None,
        "done": 0,
        "total": 1,
        "today": date(2026, 2, 1),
        "hour": 8,
        "next_item": {"action": "cv", "detail": "Analis", "due_on": date(2026, 1, 1)},
    }
    text = RENDERER.render("daily/daily.html", **sample)
    assert "1 Januari 2026 sudah lewat" in text and "targetnya hari ini" not in text
    assert "Selamat pagi, Rina.</b> Sudah 40 hari" in text and "\n\n" in text


def test_the_opening_of_a_later_journey_names_what_helped_at_maximum_length() -> None:
    done = tuple(PlanFact(a, worst(v.SKILL_LIMIT), True) for a in flow.HARD_ACTIONS)
    last_time = LastTime(done[:2], 3, improved=Improvement("communication", 1, 5))
    opening = check(flow.begin(True, worst(64), NOW, last_time).outcome)[0]
    assert "menyelesaikan 3 butir rencana, antara lain mengikuti kursus daring tentang" in opening
    assert " serta " in opening and "“" not in opening
    assert "nilai komunikasi Anda juga lebih tinggi daripada di perjalanan sebelumnya: " in opening
    assert "dari 1 menjadi 5." in opening
    assert HOSTILE not in opening
    first = check(flow.begin(True, "Rina", NOW).outcome)[0]
    assert "pernah melewati masa seperti ini" not in first


def _ready_text(**answers: object) -> str:
    state = flow.State("ready", {"mood": 3, **answers}, flow.ACTIVE, True, "Rina", NOW)
    reply = flow.current(state).replies[-1]
    return RENDERER.render(reply.template, **reply.context)


def test_step_one_says_only_what_the_person_reported() -> None:
    """Relief alone is not answered with "memang menyakitkan"; no company is named
    (the interview's details are not asked before step 2)."""
    relief = _ready_text(feelings=["lega"], story=None, company="PT Maju")
    assert "Rasa lega pun wajar" in relief
    assert "menyakitkan" not in relief and "buru-buru dihilangkan" not in relief
    assert "PT Maju" not in relief
    heavy = _ready_text(feelings=["kecewa", "cemas"], story=None)
    assert "Rasa kecewa dan cemas itu wajar" in heavy


def test_step_one_without_a_pattern_gives_one_gentle_sentence_not_three_prohibitions() -> None:
    text = _ready_text(feelings=["sedih"], story="Saya gugup dan lupa contoh proyek saya.")
    assert text.count("menyalahkan diri") == 1
    assert "membandingkan diri" not in text and "kegagalan total" not in text
    assert "cobalah tidak" not in text


def _answered(prompt: str, typed: str, **answers: Any) -> str:
    state = flow.State(prompt, answers, flow.ACTIVE, True, "Rina", NOW)
    [text] = check(flow.advance(state, Text(typed)).outcome)
    return text


def test_more_words_at_the_ready_question_are_met_kindly_not_refused() -> None:
    """Self-blame typed where a button was asked for: no "belum saya pahami"."""
    text = _answered("ready", "Aku emang gak becus, temen-temen udah pada diterima")
    assert "belum saya pahami" not in text and "Saya butuh waktu dulu" in text
    assert "<b>Saya siap lanjut</b>" in text and "<b>Saya butuh waktu dulu</b>" in text


def test_a_target_not_read_is_asked_again_the_way_the_question_asked_it() -> None:
    text = _answered("plan", "kapan2 lah", skill_type="hard", skill_name="SQL")
    assert "2 minggu lagi" in text and "tanggal/bulan/tahun" not in text


def test_a_phone_number_is_no_recruiter_name() -> None:
    text = _answered("recruiter", "0812-1234-5678", company="PT Maju", position="Analis")
    assert "nomor, bukan nama" in text and "Tim rekrutmen saja" in text


def test_the_same_rating_everywhere_names_no_area_as_the_weakest() -> None:
    """ "3 3 3 3 3": listing all five areas as "the weakest" would say nothing."""
    state = flow.State("evaluation", {}, flow.ACTIVE, True, "Rina", NOW)
    rated = flow.advance(state, Text("3 3 3 3 3"))
    text = "\n".join(check(rated.outcome))
    assert "Anda memberi nilai yang sama untuk semua bagian" in text
    assert "Yang paling perlu diperkuat" not in text
