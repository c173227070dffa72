"""The crisis detector against the labelled corpus in tests/data/safety/ (floors, not
timings: `make safety-eval` prints the figures per family and lists every miss)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.safety_eval import Result, crisis, gentle, load, must_not
from conversations.safety import Risk, assess

RECALL_FLOOR = 0.97  # share of the crisis set that must raise CRISIS
FALSE_CRISIS_CEILING = 0.02  # share of the must-not set allowed to raise CRISIS
GENTLE_FLOOR = 0.90  # share of the gentle set that must raise DISTRESS

CRISIS_FAMILIES = {
    "explicit", "want_to_die", "end_life", "self_harm", "method", "farewell", "indirect",
    "burden", "give_up_life", "english", "spelling", "regional", "pasted_own",
}  # fmt: skip
MUST_NOT_FAMILIES = {
    "idiom", "idiom_want", "device", "hyperbole", "job_venting", "pasted_email",
    "star_answer", "title", "news", "reassurance", "english_harmless", "adversarial",
}  # fmt: skip


def _misses(result: Result) -> str:
    lines = [f"{p.family}:{p.line} {p.text!r} -> {r.risk.value} {r.family or ''} {r.phrase!r}"
             for p, r in result.wrong]  # fmt: skip
    return "\n".join(lines)


@pytest.fixture(scope="module")
def results() -> dict[str, Result]:
    return {"crisis": crisis(), "must_not": must_not(), "gentle": gentle()}


def test_the_corpus_is_big_and_broad() -> None:
    sizes = {name: Counter(p.family for p in load(name)) for name in ("crisis", "must_not")}
    assert sum(sizes["crisis"].values()) >= 250
    assert sum(sizes["must_not"].values()) >= 250
    assert len(load("gentle")) >= 60
    assert set(sizes["crisis"]) >= CRISIS_FAMILIES, CRISIS_FAMILIES - set(sizes["crisis"])
    assert set(sizes["must_not"]) >= MUST_NOT_FAMILIES
    multi_line = [p for p in load("must_not") if p.pasted and p.text.count("\n") >= 3]
    assert len(multi_line) >= 5, "several realistic multi-line pasted emails"


def test_the_corpus_has_no_phrase_twice_or_on_both_sides() -> None:
    seen: dict[str, str] = {}
    for name in ("crisis", "must_not", "gentle"):
        for phrase in load(name):
            key = phrase.text.casefold().strip()
            assert key not in seen, f"{name}:{phrase.line} repeats {seen.get(key)}"
            seen[key] = f"{name}:{phrase.line}"


def test_crisis_recall(results: dict[str, Result]) -> None:
    total = results["crisis"].total
    print(f"\ncrisis recall {total.right}/{total.total} = {total.rate:.1%}")
    assert total.rate >= RECALL_FLOOR, _misses(results["crisis"])


def test_false_crisis(results: dict[str, Result]) -> None:
    total = results["must_not"].total
    false_rate = 1 - total.rate
    print(f"\nfalse crisis {total.total - total.right}/{total.total} = {false_rate:.1%}")
    assert false_rate <= FALSE_CRISIS_CEILING, _misses(results["must_not"])


def test_the_gentle_tier(results: dict[str, Result]) -> None:
    result = results["gentle"]
    outcomes = result.outcomes
    print(
        f"\ngentle tier {result.total.right}/{result.total.total} = {result.total.rate:.1%}"
        f" (as crisis: {outcomes.get(Risk.CRISIS, 0)}, as nothing: {outcomes.get(Risk.NONE, 0)})"
    )
    assert result.total.rate >= GENTLE_FLOOR, _misses(result)


def test_a_pasted_email_never_raises_a_crisis_but_the_users_own_words_do() -> None:
    for phrase in load("must_not"):
        if phrase.pasted:
            assert assess(phrase.text, pasted=True) is not Risk.CRISIS, phrase.text
    for phrase in load("crisis"):
        if phrase.pasted:
            assert assess(phrase.text, pasted=True) is Risk.CRISIS, phrase.text
