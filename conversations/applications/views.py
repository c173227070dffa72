"""What /lamaran shows: its messages, buttons and the values the buttons send back.
Pure: template keys and data, rendered by the adapter (templates/lamaran/)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from conversations import callback
from conversations.applications import rules
from conversations.applications.rules import Application
from conversations.history import Page
from conversations.options import ASIDE, SKIP
from conversations.outcome import Button, Document, Outcome, Reply

PREFIX = "lam"
# Buttons on the messages the scheduler sends (the nudges): valid whatever is asked
# next; each names its application, and its route checks that it still applies.
REMINDER_PREFIX = "lr"
STATELESS = callback.stateless(prefixes=(REMINDER_PREFIX,))
# Kinds of reminder, for their yes/no question and their off switch.
INTERVIEW, QUIET = "interview", "quiet"
# A reminder question asked right after an application was saved (not under its card).
JUST_SAVED = "new"
# A list button, "1. {company} · {position}" (templates/labels.txt, `application`), fits
# what a phone shows of a label (docs/voice.md): its names are cut to share the room.
BUTTON_CHARS = 27
_NUMBERING, _BETWEEN = "{}. ", " · "
# Below this, a position's first letters say nothing: the company alone is shown.
_SHORTEST_POSITION = 5
EMAIL_FILE = "email-menanyakan-kabar-lamaran.txt"


def value(*parts: object) -> str:
    return callback.value(PREFIX, *parts)


def _button(group: str, option: str, data: str, *, role: str | None = None, **extra: Any) -> Button:
    return Button(
        "option",
        value=data,
        label_context={"group": group, "value": option, **extra},
        role=role,
    )


def action(option: str, data: str, **extra: Any) -> Button:
    """A button beside the answers (never the "other" answer of a typed yes or no)."""
    return _button("app", option, data, role=ASIDE, **extra)


def _cut(text: str, limit: int) -> str:
    """`text` within `limit` characters, "…" included: at a word's end where one leaves
    most of the room used, else mid-word."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    whole_words = text[limit - 1] == " " or " " in head
    at_word = head if text[limit - 1] == " " else head[: head.rfind(" ")]
    at_word = at_word.rstrip(" ,-·") if whole_words else ""
    kept = at_word if len(at_word) >= (limit - 1) * 3 // 5 else head.rstrip()
    return kept + "…"


def list_names(number: int, position: str, company: str) -> tuple[str, str]:
    """Position and company as the list's button shows them, within BUTTON_CHARS with
    its number. The company leads and is kept whole where it can be (it is what people
    type to open one); the position gets the rest, cut at a word, or is left out when
    too little of it would show. The message above has both in full."""
    room = BUTTON_CHARS - len(_NUMBERING.format(number))
    position, company = " ".join(position.split()), " ".join(company.split())
    if len(company) + len(_BETWEEN) + len(position) <= room:
        return position, company
    company = _cut(company, max(room * 3 // 5, room - len(_BETWEEN) - len(position)))
    left = room - len(company) - len(_BETWEEN)
    if left < _SHORTEST_POSITION:
        return "", _cut(company, room)
    return _cut(position, left), company


# --- the list -----------------------------------------------------------------------------


def entry(app: Application, today: date) -> dict[str, Any]:
    """One application as the list and its detail show it."""
    interview = app.interview_on
    return {
        "app": app,
        "next_stage": app.next_stage,
        "interview_ahead": interview is not None and interview >= today,
        "reached": [{"stage": stage, "on": on} for stage, on in app.reached if stage != app.stage],
    }


def untracked_rejection(start_journey: Button) -> Outcome:
    """ "shopee ditolak" at /lamaran, Shopee not on the list: heard, then one tap to note
    it (its stage already known) and one to be accompanied."""
    rows = ((action("add_rejected", value("add", rules.REJECTED)),), (start_journey,))
    return Outcome((Reply("lamaran/untracked_rejection.html", {}, rows),))


def listing(
    apps: Sequence[Application], shown: Page, total: int, today: date, *, edit: bool
) -> Outcome:
    """A page of applications, newest first; each opens with its button (its
    number on the page, or its company, typed)."""
    if total == 0:
        return Outcome((Reply("lamaran/empty.html", {}, ((action("add", value("add")),),)),))
    rows: list[tuple[Button, ...]] = [
        (
            Button(
                "application",
                value=value("open", app.id),
                label_context={"number": number, "position": position, "company": company},
            ),
        )
        for number, app in enumerate(apps, start=1)
        for position, company in (list_names(number, app.position, app.company),)
    ]
    pages = tuple(
        Button("history_page", value=value("list", number), label_context={"direction": way})
        for way, number, shown_when in (
            ("previous", shown.number - 1, shown.has_previous),
            ("next", shown.number + 1, shown.has_next),
        )
        if shown_when
    )
    if pages:
        rows.append(pages)
    rows.append((action("add", value("add")),))
    context = {
        "entries": [entry(app, today) for app in apps],
        "page": shown,
        "total": total,
        "today": today,
    }
    return Outcome((Reply("lamaran/list.html", context, tuple(rows), edit=edit),))


# --- one application ----------------------------------------------------------------------


def detail(
    app: Application,
    today: date,
    *,
    note: str | None = None,
    edit: bool = False,
    date_follows: bool = False,
    offer_follows: bool = False,
) -> Outcome:
    """One application and what can be done with it; `note` says what just changed.
    `date_follows`: the interview date is asked next, so this does not ask for it too.
    `offer_follows`: the kind word after a rejection comes next with the journey's offer,
    so this card does not offer it as well."""
    rows: list[tuple[Button, ...]] = []
    following = app.next_stage
    if following is not None:
        rows.append((action("next", value("next", app.id, following), stage=following),))
    rows.append((action("stages", value("stages", app.id)),))
    closing = tuple(
        _button("app_stage", stage, value("set", app.id, stage), role=ASIDE)
        for stage in rules.CLOSED
        if stage != app.stage
    )
    if closing:
        rows.append(closing)
    if app.stage in rules.INTERVIEWS:
        rows.append((action("date", value("date", app.id)),))
    # No "any news?" email while the interview is still ahead: nothing to ask about yet.
    interview_ahead = app.interview_on is not None and app.interview_on >= today
    if app.stage in rules.WAITING and not interview_ahead:
        rows.append((action("mail", value("mail", app.id)),))
    offered = app.stage == rules.REJECTED and app.offers_journey and app.journey_id is None
    if offered and not offer_follows:
        rows.append((action("journey", value("gagal", app.id)),))
    rows.append((action("edit", value("edit", app.id)), action("delete", value("del", app.id))))
    rows.append((action("back", value("list", 1)),))
    context = {
        **entry(app, today),
        "note": note,
        "today": today,
        "example": date_example(today),
        "date_follows": date_follows,
        "offer_follows": offer_follows,
    }
    return Outcome((Reply("lamaran/detail.html", context, tuple(rows), edit=edit),))


def _answer(question: str, action: str, app_id: int | None, option: str) -> str:
    """A choice while adding ("new") or for one application already saved (`action`)."""
    return value("new", question, option) if app_id is None else value(action, app_id, option)


def stage_buttons(app_id: int | None, current: str | None) -> tuple[tuple[Button, ...], ...]:
    """Every stage, for choosing one (while adding, or moving an application anywhere)."""
    buttons = [
        _button("app_stage", stage, _answer("stage", "set", app_id, stage))
        for stage in rules.STAGES
        if stage != current
    ]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def choose_stage(app: Application, today: date) -> Outcome:
    context = {"app": app, "today": today}
    buttons = (*stage_buttons(app.id, app.stage), (action("back_one", value("open", app.id)),))
    return Outcome((Reply("lamaran/stages.html", context, buttons, edit=True),))


def confirm_back(app: Application, stage: str) -> Outcome:
    """A stage typed that undoes what is recorded ("baru kirim" under an interview, a
    correction under Ditolak): asked, never done on a typed word."""
    buttons = (
        (action("confirm_back", value("set", app.id, stage)),),
        (action("keep_stage", value("open", app.id)),),
    )
    return Outcome((Reply("lamaran/confirm_back.html", {"app": app, "stage": stage}, buttons),))


def confirm_delete(app: Application, *, expired: bool = False) -> Outcome:
    confirm = Button(
        "option",
        value=value("delok", app.id),
        label_context={"group": "app", "value": "confirm_delete"},
        destructive=True,
    )
    buttons = ((confirm,), (action("cancel_delete", value("open", app.id)),))
    context = {"app": app, "expired": expired}
    return Outcome((Reply("lamaran/confirm_delete.html", context, buttons),))


def edit_fields(app: Application) -> Outcome:
    rows = tuple(
        (_button("app_field", field, value("field", app.id, field), role=ASIDE),)
        for field in ("company", "position", "source", "kind")
    )
    buttons = (*rows, (action("back_one", value("open", app.id)),))
    return Outcome((Reply("lamaran/edit_fields.html", {"app": app}, buttons, edit=True),))


# --- questions, while adding or changing one ----------------------------------------------


def source_buttons(app_id: int | None) -> tuple[tuple[Button, ...], ...]:
    buttons = [
        _button("app_source", source, _answer("source", "src", app_id, source))
        for source in rules.SOURCES
    ]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def kind_buttons(app_id: int | None) -> tuple[tuple[Button, ...], ...]:
    rows = [
        (_button("app_kind", kind, _answer("kind", "kind", app_id, kind)),) for kind in rules.KINDS
    ]
    rows.append((_button("app_kind", SKIP, _answer("kind", "kind", app_id, SKIP), role=SKIP),))
    return tuple(rows)


def date_buttons(app_id: int | None) -> tuple[tuple[Button, ...], ...]:
    data = value("new", "date", SKIP) if app_id is None else value("nodate", app_id)
    return ((_button("app_kind", SKIP, data, role=SKIP),),)


def question(
    step: str, draft: dict[str, Any], *, app_id: int | None = None, today: date
) -> Outcome:
    """One question of adding an application (or of changing one field of it)."""
    buttons: tuple[tuple[Button, ...], ...] = ()
    if step == "source":
        buttons = source_buttons(app_id)
    elif step == "kind":
        buttons = kind_buttons(app_id)
    elif step == "stage":
        buttons = stage_buttons(None, None)
    elif step == "date":
        buttons = date_buttons(app_id)
    context = {
        "step": step,
        "draft": draft,
        "editing": app_id is not None,
        "example": date_example(today),
    }
    return Outcome((Reply("lamaran/ask.html", context, buttons),), resets_keyboard=True)


def date_example(today: date) -> str:
    """A date a week ahead, as typed (every date prompt shows one it accepts)."""
    ahead = date.fromordinal(today.toordinal() + 7)
    return f"{ahead.day:02d}/{ahead.month:02d}/{ahead.year}"


def miss(
    step: str,
    error: str,
    today: date,
    nearest: Sequence[str] = (),
    on_screen: str | None = None,
) -> Outcome:
    """One short line; the question above still stands. `nearest`: the labels of the
    options that came close, for "Maksudnya … atau …?"; `on_screen`: a label of the
    buttons the user sees last, as the example of what can be typed."""
    context = {
        "step": step,
        "error": error,
        "example": date_example(today),
        "nearest": list(nearest),
        "on_screen": on_screen,
    }
    return Outcome((Reply("lamaran/miss.html", context),), miss=True)


def stage_meant(app_id: int, stages: Sequence[str], labels: Sequence[str], today: date) -> Outcome:
    """A stage half typed under an application ("wawancara"): the stages it may mean, as
    buttons that move it there."""
    buttons = tuple(
        (_button("app_stage", stage, _answer("stage", "set", app_id, stage)),) for stage in stages
    )
    context = {
        "step": "open_stage",
        "error": "choice",
        "example": date_example(today),
        "nearest": list(labels),
        "on_screen": None,
    }
    return Outcome((Reply("lamaran/miss.html", context, buttons),), miss=True)


# --- what comes after ---------------------------------------------------------------------


def saved(app: Application, today: date, *, time_told: bool = False) -> Reply:
    """`time_told`: a time of day came with the date; it is not kept, and says so."""
    buttons = (
        (action("open", value("open", app.id)),),
        (action("more", value("add")), action("list", value("list", 1))),
    )
    context = {**entry(app, today), "today": today, "time_told": time_told}
    return Reply("lamaran/saved.html", context, buttons)


def rejected(app: Application) -> Reply:
    """A kind word, and the journey offered with what the application already knows."""
    buttons: tuple[tuple[Button, ...], ...] = ()
    if app.offers_journey and app.journey_id is None:
        buttons = (
            (action("journey", value("gagal", app.id)),),
            (action("later", value("later", app.id)),),
        )
    return Reply("lamaran/rejected.html", {"app": app, "offered": bool(buttons)}, buttons)


def ask_nudge(
    kind: str,
    minutes: int,
    zone_label: str,
    day: date | None = None,
    app_id: int | None = None,
    just_saved: bool = False,
) -> Reply:
    """Whether the user wants this reminder: asked once, answered with a button. The
    answer names the application it was asked about, to go back to it, and whether it
    was asked right after saving it (JUST_SAVED) rather than under its card."""
    about: tuple[object, ...] = ()
    if app_id is not None:
        about = (app_id, JUST_SAVED) if just_saved else (app_id,)
    buttons = (
        (
            _button("app_nudge", "yes", value("nudge", kind, "yes", *about)),
            _button("app_nudge", "no", value("nudge", kind, "no", *about)),
        ),
    )
    context = {
        "kind": kind,
        "time": rules.nudge_time(minutes),
        "zone_label": zone_label,
        "day": day,
    }
    return Reply("lamaran/ask_nudge.html", context, buttons)


def email(app: Application, sender: str | None, today: date) -> Reply:
    """The short "may I ask how it is going" email, ready to copy, with its file."""
    context = {"app": app, "sender": sender, "today": today}
    document = Document("lamaran/email.txt", EMAIL_FILE, context)
    return Reply("lamaran/email.html", context, documents=(document,))


def reminder_button(app_id: int, option: str) -> Button:
    return action(option, callback.value(REMINDER_PREFIX, app_id, option))


def off_button(kind: str) -> Button:
    return action(f"off_{kind}", callback.value(REMINDER_PREFIX, "off", kind))


def reminder_buttons(app_id: int, kind: str) -> tuple[tuple[Button, ...], ...]:
    """The buttons of a nudge: what to do about it, then its off switch."""
    if kind == INTERVIEW:
        first: tuple[Button, ...] = (reminder_button(app_id, "practice"),)
    else:
        first = (reminder_button(app_id, "open"), reminder_button(app_id, "quiet"))
    return (first, (off_button(kind),))


def interview_nudge(app: Application) -> Outcome:
    """The day before an interview, at the user's time (sent by the scheduler)."""
    return Outcome(
        (Reply("lamaran/nudge_interview.html", {"app": app}, reminder_buttons(app.id, INTERVIEW)),)
    )


def quiet_nudge(app: Application, sender: str | None, today: date) -> Outcome:
    """Two weeks without news: one suggestion to ask, with the email (sent by the
    scheduler, once per application)."""
    since = rules.quiet_since(app)
    context = {
        "app": app,
        "sender": sender,
        "since": since,
        "days": (today - since).days,
        "today": today,
    }
    return Outcome((Reply("lamaran/nudge_quiet.html", context, reminder_buttons(app.id, QUIET)),))


def deleted() -> Outcome:
    return Outcome((Reply("lamaran/deleted.html"),))


def later() -> Outcome:
    return Outcome((Reply("lamaran/later.html"),))


def nudge_answered(
    kind: str, agreed: bool, minutes: int, zone_label: str, back_to: int | None = None
) -> Reply:
    """`back_to`: the application the question was asked about, when nothing else is
    asked next; its way back is offered again (the buttons above the question no longer
    take typed text)."""
    context = {
        "kind": kind,
        "agreed": agreed,
        "time": rules.nudge_time(minutes),
        "zone_label": zone_label,
    }
    buttons: tuple[tuple[Button, ...], ...] = ()
    if back_to is not None:
        buttons = (
            (action("open", value("open", back_to)),),
            (action("more", value("add")), action("list", value("list", 1))),
        )
    return Reply("lamaran/nudge_answered.html", context, buttons)


def nudge_off(kind: str) -> Outcome:
    return Outcome((Reply("lamaran/nudge_off.html", {"kind": kind}),))


def practice_for(app: Application) -> Reply:
    """Said before the /latihan question a nudge's button opens."""
    return Reply("lamaran/practice_for.html", {"app": app})


def linked(company: str, position: str, marked: bool) -> Reply:
    """A /gagal whose company is in the list: said before the journey's next question."""
    context = {"company": company, "position": position, "marked": marked}
    return Reply("lamaran/linked.html", context)
