"""Recording what became of scheduled messages, in groups, each group in one transaction:
the ledger's rows, the users' rows, the kind's own effects.

A group that cannot be written (the database is locked by another program, the
connection dropped) is tried again with backoff until it is written or the process has
stopped: a message that went out must be marked so, or after STALE_CLAIM it would look
unsent and go out again. Only a stop that outlasts STOP_GRACE_SECONDS leaves a group
unwritten, which is then a crash's case (see the README's scheduler section).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Store
from bot.db.models import User
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.due import USERS, Kind, Result
from conversations.options import with_newest

log = logging.getLogger(__name__)

FLUSH_EVERY = 50
FLUSH_SECONDS = 1.0
FIRST_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS = 0.25, 5.0
# After a stop, how long an unwritten group is still tried.
STOP_GRACE_SECONDS = 4.0


@dataclass
class TickReport:
    by_kind: Counter[str] = field(default_factory=Counter)  # confirmed sent, by kind
    unknown: int = 0
    failed: int = 0
    skipped: int = 0
    deactivated: int = 0
    released: int = 0
    most_in_flight: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return self.by_kind["daily"]

    @property
    def invites(self) -> int:
        return self.by_kind["invite"]

    @property
    def followups(self) -> int:
        return self.by_kind["followup"]


class Recorder:
    def __init__(
        self,
        store: Store,
        kind: Kind,
        clock: Clock,
        report: TickReport,
        stopping: Callable[[], bool],
    ) -> None:
        self.store = store
        self.kind = kind
        self.clock = clock
        self.report = report
        self.stopping = stopping
        self.buffer: list[Result] = []
        self.oldest = 0.0

    async def add(self, results: Sequence[Result]) -> None:
        if results and not self.buffer:
            self.oldest = time.monotonic()
        self.buffer.extend(results)
        if len(self.buffer) >= FLUSH_EVERY or (
            self.buffer and time.monotonic() - self.oldest >= FLUSH_SECONDS
        ):
            await self.flush()

    async def flush(self) -> None:
        results, self.buffer = self.buffer, []
        if not results:
            return
        delay = FIRST_BACKOFF_SECONDS
        given_up_at: float | None = None
        while True:
            try:
                await self._write(results)
                break
            except DBAPIError as exc:
                if self.stopping():
                    given_up_at = given_up_at or time.monotonic() + STOP_GRACE_SECONDS
                    if time.monotonic() >= given_up_at:
                        log.error(
                            "scheduler: %d results not recorded before stopping (%s)",
                            len(results),
                            type(exc.orig).__name__,
                        )
                        return
                log.warning(
                    "scheduler: recording %d results failed (%s); again in %.2f s",
                    len(results),
                    type(exc.orig).__name__,
                    delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)
        self._count(results)

    async def _write(self, results: Sequence[Result]) -> None:
        now = self.clock()
        async with self.store.transaction() as session:
            users = await _lock_users(session, {r.message.user_id for r in results})
            await ledger.record(
                session,
                [ledger.Entry(r.message.key, r.state, r.message.message_key) for r in results],
                now,
            )
            gone = {r.message.user_id for r in results if r.unreachable}
            if gone:
                await session.execute(
                    update(User).where(User.id.in_(gone)).values(is_active=False, updated_at=now)
                )
            await _offer_choices(session, results, users)
            await self.kind.recorded(session, results, now)

    def _count(self, results: Sequence[Result]) -> None:
        for result in results:
            if result.state == ledger.SENT:
                self.report.by_kind[self.kind.name] += 1
            elif result.state == ledger.UNKNOWN:
                self.report.unknown += 1
            else:
                self.report.failed += 1
                if result.error:
                    self.report.errors.append(result.error)
        self.report.deactivated += len({r.message.user_id for r in results if r.unreachable})


async def _lock_users(
    session: AsyncSession, user_ids: set[int]
) -> dict[int, tuple[list[list[Any]] | None, datetime]]:
    """The users' rows first, in id order, as the page queries lock them: one lock order,
    so two processes (one recording, one claiming) never deadlock."""
    rows = await session.execute(
        select(User.id, User.keyboard, User.updated_at)
        .where(User.id.in_(user_ids))
        .order_by(User.id)
        .with_for_update()
    )
    return {user_id: (keyboard, updated_at) for user_id, keyboard, updated_at in rows}


async def _offer_choices(
    session: AsyncSession,
    results: Sequence[Result],
    users: dict[int, tuple[list[list[Any]] | None, datetime]],
) -> None:
    """A delivered message with choice buttons is the latest message with buttons: typed
    text now refers to its choices (the earlier buttons stay pressable). Not if the user
    has written since it went out: the bot's answer to that is newer."""
    keyboards = []
    for result in results:
        user = users.get(result.message.user_id)
        if result.state not in ledger.DELIVERED or not result.choices or user is None:
            continue
        keyboard, updated_at = user
        if result.started_at is not None and updated_at > result.started_at:
            continue
        keyboard = with_newest(keyboard, list(result.choices))
        users[result.message.user_id] = (keyboard, updated_at)
        keyboards.append({"b_user": result.message.user_id, "b_keyboard": keyboard})
    if keyboards:
        await session.execute(
            update(USERS)
            .where(USERS.c.id == bindparam("b_user"))
            .values(keyboard=bindparam("b_keyboard")),
            keyboards,
        )
