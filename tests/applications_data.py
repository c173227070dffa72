"""Applications (/lamaran) for the template tests: realistic ones and ones at every
field's limit, and every outcome the tracker's views make of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from conversations import history
from conversations import validators as v
from conversations.applications import rules, views
from conversations.applications.rules import Application
from conversations.outcome import Outcome
from tests.journey_data import worst

TODAY = date(2026, 11, 25)


def sample(stage: str = rules.HR, **changes: object) -> Application:
    app = Application(
        id=7,
        company="PT Maju Bersama",
        position="Analis Data",
        source="linkedin",
        stage=stage,
        stage_on=date(2026, 11, 20),
        reached=((rules.APPLIED, date(2026, 11, 10)), (rules.TEST, date(2026, 11, 15))),
        created_on=date(2026, 11, 10),
        kind="startup",
        interview_on=date(2026, 11, 27) if stage in rules.INTERVIEWS else None,
    )
    if stage in rules.PROGRESS:
        app = replace(app, reached=(*app.reached, (stage, date(2026, 11, 20))))
    return replace(app, **changes)  # type: ignore[arg-type]


def longest(stage: str = rules.HR) -> Application:
    """Every field at its limit, full of HTML."""
    return sample(
        stage,
        id=10**9,
        company=worst(v.COMPANY_LIMIT),
        position=worst(v.POSITION_LIMIT),
    )


def apps(stage: str) -> Iterator[tuple[str, Application]]:
    yield "sample", sample(stage)
    yield "worst", longest(stage)


def outcomes() -> Iterator[tuple[str, Outcome]]:
    """(variant, outcome) for every view of the tracker."""
    yield "empty", views.listing([], history.page(0, 1), 0, TODAY, edit=False)
    every = [sample(stage, id=index) for index, stage in enumerate(rules.STAGES, start=1)]
    for shown in (history.page(8, 1, 5), history.page(8, 2, 5), history.page(3, 1, 5)):
        yield f"list {shown}", views.listing(every[:5], shown, 8, TODAY, edit=False)
    yield "list worst", views.listing([longest()] * 5, history.page(12, 2, 5), 12, TODAY, edit=True)
    for stage in rules.STAGES:
        for variant, app in apps(stage):
            name = f"{stage} {variant}"
            for note in (None, "moved", "date_set", "date_skipped", "changed", "same"):
                yield f"detail {name} {note}", views.detail(app, TODAY, note=note)
            yield (
                f"detail {name} past",
                views.detail(replace(app, interview_on=date(2026, 11, 1)), TODAY),
            )
            yield f"detail {name} no date", views.detail(replace(app, interview_on=None), TODAY)
            yield f"detail {name} no kind", views.detail(replace(app, kind=None), TODAY)
            moved = views.detail(
                replace(app, interview_on=None), TODAY, note="moved", date_follows=True
            )
            yield f"detail {name} date follows", moved
            yield f"detail {name} linked", views.detail(replace(app, journey_id=3), TODAY)
            yield f"stages {name}", views.choose_stage(app, TODAY)
            yield f"saved {name}", Outcome((views.saved(app, TODAY),))
            yield f"rejected {name}", Outcome((views.rejected(app),))
            yield f"email {name}", Outcome((views.email(app, "Rina Lestari", TODAY),))
            yield f"email {name} nameless", Outcome((views.email(app, None, TODAY),))
            if stage in rules.INTERVIEWS:
                yield f"nudge {name}", views.interview_nudge(app)
            if stage in rules.WAITING:
                quiet = replace(app, stage_on=date(2026, 11, 1), interview_on=None)
                for sender in ("Rina Lestari", None):
                    yield f"quiet {name} {sender}", views.quiet_nudge(quiet, sender, TODAY)
    only_sent = sample(rules.REJECTED, reached=((rules.APPLIED, date(2026, 11, 10)),))
    yield "rejected after sending", Outcome((views.rejected(only_sent),))
    for variant, app in apps(rules.HR):
        yield f"delete {variant}", views.confirm_delete(app)
        yield f"delete expired {variant}", views.confirm_delete(app, expired=True)
        yield f"edit {variant}", views.edit_fields(app)
    for step in rules.ADD_STEPS:
        for editing in (None, 7):
            drafts = (
                {"company": "PT Maju Bersama", "stage": rules.FINAL},
                {"company": worst(v.COMPANY_LIMIT), "stage": rules.USER},
            )
            for draft in drafts if step != "company" else ({},):
                name = f"ask {step} {editing} {sorted(draft)}"
                yield name, views.question(step, draft, app_id=editing, today=TODAY)
    yield "deleted", views.deleted()
    yield "later", views.later()
    for variant, app in apps(rules.HR):
        yield f"practice {variant}", Outcome((views.practice_for(app),))
        for marked in (True, False):
            linked = views.linked(app.company, app.position, marked)
            yield f"linked {variant} {marked}", Outcome((linked,))
    for kind in (views.INTERVIEW, views.QUIET):
        yield f"off {kind}", views.nudge_off(kind)
        for agreed in (True, False):
            answered = views.nudge_answered(kind, agreed, 19 * 60 + 30, "WITA")
            yield f"answered {kind} {agreed}", Outcome((answered,))
        for day in (date(2026, 11, 26), None):
            yield f"ask nudge {kind} {day}", Outcome((views.ask_nudge(kind, 8 * 60, "WIB", day),))


# A company or a position typed: the same misses for both.
NAME_MISSES = (
    "empty",
    "too_long",
    "unsupported",
    "name_feeling",
    "name_question",
    "name_forgotten",
    "name_sentence",
    "name_rejection",
)
MISS_ERRORS = {
    "company": NAME_MISSES,
    "position": NAME_MISSES,
    "source": ("choice", "unsupported"),
    "kind": ("choice",),
    "stage": ("choice",),
    "date": ("date_format", "date_no_such_day", "date_too_old", "date_too_far", "unsupported"),
    "open": ("choice", "unsupported"),
    "nudge": ("choice",),
    "list": ("choice",),
}


def misses() -> Iterator[tuple[str, Outcome]]:
    for step, errors in MISS_ERRORS.items():
        for error in errors:
            yield f"miss {step} {error}", views.miss(step, error, TODAY)
    labels = ["Wawancara akhir", "Wawancara calon atasan"]
    yield "miss nearest", views.miss("open", "choice", TODAY, labels)
    yield "miss nearest worst", views.miss("list", "choice", TODAY, ["1. " + worst(20)] * 2)
