"""/email: the feedback email again (message and file), and a way to correct it: a
field chosen, its new value typed, the email shown again. A typo in the position must
not be permanent.

A field is read with the journey prompt that asked it first (same checks, same
limits); the answer is stored where the journey keeps it.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import Journey
from bot.router import Router, Turn, Waiter, missed, reply
from bot.services.journey import Loaded, has_open_journey, load, write_answers
from conversations import callback, followup
from conversations import journey as flow
from conversations import validators as v
from conversations.awaiting import EDIT, Awaiting
from conversations.choices import understand
from conversations.events import Text
from conversations.options import SKIP, Option
from conversations.outcome import Button, Outcome, Reply
from conversations.summary import email_parts

PREFIX = "e"
COMMAND = "email"
# The fields a person may correct, each with the journey prompt that reads it.
FIELDS = {
    "sender_name": "sender_name",
    "recruiter": "recruiter",
    "company": "company",
    "position": "position",
    "phone": "phone",
    "linkedin": "linkedin",
}
# Fields that may be left out ("hapus", "-", "skip"; for the recipient "tim rekrutmen",
# "gak tau"), with what their "skip" says.
SKIPPABLE = {"phone": "Hapus", "linkedin": "Hapus", "recruiter": "Tim rekrutmen saja"}
# What a message calls each field when it names one ("nama perusahaannya salah").
NAMED = {field: flow.PROMPT_BY_ID[prompt].named_by for field, prompt in FIELDS.items()}
# How many recent journeys are searched for the latest email.
RECENT_JOURNEYS = 5


def register(router: Router) -> None:
    router.command(COMMAND)(show_email)
    router.choice(PREFIX)(on_choice)
    router.awaits(EDIT, Waiter(typed_value, prefix=PREFIX, commands=(COMMAND,)))


def _button(action: str, journey_id: int, field: str = "") -> Button:
    value = callback.value(PREFIX, action, journey_id, *([field] if field else []))
    return Button(
        "option",
        value=value,
        label_context={"group": "email_edit", "value": field or action},
    )


async def _latest_with_email(turn: Turn) -> Loaded | None:
    for journey in await turn.session.scalars(
        select(Journey)
        .where(Journey.user_id == turn.user.id)
        .order_by(Journey.updated_at.desc(), Journey.id.desc())
        .limit(RECENT_JOURNEYS)
    ):
        loaded = await load(turn, journey)
        # Ready once its addressee is known (the recruiter's prompt is answered).
        if email_parts(loaded.state.answers) and "recruiter_title" in loaded.state.answers:
            return loaded
    return None


def _email(turn: Turn, loaded: Loaded, note: str | None = None, field: str = "") -> Outcome:
    """The email (with its file), then what can be done with it."""
    state = flow.State(
        "email_sent", loaded.state.answers, first_name=turn.first_name, now=loaded.state.now
    )
    email = flow.prompt_replies(state)[0]
    journey = loaded.journey
    rows: list[tuple[Button, ...]] = [(_button("edit", journey.id),)]
    unsent = journey.followup_state is None and loaded.state.answers.get("email_sent") != "sent"
    if unsent:
        # Sent after the journey said "later": the follow-up can still be offered.
        rows.insert(0, (followup.button(journey.id, followup.SENT),))
    context = {"unsent": unsent, "note": note, "field": field, "value": _shown(loaded, field)}
    after = Reply("journey/email_actions.html", context, tuple(rows))
    # "penerimanya ganti Bapak Hendra" typed under it changes that field at once.
    turn.wait_for(Awaiting(EDIT, f"{journey.id}:"))
    return Outcome((email, after), resets_keyboard=True)


async def show_email(turn: Turn) -> Outcome:
    loaded = await _latest_with_email(turn)
    if loaded is None:
        return reply("journey/email_unavailable.html", open=await has_open_journey(turn))
    return _email(turn, loaded)


async def _journey(turn: Turn, raw: str) -> Loaded | None:
    journey = (
        await turn.session.scalar(
            select(Journey).where(Journey.id == int(raw), Journey.user_id == turn.user.id)
        )
        if raw.isdigit()
        else None
    )
    return await load(turn, journey) if journey is not None else None


async def on_choice(turn: Turn) -> Outcome:
    action, journey_id, field = turn.choice_parts(3)
    loaded = await _journey(turn, journey_id)
    if loaded is None:
        return Outcome(notice="stale_button.txt")
    if action == "edit":
        rows = tuple((_button("field", loaded.journey.id, name),) for name in FIELDS)
        return Outcome((Reply("journey/email_fields.html", {}, rows),))
    if action == "field" and field in FIELDS:
        turn.wait_for(Awaiting(EDIT, f"{loaded.journey.id}:{field}"))
        context = {"field": field, "a": loaded.state.answers}
        return Outcome((Reply("journey/email_field.html", context),), resets_keyboard=True)
    return Outcome(notice="stale_button.txt")


async def typed_value(turn: Turn, awaiting: Awaiting) -> Outcome | None:
    """The corrected value of the field that was chosen, or, under the email, of the
    field the message names ("nama penerimanya ganti jadi pak hendra aja")."""
    journey_id, _, field = awaiting.ref.partition(":")
    loaded = await _journey(turn, journey_id)
    text = turn.event.text if isinstance(turn.event, Text) else ""
    fix = v.read_correction(text, NAMED) if text else None
    if loaded is not None and not field and fix is not None and fix.field in FIELDS:
        field = fix.field  # under the email: the field the message names
        turn.wait_for(Awaiting(EDIT, f"{loaded.journey.id}:{field}"))
    elif loaded is None or field not in FIELDS:
        # Under the email, text that names no field is no edit, and the next text is no
        # longer read as one (an open journey's answer is never taken for the email's).
        turn.wait_for(None)
        return None
    if not isinstance(turn.event, Text):
        return missed(Outcome((Reply("journey/email_field_miss.html", {"error": "unsupported"}),)))
    if fix is not None and fix.field in FIELDS and fix.field != field:
        # "posisinya yang salah" after choosing the company: the position is asked for.
        field = fix.field
        if not fix.value:
            turn.wait_for(Awaiting(EDIT, f"{loaded.journey.id}:{field}"))
            context = {"field": field, "a": loaded.state.answers}
            return Outcome((Reply("journey/email_field.html", context),))
    if fix is not None:
        # "nama perusahaannya salah" asks for the right one; "yg bener PT Maju Jaya" gives it.
        if not fix.value:
            return missed(_field_miss("correction", field))
        text = fix.value
    prompt = flow.PROMPT_BY_ID[FIELDS[field]]
    skip = SKIPPABLE.get(field)
    skipped = skip is not None and (
        understand(text, [Option(SKIP, skip, role=SKIP)]).values == (SKIP,) or v.removes(text)
    )
    if skip is None and v.removes(text):
        return missed(_field_miss("required", field))
    value = None
    if not skipped and prompt.parse is not None:
        value = prompt.parse(text, loaded.state)
    if isinstance(value, v.Invalid):
        return missed(_field_miss(value.error, field, value.limit))
    updates = prompt.store(loaded.state, value) if prompt.store else {prompt.id: value}
    await _store(turn, loaded, dict(updates))
    turn.wait_for(None)
    refreshed = await load(turn, loaded.journey)
    return _email(turn, refreshed, note="changed", field=field)


def _shown(loaded: Loaded, field: str) -> str | None:
    """A field's value as the email shows it ("Ibu Sari Wulandari"); None when empty (for
    the recipient: the recruitment team)."""
    if field == "recruiter":
        return (email_parts(loaded.state.answers) or {}).get("recruiter")
    value = loaded.state.answers.get(field) if field else None
    return str(value) if value else None


def _field_miss(error: str, field: str, limit: int | None = None) -> Outcome:
    context = {"error": error, "limit": limit, "field": field}
    return Outcome((Reply("journey/email_field_miss.html", context),))


async def _store(turn: Turn, loaded: Loaded, updates: dict[str, object]) -> None:
    await write_answers(turn, loaded, updates, touch=True)
    journey = loaded.journey
    if isinstance(updates.get("company"), str):
        journey.company = str(updates["company"])
    if isinstance(updates.get("position"), str):
        journey.position = str(updates["position"])
    journey.updated_at = turn.now
    await turn.session.flush()
