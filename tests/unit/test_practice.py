"""/latihan's pure parts: the question pool, which question comes next, and the texts
built from them (every question, every feedback, every STAR example)."""

from __future__ import annotations

import itertools

import pytest

from bot.presenter import present
from bot.render import MESSAGE_LIMIT, Renderer, telegram_length
from conversations import practice as rules
from conversations.outcome import Button, Outcome, Reply
from conversations.star import PARTS, check
from conversations.summary import EVAL_AREAS
from conversations.validators import Invalid
from tests.telegram_html import html_problems

RENDERER = Renderer()
POOL = RENDERER.practice_pool


def question(key: str, *areas: str) -> rules.Question:
    return rules.Question(key, areas, f"Teks {key}")


SMALL = (
    question("a", "technical"),
    question("b", "communication", "culture"),
    question("c", "communication"),
    question("d", "research"),
)


# --- the pool in templates/ ----------------------------------------------------------


def test_the_pool_has_at_least_20_questions_and_trains_every_area() -> None:
    assert len(POOL) >= 20
    assert len({q.key for q in POOL}) == len(POOL)
    for area in EVAL_AREAS:
        assert len([q for q in POOL if area in q.areas]) >= 3, area


def test_questions_are_formal_and_fit_the_stored_key() -> None:
    for q in POOL:
        assert len(q.key) <= 32 and q.key.isascii()
        assert q.text[-1] in ".?" and "Anda" in q.text
        assert not {"kamu", "lu", "elo"} & set(q.text.lower().split())


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([["a", "technical"]], "needs key"),
        ([["A b", "technical", "t"]], "bad question key"),
        ([["a" * 33, "technical", "t"]], "bad question key"),
        ([["a", "technical", "t"], ["a", "research", "t"]], "twice"),
        ([["a", "cooking", "t"]], "areas"),
        ([["a", "", "t"]], "areas"),
        ([["a", "technical", ""]], "no text"),
        ([], "empty"),
    ],
)
def test_a_broken_pool_fails_at_start_up(rows: list[list[str]], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        rules.parse_pool(rows)


def test_pool_rows_are_parsed_with_their_areas() -> None:
    parsed = rules.parse_pool([["kunci", "technical, research", "Ceritakan | apa saja."]])
    assert parsed == (rules.Question("kunci", ("technical", "research"), "Ceritakan | apa saja."),)


# --- choosing the next question ------------------------------------------------------


def test_lowest_areas_come_from_the_ratings_with_ties() -> None:
    answers = {"eval_technical": 4, "eval_communication": 2, "eval_culture": 2, "x": 1}
    assert rules.lowest_areas(answers) == ("communication", "culture")
    assert rules.lowest_areas({"eval_research": 5}) == ("research",)
    assert rules.lowest_areas({}) == ()
    assert rules.lowest_areas({"eval_technical_note": "catatan"}) == ()


@pytest.mark.parametrize("turn", range(6))
def test_the_question_fits_the_weakest_area(turn: int) -> None:
    picked = rules.choose(SMALL, ("communication",), None, turn)
    assert "communication" in picked.question.areas and picked.area == "communication"


def test_a_tie_prefers_the_first_weak_area_that_has_questions() -> None:
    picked = rules.choose(SMALL, ("questions", "research"), None, 0)
    assert picked.question.key == "d" and picked.area == "research"


@pytest.mark.parametrize("turn", range(8))
def test_the_question_just_practised_is_not_asked_again(turn: int) -> None:
    assert rules.choose(SMALL, (), "a", turn).question.key != "a"
    assert rules.choose(SMALL, ("research",), "d", turn).question.key != "d"


def test_when_the_weak_area_has_only_the_last_question_another_one_comes() -> None:
    picked = rules.choose(SMALL, ("research",), "d", 0)
    assert picked.question.key != "d" and picked.area is None


def test_without_ratings_any_question_and_the_turn_walks_the_pool() -> None:
    keys = [rules.choose(SMALL, (), None, turn).question.key for turn in range(4)]
    assert sorted(keys) == ["a", "b", "c", "d"]
    assert all(rules.choose(SMALL, (), None, t).area is None for t in range(4))


def test_a_pool_of_one_still_answers() -> None:
    only = (question("a", "technical"),)
    assert rules.choose(only, ("technical",), "a", 3).question.key == "a"


def test_in_the_real_pool_every_area_gets_its_own_questions() -> None:
    for area, turn in itertools.product(EVAL_AREAS, range(5)):
        picked = rules.choose(POOL, (area,), POOL[0].key, turn)
        assert area in picked.question.areas and picked.question.key != POOL[0].key


def test_find_by_key() -> None:
    assert rules.find(SMALL, "c") == SMALL[2]
    assert rules.find(SMALL, "zz") is None and rules.find(SMALL, None) is None


# --- the typed answer ----------------------------------------------------------------


def test_answer_limits() -> None:
    assert rules.parse_answer("  Saat itu saya \u200bbekerja.  ") == "Saat itu saya bekerja."
    assert rules.parse_answer("x" * rules.ANSWER_LIMIT) == "x" * rules.ANSWER_LIMIT
    assert rules.parse_answer("x" * (rules.ANSWER_LIMIT + 1)) == Invalid(
        "too_long", rules.ANSWER_LIMIT
    )
    assert rules.parse_answer(" ?! 🙂 ") == Invalid("empty")


# --- the texts -----------------------------------------------------------------------


def rendered(outcome: Outcome) -> list[str]:
    texts = []
    for message in present(RENDERER, outcome, keyboard_seq=123456789).messages:
        assert telegram_length(message.text) <= MESSAGE_LIMIT
        assert html_problems(message.text) == [], message.text[:300]
        assert "{{" not in message.text and "None" not in message.text
        texts.append(message.text)
    return texts


BUTTONS = (
    (Button("option", value="lat:retry:x", label_context={"group": "practice", "value": "retry"}),),
    (Button("option", value="lat:other:x", label_context={"group": "practice", "value": "other"}),),
    (Button("option", value="lat:done", label_context={"group": "practice", "value": "done"}),),
)


def test_practice_button_labels() -> None:
    reply = Reply("latihan/done.html", {}, BUTTONS)
    presentation = present(RENDERER, Outcome((reply,)), 1)
    assert [option.to_entry() for option in presentation.choices or []] == [
        ["lat:retry:x", "Coba lagi"],
        ["lat:other:x", "Pertanyaan lain"],
        ["lat:done", "Selesai"],
    ]


@pytest.mark.parametrize("q", POOL, ids=[q.key for q in POOL])
def test_every_question_renders_with_every_heading(q: rules.Question) -> None:
    for area, retry in [(None, False), (q.areas[0], False), (None, True)]:
        context = {"question": q.text, "area": area, "retry": retry, "limit": 3000}
        (text,) = rendered(Outcome((Reply("latihan/question.html", context, BUTTONS[1:]),)))
        assert q.text in text and "3.000 karakter" in text


@pytest.mark.parametrize(
    "found", [c for n in range(5) for c in itertools.combinations(PARTS, n)], ids=str
)
def test_every_feedback_names_what_is_there_and_what_is_missing(found: tuple[str, ...]) -> None:
    missing = tuple(p for p in PARTS if p not in found)
    context = {"found": found, "missing": missing, "words": 30, "too_short": False}
    (text,) = rendered(Outcome((Reply("latihan/feedback.html", context, BUTTONS),)))
    if not missing:
        assert "Bagus sekali" in text and "Saran" not in text
    else:
        assert "Saran" in text and text.count("Contoh:") == len(missing)
    if found and missing:
        assert "Belum ada: " in text
    assert "masih singkat" not in text


def test_a_short_answer_gets_a_kind_nudge_with_its_word_count() -> None:
    context = {"found": ("aksi",), "missing": ("situasi", "tugas", "hasil"), "words": 7}
    (text,) = rendered(Outcome((Reply("latihan/feedback.html", {**context, "too_short": True}),)))
    assert "masih singkat (7 kata)" in text


@pytest.mark.parametrize("error", ["empty", "too_long", "unsupported", "choices"])
def test_every_refusal_is_kind_and_valid(error: str) -> None:
    (text,) = rendered(Outcome((Reply("latihan/invalid.html", {"error": error, "limit": 3000}),)))
    assert text


@pytest.mark.parametrize("stored", [True, False])
def test_the_introduction_says_whether_answers_are_kept(stored: bool) -> None:
    (text,) = rendered(Outcome((Reply("latihan/intro.html", {"stored": stored}),)))
    assert ("tidak disimpan" in text) != stored
    for name in ("Situasi", "Tugas", "Aksi", "Hasil"):
        assert f"<b>{name}</b>" in text


def test_each_suggested_example_shows_its_own_part() -> None:
    module = RENDERER.env.get_template("latihan/_parts.html").module
    examples = module.EXAMPLES  # type: ignore[attr-defined]
    assert set(examples) == set(PARTS)
    for part, example in examples.items():
        assert check(example).found == (part,), example
    # Put together, the four examples make a complete answer.
    assert check(" ".join(examples[p] for p in PARTS)).complete
