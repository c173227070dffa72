"""A checker for the HTML subset Telegram accepts (docs/architecture.md: b i u s a code pre
blockquote tg-spoiler), used on every template and every sent text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not Telegram HTML")
        if tag == "a" and not any(name == "href" for name, _ in attrs):
            self.problems.append("<a> without href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()


def html_problems(text: str) -> list[str]:
    checker = _Checker()
    checker.feed(text)
    checker.close()
    problems = list(checker.problems)
    if checker.stack:
        problems.append(f"unclosed {checker.stack}")
    # A bare "<" or "&" that is not an entity would break Telegram's parser.
    stripped = text
    for tag in ALLOWED_TAGS:
        stripped = stripped.replace(f"</{tag}>", "")
    stripped = re.sub(
        r"<(b|i|u|s|code|pre|blockquote|tg-spoiler)>|<a href=\"[^\"<>]*\">", "", stripped
    )
    if "<" in stripped or ">" in stripped:
        problems.append("raw < or > outside a tag")
    if re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", stripped):
        problems.append("raw & that is not an entity")
    return problems
