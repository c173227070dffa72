"""Templates: one Jinja environment, compiled once; Telegram-sized HTML pieces."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from conversations.journey import STEP_COUNT
from conversations.practice import Question, parse_pool

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"
MESSAGE_LIMIT = 4096
LABELS_KEPT = 4096


@dataclass(frozen=True)
class CommandInfo:
    name: str
    description: str


class Renderer:
    def __init__(self, directory: Path = TEMPLATES_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(directory),
            autoescape=select_autoescape(enabled_extensions=("html",), default=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            cache_size=-1,
            keep_trailing_newline=False,
        )
        # Plain-text templates shown inside HTML ones (the email in a <pre>): rendered
        # unescaped here, then escaped once by the HTML template that prints them.
        self.env.globals["plain"] = self._render_plain
        # The number of the journey's steps, from its data (conversations/journey/spec.py).
        self.env.globals["step_count"] = STEP_COUNT
        self.env.tests["date"] = lambda value: isinstance(value, date)
        # Compile everything now: a broken template fails start-up, not a user's message.
        for name in self.env.list_templates(extensions=("html", "txt", "eml")):
            self.env.get_template(name)
        self._labels = self.env.get_template("labels.txt").module
        # Bounded: labels can carry what users typed (a company's name).
        self._kept_label = functools.lru_cache(maxsize=LABELS_KEPT)(self._label)
        self.commands = self._parse_commands("commands.txt")
        self.admin_commands = self._parse_commands("admin/commands.txt")
        self.practice_pool: tuple[Question, ...] = parse_pool(self.rows("latihan/questions.txt", 3))

    @staticmethod
    @functools.cache
    def shared() -> Renderer:
        """This process's Renderer of `templates/`: compiled once, however many
        Applications the process builds (the console chat, the test suite). It holds
        nothing that changes after it is built."""
        return Renderer()

    def render(self, template: str, /, **context: Any) -> str:
        return self.env.get_template(template).render(**context).strip()

    def _render_plain(self, template: str, /, **context: Any) -> str:
        return str(self.env.get_template(template).render(**context)).strip()

    def label(self, key: str, /, **context: Any) -> str:
        """A button's label. Labels depend on nothing but their arguments, and a prompt
        renders dozens of them on every update (the grid's 30), so they are kept."""
        arguments = tuple(context.items())
        try:
            hash(arguments)
        except TypeError:  # a list or a dict among them: rendered each time
            return self._label(key, arguments)
        return self._kept_label(key, arguments)

    def _label(self, key: str, arguments: tuple[tuple[str, Any], ...]) -> str:
        macro = getattr(self._labels, key, None)
        if macro is None:
            raise KeyError(f"no label macro {key!r} in labels.txt")
        return str(macro(**dict(arguments))).strip()

    def macro(self, template: str, name: str, /, **context: Any) -> str:
        """One macro of a template that holds macros (e.g. the words on an image)."""
        return str(getattr(self.env.get_template(template).module, name)(**context)).strip()

    def label_names(self) -> list[str]:
        return [
            name
            for name in dir(self._labels)
            if not name.startswith("_") and callable(getattr(self._labels, name))
        ]

    def rows(self, template: str, columns: int) -> list[list[str]]:
        """A data template: one row a line, `columns` cells separated by "|"."""
        return [
            [cell.strip() for cell in line.split("|", columns - 1)]
            for line in self.render(template).splitlines()
            if line.strip()
        ]

    def _parse_commands(self, template: str) -> list[CommandInfo]:
        commands = []
        for line in self.render(template).splitlines():
            name, _, description = line.partition("|")
            if name.strip():
                commands.append(CommandInfo(name.strip(), description.strip()))
        return commands


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


_TAG = re.compile(r"<(/?)([a-z-]+)([^>]*)>")


def _open_tags(html: str) -> list[tuple[str, str]]:
    """Tags still open at the end of `html`, as (name, full opening tag)."""
    stack: list[tuple[str, str]] = []
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2)
        if closing:
            if stack and stack[-1][0] == name:
                stack.pop()
        else:
            stack.append((name, match.group(0)))
    return stack


def _pieces(paragraph: str, limit: int) -> list[str]:
    """A paragraph too long on its own, cut at lines, then at spaces, then anywhere
    outside a tag or an entity."""
    if telegram_length(paragraph) <= limit:
        return [paragraph]
    for separator in ("\n", " "):
        parts = paragraph.split(separator)
        if len(parts) > 1:
            pieces: list[str] = []
            current = ""
            for part in parts:
                candidate = part if not current else current + separator + part
                if telegram_length(candidate) <= limit:
                    current = candidate
                    continue
                if current:
                    pieces.append(current)
                current = part
            pieces.append(current)
            return [small for piece in pieces for small in _pieces(piece, limit)]
    cut = min(len(paragraph), limit)
    while cut > 1 and telegram_length(paragraph[:cut]) > limit:
        cut -= max(1, (telegram_length(paragraph[:cut]) - limit) // 2)
    while cut > 1 and re.search(r"<[^>]*$|&[#\w]*$", paragraph[:cut]):
        cut -= 1
    return [paragraph[:cut], *_pieces(paragraph[cut:], limit)]


def split_message(html: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split at paragraph boundaries; tags open across a cut are closed and reopened."""
    if telegram_length(html) <= limit:
        return [html]
    # Room for closing and reopening the tags that span a cut.
    budget = limit - 200
    paragraphs = [p for para in html.split("\n\n") for p in _pieces(para, budget)]
    chunks: list[str] = []
    current = ""
    for paragraph in paragraphs:
        candidate = paragraph if not current else current + "\n\n" + paragraph
        if telegram_length(candidate) <= budget or not current:
            current = candidate
            continue
        chunks.append(current)
        current = paragraph
    chunks.append(current)
    balanced: list[str] = []
    carried: list[tuple[str, str]] = []
    for chunk in chunks:
        text = "".join(tag for _, tag in carried) + chunk
        carried = _open_tags(text)
        text += "".join(f"</{name}>" for name, _ in reversed(carried))
        balanced.append(text.strip())
    return [chunk for chunk in balanced if chunk]
