"""/latihan's pure parts: the question pool, which question comes next, and the texts
built from them (every question, every feedback, every STAR example)."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.presenter import present
from bot.render import MESSAGE_LIMIT, Renderer, telegram_length
from bot.services.practice import Gap, _feedback, _question_reply
from conversations import practice as rules
from conversations.outcome import Button, Outcome, Reply
from conversations.star import PARTS, StarCheck, check
from conversations.summary import EVAL_AREAS
from conversations.validators import Invalid
from tests.telegram_html import html_problems

RENDERER = Renderer.shared()
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
        # A skill-gap question needs one type and one {slot}, and a pool needs more.
        ([["a", "technical", "Ceritakan {x}."]], "skill question"),
        ([["a", "technical, hard", "Ceritakan x."]], "skill question"),
        ([["a", "technical, hard, soft", "Ceritakan {x}."]], "skill question"),
        ([["a", "technical, hard", "Ceritakan {x} dan {y}."]], "skill question"),
        ([["a", "technical, hard", "Ceritakan {x}."]], "empty"),
    ],
)
def test_a_broken_pool_fails_at_start_up(rows: list[list[str]], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        rules.parse_pool(rows)


def test_pool_rows_are_parsed_with_their_areas() -> None:
    parsed = rules.parse_pool([["kunci", "technical, research", "Ceritakan | apa saja."]])
    assert parsed == (rules.Question("kunci", ("technical", "research"), "Ceritakan | apa saja."),)


def test_a_skill_question_reads_the_skill_or_its_own_words() -> None:
    rows = [["a", "technical", "Teks."], ["b", "technical, hard", "Pakai {keahlian Anda} di sini."]]
    skill_q = rules.parse_pool(rows)[1]
    assert skill_q.skill_type == "hard" and skill_q.areas == ("technical",)
    assert skill_q.text == "Pakai keahlian Anda di sini."  # what the export shows
    assert skill_q.text_for("SQL") == "Pakai SQL di sini."
    assert skill_q.text_for(None) == skill_q.text_for("") == skill_q.text


def test_the_real_pool_has_one_skill_question_per_type() -> None:
    by_type = {q.skill_type: q for q in POOL if q.skill_type}
    assert set(by_type) == set(rules.SKILL_TYPES)
    assert "SQL window function dalam" in by_type["hard"].text_for("SQL window function")
    assert "keterampilan presentasi," in by_type["soft"].text_for("presentasi")
    for q in by_type.values():
        assert "{" not in q.text and "}" not in q.text


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("SQL, terutama window function", "SQL window function"),
        ("kemampuan presentasi di depan klien", "presentasi"),
        # Two skills stay two: never "SQL excel".
        ("SQL dan excel", "SQL dan excel"),
        ("excel & power bi", "excel dan power bi"),
        ("sql, excel dan tableau", "sql, excel dan tableau"),
        ("  ", None),
        (None, None),
        (3, None),
    ],
)
def test_the_skill_is_named_by_its_key_terms(typed: object, phrase: str | None) -> None:
    assert rules.skill_phrase(typed) == phrase


def test_only_hard_is_hard() -> None:
    assert rules.skill_type_of("hard") == "hard"
    assert rules.skill_type_of("soft") == rules.skill_type_of(None) == "soft"


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


HARD_Q = rules.Question("h", ("technical",), "Teks x.", "hard", ("Teks ", "."))
SOFT_Q = rules.Question("s", ("communication",), "Teks y.", "soft", ("Teks ", "."))
WITH_SKILLS = (*SMALL, HARD_Q, SOFT_Q)


@pytest.mark.parametrize("turn", range(6))
def test_a_skill_question_is_never_asked_without_a_skill_of_its_type(turn: int) -> None:
    for weak in [(), ("technical",), ("communication",)]:
        for prefer in (True, False):
            picked = rules.choose(WITH_SKILLS, weak, None, turn, prefer_skill=prefer)
            assert picked.question.skill_type is None
    picked = rules.choose(WITH_SKILLS, ("communication",), None, turn, "hard", prefer_skill=True)
    assert picked.question is HARD_Q


@pytest.mark.parametrize("turn", range(6))
def test_a_new_practice_starts_with_the_skill_gap_question(turn: int) -> None:
    picked = rules.choose(WITH_SKILLS, ("research",), "a", turn, "soft", prefer_skill=True)
    assert picked.question is SOFT_Q and picked.area is None


@pytest.mark.parametrize("turn", range(6))
def test_the_skill_question_just_practised_is_not_asked_again(turn: int) -> None:
    picked = rules.choose(WITH_SKILLS, ("research",), "s", turn, "soft", prefer_skill=True)
    assert picked.question.key == "d" and picked.area == "research"
    other = rules.choose(WITH_SKILLS, (), "s", turn, "soft")
    assert other.question is not SOFT_Q


def test_another_question_has_the_skill_question_in_its_turn() -> None:
    # Weak in communication with a soft-skill gap: "another question" walks b, c and s.
    keys = {
        rules.choose(WITH_SKILLS, ("communication",), None, turn, "soft").question.key
        for turn in range(6)
    }
    assert keys == {"b", "c", "s"}


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
    gap = Gap("x<y" * 20, q.skill_type) if q.skill_type else None  # escaped, at its limit
    for area, retry, tips in [
        (None, False, None),
        (q.areas[0], False, None),
        (q.areas[0], False, q.areas[0]),
        (None, False, "questions"),
        (None, True, None),
    ]:
        reply = _question_reply(q, area, retry, gap, tips)
        (text,) = rendered(Outcome((Reply(reply.template, reply.context, BUTTONS[1:]),)))
        assert q.text_for(gap.phrase if gap else None).replace("<", "&lt;") in text
        assert "3.000 karakter" in text and "ketuk <b>Pertanyaan lain</b>" in text


TIPS = RENDERER.env.get_template("latihan/_tips.html").module.TIPS  # type: ignore[attr-defined]


def test_every_area_has_its_own_tips() -> None:
    assert set(TIPS) == set(EVAL_AREAS)
    assert len(set(TIPS.values())) == len(EVAL_AREAS)
    for tip in TIPS.values():
        assert 150 < len(tip) < 600 and "\n" not in tip


def test_the_tips_for_questions_to_the_company_say_what_good_questions_are() -> None:
    tip = TIPS["questions"]
    for idea in ("tantangan", "tiga bulan pertama", "tahap berikutnya"):
        assert idea in tip


@pytest.mark.parametrize("area", EVAL_AREAS)
def test_the_tips_come_with_the_question_of_the_lowest_area(area: str) -> None:
    q = next(q for q in POOL if area in q.areas and q.skill_type is None)
    reply = _question_reply(q, area, False, None, area)
    (text,) = rendered(Outcome((reply,)))
    assert TIPS[area] in text and "Anda menilai area <b>" in text
    assert "Pertanyaan berikut dipilih untuk melatih area itu." in text
    assert text.index(TIPS[area]) < text.index("<b>Pertanyaan latihan</b>")


def test_a_skill_question_says_what_it_is_about_after_the_tips() -> None:
    q = next(q for q in POOL if q.skill_type == "hard")
    assert "technical" in q.areas
    reply = _question_reply(q, None, False, Gap("SQL window function", "hard"), "technical")
    (text,) = rendered(Outcome((reply,)))
    assert TIPS["technical"] in text
    assert "membahas keterampilan yang menurut Anda paling terasa kurang" in text
    assert "memakai SQL window function dalam sebuah tugas" in text
    assert "dipilih untuk area" not in text


def test_the_tips_come_only_with_a_question_that_trains_their_area() -> None:
    """The lowest area's advice above a question about something else reads as if the
    question were about that area."""
    q = next(q for q in POOL if q.skill_type == "hard")
    assert "questions" not in q.areas
    reply = _question_reply(q, None, False, Gap("SQL window function", "hard"), "questions")
    (text,) = rendered(Outcome((reply,)))
    assert TIPS["questions"] not in text and "Saran untuk area ini" not in text
    assert "membahas keterampilan yang menurut Anda paling terasa kurang" in text


def test_a_retry_claims_nothing_about_the_answer() -> None:
    (text,) = rendered(Outcome((_question_reply(POOL[0], None, True, None),)))
    assert "tulis ulang cerita Anda untuk pertanyaan yang sama" in text
    assert "belum ada" not in text.lower() and "lengkapi" not in text


ANSWERS = {
    "nothing": "Saya tidak tahu harus menjawab apa.",
    "short": "Saya menyusun jadwal baru dan hasilnya bagus.",
    "no_result": "Saat itu saya bekerja sebagai kasir. Tugas saya menghitung uang di akhir "
    "shift. Saya membuat catatan harian supaya selisih kas mudah dilacak.",
    "result_only": "Laporan yang tadinya makan 4 jam tiap minggu jadi cuma 10 menit.",
    "complete": "pas itu aku kerja di kafe, tugasku jaga kasir. trs aku bikin catatan "
    "harian. akhirnya selisih kas jd ga ada lagi",
}


def feedback_text(answer: str) -> tuple[str, StarCheck]:
    result = check(answer)
    (text,) = rendered(_feedback(POOL[0], result))
    return text, result


@pytest.mark.parametrize("name", ANSWERS)
def test_feedback_quotes_each_part_in_the_users_own_words(name: str) -> None:
    text, result = feedback_text(ANSWERS[name])
    quoted = re.findall(r"^• <b>[^<]+</b>: “(.*)”$", text, re.MULTILINE)
    assert quoted == [quote for _, quote in result.grouped_quotes()]
    for quote in quoted:
        assert quote.strip("…") in ANSWERS[name]
    if result.found:
        assert "Kalimat Anda yang menandai tiap bagian:" in text
    else:
        assert "Kalimat Anda" not in text


@pytest.mark.parametrize("name", ANSWERS)
def test_feedback_claims_only_what_is_true_for_the_answer(name: str) -> None:
    text, result = feedback_text(ANSWERS[name])
    for claim in ("Bagus sekali", "Cerita yang sudah Anda susun", "suara keras", "runtut"):
        assert claim not in text
    assert ("Keempat bagian STAR ada" in text) == result.complete
    assert ("belum menemukan satu pun" in text) == (not result.found)
    assert ("<b>Saran</b>" in text) == (not result.complete)
    assert ("berlatihlah mengucapkan jawaban ini" in text) == result.complete
    assert ("masih singkat" in text) == result.too_short


def test_a_result_with_numbers_is_named_as_the_result() -> None:
    text, _ = feedback_text(ANSWERS["result_only"])
    assert "Sudah ada: Hasil. Belum ada: Situasi, Tugas, dan Aksi." in text
    assert "• <b>Hasil</b>: “Laporan yang tadinya makan 4 jam tiap minggu jadi cuma 10 menit.”" in (
        text
    )


def test_one_sentence_for_two_parts_is_quoted_once() -> None:
    text, _ = feedback_text(ANSWERS["short"])
    assert text.count("Saya menyusun jadwal baru") == 1
    assert "• <b>Aksi dan Hasil</b>: “Saya menyusun jadwal baru dan hasilnya bagus.”" in text


def test_a_quote_is_escaped_as_html() -> None:
    text, _ = feedback_text("Hasilnya <b>semua</b> terkirim & tepat waktu.")
    assert "“Hasilnya &lt;b&gt;semua&lt;/b&gt; terkirim &amp; tepat waktu.”" in text


def test_the_longest_answer_gets_feedback_in_one_message() -> None:
    sentence = "Saat itu saya menyusun jadwal baru dan hasilnya naik 20% setiap minggu. "
    answer = (sentence * 60)[: rules.ANSWER_LIMIT]
    text, _ = feedback_text(answer)
    assert telegram_length(text) <= MESSAGE_LIMIT


@pytest.mark.parametrize(
    "found", [c for n in range(5) for c in itertools.combinations(PARTS, n)], ids=str
)
def test_every_feedback_names_what_is_there_and_what_is_missing(found: tuple[str, ...]) -> None:
    missing = tuple(p for p in PARTS if p not in found)
    context = {"found": found, "missing": missing, "words": 30, "too_short": False}
    (text,) = rendered(Outcome((Reply("latihan/feedback.html", context, BUTTONS),)))
    if not missing:
        assert "Keempat bagian STAR ada" in text and "Saran" not in text
    else:
        assert "Saran" in text and text.count("Contoh:") == len(missing)
    if found and missing:
        assert "Belum ada: " in text
    assert "masih singkat" not in text


def test_a_short_answer_gets_a_kind_nudge_with_its_word_count() -> None:
    context = {"found": ("aksi",), "missing": ("situasi", "tugas", "hasil"), "words": 7}
    (text,) = rendered(Outcome((Reply("latihan/feedback.html", {**context, "too_short": True}),)))
    assert "masih singkat (7 kata)" in text


@pytest.mark.parametrize("answered", [True, False])
def test_closing_thanks_for_practice_only_after_an_answer(answered: bool) -> None:
    (text,) = rendered(Outcome((Reply("latihan/done.html", {"answered": answered}),)))
    assert ("Terima kasih sudah berlatih" in text) == answered
    assert "/latihan" in text and "Cerita yang sudah Anda susun" not in text


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


def _all_practice_texts() -> list[str]:
    texts = [feedback_text(answer)[0] for answer in ANSWERS.values()]
    texts += [RENDERER.render("latihan/intro.html", stored=s) for s in (True, False)]
    texts += [RENDERER.render("latihan/done.html", answered=a) for a in (True, False)]
    for area in EVAL_AREAS:
        q = next(q for q in POOL if area in q.areas)
        reply = _question_reply(q, area, False, Gap("presentasi", "soft"), area)
        texts.append(RENDERER.render(reply.template, **reply.context))
    return texts


def test_practice_texts_follow_the_house_typography() -> None:
    for text in _all_practice_texts():
        plain = re.sub(r"<[^>]+>", "", text)
        assert '"' not in plain and "'" not in plain, plain  # one quote style: “ ”
        for sentence in re.split(r"(?<=[.!?:])\s+|\n+", plain):
            assert not sentence.lstrip("•“ ")[:1].isdigit(), sentence
        assert not {"kamu", "kau", "lu", "elo"} & set(plain.lower().split())
        assert "\n\n\n" not in text


def test_each_suggested_example_shows_its_own_part() -> None:
    module = RENDERER.env.get_template("latihan/_parts.html").module
    examples = module.EXAMPLES  # type: ignore[attr-defined]
    assert set(examples) == set(PARTS)
    for part, example in examples.items():
        assert check(example).found == (part,), example
    # Put together, the four examples make a complete answer.
    assert check(" ".join(examples[p] for p in PARTS)).complete
