"""/pengingat: the daily message switched on (an explicit yes, stored with its time),
its time and time zone, and off. The scheduler (bot/scheduling/) does the sending."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from bot.router import Router, Turn, Waiter, missed, reply
from bot.services.applications import set_nudge
from conversations import callback
from conversations import reminders as rules
from conversations.applications.rules import nudge_minutes
from conversations.awaiting import OFFERED, TIME, Awaiting
from conversations.choices import asks_for_rest, only_skips, small_talk
from conversations.events import Text
from conversations.outcome import Button, Outcome, Reply

PREFIX = rules.PREFIX
COMMANDS = ("pengingat", "settings")
# After this many answers in a row that were not a time, the time buttons come again.
MISSES_BEFORE_BUTTONS = 2


_CANCEL = ("batal", "gajadi", "ga jadi", "gak jadi", "nggak jadi", "tidak jadi", "enggak jadi")


_PARTS_OF_DAY = {"pagi": "07.00", "siang": "12.00", "sore": "17.00", "malam": "20.00"}


def _part_of_day(text: str) -> str | None:
    """ "pagi aja", "malem deh": the part of the day named without an hour."""
    said = [word for word in text.casefold().replace(",", " ").split() if word.isalpha()]
    said = ["malam" if word in ("malem", "mlm") else word for word in said]
    named = [word for word in said if word in _PARTS_OF_DAY]
    return named[0] if len(named) == 1 and len(said) <= 3 else None


def _cancels(text: str) -> bool:
    cleaned = " ".join(text.casefold().replace(",", " ").split())
    return cleaned.startswith(_CANCEL)


def register(router: Router) -> None:
    router.command(*COMMANDS)(show)
    router.choice(PREFIX)(on_choice)
    router.awaits(TIME, Waiter(typed_time, time_again, prefix=PREFIX, commands=COMMANDS))


def _button(group: str, value: str, data: str) -> tuple[Button, ...]:
    return (
        Button(
            "option",
            value=callback.value(PREFIX, *data.split(":")),
            label_context={"group": group, "value": value},
        ),
    )


def _zone(turn: Turn) -> str:
    return turn.user.timezone or turn.services.settings.default_timezone


def _time_label(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


# The /lamaran reminders, each with its own switch here once the user was asked.
NUDGES = ("interview", "quiet")


def _nudges(turn: Turn) -> tuple[list[tuple[str, bool]], tuple[tuple[Button, ...], ...]]:
    user = turn.user
    states = {"interview": user.nudge_interview, "quiet": user.nudge_quiet}
    shown = [(kind, bool(states[kind])) for kind in NUDGES if states[kind] is not None]
    buttons = tuple(
        _button(
            "reminder", f"{kind}_{'off' if on else 'on'}", f"nudge:{kind}:{'off' if on else 'on'}"
        )
        for kind, on in shown
    )
    return shown, buttons


def _status(turn: Turn) -> Outcome:
    user = turn.user
    buttons: tuple[tuple[Button, ...], ...]
    if user.reminder_enabled and user.reminder_minutes is not None:
        buttons = (
            _button("reminder", "time", "time"),
            _button("reminder", "zone", "zone"),
            _button("reminder", "off", "off"),
        )
        context = {
            "enabled": True,
            "time_label": _time_label(user.reminder_minutes),
            "zone_label": rules.zone_label(_zone(turn)),
            "paused": user.crisis_paused_at is not None,
        }
    else:
        buttons = (_button("reminder", "on", "on"),)
        context = {"enabled": False, "time_label": "", "zone_label": "", "paused": False}
    nudges, switches = _nudges(turn)
    context["nudges"] = nudges
    minutes = nudge_minutes(user.reminder_minutes)
    context["nudge_at"] = f"{_time_label(minutes)} {rules.zone_label(_zone(turn))}"
    return Outcome((Reply("reminders/status.html", context, (*buttons, *switches)),))


async def show(turn: Turn) -> Outcome:
    # The menu is about a time: one typed now sets it, as if "Ubah jam" had been pressed.
    turn.wait_for(Awaiting(TIME, OFFERED))
    return _status(turn)


def _ask_time() -> Outcome:
    rows = [
        tuple(
            Button(
                "option",
                value=callback.value(PREFIX, "t", value),
                label_context={"group": "reminder_time", "value": value},
            )
            for value in rules.COMMON_TIMES[index : index + 3]
        )
        for index in (0, 3)
    ]
    return Outcome((Reply("reminders/ask_time.html", {}, tuple(rows)),))


def _ask_zone() -> Outcome:
    row = tuple(
        Button(
            "option",
            value=callback.value(PREFIX, "z", zone),
            label_context={"group": "reminder_zone", "value": zone},
        )
        for zone in rules.ZONES.values()
    )
    return Outcome((Reply("reminders/ask_zone.html", {}, (row,)),))


async def on_choice(turn: Turn) -> Outcome:
    action, argument = turn.choice_parts(2)
    user = turn.user
    if action == "status":
        return _status(turn)
    if action == "nudge":
        kind, _, switch = argument.partition(":")
        if kind not in NUDGES or switch not in ("on", "off"):
            return Outcome(notice="stale_button.txt")
        if turn.fresh:
            set_nudge(turn, kind, switch == "on")
        return _status(turn)
    if action in ("on", "time"):
        turn.wait_for(Awaiting(TIME))
        return _ask_time()
    if action == "zone":
        turn.wait_for(None)
        return _ask_zone()
    if action == "off":
        user.reminder_enabled = False
        user.reminder_next_at = None
        turn.wait_for(None)
        return reply("reminders/disabled.html")
    if action == "t":
        chosen = rules.parse_time_of_day(argument)
        return _set_time(turn, chosen) if chosen else _ask_time()
    if action == "z" and argument in rules.ZONE_NAMES:
        user.timezone = argument
        turn.wait_for(None)
        return _enable(turn)
    return Outcome(notice="stale_button.txt")


def _set_time(turn: Turn, chosen: time) -> Outcome:
    turn.user.reminder_minutes = rules.minutes_of(chosen)
    turn.wait_for(None)
    if turn.user.timezone is None:  # first time: the zone is asked once
        # "setengah 8 malem" typed under it changes the time just given.
        turn.wait_for(Awaiting(TIME, OFFERED))
        return _ask_zone()
    return _enable(turn)


def _enable(turn: Turn) -> Outcome:
    user = turn.user
    if user.reminder_minutes is None:
        turn.wait_for(Awaiting(TIME))
        return _ask_time()
    zone = _zone(turn)
    if not user.reminder_enabled:
        user.reminder_consent_at = turn.now
    user.reminder_enabled = True
    due = rules.first_due(turn.now, user.reminder_minutes, zone)
    user.reminder_next_at = due
    context = {
        "time_label": _time_label(user.reminder_minutes),
        "zone_label": rules.zone_label(zone),
        "first_date": due.astimezone(ZoneInfo(zone)).date(),
    }
    return Outcome(
        (Reply("reminders/enabled.html", context, (_button("reminder", "off", "off"),)),)
    )


async def typed_time(turn: Turn, awaiting: Awaiting) -> Outcome | None:
    """While /pengingat waits for a time, a typed "08.00" or "jam 8" answers it; anything
    else is no answer (an open journey may take it)."""
    if not isinstance(turn.event, Text):
        return None
    if awaiting.ref == OFFERED and turn.event.text.strip().isdecimal():
        return None  # at the menu a bare "2" is no time: 02.00 was never asked for
    typed = rules.parse_time(turn.event.text)
    if typed is None:
        return None
    if typed.zone is not None:  # "20.00 WIB" answers the zone question too
        turn.user.timezone = typed.zone
    return _set_time(turn, typed.time)


async def time_again(turn: Turn, awaiting: Awaiting) -> Outcome:
    """One line with an example; after two misses in a row, the buttons again. "ga jadi
    deh", "nanti aja", "makasih": the question was told it may be left, so it is."""
    text = turn.event.text if isinstance(turn.event, Text) else ""
    part = _part_of_day(text)
    if (
        part is None
        and text
        and (only_skips(text) or asks_for_rest(text) or small_talk(text) or _cancels(text))
    ):
        # Left, but a time typed next ("makasih", then "jam 7 malam") still sets it.
        turn.wait_for(Awaiting(TIME, OFFERED))
        return reply("reminders/not_now.html")
    # "pagi aja": a part of the day, not a greeting; which hour of it is asked.
    line = Reply("reminders/bad_time.html", {"part": part})
    if turn.user.misses + 1 >= MISSES_BEFORE_BUTTONS:
        return missed(Outcome((line, *_ask_time().replies)))
    return missed(Outcome((line,)))
