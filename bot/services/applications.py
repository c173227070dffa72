"""/lamaran: the user's job applications. Load rows, call the pure rules and views
(conversations/applications/), write what changed; it never commits.

Typed answers wait in the user's slot (conversations/awaiting.py, kind APPLICATION) with
a ref saying what they answer: "add:<step>" while adding, "date:<id>" for an interview
date, "field:<id>:<field>" for a corrected part, "open:<id>" and "stages:<id>" while one
application is shown (a stage or a date typed), "edit:<id>" and "nudge:<kind>" while
their buttons are shown, "list" while the list is (a company typed). Anything it cannot
use gets one short line; the question stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.db import applications as store
from bot.db.models import Application as Row
from bot.presenter import options_of
from bot.router import Router, Turn, Waiter, reply
from bot.services import journey as journeys
from bot.services import practice
from conversations import callback, care, history
from conversations import journey as flow
from conversations import validators as v
from conversations.applications import rules, views
from conversations.awaiting import APPLICATION, Awaiting
from conversations.choices import MAX_CHOICE_CHARS, only_skips, understand
from conversations.events import Choice, Choices, Text, Unsupported
from conversations.options import SKIP, Option
from conversations.outcome import Button, Outcome, Reply
from conversations.reminders import zone_label

COMMAND = "lamaran"
PREFIX = views.PREFIX


def register(router: Router) -> None:
    router.command(COMMAND)(show_list)
    router.choice(PREFIX)(on_choice)
    router.choice(views.REMINDER_PREFIX)(on_reminder)
    router.awaits(APPLICATION, Waiter(typed, prefix=PREFIX, abandon=abandon))


# --- shared ------------------------------------------------------------------------------


def _zone(turn: Turn) -> ZoneInfo:
    return ZoneInfo(turn.user.timezone or turn.services.settings.default_timezone)


def _today(turn: Turn) -> date:
    return turn.now.astimezone(_zone(turn)).date()


def _facts(turn: Turn, row: Row) -> rules.Application:
    return store.facts(row, _zone(turn))


def _paused(turn: Turn) -> bool:
    """Nothing job-focused while the crisis safety net's pause holds (until /lanjut)."""
    return turn.user.crisis_paused_at is not None


def _wait(turn: Turn, *ref: object) -> None:
    turn.wait_for(Awaiting(APPLICATION, callback.SEPARATOR.join(str(part) for part in ref)))


def _minutes(turn: Turn) -> int:
    return rules.nudge_minutes(turn.user.reminder_minutes)


def _zone_label(turn: Turn) -> str:
    return zone_label(turn.user.timezone or turn.services.settings.default_timezone)


async def _row(turn: Turn, raw: str) -> Row | None:
    return await store.one(turn.session, turn.user.id, int(raw)) if raw.isdigit() else None


def _stale() -> Outcome:
    return Outcome(notice="stale_button.txt")


# --- the list ----------------------------------------------------------------------------


async def _list(turn: Turn, requested: int, *, edit: bool) -> Outcome:
    total = await store.count(turn.session, turn.user.id)
    shown = history.page(total, requested, rules.PAGE_SIZE)
    rows = await store.page(turn.session, turn.user.id, shown.offset, shown.size)
    # Even empty, the list reads text: "tambahin dong, tokopedia" adds the first one.
    _wait(turn, "list")
    apps = [_facts(turn, row) for row in rows]
    return views.listing(apps, shown, total, _today(turn), edit=edit)


async def count(turn: Turn) -> int:
    return await store.count(turn.session, turn.user.id)


async def show_list(turn: Turn) -> Outcome:
    if _paused(turn):
        return care.are_you_safe()
    turn.user.application_draft = None
    listed = await _list(turn, 1, edit=False)
    left = turn.abandoned
    if left is not None and left.kind == APPLICATION and left.ref in _HALF_ADDED:
        # "/lamaran" halfway through adding: what was typed is dropped, and said so.
        note = Reply("lamaran/add_cancelled.html", {"kept": False, "listed": True})
        return replace(listed, replies=(note, *listed.replies))
    return listed


# Steps of adding after something was typed (the date step keeps the application).
_HALF_ADDED = frozenset({"add:position", "add:source", "add:kind", "add:stage"})


# --- choices -----------------------------------------------------------------------------


async def on_choice(turn: Turn) -> Outcome:
    if _paused(turn):
        return care.are_you_safe()
    action, first, second = turn.choice_parts(3)
    second, _, third = second.partition(callback.SEPARATOR)
    if action == "list":
        return await _list(turn, int(first) if first.isdigit() else 1, edit=second != "new")
    if action == "add":
        return _start_adding(turn, stage=first if first == rules.REJECTED else None)
    if action == "new":
        return await _added_choice(turn, first, second)
    if action == "nudge":
        return await _nudge_answer(turn, first, second, third)
    row = await _row(turn, first)
    if row is None:
        return _stale()
    if action == "open":
        _wait(turn, "open", row.id)
        return views.detail(_facts(turn, row), _today(turn), edit=True)
    if not turn.fresh:  # already applied: show where the application is now
        return _detail(turn, row)
    handler = _ACTIONS.get(action)
    return await handler(turn, row, second) if handler else _stale()


def _detail(
    turn: Turn,
    row: Row,
    note: str | None = None,
    *,
    edit: bool = False,
    date_follows: bool = False,
    offer_follows: bool = False,
) -> Outcome:
    _wait(turn, "open", row.id)
    app = _facts(turn, row)
    return views.detail(
        app,
        _today(turn),
        note=note,
        edit=edit,
        date_follows=date_follows,
        offer_follows=offer_follows,
    )


async def _next(turn: Turn, row: Row, stage: str) -> Outcome:
    # The button names its target: a second tap on an old button moves nothing twice.
    if _facts(turn, row).next_stage != stage:
        return _stale()
    return await _move(turn, row, stage)


async def _set(turn: Turn, row: Row, stage: str) -> Outcome:
    return await _move(turn, row, stage) if stage in rules.STAGES else _stale()


async def _move(
    turn: Turn, row: Row, stage: str, *, edit: bool = True, told: bool = False
) -> Outcome:
    """`told`: the news came in the user's own words ("lolos ke user!"), so a step
    forward is greeted as the good news it is."""
    app = _facts(turn, row)
    forward = (
        told
        and stage in rules.INTERVIEWS
        and row.stage in rules.PROGRESS
        and rules.PROGRESS.index(stage) > rules.PROGRESS.index(row.stage)
    )
    today = _today(turn)
    moved = rules.move(app, stage, today)
    if moved is None:
        return _detail(turn, row, "same", edit=edit)
    row.stage = moved.stage
    row.stage_at = turn.now
    row.reached = rules.reached_to_json(moved.reached)
    if moved.clears_interview:
        row.interview_on = None
    row.updated_at = turn.now
    # An interview's date is asked right after: the card does not ask for it as well.
    asks_date = moved.stage in rules.INTERVIEWS
    rejected = moved.stage == rules.REJECTED
    # After a rejection the kind word follows, marking it and offering the journey: the
    # card changes quietly, with no "Tahapnya sudah diperbarui" and no second offer.
    shown = _detail(
        turn,
        row,
        None if rejected else "moved_up" if forward else "moved",
        edit=edit,
        date_follows=asks_date,
        offer_follows=rejected,
    )
    if rejected:
        turn.wait_for(None)
        kind_word = views.rejected(_facts(turn, row))
        # A card edited in place changes quietly above; a new one would come before the
        # kind word, and the kind word already says the application is marked.
        pressed = edit and turn.message_id is not None  # typed text edits nothing
        return Outcome((*shown.replies, kind_word) if pressed else (kind_word,))
    if asks_date:
        asked = views.question("date", {"stage": moved.stage}, app_id=row.id, today=today)
        _wait(turn, "date", row.id)
        return Outcome((*shown.replies, *asked.replies))
    return shown


async def _stages(turn: Turn, row: Row, _: str) -> Outcome:
    _wait(turn, "stages", row.id)
    return views.choose_stage(_facts(turn, row), _today(turn))


async def _ask_date(turn: Turn, row: Row, _: str) -> Outcome:
    _wait(turn, "date", row.id)
    asked = views.question("date", {"stage": row.stage}, app_id=row.id, today=_today(turn))
    return asked


async def _no_date(turn: Turn, row: Row, _: str) -> Outcome:
    return _detail(turn, row, "date_skipped")


async def _edit(turn: Turn, row: Row, _: str) -> Outcome:
    _wait(turn, "edit", row.id)
    return views.edit_fields(_facts(turn, row))


async def _field(turn: Turn, row: Row, field: str) -> Outcome:
    if field in ("company", "position"):
        _wait(turn, "field", row.id, field)
        return views.question(field, {}, app_id=row.id, today=_today(turn))
    if field in ("source", "kind"):
        _wait(turn, "field", row.id, field)
        draft = {"company": row.company}
        return views.question(field, draft, app_id=row.id, today=_today(turn))
    return _stale()


async def _source(turn: Turn, row: Row, source: str) -> Outcome:
    if source not in rules.SOURCES:
        return _stale()
    row.source, row.updated_at = source, turn.now
    return _detail(turn, row, "changed")


async def _kind(turn: Turn, row: Row, kind: str) -> Outcome:
    if kind not in (*rules.KINDS, SKIP):
        return _stale()
    row.company_kind, row.updated_at = (None if kind == SKIP else kind), turn.now
    return _detail(turn, row, "changed")


async def _delete(turn: Turn, row: Row, _: str) -> Outcome:
    turn.wait_for(None)
    return views.confirm_delete(_facts(turn, row))


async def _delete_confirmed(turn: Turn, row: Row, _: str) -> Outcome:
    if isinstance(turn.event, Choice) and turn.event.expired:
        return views.confirm_delete(_facts(turn, row), expired=True)
    await turn.session.delete(row)
    turn.wait_for(None)
    return views.deleted()


async def _email(turn: Turn, row: Row, _: str) -> Outcome:
    names = await store.sender_names(turn.session, [turn.user.id])
    # The name given for the feedback email; a Telegram name may be a nickname.
    sender = names.get(turn.user.id)
    return Outcome((views.email(_facts(turn, row), sender, _today(turn)),))


async def _journey(turn: Turn, row: Row, _: str) -> Outcome:
    """The recovery journey for this rejection, with what the application knows."""
    app = _facts(turn, row)
    if row.stage != rules.REJECTED or not app.offers_journey:
        return _stale()
    turn.wait_for(None)
    return await journeys.start_for_application(turn, row)


async def _later(turn: Turn, row: Row, _: str) -> Outcome:
    turn.wait_for(None)
    return views.later()


_ACTIONS = {
    "next": _next,
    "set": _set,
    "stages": _stages,
    "date": _ask_date,
    "nodate": _no_date,
    "edit": _edit,
    "field": _field,
    "src": _source,
    "kind": _kind,
    "del": _delete,
    "delok": _delete_confirmed,
    "mail": _email,
    "gagal": _journey,
    "later": _later,
}


# --- adding one --------------------------------------------------------------------------


def _start_adding(turn: Turn, stage: str | None = None) -> Outcome:
    draft = {"stage": stage} if stage else {}
    turn.user.application_draft = draft
    _wait(turn, "add", "company")
    return views.question("company", draft, today=_today(turn))


def _draft(turn: Turn) -> dict[str, Any]:
    return dict(turn.user.application_draft or {})


def _ask_next(turn: Turn, draft: dict[str, Any], after: str) -> Outcome | None:
    """The next question of adding, or None when the application is complete."""
    step = rules.next_add_step(draft, after)
    if step is None:
        return None
    turn.user.application_draft = draft
    _wait(turn, "add", step)
    return views.question(step, draft, today=_today(turn))


async def _added_choice(turn: Turn, step: str, option: str) -> Outcome:
    awaiting = turn.awaiting
    if awaiting is None or awaiting.ref != f"add:{step}" or not turn.fresh:
        if isinstance(turn.event, Choice) and turn.event.typed and turn.fresh:
            # "jobstreet" typed after adding was left: no "this button" to speak of.
            return reply("lamaran/add_stopped.html")
        return _stale()  # a button of an earlier question, or pressed twice
    allowed = {
        "source": rules.SOURCES,
        "kind": (*rules.KINDS, SKIP),
        "stage": rules.STAGES,
        "date": (SKIP,),
    }.get(step, ())
    if option not in allowed:
        return _stale()
    draft = _draft(turn)
    if step != "date":
        draft[step] = None if option == SKIP else option
    said = turn.event.said if isinstance(turn.event, Choice) else ""
    since = _day_told(said, _today(turn)) if step == "stage" and said else None
    if since is not None:
        draft["since"] = since.isoformat()  # "baru kirim cv kemarin": since yesterday
    return await _answered(turn, draft, step)


def _date_at_end(text: str, today: date) -> date | None:
    """The day an interview is told at the end of a message ("… hr buat kamis")."""
    words = text.split()
    for cut in range(1, len(words)):
        when = v.parse_interview_date(" ".join(words[cut:]), today)
        if not isinstance(when, v.Invalid):
            return when
    return None


def _day_told(text: str, today: date) -> date | None:
    """A past day said at the end of a message ("baru kirim cv kemarin")."""
    words = text.split()
    for cut in range(1, len(words)):
        when = v.parse_past_date(" ".join(words[cut:]), today)
        if not isinstance(when, v.Invalid):
            return when
    return None


async def _answered(turn: Turn, draft: dict[str, Any], step: str) -> Outcome:
    asked = _ask_next(turn, draft, step)
    return asked if asked is not None else await _save_new(turn, draft)


async def _save_new(turn: Turn, draft: dict[str, Any]) -> Outcome:
    today = _today(turn)
    row = await _insert(turn, draft)
    app = _facts(turn, row)
    if row.stage == rules.REJECTED:
        # The condolence says it is saved as rejected; no reminder question after it.
        return Outcome((views.rejected(app),))
    saved = views.saved(app, today, time_told=draft.get("time_told") is True)
    replies = [saved, *_nudge_questions(turn, app, just_saved=True)]
    return Outcome(tuple(replies))


async def _insert(turn: Turn, draft: dict[str, Any]) -> Row:
    """The application the draft describes, added; the draft and its question closed."""
    today = _today(turn)
    stage = str(draft.get("stage") or rules.APPLIED)
    interview = date.fromisoformat(draft["date"]) if isinstance(draft.get("date"), str) else None
    # An interview already held dates its stage ("sejak 1 Desember; wawancaranya pada 25
    # November" read as a contradiction), and the quiet reminder counts from it.
    since = interview if interview and interview < today and stage in rules.INTERVIEWS else today
    told = draft.get("since")
    if isinstance(told, str) and stage not in rules.INTERVIEWS:
        since = min(date.fromisoformat(told), today)
    row = Row(
        user_id=turn.user.id,
        company=str(draft.get("company") or ""),
        position=str(draft.get("position") or ""),
        source=str(draft.get("source") or "other"),
        company_kind=draft.get("kind"),
        stage=stage,
        stage_at=turn.now - timedelta(days=(today - since).days),
        reached=rules.reached_to_json(rules.first_reached(stage, since)),
        interview_on=interview,
        created_at=turn.now,
        updated_at=turn.now,
    )
    turn.session.add(row)
    await turn.session.flush()
    turn.user.application_draft = None
    turn.wait_for(None)
    return row


def _nudge_questions(
    turn: Turn, app: rules.Application | None, *, just_saved: bool = False
) -> list[Reply]:
    """Each reminder is asked about once: the interview one when a date is first set,
    the "no news" one after the first application is saved."""
    today = _today(turn)
    user = turn.user
    if (
        app is not None
        and user.nudge_interview is None
        and app.interview_on is not None
        and app.interview_on > today
    ):
        day = rules.interview_nudge_day(app.interview_on)
        _wait(turn, "nudge", views.INTERVIEW)
        asked = views.ask_nudge(
            views.INTERVIEW, _minutes(turn), _zone_label(turn), day, app.id, just_saved
        )
        return [asked]
    if user.nudge_quiet is None:
        _wait(turn, "nudge", views.QUIET)
        about = app.id if app is not None else None
        return [
            views.ask_nudge(views.QUIET, _minutes(turn), _zone_label(turn), None, about, just_saved)
        ]
    return []


async def _nudge_answer(turn: Turn, kind: str, answer: str, about: str) -> Outcome:
    if kind not in (views.INTERVIEW, views.QUIET) or answer not in ("yes", "no"):
        return _stale()
    agreed = answer == "yes"
    if turn.fresh:
        set_nudge(turn, kind, agreed)
    about, _, asked_after = about.partition(callback.SEPARATOR)
    row = await _row(turn, about)
    if row is not None and asked_after != views.JUST_SAVED:
        # Asked under the application's card: a stage or a date typed next is for it.
        _wait(turn, "open", row.id)
    else:
        # Asked right after saving one: what is typed next is often the next
        # application's details, never a stage for this one (the buttons lead back).
        turn.wait_for(None)
    asked: list[Reply] = []
    if kind == views.INTERVIEW:
        asked = _nudge_questions(
            turn, _facts(turn, row) if row else None, just_saved=asked_after == views.JUST_SAVED
        )
    back_to = row.id if row is not None and not asked else None
    answered = views.nudge_answered(kind, agreed, _minutes(turn), _zone_label(turn), back_to)
    return Outcome((answered, *asked))


def set_nudge(turn: Turn, kind: str, on: bool) -> None:
    """A reminder switched on (an explicit yes, stored with its time) or off."""
    user = turn.user
    if kind == views.INTERVIEW:
        user.nudge_interview = on
        user.nudge_interview_at = turn.now if on else None
    else:
        user.nudge_quiet = on
        user.nudge_quiet_at = turn.now if on else None


# --- typed answers -----------------------------------------------------------------------


async def typed(turn: Turn, awaiting: Awaiting) -> Outcome | None:
    """Text (or content the bot cannot read) while /lamaran waits for it."""
    if _paused(turn):
        turn.wait_for(None)
        return None
    what, _, rest = awaiting.ref.partition(callback.SEPARATOR)
    if what == "add":
        return await _typed_add(turn, rest)
    if what == "list":
        return await _typed_in_list(turn)
    if what == "nudge":
        # "eh dapet offer dr traveloka!!!" under "bolehkah saya mengingatkan…?": news
        # first; the reminder question stays for later.
        return await news_told(turn) or _untracked(turn) or _not_understood(turn, "nudge")
    raw, _, field = rest.partition(callback.SEPARATOR)
    row = await _row(turn, raw)
    if row is None:  # deleted meanwhile
        turn.wait_for(None)
        return None
    if not turn.fresh:
        return _detail(turn, row)
    if what == "date":
        return await _typed_date(turn, row)
    if what == "field":
        return await _typed_field(turn, row, field)
    if what in ("open", "stages"):
        return await _typed_in_detail(turn, row)
    return _not_understood(turn, what)


def _not_understood(turn: Turn, step: str) -> Outcome:
    error = "unsupported" if isinstance(turn.event, Unsupported) else "choice"
    return views.miss(step, error, _today(turn), _nearest(turn), _label_on_screen(turn))


def _label_on_screen(turn: Turn) -> str | None:
    """The first label typed text can pick on the buttons the user sees last; None when
    another message came after them."""
    if turn.question_on_screen() is None:
        return None
    options = [Option.from_entry(entry) for entry in turn.user.keyboard or []]
    return next((option.label for option in options if option.typed), None)


def _nearest(turn: Turn) -> list[str]:
    """The labels of the latest keyboard's options closest to what was typed (for
    "Maksudnya …?")."""
    if not isinstance(turn.event, Text) or not turn.user.keyboard:
        return []
    options = [Option.from_entry(entry) for entry in turn.user.keyboard]
    return _labels(options, understand(turn.event.text, [o for o in options if o.typed]).nearest)


def _labels(options: list[Option], values: tuple[str, ...]) -> list[str]:
    """The labels as a sentence names them: "Gojek · Product Manager", without the
    list's own numbering ("2. ")."""
    labels = {option.value: _LIST_NUMBER.sub("", option.label) for option in options}
    return [labels[value] for value in values if value in labels]


_LIST_NUMBER = re.compile(r"^\d+\.\s+")


async def _typed_add(turn: Turn, step: str) -> Outcome:
    draft = _draft(turn)
    if not turn.fresh:
        return views.question(step, draft, today=_today(turn))
    event = turn.event
    if step in ("company", "position"):
        if not isinstance(event, Text):
            return views.miss(step, "unsupported", _today(turn))
        fix = v.read_correction(event.text, {}) if step == "position" else None
        if fix is not None and fix.marked and fix.value:
            # "eh bukan, maksudnya Shopee Indonesia" under the position question: the
            # company just given, corrected; the position is asked again.
            company = rules.parse_name("company", fix.value)
            if not isinstance(company, v.Invalid):
                draft["company"] = company
                turn.user.application_draft = draft
                return views.question(step, draft, today=_today(turn))
        return await _named(turn, draft, step, event.text)
    if step == "date":
        if not isinstance(event, Text):
            return views.miss(step, "unsupported", _today(turn))
        when = v.parse_interview_date(event.text, _today(turn))
        if isinstance(when, v.Invalid):
            return views.miss(step, when.error, _today(turn))
        draft["date"] = when.isoformat()
        draft["time_told"] = v.mentions_time(event.text)
        return await _answered(turn, draft, step)
    # A question with buttons: what the buttons did not take.
    if step == "stage" and isinstance(event, Text) and rules.means_no_news(event.text):
        draft["stage"] = rules.NO_NEWS
        return await _answered(turn, draft, step)
    news = rules.stage_news(event.text) if isinstance(event, Text) else None
    if step == "stage" and isinstance(event, Text) and news is not None:
        # "udh dipanggil interview hr buat kamis": the stage, and its day when told.
        draft["stage"] = news
        day = _date_at_end(event.text, _today(turn)) if news in rules.INTERVIEWS else None
        if day is not None:
            draft["date"] = day.isoformat()
            draft["time_told"] = v.mentions_time(event.text)
        elif (since := _day_told(event.text, _today(turn))) is not None:
            draft["since"] = since.isoformat()
        return await _answered(turn, draft, step)
    if step == "source" and isinstance(event, Text) and only_skips(event.text):
        draft["source"] = "other"  # "lupa", "gatau": counted as "Lainnya", not asked again
        return await _answered(turn, draft, step)
    return _not_understood(turn, step)


async def _named(turn: Turn, draft: dict[str, Any], step: str, text: str) -> Outcome:
    parts = [part.strip() for part in text.split(",") if part.strip()]
    source = _source_in(turn, ", ".join(parts[2:])) if step == "company" else None
    if source is not None:
        # "Traveloka, data analyst, dari jobstreet": where it was found, said last.
        draft["source"] = source
        text = ", ".join(parts[:2])
    both = v.company_and_position(text) if step == "company" else None
    if both is not None:
        # "Analis Data di PT Maju": both at once, the position is not asked.
        draft["company"], draft["position"] = both
        return await _answered(turn, draft, "position")
    parsed = rules.parse_name(step, text)
    if isinstance(parsed, v.Invalid):
        return views.miss(step, parsed.error, _today(turn))
    draft[step] = parsed
    return await _answered(turn, draft, step)


def _source_in(turn: Turn, text: str) -> str | None:
    """The one place a vacancy was found that `text` names ("dari jobstreet")."""
    if not text:
        return None
    buttons = [button for row in views.source_buttons(None) for button in row]
    options = options_of(turn.services.renderer, buttons)
    understood = understand(text, options)
    if len(understood.values) != 1:
        return None
    return callback.parts(understood.values[0], 3)[2]


async def _typed_date(turn: Turn, row: Row) -> Outcome:
    if not isinstance(turn.event, Text):
        return views.miss("date", "unsupported", _today(turn))
    when = v.parse_interview_date(turn.event.text, _today(turn))
    if isinstance(when, v.Invalid):
        return views.miss("date", when.error, _today(turn))
    return _dated(turn, row, when, v.mentions_time(turn.event.text))


def _dated(turn: Turn, row: Row, when: date, time_told: bool = False) -> Outcome:
    row.interview_on = when
    row.updated_at = turn.now
    shown = _detail(turn, row, "date_set_no_time" if time_told else "date_set")
    asked = _nudge_questions(turn, _facts(turn, row))
    if not asked:
        _wait(turn, "open", row.id)
    return Outcome((*shown.replies, *asked))


async def _typed_field(turn: Turn, row: Row, field: str) -> Outcome:
    if field not in ("company", "position"):
        return _not_understood(turn, field)
    if not isinstance(turn.event, Text):
        return views.miss(field, "unsupported", _today(turn))
    parsed = rules.parse_name(field, turn.event.text)
    if isinstance(parsed, v.Invalid):
        return views.miss(field, parsed.error, _today(turn))
    setattr(row, field, parsed)
    row.updated_at = turn.now
    return _detail(turn, row, "changed")


def _stage_options(turn: Turn) -> list[Option]:
    buttons = [b for line in views.stage_buttons(None, None) for b in line]
    return options_of(turn.services.renderer, buttons)


async def _typed_in_detail(turn: Turn, row: Row) -> Outcome:
    """While one application is shown: a stage named ("wawancara akhir", "ghosting"), or
    an interview date for an interview stage; else one line."""
    event = turn.event
    if isinstance(event, Text) and rules.means_no_news(event.text):
        return await _move(turn, row, rules.NO_NEWS, edit=False)
    if isinstance(event, Text):
        options = _stage_options(turn)
        # Not by position: these stages are no keyboard on screen, and a "1" meant for
        # the buttons above must not move the application back to its first stage.
        understood = understand(event.text, options, positions=False)
        if len(understood.values) == 1:
            stage = understood.values[0].rpartition(callback.SEPARATOR)[2]
            if rules.goes_back(_facts(turn, row), stage):
                return views.confirm_back(_facts(turn, row), stage)  # "baru kirim": asked
            return await _move(turn, row, stage, edit=False)
        news = rules.stage_news(event.text, _facts(turn, row))
        if news is not None and rules.goes_back(_facts(turn, row), news):
            return views.confirm_back(_facts(turn, row), news)
        if news is not None:
            # "ga lolos interview user", "lolos!", "dipanggil user kamis": told, not tapped.
            day = _date_at_end(event.text, _today(turn)) if news in rules.INTERVIEWS else None
            if news != row.stage:
                moved = await _move(turn, row, news, edit=False, told=True)
                if day is None:
                    return moved
            if day is not None:
                return _dated(turn, row, day, v.mentions_time(event.text))
        if row.stage in rules.INTERVIEWS:
            when = v.parse_interview_date(event.text, _today(turn))
            if not isinstance(when, v.Invalid):
                return _dated(turn, row, when, v.mentions_time(event.text))
        both = _stage_and_date(event.text, options, _today(turn))
        if both is not None:
            # "lanjut ke user minggu depan senin": the stage, then its day, in one message.
            stage, when = both
            if rules.goes_back(_facts(turn, row), stage):
                return views.confirm_back(_facts(turn, row), stage)
            await _move(turn, row, stage, edit=False)
            return _dated(turn, row, when, v.mentions_time(event.text))
        if understood.nearest:
            stages = [value.rpartition(callback.SEPARATOR)[2] for value in understood.nearest]
            labels = _labels(options, understood.nearest)
            return views.stage_meant(row.id, stages, labels, _today(turn))
    if isinstance(event, Choices):
        return views.miss("open", "choice", _today(turn))
    return _not_understood(turn, "open")


# A stage and a day in one message are split within this many words.
_STAGE_AND_DATE_WORDS = 12


def _stage_and_date(text: str, options: list[Option], today: date) -> tuple[str, date] | None:
    """ "baru interview hr minggu lalu": an interview stage named first, its day after."""
    words = text.split()
    if len(words) > _STAGE_AND_DATE_WORDS:
        return None
    for cut in range(len(words) - 1, 0, -1):
        head = [word for word in words[:cut] if word.casefold() not in _MOVING_ON]
        understood = understand(" ".join(head), options, positions=False) if head else None
        if understood is None or len(understood.values) != 1:
            continue
        stage = understood.values[0].rpartition(callback.SEPARATOR)[2]
        tail = words[cut:]
        when = v.parse_interview_date(" ".join(tail), today)
        if isinstance(when, v.Invalid) and len(tail) > 1:
            # "minggu depan senin": the day named last, read as "senin minggu depan".
            when = v.parse_interview_date(" ".join([tail[-1], *tail[:-1]]), today)
        if stage in rules.INTERVIEWS and not isinstance(when, v.Invalid):
            return stage, when
    return None


# Said before the stage one moved to: "lanjut ke user", "baru interview hr".
_MOVING_ON = frozenset({"lanjut", "maju", "naik", "masuk", "baru", "udah", "sudah", "udh"})


async def _typed_in_list(turn: Turn) -> Outcome | None:
    """While the list is shown: news of one entry ("gojek nolak aku barusan") moves it;
    a company typed that names two entries gets "Maksudnya …?"; anything else is not
    for the list."""
    told = await news_told(turn)
    if told is not None:
        return told
    untracked = _untracked(turn)
    if untracked is not None:
        return untracked
    added = rules.add_request(turn.event.text) if isinstance(turn.event, Text) else None
    if added is not None:
        # "tambahin dong, tokopedia posisi product manager": adding, with what is named.
        asked = _start_adding(turn)
        return await _named(turn, {}, "company", added) if added else asked
    nearest = _nearest(turn)
    return views.miss("list", "choice", _today(turn), nearest) if nearest else None


def _untracked(turn: Turn) -> Outcome | None:
    """ "oiya btw aku jg ditolak shopee kemarin", after news_told found no application it
    names: a rejection to note (and be accompanied through), not "belum saya pahami"."""
    event = turn.event
    if not isinstance(event, Text) or len(event.text) > MAX_CHOICE_CHARS:
        return None
    if rules.stage_news(event.text) != rules.REJECTED:
        return None
    return views.untracked_rejection(Button("start_journey", value=flow.START_CHOICE))


async def news_told(turn: Turn) -> Outcome | None:
    """ "gojek nolak aku barusan", "shopee manggil interview user kamis": news of the one
    application whose company the message names, typed where nothing waits for it, moves
    that application as its buttons would. None when it names no application, or more
    than one, or tells no new step."""
    event = turn.event
    if not isinstance(event, Text) or len(event.text) > MAX_CHOICE_CHARS or _paused(turn):
        return None
    rows = {row.id: row for row in await store.every(turn.session, turn.user.id)}
    told = rules.told_news(event.text, [_facts(turn, row) for row in rows.values()])
    if told is None:
        return None
    row, news = rows[told[0].id], told[1]
    if rules.goes_back(told[0], news):
        # "yg gojek td salah, sebenernya udh sampe interview user" under Ditolak: asked.
        return views.confirm_back(told[0], news)
    when = _date_at_end(event.text, _today(turn)) if news in rules.INTERVIEWS else None
    moved = await _move(turn, row, news, edit=False, told=True)
    return moved if when is None else _dated(turn, row, when, v.mentions_time(event.text))


async def abandon(turn: Turn, awaiting: Awaiting) -> None:
    """The user moved on: an application half added is dropped, unless only the
    interview's date was still asked (it is kept without one, to be set later)."""
    draft = turn.user.application_draft
    if awaiting.ref == "add:date" and isinstance(draft, dict) and draft.get("stage"):
        await _insert(turn, dict(draft))
    elif awaiting.ref.startswith("add:"):
        turn.user.application_draft = None


# --- the buttons of the reminders ------------------------------------------------------------


async def on_reminder(turn: Turn) -> Outcome:
    """A button on a nudge the scheduler sent: it names its application (or the reminder
    to switch off) and checks that it still applies."""
    first, action = turn.choice_parts(2)
    if _paused(turn):
        return reply("idle_text.html", after_crisis=True)
    if first == "off" and action in (views.INTERVIEW, views.QUIET):
        if turn.fresh:
            set_nudge(turn, action, False)
        return views.nudge_off(action)
    row = await _row(turn, first)
    if row is None:
        return _stale()
    if action == "open":
        return _detail(turn, row)
    if action == "quiet":
        if row.stage not in rules.WAITING:
            return _detail(turn, row)
        return await _move(turn, row, rules.NO_NEWS, edit=False)
    if action == "practice":
        intro = views.practice_for(_facts(turn, row))
        practised = await practice.start(turn)
        return Outcome((intro, *practised.replies), resets_keyboard=practised.resets_keyboard)
    return _stale()
