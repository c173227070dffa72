"""What every kind of scheduled message shares: the message a kind hands the sender, the
result the sender hands back, and the page query of the kinds that follow a journey."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Protocol, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Journey, User
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.ledger import Key
from conversations.options import Option
from conversations.outcome import Outcome

Cursor = tuple[datetime, int]
# The plain table for page-wide UPDATEs (the ORM would take them for bulk updates by key).
USERS = cast(Table, User.__table__)


@dataclass(frozen=True)
class Scheduled:
    """One claimed message: what to say (rendered by bot/presenter.py, as replies are)
    and what its kind must know again when it is recorded."""

    key: Key
    outcome: Outcome
    # The daily pool's message, kept in the ledger so it is not repeated.
    message_key: str | None = None
    journey_id: int | None = None
    # A /lamaran reminder: its application, and the interview date it is about.
    application_id: int | None = None
    interview_on: date | None = None
    # The daily slot it was claimed for, and the next one: set only if the user has not
    # moved their time meanwhile.
    due_at: datetime | None = None
    next_at: datetime | None = None

    @property
    def user_id(self) -> int:
        return self.key.user_id


@dataclass(frozen=True)
class Result:
    message: Scheduled
    state: str  # ledger.SENT, UNKNOWN or FAILED
    # Blocked, deactivated, or the chat is gone: the user is marked inactive.
    unreachable: bool = False
    # The choices it offered, for typed answers (conversations/options.py).
    choices: tuple[Option, ...] = ()
    # When its first request went out: a user who acted after that has a newer keyboard.
    started_at: datetime | None = None
    # The kind of error that made it fail, for the tick's log.
    error: str | None = None


@dataclass
class Page:
    messages: list[Scheduled] = field(default_factory=list)
    cursor: Cursor | None = None
    # A full page: there may be more after the cursor.
    more: bool = False
    # Days whose slot passed while the bot was down: skipped, never sent late.
    skipped: int = 0


class Kind(Protocol):
    """One kind of message: the daily message, the invitation back, the follow-up."""

    name: str

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        """Select due work after `cursor`, claim it in the ledger, say what to send."""
        ...

    async def recorded(
        self, session: AsyncSession, results: Sequence[Result], now: datetime
    ) -> None:
        """What a sent (or undeliverable) message changes beyond the ledger."""
        ...


async def due_journeys(
    session: AsyncSession,
    due: Any,
    condition: Any,
    now: datetime,
    cursor: Cursor | None,
    size: int,
    only_user_id: int | None,
) -> tuple[list[tuple[Journey, str | None]], Cursor | None]:
    """A page of journeys whose `due` time has come, with their user's zone, paged by
    (due, id); users who cannot be reached or are paused by the safety net are left."""
    statement = (
        select(Journey, User.timezone)
        .join(User, User.id == Journey.user_id)
        .where(
            condition,
            due <= now,
            User.is_active.is_(True),
            User.crisis_paused_at.is_(None),
        )
        .order_by(due, Journey.id)
        .limit(size)
    )
    if cursor is not None:
        statement = statement.where(tuple_(due, Journey.id) > cursor)
    if only_user_id is not None:
        statement = statement.where(Journey.user_id == only_user_id)
    rows = [(journey, zone) for journey, zone in await session.execute(statement)]
    if not rows:
        return rows, cursor
    last = rows[-1][0]
    return rows, (getattr(last, due.key) or now, last.id)


class JourneyKind:
    """A kind that follows a journey (the invitation back, the follow-up): a page of due
    journeys, one ledger claim each, one message for each claim taken."""

    name: str
    # The journey's due time and what else makes it due (columns of Journey).
    due: ClassVar[Any]
    condition: ClassVar[Any]

    def __init__(self, clock: Clock, default_zone: str, only_user_id: int | None) -> None:
        self.clock = clock
        self.default_zone = default_zone
        self.only_user_id = only_user_id

    def key_for(self, journey: Journey, zone: ZoneInfo, now: datetime) -> Key:
        raise NotImplementedError

    def given_up(self, journey: Journey, now: datetime) -> None:
        """Its claim was given up for today (ledger.Claim.DONE)."""
        raise NotImplementedError

    def outcome_for(self, journey: Journey) -> Outcome:
        raise NotImplementedError

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        # Read on the class: a mapped column is a descriptor, and on an instance it would
        # look for that instance's ORM state.
        kind = type(self)
        rows, new_cursor = await due_journeys(
            session, kind.due, kind.condition, now, cursor, size, self.only_user_id
        )
        wanted = {
            self.key_for(journey, ZoneInfo(timezone or self.default_zone), now): journey
            for journey, timezone in rows
        }
        # Stamped now, not at the tick's start: a long tick's late claims must not look stale
        # to another process, which would send them again.
        claims = await ledger.claim(session, list(wanted), self.clock())
        page = Page(cursor=new_cursor, more=len(rows) == size)
        for key, journey in wanted.items():
            if claims[key] is ledger.Claim.DONE:
                self.given_up(journey, now)
            elif claims[key] is ledger.Claim.TAKEN:
                page.messages.append(
                    Scheduled(key, self.outcome_for(journey), journey_id=journey.id)
                )
        return page
