"""`make bench` drives the journey the tests define: when the journey changes, the bench
must still play it to the end, or its figures measure misunderstandings."""

from __future__ import annotations

from pathlib import Path

from benchmarks.__main__ import journey, steady
from tests.e2e.test_journey import BY_BUTTONS


async def test_the_journey_bench_takes_every_user_to_the_end(tmp_path: Path) -> None:
    timings = await journey(3, tmp_path)
    assert len(timings) == 3 * (len(BY_BUTTONS) + 1)  # /gagal, then every step


async def test_the_steady_bench_answers_every_update_through_the_inbox(tmp_path: Path) -> None:
    """Updates go in as polling takes them (the inbox), and each one offered is answered:
    a miss or a failure would make the latency a measure of something else."""
    latencies = await steady(20, 1.0, tmp_path)
    assert 15 <= len(latencies) <= 25
    assert all(0 < latency < 5 for latency in latencies)
