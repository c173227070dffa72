"""/pengingat: the daily message switched on (an explicit yes, stored with its time),
its time and time zone, and off. The scheduler (bot/scheduling/) does the sending."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from bot.router import Router, Turn, reply
from conversations import reminders as rules
from conversations.events import Choice, Command, Text
from conversations.outcome import Button, Outcome, Reply

PREFIX = "r"
WAITING_FOR_TIME = "time"
WAITING_FOR_ZONE = "zone"


def register(router: Router) -> None:
    router.command("pengingat", "settings")(show)
    router.choice(PREFIX)(on_choice)
    router.listeners.insert(0, typed_time)
    router.command_hooks.append(forget_setup)


def _button(group: str, value: str, data: str) -> tuple[Button, ...]:
    return (
        Button("option", value=f"{PREFIX}:{data}", label_context={"group": group, "value": value}),
    )


def _zone(turn: Turn) -> str:
    return turn.user.timezone or turn.services.settings.default_timezone


def _time_label(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


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
    return Outcome((Reply("reminders/status.html", context, buttons),))


async def show(turn: Turn) -> Outcome:
    return _status(turn)


def _ask_time() -> Outcome:
    rows = [
        tuple(
            Button(
                "option",
                value=f"{PREFIX}:t:{value}",
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
            value=f"{PREFIX}:z:{zone}",
            label_context={"group": "reminder_zone", "value": zone},
        )
        for zone in rules.ZONES.values()
    )
    return Outcome((Reply("reminders/ask_zone.html", {}, (row,)),))


async def on_choice(turn: Turn) -> Outcome:
    value = turn.event.value.partition(":")[2] if isinstance(turn.event, Choice) else ""
    action, _, argument = value.partition(":")
    user = turn.user
    if action == "status":
        return _status(turn)
    if action in ("on", "time"):
        user.reminder_setup = WAITING_FOR_TIME
        return _ask_time()
    if action == "zone":
        user.reminder_setup = WAITING_FOR_ZONE
        return _ask_zone()
    if action == "off":
        user.reminder_enabled = False
        user.reminder_next_at = None
        user.reminder_setup = None
        return reply("reminders/disabled.html")
    if action == "t":
        chosen = rules.parse_time(argument)
        return _set_time(turn, chosen) if chosen else _ask_time()
    if action == "z" and argument in rules.ZONE_NAMES:
        user.timezone = argument
        user.reminder_setup = None
        return _enable(turn)
    return Outcome(notice="stale_button.txt")


def _set_time(turn: Turn, chosen: time) -> Outcome:
    turn.user.reminder_minutes = rules.minutes_of(chosen)
    if turn.user.timezone is None:  # first time: the zone is asked once
        turn.user.reminder_setup = WAITING_FOR_ZONE
        return _ask_zone()
    turn.user.reminder_setup = None
    return _enable(turn)


def _enable(turn: Turn) -> Outcome:
    user = turn.user
    if user.reminder_minutes is None:
        user.reminder_setup = WAITING_FOR_TIME
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


async def typed_time(turn: Turn) -> Outcome | None:
    """While /pengingat waits for a time, a typed "08.00" or "jam 8" answers it."""
    if turn.user.reminder_setup != WAITING_FOR_TIME or not isinstance(turn.event, Text):
        return None
    chosen = rules.parse_time(turn.event.text)
    if chosen is None:
        return Outcome((Reply("reminders/bad_time.html"), *_ask_time().replies))
    return _set_time(turn, chosen)


async def forget_setup(turn: Turn) -> None:
    """Another command means the user moved on from setting the time."""
    if isinstance(turn.event, Command) and turn.event.name not in ("pengingat", "settings"):
        turn.user.reminder_setup = None
