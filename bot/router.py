"""Where an event goes: commands by name, choices by the prefix of their value, typed
text to what is waiting for it (conversations/awaiting.py has the order). Feature
modules register themselves here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.runtime import Services
from conversations import callback
from conversations.awaiting import Addressee, Awaiting, addressees
from conversations.events import Choice, Choices, Command, Event, Text, Unsupported
from conversations.options import Option
from conversations.outcome import Outcome, Reply


@dataclass
class Turn:
    """One update's work, inside its transaction."""

    session: AsyncSession
    services: Services
    user: User
    first_name: str
    event: Event
    now: datetime
    # False when this update was already processed: show the current state, change nothing.
    fresh: bool
    # The message whose button was pressed, for a press.
    message_id: int | None = None
    # Personal data was deleted: wipe it from the disk too once the transaction commits.
    scrub_after_commit: bool = False
    # What Router.load_user read along with the user's row, for its feature's first look.
    preloaded: object = None
    # The question this command or button ended unanswered ("/batal" while adding an
    # application), for the reply to say what became of it.
    abandoned: Awaiting | None = None

    def take_preloaded(self) -> object:
        """What was read with the user's row, once: it is what the database held when the
        transaction began, so a second look (after writes, perhaps) reads afresh."""
        preloaded, self.preloaded = self.preloaded, None
        return preloaded

    @property
    def awaiting(self) -> Awaiting | None:
        return Awaiting.decode(self.user.awaiting)

    def choice_parts(self, count: int) -> tuple[str, ...]:
        """The parts of the choice made, after its prefix (conversations/callback.py);
        "" where missing, or when the event is no choice."""
        value = self.event.value if isinstance(self.event, Choice) else ""
        return callback.parts(value, count)

    def question_on_screen(self) -> str | None:
        """The prefix of the latest message with buttons, when it asks something and is
        also the latest thing the bot said (every message since missed it); None after
        another command's answer, whose buttons are no longer what the user answers."""
        user = self.user
        options = [Option.from_entry(entry) for entry in user.keyboard or []]
        typed = [option for option in options if option.typed]
        if not typed or not user.keyboard_is_latest:
            return None
        return callback.prefix_of(typed[0].value)

    def wait_for(self, awaiting: Awaiting | None) -> None:
        """What the next typed message answers (None: nothing but an open journey)."""
        self.user.awaiting = awaiting.encode() if awaiting is not None else None


Route = Callable[[Turn], Awaitable[Outcome]]
# Reads the user's row (locked) with what a feature reads on nearly every update, in one
# statement; None when the user has no row yet.
UserLoader = Callable[[AsyncSession, int], Awaitable[tuple[User, object] | None]]
# A route that reads typed text; None means "not mine", and the next one is asked.
Listener = Callable[[Turn], Awaitable[Outcome | None]]
SlotRoute = Callable[[Turn, Awaiting], Awaitable[Outcome | None]]


@dataclass(frozen=True)
class Waiter:
    """A feature's question that can wait in the user's slot."""

    # Reads the text (or unsupported content); None when it is no answer to this question.
    read: SlotRoute
    # One line saying again what the question expects (after `read` gave None and no
    # journey took the text either).
    again: SlotRoute | None = None
    # The feature's own buttons (by value prefix) and commands keep the wait.
    prefix: str = ""
    commands: tuple[str, ...] = ()
    # Called when the user moves on without answering.
    abandon: Callable[[Turn, Awaiting], Awaitable[None]] | None = None


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, Route] = {}
        self.choices: dict[str, Route] = {}
        self.waiters: dict[str, Waiter] = {}
        # The open journey's pending prompt reads text no other question took.
        self.journey: Listener | None = None
        self.unknown_command: Route | None = None
        self.idle_text: Route | None = None
        self.unsupported: Route | None = None
        # What a redelivered button press re-sends: the prompt the user is at now.
        self.current_view: Route | None = None
        # Asked first about a redelivered text, whose question may be gone by now (the
        # /latihan answer that was already given feedback).
        self.text_replays: list[Listener] = []
        self.load_user: UserLoader | None = None

    def command(self, *names: str) -> Callable[[Route], Route]:
        def register(route: Route) -> Route:
            for name in names:
                self.commands[name] = route
            return route

        return register

    def choice(self, prefix: str) -> Callable[[Route], Route]:
        def register(route: Route) -> Route:
            self.choices[prefix] = route
            return route

        return register

    def awaits(self, kind: str, waiter: Waiter) -> None:
        self.waiters[kind] = waiter

    async def replay(self, turn: Turn) -> Outcome:
        return await self.current_view(turn) if self.current_view else Outcome()

    async def dispatch(self, turn: Turn) -> Outcome:
        event = turn.event
        route: Route | None
        if isinstance(event, Command):
            await self._end_wait_unless_owned(turn)
            route = self.commands.get(event.name) or self.unknown_command
        elif isinstance(event, Choice | Choices):
            await self._end_wait_unless_owned(turn)
            route = self.choices.get(_prefix(event))
        else:
            return await self._typed(turn)
        if route is None:
            return Outcome(notice="stale_button.txt") if isinstance(event, Choice) else Outcome()
        return await route(turn)

    async def _typed(self, turn: Turn) -> Outcome:
        """Text (or content the bot cannot read) that named no option of the latest
        message: offered in the order conversations/awaiting.py writes down."""
        if not turn.fresh:
            for replay in self.text_replays:
                replayed = await replay(turn)
                if replayed is not None:
                    return replayed
        awaiting = turn.awaiting
        waiter = self.waiters.get(awaiting.kind) if awaiting is not None else None
        if awaiting is not None and waiter is None:  # a kind no longer known
            turn.wait_for(None)
            awaiting = None
        for addressee in addressees(awaiting):
            outcome: Outcome | None = None
            if addressee is Addressee.SLOT and waiter is not None and awaiting is not None:
                outcome = await waiter.read(turn, awaiting)
            elif addressee is Addressee.JOURNEY and self.journey is not None:
                outcome = await self.journey(turn)
                if outcome is not None and awaiting is not None:
                    turn.wait_for(None)  # the journey took it: the other question gave way
            elif addressee is Addressee.SLOT_AGAIN and waiter is not None and waiter.again:
                outcome = await waiter.again(turn, awaiting) if awaiting else None
            elif addressee is Addressee.NOBODY:
                fallback = (
                    self.unsupported if isinstance(turn.event, Unsupported) else self.idle_text
                )
                outcome = await fallback(turn) if fallback else Outcome()
            if outcome is not None:
                return outcome
        return Outcome()

    async def _end_wait_unless_owned(self, turn: Turn) -> None:
        """A command, or another feature's button, means the user moved on."""
        awaiting = turn.awaiting
        if awaiting is None:
            return
        waiter = self.waiters.get(awaiting.kind)
        event = turn.event
        if waiter is not None:
            if isinstance(event, Command) and event.name in waiter.commands:
                return
            if (
                isinstance(event, Choice | Choices)
                and waiter.prefix
                and (_prefix(event) == waiter.prefix)
            ):
                return
            if waiter.abandon is not None:
                await waiter.abandon(turn, awaiting)
        turn.abandoned = awaiting
        turn.wait_for(None)


def _prefix(event: Choice | Choices) -> str:
    value = event.value if isinstance(event, Choice) else (event.values or ("",))[0]
    return callback.prefix_of(value)


def reply(template: str, **context: object) -> Outcome:
    return Outcome(replies=(Reply(template, context),))


def missed(outcome: Outcome) -> Outcome:
    """An answer the question could not use: counted, so the third try shows the buttons."""
    return replace(outcome, miss=True)


__all__ = ["Choice", "Command", "Route", "Router", "Text", "Turn", "Waiter", "reply"]


def local_now(turn: Turn) -> datetime:
    """The user's own time now (their zone, or the house default)."""
    zone = ZoneInfo(turn.user.timezone or turn.services.settings.default_timezone)
    return turn.now.astimezone(zone)
