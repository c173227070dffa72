"""The journey service: load the journey, call the pure transition, save what changed.

Runs inside the update's transaction (bot/pipeline.py); it never commits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    inspect,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import applications, hot, repositories
from bot.db.models import Answer, Application, Journey, PlanItem, User
from bot.presenter import options_of
from bot.router import Router, Turn, local_now, missed, reply
from bot.services import followup as followups
from bot.services.history import last_time
from conversations import callback, care, followup, topics
from conversations import journey as flow
from conversations.applications import rules as app_rules
from conversations.applications import views as app_views
from conversations.awaiting import APPLICATION
from conversations.choices import GO_ON, REJECTION, agrees, aside_of, understand
from conversations.events import Choice, Choices, Event, Text, Unsupported
from conversations.options import DONE, TOGGLE, Option
from conversations.outcome import Button, Outcome, Reply

OPEN_STATUSES = (flow.ACTIVE, flow.PAUSED)
_USERS = cast(Table, User.__table__)
_JOURNEYS = cast(Table, Journey.__table__)
_ANSWERS = cast(Table, Answer.__table__)
RESTART_PREFIX = flow.RESTART_PREFIX
PLAN_PREFIX = flow.PLAN_PREFIX


def register(router: Router) -> None:
    router.command("gagal")(start_journey)
    router.command("lanjut")(resume_journey)
    router.command("batal")(pause_journey)
    router.command("progres")(show_progress)
    router.command("rencana")(show_plan)
    router.choice(flow.CHOICE_PREFIX)(answer_choice)
    router.choice(RESTART_PREFIX)(restart_choice)
    router.choice(PLAN_PREFIX)(toggle_plan_item)
    router.journey = answer_text
    router.current_view = current_prompt
    router.load_user = load_user


class Stored(NamedTuple):
    """A saved answer as read (a plain row: the hot path loads no Answer entities)."""

    id: int
    value: Any


@dataclass
class Loaded:
    journey: Journey
    rows: dict[str, Stored]
    state: flow.State


async def _latest(session: AsyncSession, user_id: int, statuses: tuple[str, ...]) -> Journey | None:
    statement = (
        select(Journey)
        .where(Journey.user_id == user_id, Journey.status.in_(statuses))
        .order_by(Journey.updated_at.desc(), Journey.id.desc())
        .limit(1)
        .with_for_update()
    )
    return (await session.scalars(statement)).first()


_ANSWERS_OF = select(Answer.prompt, Answer.id, Answer.value).where(
    Answer.journey_id == bindparam("journey_id"), Answer.user_id == bindparam("user_id")
)


async def load(turn: Turn, journey: Journey) -> Loaded:
    found = await turn.session.execute(
        _ANSWERS_OF, {"journey_id": journey.id, "user_id": turn.user.id}
    )
    return _loaded(turn, journey, {prompt: Stored(id, value) for prompt, id, value in found})


def _loaded(turn: Turn, journey: Journey, rows: dict[str, Stored]) -> Loaded:
    state = flow.State(
        prompt=journey.prompt,
        answers={key: row.value for key, row in rows.items()},
        status=journey.status,
        consent=turn.user.consent_feelings,
        first_name=turn.first_name,
        now=local_now(turn),
        misses=turn.user.misses,
    )
    return Loaded(journey, rows, state)


def _answers_json(dialect: str) -> Any:
    """The answers of the outer query's journey as one JSON array of [prompt, id, value]:
    joined, every answer's row repeated the journey's columns, and decoding those (dates
    above all) cost more than the query."""
    if dialect == "postgresql":
        rows = func.json_agg(func.json_build_array(Answer.prompt, Answer.id, Answer.value))
    else:
        rows = func.json_group_array(
            func.json_array(Answer.prompt, Answer.id, func.json(Answer.value))
        )
    return (
        select(type_coerce(rows, JSON))
        .where(Answer.journey_id == Journey.id, Answer.user_id == bindparam("user_id"))
        .scalar_subquery()
    )


def _latest_open_id(user_id: Any) -> Any:
    """The id of the user's newest open journey (on an alias of its own, so that it
    correlates only with `user_id`)."""
    latest = _JOURNEYS.alias()
    return (
        select(latest.c.id)
        # Each status its own parameter: an IN list's would be expanded on every call.
        .where(
            latest.c.user_id == user_id,
            or_(*(latest.c.status == status for status in OPEN_STATUSES)),
        )
        .order_by(latest.c.updated_at.desc(), latest.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _open_journey(dialect: str) -> Select[tuple[Journey, Any]]:
    """The open journey with its answers in one round trip, built once per dialect. The
    user's row, locked first by the pipeline, already serialises writers."""
    latest = _latest_open_id(bindparam("user_id"))
    return (
        select(Journey, _answers_json(dialect))
        .where(Journey.id == latest)
        .with_for_update(of=Journey)
    )


_OPEN_JOURNEYS = {dialect: _open_journey(dialect) for dialect in ("postgresql", "sqlite")}


def _user_with_open_journey(dialect: str) -> Select[Any]:
    """The user's row (locked) with their open journey and its answers: the hot path of
    every update reads both in one round trip instead of two. Plain columns, not ORM
    entities: hot.read_row runs it on SQLite's driver, and hot.persistent makes the
    objects (the ORM's loading cost more than the query)."""
    return (
        select(*_USERS.c, *_JOURNEYS.c, _answers_json(dialect))
        .select_from(_USERS.outerjoin(_JOURNEYS, _JOURNEYS.c.id == _latest_open_id(_USERS.c.id)))
        .where(_USERS.c.id == bindparam("user_id"))
        # The journey is on the nullable side of the join, which cannot be locked; the
        # user's row serialises the user's writers, as in _open_journey.
        .with_for_update(of=_USERS)
    )


_USERS_WITH_OPEN_JOURNEY = {
    dialect: _user_with_open_journey(dialect) for dialect in ("postgresql", "sqlite")
}
# The mapped attribute of each column of the row above, in its order.
_USER_KEYS = tuple(inspect(User).get_property_by_column(column).key for column in _USERS.c)
_JOURNEY_KEYS = tuple(inspect(Journey).get_property_by_column(column).key for column in _JOURNEYS.c)


@dataclass(frozen=True)
class OpenJourney:
    """The open journey as read with the user's row, before anything was written."""

    journey: Journey | None
    rows: Sequence[Sequence[Any]]


async def load_user(session: AsyncSession, user_id: int) -> tuple[User, OpenJourney] | None:
    """The user's row with their open journey (for `_open`), in one statement; None when
    the user has no row yet."""
    statement = _USERS_WITH_OPEN_JOURNEY[session.get_bind().dialect.name]
    found = await hot.read_row(session, statement, {"user_id": user_id})
    if found is None:
        return None
    width = len(_USER_KEYS)
    user = hot.persistent(session, User, dict(zip(_USER_KEYS, found, strict=False)))
    journey_values = found[width : width + len(_JOURNEY_KEYS)]
    journey = (
        hot.persistent(session, Journey, dict(zip(_JOURNEY_KEYS, journey_values, strict=True)))
        if journey_values[0] is not None  # its id: NULL when no journey is open
        else None
    )
    return user, OpenJourney(journey, found[-1] or ())


async def _open(turn: Turn) -> Loaded | None:
    preloaded = turn.take_preloaded()
    if isinstance(preloaded, OpenJourney):
        journey, rows = preloaded.journey, preloaded.rows
        if journey is None:
            return None
    else:
        statement = _OPEN_JOURNEYS[turn.session.get_bind().dialect.name]
        found = (await turn.session.execute(statement, {"user_id": turn.user.id})).first()
        if found is None:
            return None
        journey, rows = found
    answers = {prompt: Stored(id, value) for prompt, id, value in rows or ()}
    return _loaded(turn, journey, answers)


# The answers' writes, as Core statements built once (no unit of work on the hot path).
_INSERT_ANSWER = insert(_ANSWERS)
_UPDATE_ANSWER = (
    update(_ANSWERS)
    .where(_ANSWERS.c.id == bindparam("answer_id"))
    .values(value=bindparam("new_value"), updated_at=bindparam("now"))
)
_INSERT_PLAN_ITEM = insert(cast(Table, PlanItem.__table__))
_DELETE_ANSWERS = delete(_ANSWERS).where(_ANSWERS.c.id.in_(bindparam("ids", expanding=True)))


async def write_answers(
    turn: Turn,
    loaded: Loaded,
    answers: dict[str, object],
    removed: Sequence[str] = (),
    *,
    touch: bool = False,
) -> None:
    """`answers` saved (inserted, or updated where the value changed, or always with
    `touch`), the `removed` ones deleted."""
    session, now = turn.session, turn.now
    new = [
        {
            "journey_id": loaded.journey.id,
            "user_id": turn.user.id,
            "prompt": key,
            "value": value,
            "is_feeling": _is_feeling(key),
            "created_at": now,
            "updated_at": now,
        }
        for key, value in answers.items()
        if key not in loaded.rows
    ]
    changed = [
        {"answer_id": row.id, "new_value": value, "now": now}
        for key, value in answers.items()
        if (row := loaded.rows.get(key)) is not None and (touch or row.value != value)
    ]
    # One row (nearly every step) straight to the driver; several as one executemany.
    if len(new) == 1:
        await hot.write(session, _INSERT_ANSWER, new[0])
    elif new:
        await session.execute(_INSERT_ANSWER, new)
    if len(changed) == 1:
        await hot.write(session, _UPDATE_ANSWER, changed[0])
    elif changed:
        await session.execute(_UPDATE_ANSWER, changed)
    if removed:
        await session.execute(_DELETE_ANSWERS, {"ids": [loaded.rows[key].id for key in removed]})


def _is_feeling(key: str) -> bool:
    return flow.FLOW.is_feeling(key)


async def _save(turn: Turn, loaded: Loaded, transition: flow.Transition) -> None:
    """Write what the transition changed: answers, position in the journey, effects."""
    session, user, now = turn.session, turn.user, turn.now
    journey, after, effects = loaded.journey, transition.state, transition.effects
    if effects.consent is not None:
        await repositories.save_columns(
            session, user, {"consent_feelings": effects.consent, "consent_at": now}
        )
    may_store_feelings = user.consent_feelings is True
    kept = {
        key: value
        for key, value in after.answers.items()
        if may_store_feelings or not _is_feeling(key)
    }
    await write_answers(
        turn, loaded, kept, [key for key in loaded.rows if key not in after.answers]
    )
    changes: dict[str, Any] = {
        "prompt": after.prompt,
        "status": after.status,
        "company": after.answers.get("company") or journey.company,
        "position": after.answers.get("position") or journey.position,
        "updated_at": now,
    }
    if after.status == flow.FINISHED and journey.finished_at is None:
        changes["finished_at"] = now
    if after.status == flow.ACTIVE or flow.PROMPT_BY_ID[after.prompt].pause:
        # Back in the journey, or asked again: an earlier invitation is void.
        changes["invite_at"] = None
    if effects.invite_answered:
        changes["invite_answered_at"] = now
        changes["invite_at"] = (
            effects.invite_at.astimezone(now.tzinfo) if effects.invite_at else None
        )
    if effects.followup is not None:
        # The user's explicit yes, stored with its time; asked on a morning FOLLOWUP_DAYS on.
        asked = effects.followup
        changes["followup_state"] = followup.SCHEDULED if asked else followup.DECLINED
        changes["followup_consent_at"] = now if asked else None
        changes["followup_due_at"] = (
            followup.due_at(local_now(turn), turn.services.settings.followup_days)
            if asked
            else None
        )
    await repositories.save_columns(session, journey, changes)
    if effects.plan_items:
        await session.execute(
            _INSERT_PLAN_ITEM,
            [
                {
                    "journey_id": journey.id,
                    "user_id": user.id,
                    "kind": item.kind,
                    "action": item.action,
                    "detail": item.detail[:200],
                    "due_on": item.due_on,
                    "created_at": now,
                }
                for item in effects.plan_items
            ],
        )


async def _apply(turn: Turn, loaded: Loaded, transition: flow.Transition) -> Outcome:
    await _save(turn, loaded, transition)
    outcome = _shown(transition.outcome)
    company = transition.state.answers.get("company")
    if isinstance(company, str) and "company" not in loaded.state.answers:
        linked = await _link(turn, loaded.journey, company)
        if linked is not None:
            outcome = replace(outcome, replies=(linked, *outcome.replies))
    return outcome


async def _link(turn: Turn, journey: Journey, company: str) -> Reply | None:
    """A company that is in the user's /lamaran list: the application and this journey
    are linked, and the application is marked rejected (it is why /gagal was typed)."""
    found = await applications.link_company(turn.session, turn.user.id, journey, company, turn.now)
    if found is None:
        return None
    application, marked = found
    return app_views.linked(application.company, application.position, marked)


def _shown(outcome: Outcome) -> Outcome:
    """A journey outcome shows the whole current prompt: its buttons, and no others."""
    return replace(outcome, resets_keyboard=True)


def _current(state: flow.State) -> Outcome:
    return _shown(flow.current(state))


async def _begin(turn: Turn, application: Application | None = None) -> Outcome:
    """A new journey; for a rejection logged in /lamaran, with what it already knows."""
    known: dict[str, object] = {}
    if application is not None:
        zone = ZoneInfo(turn.user.timezone or turn.services.settings.default_timezone)
        facts = applications.facts(application, zone)
        known = app_rules.journey_answers(facts, local_now(turn).date())
    transition = flow.begin(
        turn.user.consent_feelings,
        turn.first_name,
        local_now(turn),
        await last_time(turn),
        known,
    )
    journey = Journey(
        user_id=turn.user.id,
        status=flow.ACTIVE,
        prompt=transition.state.prompt,
        created_at=turn.now,
        updated_at=turn.now,
    )
    turn.session.add(journey)
    await turn.session.flush()
    if application is not None:
        application.journey_id = journey.id
        application.updated_at = turn.now
    # Known answers are the journey's own from the start: saved as if just given.
    loaded = Loaded(journey, {}, replace(transition.state, answers=dict(known)))
    return await _apply(turn, loaded, transition)


# --- commands ------------------------------------------------------------------------


async def start_journey(turn: Turn) -> Outcome:
    if turn.user.crisis_paused_at is not None:  # nothing job-focused before "I am safe"
        return care.are_you_safe()
    loaded = await _open(turn)
    if loaded is not None and not turn.fresh:
        return _current(loaded.state)
    if loaded is None:
        return await _begin(turn)
    return _restart_question(loaded)


async def start_for_application(turn: Turn, application: Application) -> Outcome:
    """The journey for a rejection logged in /lamaran: company, position, stage and date
    already answered; over an open journey, the usual question comes first."""
    if turn.user.crisis_paused_at is not None:
        return care.are_you_safe()
    loaded = await _open(turn)
    if loaded is None:
        return await _begin(turn, application)
    return _restart_question(loaded, application_id=application.id)


def _restart_question(
    loaded: Loaded, expired: bool = False, application_id: int | None = None
) -> Outcome:
    # "New" carries the application a journey would begin for, if any.
    extra = (application_id,) if application_id is not None else ()
    buttons = tuple(
        (
            Button(
                "option",
                value=callback.value(RESTART_PREFIX, option, *(extra if option == "new" else ())),
                label_context={"group": "restart", "value": option},
                # Closing the open journey is not undone by typing "2" by chance.
                destructive=option == "new",
            ),
        )
        for option in ("continue", "new")
    )
    context = {
        "company": loaded.journey.company,
        "position": loaded.journey.position,
        "step": flow.resume_step(loaded.state),
        "expired": expired,
    }
    return Outcome((Reply("journey/restart_choice.html", context, buttons),))


_RESTART_OPTIONS = frozenset(callback.value(RESTART_PREFIX, o) for o in ("continue", "new"))


def _restart_on_screen(turn: Turn) -> bool:
    """Whether the latest message with buttons is the restart question."""
    typed = {
        option.value
        for option in (Option.from_entry(entry) for entry in turn.user.keyboard or [])
        if option.typed
    }
    return typed >= _RESTART_OPTIONS


def _restart_miss(turn: Turn) -> Outcome:
    """One short line naming the two choices on screen; their buttons stay live."""
    context: dict[str, Any] = {
        "nearest": [("restart", "continue"), ("restart", "new")],
        "error": "unsupported" if isinstance(turn.event, Unsupported) else "choice",
        "first_name": turn.first_name,
        "zone_label": "",
        "with_buttons": False,
    }
    aside = aside_of(turn.event.text) if isinstance(turn.event, Text) else None
    if isinstance(turn.event, Unsupported):
        context["nearest"] = []
    elif aside == REJECTION:
        # "aku ditolak lagi": the new one is meant, but closing the open one takes a tap.
        context.update(error="aside_rejection_restart", nearest=[])
    elif aside in ("thanks", "hello"):
        context.update(error=f"aside_{aside}", nearest=[])
    return missed(Outcome((Reply("journey/miss.html", context),)))


async def restart_choice(turn: Turn) -> Outcome:
    option, raw_application = turn.choice_parts(2)
    if turn.user.crisis_paused_at is not None:
        return care.are_you_safe()
    loaded = await _open(turn)
    if option == "start":  # the welcome's button: the same as /gagal
        return await start_journey(turn)
    application = (
        await turn.session.scalar(
            select(Application).where(
                Application.id == int(raw_application), Application.user_id == turn.user.id
            )
        )
        if raw_application.isdigit()
        else None
    )
    if loaded is None:
        return (
            await _begin(turn, application)
            if option == "new"
            else reply("journey/no_journey.html", finished=False)
        )
    if option == "continue":
        return await _apply(turn, loaded, flow.resume(loaded.state))
    if option == "new" and isinstance(turn.event, Choice) and turn.event.expired:
        return _restart_question(
            loaded, expired=True, application_id=application.id if application else None
        )
    if option == "new":
        loaded.journey.status = flow.ABANDONED
        loaded.journey.updated_at = turn.now
        return await _begin(turn, application)
    return Outcome(notice="stale_button.txt")


async def resume_journey(turn: Turn, greet: bool = True) -> Outcome:
    """/lanjut. Without `greet` (after "I am safe now") the pending question comes back
    with no "Selamat datang kembali" in front of it."""
    if turn.user.crisis_paused_at is not None:
        # After the crisis reply, the first question is whether the person is safe now.
        return care.are_you_safe()
    loaded = await _open(turn)
    if loaded is None:
        finished = await _latest(turn.session, turn.user.id, (flow.FINISHED,))
        return reply("journey/no_journey.html", finished=finished is not None)
    if loaded.state.status == flow.ACTIVE and not flow.PROMPT_BY_ID[loaded.state.prompt].pause:
        return _current(loaded.state)
    return await _apply(turn, loaded, flow.resume(loaded.state, greet))


async def asks_now(turn: Turn) -> bool:
    """Whether a journey's question is waiting for an answer (not paused)."""
    journey = await _latest(turn.session, turn.user.id, OPEN_STATUSES)
    return journey is not None and journey.status == flow.ACTIVE


async def has_open_journey(turn: Turn) -> bool:
    return await _latest(turn.session, turn.user.id, OPEN_STATUSES) is not None


async def pause_journey(turn: Turn) -> Outcome:
    loaded = await _open(turn)
    left = turn.abandoned
    if loaded is None and left is not None and left.kind == APPLICATION and left.ref[:4] == "add:":
        # "/batal" while adding an application: say what became of it.
        return reply("lamaran/add_cancelled.html", kept=left.ref == "add:date")
    if loaded is None:
        return reply("journey/no_journey.html", finished=False)
    if not turn.fresh:
        return _current(loaded.state)
    return await _apply(turn, loaded, flow.pause(loaded.state))


async def show_progress(turn: Turn) -> Outcome:
    journey = await _latest(turn.session, turn.user.id, (*OPEN_STATUSES, flow.FINISHED))
    if journey is None:
        return reply("journey/no_journey.html", finished=False)
    loaded = await load(turn, journey)
    return reply(
        "journey/progress.html",
        # Paused, it is the step the journey will resume at.
        step=flow.resume_step(loaded.state),
        finished=journey.status == flow.FINISHED,
        paused=journey.status == flow.PAUSED,
        company=journey.company,
        position=journey.position,
    )


async def current_prompt(turn: Turn) -> Outcome:
    loaded = await _open(turn)
    if loaded is None or (
        loaded.state.status == flow.PAUSED and not flow.PROMPT_BY_ID[loaded.state.prompt].pause
    ):
        return Outcome()
    return _current(loaded.state)


# --- answers -------------------------------------------------------------------------


async def answer_choice(turn: Turn) -> Outcome:
    loaded = await _open(turn)
    if loaded is None or not isinstance(turn.event, Choice | Choices):
        return Outcome(notice="stale_button.txt")
    if not turn.fresh:
        return _current(loaded.state)
    state = loaded.state
    if state.status == flow.PAUSED and not flow.PROMPT_BY_ID[state.prompt].pause:
        return Outcome(notice="stale_button.txt")
    transition = flow.advance(state, turn.event)
    outcome = await _apply(turn, loaded, transition)
    return replace(outcome, asks_next=_asks_next(state, transition.state))


async def answer_text(turn: Turn) -> Outcome | None:
    """Free text or unsupported content while a journey waits for an answer."""
    if not isinstance(turn.event, Text | Unsupported):
        return None
    if _restart_on_screen(turn):
        # The latest question is which journey to go on with: text that names neither
        # choice is no answer to the journey's older prompt (nor "nothing is waiting").
        if isinstance(turn.event, Text) and aside_of(turn.event.text) == GO_ON:
            # "mau lanjut yg kemarin": the open one, which closes nothing.
            loaded = await _open(turn)
            if loaded is not None:
                return await _apply(turn, loaded, flow.resume(loaded.state))
        return _restart_miss(turn)
    loaded = await _open(turn)
    # Paused, the journey reads text only for the question asked while it pauses (the
    # invitation back): that question is on screen, so nothing is "not waiting".
    if loaded is None or (
        loaded.state.status != flow.ACTIVE and not flow.PROMPT_BY_ID[loaded.state.prompt].pause
    ):
        return None
    if not turn.fresh:
        return _current(loaded.state)
    other_question = turn.question_on_screen() not in (None, flow.CHOICE_PREFIX)
    if other_question and isinstance(turn.event, Text) and agrees(turn.event.text):
        # "ya" under /hapusdata's question answers that question, never the journey's
        # ("Ya" saved as the sender's name).
        return None
    if other_question and _deletes(turn):
        # Under "Hapus semua data saya", "yakin" or "tarik persetujuan" is about the data,
        # never the company's name: that question answers it, or says how to.
        return None
    if (
        isinstance(turn.event, Text)
        and loaded.state.consent is not True
        and loaded.state.prompt != "consent"
        and topics.asks_to_store(turn.event.text)
    ):
        # "eh boleh deh simpen aja" after "Tidak, jangan simpan": never the story nor a
        # name; the menu offers the consent tap (bot/services/menu.py).
        return None
    event = _understood(turn, turn.event, loaded.state) if isinstance(turn.event, Text) else None
    transition = flow.advance(loaded.state, event or turn.event)
    if transition.outcome.miss and isinstance(event, Text):
        # "update cv sm ikut webinar, 5 orang": a grid's choices and its value in one
        # message. What could be read is kept, even when the rest asks again.
        transition = _grid_in_one_message(turn, event.text, loaded.state) or transition
    if transition.outcome.miss and other_question:
        # Another feature's question is on screen (/hapusdata's menu): text that is no
        # answer to the journey is answered about that question, not the journey's.
        return None
    if transition.outcome.miss and isinstance(event, Text):
        # The recruiter's reply pasted once the email is out: noted as if asked for.
        pasted = await _reply_pasted(turn, loaded, event.text)
        if pasted is not None:
            return pasted
    if transition.outcome.miss and isinstance(event, Text) and await _tracked_news(turn, event):
        # "gojek nolak aku barusan", no answer to this question: news of an application in
        # /lamaran, which updates it (bot/services/menu.py); the question stands.
        return None
    outcome = await _apply(turn, loaded, transition)
    return replace(outcome, asks_next=_asks_next(loaded.state, transition.state))


# Asked right after the email: a reply pasted there has made them moot.
_MOOT_AFTER_A_REPLY = {"email_sent": "sent", "followup_ok": "no"}


async def _reply_pasted(turn: Turn, loaded: Loaded, text: str) -> Outcome | None:
    """ "Halo Rina, terima kasih atas email Anda. … kami menyarankan …" pasted at a
    journey's question once its email is drafted: the reply's points; "was it sent?" and
    "shall I ask later?" are answered by it, and the journey goes on."""
    state = loaded.state
    drafted = state.prompt == "email_sent" or "email_sent" in state.answers
    if not drafted or not followup.reads_as_feedback(text):
        return None
    noted = await followups.reply_pasted(turn, text)
    if noted is None and loaded.journey.followup_state in (followup.REPLIED, followup.PLANNED):
        # The same reply pasted again: said so, never "Nilainya belum terbaca".
        return missed(Outcome((Reply("followup/already_shared.html"),)))
    if noted is None:
        return None
    if state.prompt not in _MOOT_AFTER_A_REPLY:
        return noted  # the question on screen stands
    moved = flow.settle(state, _MOOT_AFTER_A_REPLY[state.prompt])
    while moved.state.prompt in _MOOT_AFTER_A_REPLY and moved.state.status == flow.ACTIVE:
        moved = flow.settle(moved.state, _MOOT_AFTER_A_REPLY[moved.state.prompt])
    went_on = await _apply(turn, loaded, moved)
    return replace(went_on, replies=(*noted.replies, *went_on.replies))


async def _tracked_news(turn: Turn, event: Text) -> bool:
    """Whether the text tells new news of exactly one application the user tracks."""
    rows = await applications.every(turn.session, turn.user.id)
    zone = ZoneInfo(turn.user.timezone or turn.services.settings.default_timezone)
    facts = [applications.facts(row, zone) for row in rows]
    return app_rules.told_news(event.text, facts) is not None


def _deletes(turn: Turn) -> bool:
    """Whether the question on screen can delete something (/hapusdata's menu)."""
    return any(Option.from_entry(entry).destructive for entry in turn.user.keyboard or [])


def _asks_next(before: flow.State, after: flow.State) -> bool:
    """Whether the answer moved on to a new question that a check-in may hold back (the
    story's "are you ready?" already waits, and says so itself after a check-in)."""
    if after.status != flow.ACTIVE or after.prompt == before.prompt:
        return False
    prompt = flow.PROMPT_BY_ID[after.prompt]
    return not prompt.pause and prompt.id != "ready"


_PARTS = re.compile(r"[,;\n]+|\.\s+")
# A value typed after the choices without a comma: "…, sebulan", "… 2 minggu lagi".
_TAIL_WORDS = 3


def _grid_in_one_message(turn: Turn, text: str, state: flow.State) -> flow.Transition | None:
    """A grid's toggles named first and its value row last, in one message: both taken
    (the toggles, then the value, as two answers). Where only the toggles can be read,
    they are kept and the value is asked again. None when no split reads as toggles."""
    if not flow.PROMPT_BY_ID[state.prompt].grid:
        return None
    options = [
        option
        for option in options_of(turn.services.renderer, flow.prompt_buttons(state))
        if option.role == TOGGLE
    ]
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    words = text.split()
    splits = [(", ".join(parts[:k]), ", ".join(parts[k:])) for k in range(len(parts) - 1, 0, -1)]
    splits += [
        (" ".join(words[:-n]), " ".join(words[-n:]))
        for n in range(1, min(_TAIL_WORDS, len(words) - 1) + 1)
    ]
    kept: flow.Transition | None = None
    for left, right in splits:
        toggles = understand(left, options, multi=True, positions=False).values
        if not toggles:
            # "kursus 2 minggu lagi" where no course is offered: the target was read,
            # so the line asks for an action, not for a target it was given.
            alone = flow.advance(state, Text(right))
            asks_action = any(r.context.get("error") == "select_one" for r in alone.outcome.replies)
            kept = kept or (alone if asks_action else None)
            continue
        ticked = flow.advance(state, Choices(toggles))
        if ticked.outcome.miss:
            continue
        valued = flow.advance(ticked.state, Text(right))
        if not valued.outcome.miss:
            return valued
        kept = kept or valued
    return kept


def _understood(turn: Turn, text: Text, state: flow.State) -> Event:
    """Text that named no option of the latest message, read against the pending
    prompt's own options: by meaning (a label, a word of it, a mood word, "skip"),
    never by position, as numbers refer to the latest message only."""
    options = options_of(turn.services.renderer, flow.prompt_buttons(state))
    if not options or text.text.strip().isdecimal():
        return text
    own = flow.PROMPT_BY_ID[state.prompt].own_words
    if own:
        said = re.sub(rf"\b(?:{'|'.join(map(re.escape, own))})\b", " ", text.text, flags=re.I)
        text = Text(" ".join(said.split()) or text.text, text.nearest)
    multi = any(option.role in (DONE, TOGGLE) for option in options)
    grid = any(option.role == TOGGLE for option in options)
    understood = understand(text.text, options, multi=multi, positions=not grid)
    if len(understood.values) == 1:
        return Choice(understood.values[0], typed=True, said=text.text)
    if understood.values:
        return Choices(understood.values)
    return Text(text.text, understood.nearest)


# --- the plan checklist --------------------------------------------------------------


async def _plan_items(turn: Turn) -> list[PlanItem]:
    """The plan of the newest journey that has one (a follow-up may add items to an
    older journey later; that does not make its plan the current one)."""
    latest = (
        await turn.session.scalars(
            select(Journey.id)
            .where(
                Journey.user_id == turn.user.id,
                Journey.id.in_(select(PlanItem.journey_id).where(PlanItem.user_id == turn.user.id)),
            )
            .order_by(Journey.created_at.desc(), Journey.id.desc())
            .limit(1)
        )
    ).first()
    if latest is None:
        return []
    return list(
        await turn.session.scalars(
            select(PlanItem)
            .where(PlanItem.user_id == turn.user.id, PlanItem.journey_id == latest)
            .order_by(PlanItem.id)
        )
    )


async def _week(turn: Turn, items: list[PlanItem]) -> app_rules.Week | None:
    """A plan with strategy commitments counts the applications logged this week."""
    if not any(item.kind == "strategy" for item in items):
        return None
    return await applications.week(turn.session, turn.user.id, local_now(turn))


def _checklist(items: list[PlanItem], edit: bool, week: app_rules.Week | None = None) -> Outcome:
    if not items:
        return reply("journey/plan_empty.html", open=False)
    buttons = tuple(
        (
            Button(
                "plan_item",
                value=callback.value(PLAN_PREFIX, item.id),
                label_context={
                    "action": item.action,
                    "detail": item.detail,
                    "done": item.done_at is not None,
                },
            ),
        )
        for item in items
    )
    context: dict[str, Any] = {
        "items": [
            {
                "action": i.action,
                "detail": i.detail,
                "due_on": i.due_on,
                "done": i.done_at is not None,
            }
            for i in items
        ],
        "week": week,
        "widen": any(item.action == "widen" for item in items),
    }
    return Outcome((Reply("journey/plan.html", context, buttons, edit=edit),))


async def show_plan(turn: Turn) -> Outcome:
    items = await _plan_items(turn)
    if not items:  # where a plan comes from: the open journey, or a new one
        return reply("journey/plan_empty.html", open=await has_open_journey(turn))
    return _checklist(items, edit=False, week=await _week(turn, items))


async def _journey_plan(turn: Turn, journey_id: int) -> list[PlanItem]:
    return list(
        await turn.session.scalars(
            select(PlanItem)
            .where(PlanItem.user_id == turn.user.id, PlanItem.journey_id == journey_id)
            .order_by(PlanItem.id)
        )
    )


async def toggle_plan_item(turn: Turn) -> Outcome:
    """Tick or untick one item (of any of the user's plans), or show one journey's plan."""
    raw, journey_id = turn.choice_parts(2)
    if raw == flow.PLAN_VIEW:
        items = await _journey_plan(turn, int(journey_id)) if journey_id.isdigit() else []
        if not items:
            return Outcome(notice="stale_button.txt")
        return _checklist(items, edit=False, week=await _week(turn, items))
    chosen = (
        await turn.session.scalar(
            select(PlanItem).where(PlanItem.user_id == turn.user.id, PlanItem.id == int(raw))
        )
        if raw.isdigit()
        else None
    )
    if chosen is None:
        return Outcome(notice="stale_button.txt")
    if turn.fresh:
        chosen.done_at = None if chosen.done_at is not None else turn.now
    items = await _journey_plan(turn, chosen.journey_id)
    return _checklist(items, edit=True, week=await _week(turn, items))
