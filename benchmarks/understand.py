"""`make understand`: how well typed answers are understood, on the labelled corpus in
tests/data/understanding/ read against the real keyboards. Prints the share understood
per prompt kind, then every misread (something other than what was meant would be
stored or done) and, with --misses, every answer that was simply not understood.

    python -m benchmarks.understand [--misses] [--kind consent]
"""

from __future__ import annotations

import argparse
import time

from tests.unit.test_understanding_corpus import FLOOR, Result, figures, run_corpus


def table(results: list[Result]) -> str:
    lines = [f"{'prompt kind':<20} {'understood':>10} {'share':>7}  misreads", "-" * 50]
    for kind, (good, total) in figures(results).items():
        misreads = sum(r.misread for r in results if r.case.kind == kind)
        flag = "" if good / total >= FLOOR else f"  below {FLOOR:.0%}"
        lines.append(f"{kind:<20} {good:>5}/{total:<4} {good / total:>7.1%}  {misreads}{flag}")
    good = sum(r.understood for r in results)
    misreads = sum(r.misread for r in results)
    lines.append("-" * 50)
    lines.append(f"{'all':<20} {good:>5}/{len(results):<4} {good / len(results):>7.1%}  {misreads}")
    return "\n".join(lines)


def describe(result: Result) -> str:
    case = result.case
    return (
        f"  {case.where:<24} [{case.kind}] {case.typed!r}: meant {case.expected}, got {result.got}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="also list answers not understood")
    parser.add_argument("--kind", help="only this prompt kind")
    arguments = parser.parse_args()
    started = time.perf_counter()
    results = [r for r in run_corpus() if arguments.kind in (None, r.case.kind)]
    elapsed = time.perf_counter() - started
    print(table(results))
    print(f"\n{len(results)} typed answers read in {elapsed * 1000:.0f} ms")
    misreads = [r for r in results if r.misread]
    print(f"\nmisreads ({len(misreads)}):" if misreads else "\nmisreads: none")
    for result in misreads:
        print(describe(result))
    if arguments.misses:
        missed = [r for r in results if not r.understood and not r.misread]
        print(f"\nnot understood ({len(missed)}):" if missed else "\nnot understood: none")
        for result in missed:
            print(describe(result))


if __name__ == "__main__":
    main()
