"""`make bench` drives the journey the tests define: when the journey changes, the bench
must still play it to the end, or its figures measure misunderstandings."""

from __future__ import annotations

from pathlib import Path

from benchmarks.__main__ import journey
from tests.e2e.test_journey import BY_BUTTONS


async def test_the_journey_bench_takes_every_user_to_the_end(tmp_path: Path) -> None:
    timings = await journey(3, tmp_path)
    assert len(timings) == 3 * (len(BY_BUTTONS) + 1)  # /gagal, then every step
