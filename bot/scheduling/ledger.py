"""The delivery ledger: one row per user, local day and kind.

A message is claimed by inserting its row, so two processes never both send it; the
row's state then says what became of it:

    claimed   taken by a process, being sent
    sent      Telegram confirmed it
    unknown   sent, but no answer came (a read timeout, a dropped connection): it may have
              arrived, so it is never sent again that day (the README says why)
    failed    not sent (Telegram refused, the network was down): tried again, up to
              MAX_ATTEMPTS a local day
    released  claimed, then given back unsent when the process stopped: the next tick
              takes it at once, and it does not count as an attempt

A claim older than STALE_CLAIM is one whose process died: it is taken over. Rows are
kept LEDGER_RETENTION (bot/services/privacy.py prunes them).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Delivery
from bot.db.sql import insert_many_ignoring_duplicates

CLAIMED, SENT, UNKNOWN, FAILED, RELEASED = "claimed", "sent", "unknown", "failed", "released"
# Counts as delivered: the day's message is done, whatever its row says exactly.
DELIVERED = frozenset({SENT, UNKNOWN})
MAX_ATTEMPTS = 3
STALE_CLAIM = timedelta(minutes=10)
# The plain table for page-wide statements (the ORM's bulk paths cost more per row).
DELIVERIES = cast(Table, Delivery.__table__)


class Key(NamedTuple):
    user_id: int
    local_date: date
    kind: str


class Claim(enum.Enum):
    TAKEN = "taken"  # ours to send now
    DONE = "done"  # delivered already, or given up for today: move on
    BUSY = "busy"  # another process holds a fresh claim: leave it alone


@dataclass(frozen=True)
class Entry:
    """What became of one claimed message."""

    key: Key
    state: str
    message_key: str | None = None


async def claim(session: AsyncSession, keys: Sequence[Key], now: datetime) -> dict[Key, Claim]:
    """Claim each key with one INSERT; look at the rows that were already there. `now`
    is the moment of claiming."""
    if not keys:
        return {}
    rows = [
        {
            "user_id": key.user_id,
            "local_date": key.local_date,
            "kind": key.kind,
            "state": CLAIMED,
            "attempts": 1,
            "claimed_at": now,
            "created_at": now,
        }
        for key in keys
    ]
    inserted = await session.execute(
        insert_many_ignoring_duplicates(session, DELIVERIES, rows).returning(
            DELIVERIES.c.user_id, DELIVERIES.c.local_date, DELIVERIES.c.kind
        )
    )
    claims = {Key(*row): Claim.TAKEN for row in inserted}
    others = [key for key in keys if key not in claims]
    if others:
        existing = await session.scalars(
            select(Delivery)
            .where(
                Delivery.user_id.in_({key.user_id for key in others}),
                Delivery.local_date.in_({key.local_date for key in others}),
                Delivery.kind.in_({key.kind for key in others}),
            )
            .order_by(Delivery.user_id)
            .with_for_update()
        )
        wanted = set(others)
        for row in existing:
            key = Key(row.user_id, row.local_date, row.kind)
            if key in wanted:
                claims[key] = retake(row, now)
    return claims


def retake(row: Delivery, now: datetime) -> Claim:
    if row.state in DELIVERED or row.attempts >= MAX_ATTEMPTS:
        return Claim.DONE
    if row.state in (FAILED, RELEASED) or row.claimed_at < now - STALE_CLAIM:
        row.state, row.attempts, row.claimed_at = CLAIMED, row.attempts + 1, now
        return Claim.TAKEN
    return Claim.BUSY


async def record(session: AsyncSession, entries: Sequence[Entry], now: datetime) -> None:
    if not entries:
        return
    await session.execute(
        update(DELIVERIES)
        .where(
            Delivery.user_id == bindparam("b_user"),
            Delivery.local_date == bindparam("b_date"),
            Delivery.kind == bindparam("b_kind"),
        )
        .values(
            state=bindparam("b_state"),
            sent_at=bindparam("b_sent_at"),
            message_key=bindparam("b_key"),
        ),
        [
            {
                "b_user": entry.key.user_id,
                "b_date": entry.key.local_date,
                "b_kind": entry.key.kind,
                "b_state": entry.state,
                "b_sent_at": now if entry.state in DELIVERED else None,
                "b_key": entry.message_key,
            }
            for entry in entries
        ],
    )


async def release(session: AsyncSession, keys: Sequence[Key]) -> None:
    """Give back claims that were never sent (the process is stopping): the attempt did
    not happen, so it is not counted."""
    if not keys:
        return
    await session.execute(
        update(DELIVERIES)
        .where(
            tuple_(Delivery.user_id, Delivery.local_date, Delivery.kind).in_(
                [tuple(key) for key in keys]
            ),
            Delivery.state == CLAIMED,
        )
        .values(state=RELEASED, attempts=Delivery.attempts - 1)
    )


async def recent_message_keys(
    session: AsyncSession, kind: str, since: dict[int, date]
) -> dict[int, set[str]]:
    """Per user, the message keys of `kind` delivered after their day in `since`."""
    recent: dict[int, set[str]] = {user_id: set() for user_id in since}
    if not since:
        return recent
    rows = await session.execute(
        select(Delivery.user_id, Delivery.local_date, Delivery.message_key).where(
            Delivery.user_id.in_(since),
            Delivery.kind == kind,
            Delivery.state.in_(DELIVERED),
            Delivery.local_date > min(since.values()),
        )
    )
    for user_id, local_date, key in rows:
        if key and local_date > since[user_id]:
            recent[user_id].add(key)
    return recent
