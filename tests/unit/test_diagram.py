from __future__ import annotations

from pathlib import Path

from conversations import journey as flow
from conversations.diagram import document

DOC = Path(__file__).resolve().parents[2] / "docs" / "journey.md"


def test_the_committed_flow_diagram_matches_the_journey_definition() -> None:
    assert DOC.read_text(encoding="utf-8") == document(), "run `make docs` and commit"


def test_the_diagram_shows_every_prompt() -> None:
    text = document()
    for prompt in flow.ORDER:
        assert f"    {prompt}[" in text


def test_the_diagram_shows_the_journey_a_logged_rejection_starts() -> None:
    text = document()
    assert '    tracker(["/lamaran: Ditolak"])' in text
    assert "from /lamaran: company, position, stage, interview_date known" in text
