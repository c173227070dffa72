"""The labelled corpus of typed answers (tests/data/understanding/*.txt), read against
the real keyboards: the journey's prompts and the other features' buttons, labelled by
templates/labels.txt. A copy change in a label is tested here at once.

Each case: under a "[kind]" header, "what the user typed => what it must mean", one of
    a value or several ("kecewa + malu", the button's value), "skip", "done",
    "date -2" (days from TODAY), "time 19:30" or "time 20:00 WIB", "count 7",
    "text" (stored as the user's own words), "pause" (the journey pauses, as /batal does),
    or "nothing" (must not be taken for anything).

The figure is the share understood per kind; a misread that would change data the user
did not mean (a wrong choice, a wrong date or time, a skip or done stored as text, a
destructive choice from a vague word or a number) fails the test outright.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.presenter import option_of
from bot.render import Renderer
from bot.services import practice, privacy
from bot.services import reminders as reminder_service
from bot.services.journey import RESTART_PREFIX
from conversations import followup, mood
from conversations import journey as flow
from conversations import reminders as rules
from conversations import validators as v
from conversations.applications import rules as app_rules
from conversations.applications import views as app_views
from conversations.choices import asks_for_rest, understand
from conversations.options import Option
from conversations.outcome import Button, Reply
from conversations.practice import parse_answer
from tests.applications_data import sample as tracker_sample

CORPUS = Path(__file__).resolve().parents[1] / "data" / "understanding"
TODAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
FLOOR = 0.95


@dataclass(frozen=True)
class Case:
    kind: str
    typed: str
    expected: str
    where: str  # file:line, for the report


@dataclass(frozen=True)
class Kind:
    """One keyboard as the user sees it, and what its answers mean."""

    options: tuple[Option, ...]
    # The button's value → what it means ("j:feelings:kecewa" → "kecewa").
    meaning: dict[str, str]
    multi: bool = False
    # False on a message of several questions: a number typed is never a position.
    positions: bool = True
    # What the prompt makes of text that is no choice (a date, a time, a count, the
    # user's own words), as an expectation string; None: nothing.
    parse: Callable[[str], str | None] | None = None
    # For buttons that stand for a date, a time or a number: the same form as `parse`.
    as_value: Callable[[str], str] | None = None
    # A journey question, where a request for rest that names no button pauses the
    # journey (conversations/journey/engine.py) before the text is read as an answer.
    rests: bool = False


def read_corpus() -> list[Case]:
    """Every file's cases: a "[kind]" line starts a keyboard's section, then one
    "typed => expected" a line ("\\n" in typed is a line break); "#" starts a comment."""
    cases = []
    for path in sorted(CORPUS.glob("*.txt")):
        kind = ""
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                kind = stripped[1:-1]
                continue
            typed, arrow, expected = line.rpartition(" => ")
            assert arrow and kind, f"{path.name}:{number}: expected '[kind]' or 'typed => meaning'"
            typed = typed.strip().replace("\\n", "\n")
            cases.append(Case(kind, typed, expected.strip(), f"{path.name}:{number}"))
    return cases


# --- the keyboards --------------------------------------------------------------------


def _buttons(reply: Reply) -> list[Button]:
    return [button for row in reply.buttons for button in row if button.value]


def _kind(
    buttons: list[Button],
    renderer: Renderer,
    *,
    destructive: tuple[str, ...] = (),
    multi: bool = False,
    parse: Callable[[str], str | None] | None = None,
    as_value: Callable[[str], str] | None = None,
) -> Kind:
    options = []
    meaning = {}
    for button in buttons:
        option = option_of(button, renderer.label(button.label, **button.label_context))
        meant = str(button.label_context["value"])
        if meant in destructive:
            option = replace(option, destructive=True)
        options.append(option)
        meaning[option.value] = meant
    return Kind(tuple(options), meaning, multi, parse=parse, as_value=as_value)


def _state(prompt: str, **answers: Any) -> flow.State:
    base = {"skill_name": "analisis data", "position": "Analis Data", "company": "PT Maju"}
    return flow.State(prompt, {**base, **answers}, consent=True, first_name="Rina", now=NOW)


def _days(value: str) -> str:
    offset = (date.fromisoformat(value) - TODAY).days
    return f"date {offset:+d}" if offset else "date 0"


def _parsed(parsed: object) -> str | None:
    if isinstance(parsed, v.Invalid):
        return None
    if isinstance(parsed, date):
        return _days(parsed.isoformat())
    if isinstance(parsed, int):
        return f"count {parsed}"
    if isinstance(parsed, dict):  # the answers a grid or a two-part prompt sets
        return _answers(parsed)
    if isinstance(parsed, list):  # options named in a sentence ("kecewa sm malu bgt")
        return " + ".join(parsed) or "done"  # nothing to tick ("campur aduk") closes it
    return "text"


def _answers(answers: dict[str, Any]) -> str:
    """ "recruiter ibu Sari", "ratings 3 4 - 5 3", "date +14", "count 5"."""
    if "recruiter_title" in answers:
        if answers["recruiter_title"] == "unknown":
            return "skip"  # the same as the button: addressed to the team
        return f"recruiter {answers['recruiter_title']} {answers['recruiter_name']}"
    if "plan_deadline" in answers:
        return _days(str(answers["plan_deadline"]))
    if "network_count" in answers:
        return f"count {answers['network_count']}"
    scores = [answers.get(f"eval_{area}") for area in flow.EVAL_AREAS]
    return "ratings " + " ".join(str(score) if score else "-" for score in scores)


def _journey_kind(renderer: Renderer, prompt_id: str, **answers: Any) -> Kind:
    state = _state(prompt_id, **answers)
    prompt = flow.PROMPT_BY_ID[prompt_id]
    buttons = flow.prompt_buttons(state)
    parse = None
    if prompt.parse is not None:
        parser = prompt.parse
        offered = set(prompt.option_values(state))

        def parse(text: str) -> str | None:
            parsed = parser(text, state)
            # An option's value typed in one's own words ("msh dasar, butuhnya menengah").
            return parsed if isinstance(parsed, str) and parsed in offered else _parsed(parsed)

    values = {row.key: row for row in prompt.grid if row.value is not None}
    as_value = None
    if prompt.value is not None or values:

        def as_value(value: str) -> str:
            option = value.split(":", 2)[2]
            row_key, _, cell = option.partition(".")
            if row_key in values:
                meant = values[row_key].value(state, cell)  # type: ignore[misc]
            elif prompt.value is not None:
                meant = prompt.value(state, option)
            else:
                return _meaning(option)
            if isinstance(meant, int):
                return f"count {meant}"
            try:
                return _days(str(meant))
            except ValueError:  # a value that is no date ("Pakai nama Rina" → the name)
                return _meaning(option)

    toggles = any(row.toggle for row in prompt.grid)
    kind = _kind(buttons, renderer, multi=prompt.multi or toggles, parse=parse, as_value=as_value)
    return replace(kind, positions=not prompt.grid, rests=not prompt.pause)


def _meaning(option: str) -> str:
    return option.partition(".")[2] or option


def _time(text: str) -> str | None:
    parsed = rules.parse_time(text)
    if parsed is None:
        return None
    zone = f" {rules.zone_label(parsed.zone)}" if parsed.zone else ""
    return f"time {parsed.time.hour:02d}:{parsed.time.minute:02d}{zone}"


@cache
def keyboards() -> dict[str, Kind]:
    renderer = Renderer.shared()
    journey = {
        name: _journey_kind(renderer, prompt, **answers)
        for name, prompt, answers in (
            ("consent", "consent", {}),
            ("stage", "stage", {}),
            ("interview_date", "interview_date", {}),
            ("mood", "mood", {}),
            ("feelings", "feelings", {}),
            ("story", "story", {}),
            ("ready", "ready", {}),
            ("pause_invite", "pause_invite", {}),
            ("sender_name", "sender_name", {}),
            ("recruiter", "recruiter", {}),
            ("phone", "phone", {}),
            ("linkedin", "linkedin", {}),
            ("email_sent", "email_sent", {}),
            ("followup_ok", "followup_ok", {}),
            ("evaluation", "evaluation", {}),
            ("eval_note", "eval_note", {}),
            ("skill_gap", "skill_gap", {}),
            # The plan is one message: its actions (ticked) and its target date.
            ("plan_actions_hard", "plan", {"skill_type": "hard"}),
            ("plan_actions_soft", "plan", {"skill_type": "soft"}),
            ("plan_deadline", "plan", {"skill_type": "hard"}),
            # So is the strategy: its commitments and the number of people to reach.
            ("strategy", "strategy", {}),
            ("network_count", "strategy", {}),
        )
    }
    ask_time = reminder_service._ask_time().replies[0]
    ask_zone = reminder_service._ask_zone().replies[0]
    status_on = [b for row in (reminder_service._button("reminder", "on", "on"),) for b in row]
    status = [
        button
        for row in (
            reminder_service._button("reminder", "time", "time"),
            reminder_service._button("reminder", "zone", "zone"),
            reminder_service._button("reminder", "off", "off"),
        )
        for button in row
    ]
    # /pengingat once the /lamaran reminders were agreed to: each has its own off switch.
    nudges = [
        button
        for value in ("time", "zone", "off", "interview_off", "quiet_off")
        for button in reminder_service._button("reminder", value, value)
    ]
    # As bot/scheduler.py builds the daily message: the check-in, then the off switch.
    off = Button("option", value="r:off", label_context={"group": "reminder", "value": "off"})
    daily = [*(b for row in mood.buttons(mood.DAILY) for b in row), off]
    restart = [
        Button(
            "option",
            value=f"{RESTART_PREFIX}:{option}",
            label_context={"group": "restart", "value": option},
        )
        for option in ("continue", "new")
    ]
    key = "q1"
    after_feedback = [
        b
        for row in (
            practice._button(practice.RETRY, key),
            practice._button(practice.OTHER, key),
            practice._button(practice.DONE),
        )
        for b in row
    ]
    question = [
        b
        for row in (practice._button(practice.OTHER, key), practice._button(practice.DONE))
        for b in row
    ]
    journey_id = 7
    return {
        **journey,
        "reminder_time": _kind(_buttons(ask_time), renderer, parse=_time, as_value=_time_value),
        "reminder_zone": _kind(_buttons(ask_zone), renderer),
        "reminder_off": _kind(status_on, renderer),
        "reminder_on": _kind(status, renderer),
        "reminder_nudges": _kind(nudges, renderer),
        "daily": _kind(daily, renderer),
        "hapusdata": _kind(
            [b for row in privacy._buttons("withdraw", "all", "cancel") for b in row],
            renderer,
            destructive=("withdraw",),
        ),
        "hapusdata_withdraw": _kind(
            [b for row in privacy._buttons("confirm_withdraw", "cancel") for b in row],
            renderer,
            destructive=("confirm_withdraw",),
        ),
        "hapusdata_confirm": _kind(
            [b for row in privacy._buttons("confirm_all", "cancel") for b in row],
            renderer,
            destructive=("confirm_all",),
        ),
        "followup_question": _kind(
            [b for row in followup.question_buttons(journey_id) for b in row], renderer
        ),
        "followup_sent": _kind([followup.button(journey_id, followup.SENT)], renderer),
        "followup_agree": _kind(
            [followup.button(journey_id, c) for c in (followup.AGREE, followup.DECLINE)],
            renderer,
        ),
        "restart": _kind(restart, renderer, destructive=("new",)),
        "practice_feedback": _kind(after_feedback, renderer),
        "practice_question": _kind(question, renderer, parse=_practice_answer),
        **_application_keyboards(renderer),
    }


def _application_keyboards(renderer: Renderer) -> dict[str, Kind]:
    """/lamaran's questions (conversations/applications/views.py) and one application
    shown, where a stage or an interview date may be typed (bot/services/applications.py)."""
    today = TODAY

    def question(step: str) -> list[Button]:
        return _buttons(app_views.question(step, {}, today=today).replies[0])

    def date_typed(text: str) -> str | None:
        return _parsed(v.parse_interview_date(text, today))

    stages = _kind([b for row in app_views.stage_buttons(7, None) for b in row], renderer)

    def in_detail(text: str) -> str | None:
        if app_rules.means_no_news(text):
            return app_rules.NO_NEWS
        understood = understand(text, stages.options)
        if len(understood.values) == 1:
            return stages.meaning[understood.values[0]]
        news = app_rules.stage_news(text, tracker_sample(app_rules.HR))
        if news is not None:
            return news
        return date_typed(text)

    shown = app_views.detail(tracker_sample(app_rules.HR), today).replies[0]
    detail = _kind(_buttons(shown), renderer, parse=in_detail)
    # The one-tap button means its stage ("Maju ke tahap berikutnya": the next one).
    following = {
        b.value: str(b.label_context["stage"])
        for b in _buttons(shown)
        if b.value and "stage" in b.label_context
    }
    meaning = {value: following.get(value, meant) for value, meant in detail.meaning.items()}
    return {
        "app_source": _kind(question("source"), renderer),
        "app_kind": _kind(question("kind"), renderer),
        "app_stage": _kind(
            question("stage"),
            renderer,
            parse=lambda text: (
                app_rules.NO_NEWS if app_rules.means_no_news(text) else app_rules.stage_news(text)
            ),
        ),
        "app_date": _kind(question("date"), renderer, parse=date_typed),
        "app_nudge": _kind(_buttons(app_views.ask_nudge("quiet", 480, "WIB")), renderer),
        "app_detail": replace(detail, meaning=meaning),
    }


def _time_value(value: str) -> str:
    hours, minutes = value.rsplit(":", 2)[-2:]
    return f"time {int(hours):02d}:{int(minutes):02d}"


def _practice_answer(text: str) -> str | None:
    return None if isinstance(parse_answer(text), v.Invalid) else "text"


# --- reading one case -----------------------------------------------------------------


def interpret(kind: Kind, typed: str) -> str:
    """What the bot makes of `typed` at this keyboard, in the corpus's notation."""
    understood = understand(typed, kind.options, multi=kind.multi, positions=kind.positions)
    if understood.values:
        meant = [kind.meaning[value] for value in understood.values]
        if len(meant) == 1 and meant[0] in ("skip", "done"):
            return meant[0]
        if kind.as_value is not None and len(understood.values) == 1:
            return kind.as_value(understood.values[0])
        return " + ".join(meant)
    if kind.rests and asks_for_rest(typed):
        return "pause"
    if kind.parse is not None:
        return kind.parse(typed) or "nothing"
    return "nothing"


@dataclass(frozen=True)
class Result:
    case: Case
    got: str

    @property
    def understood(self) -> bool:
        return self.got == self.case.expected

    @property
    def misread(self) -> bool:
        """Something other than what was meant would be stored or done."""
        return not self.understood and self.got != "nothing"


def run_corpus() -> Iterator[Result]:
    kinds = keyboards()
    for case in read_corpus():
        yield Result(case, interpret(kinds[case.kind], case.typed))


def figures(results: list[Result]) -> dict[str, tuple[int, int]]:
    """Per kind: (understood, total)."""
    table: dict[str, tuple[int, int]] = {}
    for result in results:
        good, total = table.get(result.case.kind, (0, 0))
        table[result.case.kind] = (good + result.understood, total + 1)
    return dict(sorted(table.items()))


def report(results: list[Result]) -> str:
    lines = [f"{'kind':<20} understood"]
    for kind, (good, total) in figures(results).items():
        lines.append(f"{kind:<20} {good:>3}/{total:<3} {good / total:6.1%}")
    good = sum(r.understood for r in results)
    lines.append(f"{'all':<20} {good:>3}/{len(results):<3} {good / len(results):6.1%}")
    return "\n".join(lines)


# --- the tests --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return list(run_corpus())


def test_the_corpus_is_big_enough_and_names_real_kinds(results: list[Result]) -> None:
    assert len(results) >= 300
    assert {r.case.kind for r in results} <= set(keyboards())
    nothing = [r for r in results if r.case.expected == "nothing"]
    assert len(nothing) >= len(results) // 6  # a good share must match nothing


def test_each_answer_is_labelled_once() -> None:
    seen: dict[tuple[str, str], str] = {}
    for case in read_corpus():
        key = (case.kind, case.typed)
        assert key not in seen, f"{case.where}: {case.typed!r} is also at {seen[key]}"
        seen[key] = case.where


def test_no_misread_changes_data_the_user_did_not_mean(results: list[Result]) -> None:
    print("\n" + report(results))
    misreads = [
        f"{r.case.where} [{r.case.kind}] {r.case.typed!r}: meant {r.case.expected}, got {r.got}"
        for r in results
        if r.misread
    ]
    assert not misreads, "\n".join(misreads)


def test_each_kind_is_understood_at_the_floor(results: list[Result]) -> None:
    low = {
        kind: f"{good}/{total}"
        for kind, (good, total) in figures(results).items()
        if good / total < FLOOR
    }
    missed = [
        f"{r.case.where} [{r.case.kind}] {r.case.typed!r}: meant {r.case.expected}, got {r.got}"
        for r in results
        if not r.understood and r.case.kind in low
    ]
    assert not low, f"below {FLOOR:.0%}: {low}\n{report(results)}\n" + "\n".join(missed)


def test_destructive_choices_come_only_from_words_that_say_so() -> None:
    kinds = keyboards()
    for name in ("hapusdata", "hapusdata_confirm", "restart"):
        kind = kinds[name]
        destructive = [o for o in kind.options if o.destructive]
        assert destructive, name
        vague = ("ya", "iya", "oke", "ok", "boleh", "yes", "lanjut", "gas", "sip", "setuju")
        for typed in (*vague, *(str(n) for n in range(1, len(kind.options) + 1))):
            chosen = understand(typed, kind.options).values
            assert not any(o.value in chosen for o in destructive), (name, typed)
