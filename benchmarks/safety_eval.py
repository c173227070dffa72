"""`make safety-eval`: the crisis detector measured on the labelled corpus in
tests/data/safety/ — recall on the crisis set, false crisis on the must-not set, and the
gentle tier — per family, with every miss listed and the time per message.

    python -m benchmarks.safety_eval [--quiet]
    python -m benchmarks.safety_eval --batch FILE [--quiet]

A phrase in a `pasted*` family counts only when it is right both as an ordinary message
and as pasted text (`assess(text, pasted=True)`).

`--batch` scores one fresh batch instead: a file of `set.family | text` lines (set is
crisis, must_not or gentle), written before the rules have seen it. Its first run is the
honest estimate of how the rules do on new text; then its lines join the corpus files.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from conversations.safety import Assessment, Risk, assess, explain

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "safety"
_ESCAPE = re.compile(r"\\(n|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\\)")


@dataclass(frozen=True)
class Phrase:
    family: str
    text: str
    line: int

    @property
    def pasted(self) -> bool:
        return self.family.startswith("pasted")


def _unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code == "n":
            return "\n"
        if code == "\\":
            return "\\"
        return chr(int(code[1:], 16))

    return _ESCAPE.sub(one, text)


def load(name: str, path: Path | None = None) -> list[Phrase]:
    """One corpus file: `family | text` a line; `#` comments and blank lines skipped."""
    phrases: list[Phrase] = []
    path = path or CORPUS / f"{name}.txt"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        family, sep, text = raw.partition(" | ")
        if not sep or not family.strip() or not text.strip():
            raise ValueError(f"{path.name}:{number}: expected 'family | text'")
        phrases.append(Phrase(family.strip(), _unescape(text.strip()), number))
    return phrases


@dataclass
class Tally:
    total: int = 0
    right: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Result:
    name: str
    wanted: str
    families: dict[str, Tally]
    wrong: list[tuple[Phrase, Assessment]]
    outcomes: dict[Risk, int]

    @property
    def total(self) -> Tally:
        return Tally(
            sum(t.total for t in self.families.values()),
            sum(t.right for t in self.families.values()),
        )


def _readings(phrase: Phrase) -> list[Assessment]:
    readings = [explain(phrase.text)]
    if phrase.pasted:
        readings.append(explain(phrase.text, pasted=True))
    return readings


def evaluate(
    name: str,
    wanted: str,
    is_right: Callable[[Risk], bool],
    phrases: list[Phrase] | None = None,
) -> Result:
    families: dict[str, Tally] = defaultdict(Tally)
    wrong: list[tuple[Phrase, Assessment]] = []
    outcomes: dict[Risk, int] = defaultdict(int)
    for phrase in load(name) if phrases is None else phrases:
        readings = _readings(phrase)
        tally = families[phrase.family]
        tally.total += 1
        outcomes[readings[0].risk] += 1
        bad = [r for r in readings if not is_right(r.risk)]
        if bad:
            wrong.append((phrase, bad[0]))
        else:
            tally.right += 1
    return Result(name, wanted, dict(families), wrong, dict(outcomes))


def crisis() -> Result:
    """Recall: the share of the crisis set that raises CRISIS."""
    return evaluate("crisis", "CRISIS", lambda risk: risk is Risk.CRISIS)


def must_not() -> Result:
    """The share of the must-not set that does *not* raise CRISIS (the gentle tier is
    allowed); one minus it is the false-crisis rate."""
    return evaluate("must_not", "not CRISIS", lambda risk: risk is not Risk.CRISIS)


def gentle() -> Result:
    """The share of the gentle set that raises DISTRESS (neither nothing nor a crisis)."""
    return evaluate("gentle", "DISTRESS", lambda risk: risk is Risk.DISTRESS)


WANTED: dict[str, tuple[str, Callable[[Risk], bool]]] = {
    "crisis": ("CRISIS", lambda risk: risk is Risk.CRISIS),
    "must_not": ("not CRISIS", lambda risk: risk is not Risk.CRISIS),
    "gentle": ("DISTRESS", lambda risk: risk is Risk.DISTRESS),
}


def batch(path: Path) -> list[Result]:
    """A fresh batch (`set.family | text` lines), scored set by set like the corpus."""
    sets: dict[str, list[Phrase]] = defaultdict(list)
    for phrase in load("batch", path):
        name, sep, family = phrase.family.partition(".")
        if not sep or name not in WANTED:
            raise ValueError(f"{path.name}:{phrase.line}: expected 'set.family | text'")
        sets[name].append(Phrase(family, phrase.text, phrase.line))
    return [
        evaluate(name, WANTED[name][0], WANTED[name][1], sets[name])
        for name in WANTED
        if name in sets
    ]


def _batch_summary(results: list[Result]) -> None:
    print()
    for result in results:
        n = result.total.total
        got = result.outcomes
        crisis_n, gentle_n, none_n = (got.get(r, 0) for r in (Risk.CRISIS, Risk.DISTRESS,
                                                               Risk.NONE))  # fmt: skip
        if result.name == "crisis":
            print(f"crisis caught {crisis_n}/{n} ({crisis_n / n:.0%}), to the gentle tier "
                  f"{gentle_n}, to nothing {none_n}")  # fmt: skip
        elif result.name == "must_not":
            print(f"look-alikes raised as crisis {n - result.total.right}/{n}, "
                  f"as gentle {gentle_n}/{n}")  # fmt: skip
        else:
            print(f"gentle set as gentle {gentle_n}/{n}, as crisis {crisis_n}, "
                  f"as nothing {none_n}")  # fmt: skip


def timing() -> tuple[float, float]:
    """Mean microseconds per corpus phrase, and per 2,000-character message."""
    texts = [p.text for name in ("crisis", "must_not", "gentle") for p in load(name)]
    start = time.perf_counter()
    for text in texts:
        assess(text)
    per_phrase = (time.perf_counter() - start) / len(texts) * 1e6
    long_text = " ".join(texts)[:2000]
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        assess(long_text)
    return per_phrase, (time.perf_counter() - start) / rounds * 1e6


def _report(result: Result, *, quiet: bool) -> None:
    total = result.total
    print(f"\n{result.name}: {total.right}/{total.total} {result.wanted} = {total.rate:.1%}")
    for family, tally in sorted(result.families.items()):
        print(f"  {family:<20} {tally.right:>4}/{tally.total:<4} {tally.rate:6.1%}")
    if not quiet and result.wrong:
        print(f"  wrong ({len(result.wrong)}):")
        for phrase, reading in result.wrong:
            said = reading.risk.value + (f" {reading.family}: {reading.phrase!r}"
                                         if reading.family else "")  # fmt: skip
            text = phrase.text.replace("\n", "\\n")
            print(f"    {phrase.family}:{phrase.line} {text!r} -> {said}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    parser.add_argument("--batch", type=Path, help="score one fresh batch file instead")
    args = parser.parse_args(argv)
    if args.batch:
        results = batch(args.batch)
        for result in results:
            _report(result, quiet=args.quiet)
        _batch_summary(results)
        return 0
    results = [crisis(), must_not(), gentle()]
    for result in results:
        _report(result, quiet=args.quiet)
    recall, kept, calm = (r.total.rate for r in results)
    per_phrase, per_long = timing()
    gentle_outcomes = results[2].outcomes
    print(
        f"\ncrisis recall {recall:.1%} · false crisis {1 - kept:.1%} · gentle tier "
        f"{calm:.1%} (gentle set read as crisis: {gentle_outcomes.get(Risk.CRISIS, 0)}, "
        f"as nothing: {gentle_outcomes.get(Risk.NONE, 0)}; must-not set read as gentle: "
        f"{results[1].outcomes.get(Risk.DISTRESS, 0)})"
    )
    print(f"time: {per_phrase:.0f} µs per phrase, {per_long:.0f} µs per 2,000 characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
