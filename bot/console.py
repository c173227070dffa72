"""The console chat: the real Application, handlers and database, with the Bot API
answered in-process, so the whole bot can be tried with no token and no network."""

from __future__ import annotations

import asyncio
import html
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application, start_application, stop_application
from bot.local_api import ApiCall, LocalBotApi, UpdateFactory
from bot.render import Renderer
from bot.settings import Settings

CONSOLE_USER_ID = 10_000_001
CONSOLE_FIRST_NAME = "Sahabat"


def html_to_text(text: str) -> str:
    """Telegram HTML as readable plain text for a terminal."""

    def link(match: re.Match[str]) -> str:
        url, label = match.group(1), match.group(2)
        return label if label == url else f"{label} ({url})"

    text = re.sub(r'<a href="([^"]*)">(.*?)</a>', link, text, flags=re.S)
    text = re.sub(
        r"<blockquote[^>]*>(.*?)</blockquote>",
        lambda m: "\n".join("│ " + line for line in m.group(1).splitlines()),
        text,
        flags=re.S,
    )
    text = re.sub(r"</?[a-z-]+[^>]*>", "", text)
    return html.unescape(text)


class ConsoleBotApi(LocalBotApi):
    def __init__(self, out: TextIO, chrome: Any, files_dir: Path) -> None:
        super().__init__()
        self.out = out
        self.chrome = chrome
        self.files_dir = files_dir
        self.latest_keyboard: tuple[dict[str, Any], list[str]] | None = None

    def _print(self, *lines: str) -> None:
        print("\n".join(lines), file=self.out, flush=True)

    def on_call(self, call: ApiCall) -> None:
        if call.method in {"sendMessage", "editMessageText"}:
            header = (
                self.chrome.bot_says()
                if call.method == "sendMessage"
                else (self.chrome.bot_edits())
            )
            self._print("", str(header).strip(), html_to_text(call.text))
            self._show_buttons(call)
        elif call.method == "editMessageReplyMarkup" and not call.buttons:
            if self.latest_keyboard and self.latest_keyboard[0].get("message_id") == (
                call.params.get("message_id")
            ):
                self.latest_keyboard = None
        elif call.method == "answerCallbackQuery" and call.params.get("text"):
            self._print(str(self.chrome.notice(call.params["text"])).strip())
        elif call.method in {"sendDocument", "sendPhoto"}:
            if call.text:  # a photo's caption
                self._print("", str(self.chrome.bot_says()).strip(), html_to_text(call.text))
            for filename, content in call.files.values():
                path = self.files_dir / Path(filename).name
                path.write_bytes(content)
                self._print("", str(self.chrome.file_saved(path)).strip())

    def _show_buttons(self, call: ApiCall) -> None:
        choices: list[str] = []
        for row in call.buttons:
            for button in row:
                if "url" in button:
                    self._print("  " + str(self.chrome.link_button(button["text"], button["url"])))
                elif "callback_data" in button:
                    choices.append(button["callback_data"])
                    self._print(f"  [{len(choices)}] {button['text']}")
        if choices and isinstance(call.result, dict):
            self.latest_keyboard = (call.result, choices)


async def _read_line(stream: TextIO) -> str:
    return await asyncio.get_running_loop().run_in_executor(None, stream.readline)


def _chrome() -> Any:
    return Renderer.shared().env.get_template("console.txt").module


def say_stopped(log_file: Path) -> None:
    """One line on stderr after an unexpected error: the details are in the log file."""
    print(str(_chrome().stopped(log_file)).strip(), file=sys.stderr, flush=True)


async def run_console(
    settings: Settings,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    *,
    log_file: Path | None = None,
) -> int:
    """Chat in this terminal. Piped input is echoed after the prompt, so a scripted
    session reads as a chat; the log goes to `log_file`, named once on stderr."""
    chrome = _chrome()
    if log_file is not None:
        print(str(chrome.log_file(log_file)).strip(), file=sys.stderr, flush=True)
    files_dir = Path(tempfile.mkdtemp(prefix="bangkit-console-"))
    api = ConsoleBotApi(stdout, chrome, files_dir)
    application = build_application(
        settings, request=api, rate_limit=False, scheduler_user_id=CONSOLE_USER_ID
    )
    await start_application(application)
    if application.job_queue is not None:  # the daily message, for this console user only
        await application.job_queue.start()
    # Update ids must never repeat across console sessions on the same database.
    factory = UpdateFactory(CONSOLE_USER_ID, CONSOLE_FIRST_NAME, time.time_ns() // 1000)
    interactive = stdin.isatty()
    echoed = False
    if interactive:
        print(str(chrome.intro()).strip(), file=stdout, flush=True)
    try:
        while True:
            if interactive:
                print("\n" + str(chrome.prompt()), end="", file=stdout, flush=True)
            line = await _read_line(stdin)
            if not line:
                break
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            if not interactive:  # a terminal shows what was typed; a pipe does not
                gap = "\n" if echoed else ""
                print(gap + str(chrome.prompt()) + text, file=stdout, flush=True)
                echoed = True
            data = _update_for(text, factory, api)
            await application.process_update(Update.de_json(data, application.bot))
    finally:
        if application.job_queue is not None and application.job_queue.scheduler.running:
            await application.job_queue.stop(wait=False)
        await stop_application(application)
        # Exports hold personal data: nothing of them stays behind in /tmp.
        shutil.rmtree(files_dir, ignore_errors=True)
    return 0


def _update_for(text: str, factory: UpdateFactory, api: ConsoleBotApi) -> dict[str, Any]:
    stripped = text.strip()
    if stripped.isdecimal() and api.latest_keyboard is not None:
        message, choices = api.latest_keyboard
        position = int(stripped)
        if 1 <= position <= len(choices):
            return factory.callback(choices[position - 1], message)
    if text.startswith(":"):
        text = text[1:]
    return factory.message(text)
