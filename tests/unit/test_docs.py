"""The README and docs/ stand alone: every link resolves inside the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
PAGES = sorted([PROJECT / "README.md", *(PROJECT / "docs").glob("*.md")])
LINK = re.compile(r"\]\(([^)\s]+)\)")
# The team's reference folder beside a clone (spelt in two parts so this file passes).
OUTSIDE = "../" + "shared"


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_link_points_to_a_file_in_the_repository(page: Path) -> None:
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        assert "://" not in target and not target.startswith("mailto:"), target
        path = target.split("#", 1)[0]
        if path:  # "#section" alone is a link inside the page
            resolved = (page.parent / path).resolve()
            assert resolved.is_relative_to(PROJECT) and resolved.exists(), target


def test_nothing_refers_to_files_outside_the_repository() -> None:
    """Comments and docs name the project's own docs, never a folder beside the clone."""
    outside = []
    for path in PROJECT.rglob("*"):
        parts = path.relative_to(PROJECT).parts
        if not path.is_file() or parts[0] in {".git", ".venv", "data"} or "egg-info" in parts[0]:
            continue
        if path.suffix not in {".py", ".md", ".html", ".txt", ".toml", ".yaml", ""}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if OUTSIDE in text:
            outside.append(str(path.relative_to(PROJECT)))
    assert outside == []
