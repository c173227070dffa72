"""Where an event goes: commands by name, choices by the prefix of their value, text to
the feature that is waiting for it. Feature modules register themselves here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.runtime import Services
from bot.services.safety import with_checkin
from conversations.events import Choice, Command, Event, Text, Unsupported
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


Route = Callable[[Turn], Awaitable[Outcome]]
# A route that answers free text or unsupported content when it is waiting for an answer;
# None means "not mine", and the next one is asked.
Listener = Callable[[Turn], Awaitable[Outcome | None]]


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, Route] = {}
        self.choices: dict[str, Route] = {}
        self.listeners: list[Listener] = []
        # Called before any command is routed (e.g. to drop a half-finished setting).
        self.command_hooks: list[Callable[[Turn], Awaitable[None]]] = []
        # Called before any choice is routed (e.g. a button of another feature ends a
        # wait for typed text).
        self.choice_hooks: list[Callable[[Turn], Awaitable[None]]] = []
        self.unknown_command: Route | None = None
        self.idle_text: Route | None = None
        self.unsupported: Route | None = None
        # What a redelivered button press re-sends: the prompt the user is at now.
        self.current_view: Route | None = None

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

    async def replay(self, turn: Turn) -> Outcome:
        return await self.current_view(turn) if self.current_view else Outcome()

    async def dispatch(self, turn: Turn) -> Outcome:
        event = turn.event
        if isinstance(event, Command):
            for hook in self.command_hooks:
                await hook(turn)
            route = self.commands.get(event.name) or self.unknown_command
        elif isinstance(event, Choice):
            for hook in self.choice_hooks:
                await hook(turn)
            route = self.choices.get(event.value.partition(":")[0])
        else:
            for listener in self.listeners:
                outcome = await listener(turn)
                if outcome is not None:
                    return outcome
            route = self.unsupported if isinstance(event, Unsupported) else self.idle_text
        if route is None:
            return Outcome(notice="stale_button.txt") if isinstance(event, Choice) else Outcome()
        return await route(turn)

    async def dispatch_with_care(self, turn: Turn) -> Outcome:
        return with_checkin(turn.event, await self.dispatch(turn))


def reply(template: str, **context: object) -> Outcome:
    return Outcome(replies=(Reply(template, context),))


__all__ = ["Choice", "Command", "Route", "Router", "Text", "Turn", "reply"]
