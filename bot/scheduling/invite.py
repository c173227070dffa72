"""The invitation back: a paused journey whose user asked to be greeted again at a time
(journeys.invite_at), sent once under the ledger key (user, local date, "invite-HHMM")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Journey
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.due import Cursor, Page, Result, Scheduled, due_journeys
from conversations import journey as flow
from conversations.outcome import Button, Outcome, Reply

KIND = "invite"
RESUME = Button(
    "option", value="g:continue", label_context={"group": "reminder", "value": "resume"}
)
OUTCOME = Outcome((Reply("daily/invite.html", {}, ((RESUME,),)),))


class Invite:
    name = KIND

    def __init__(self, clock: Clock, default_zone: str, only_user_id: int | None) -> None:
        self.clock = clock
        self.default_zone = default_zone
        self.only_user_id = only_user_id

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        rows, new_cursor = await due_journeys(
            session,
            Journey.invite_at,
            Journey.status == flow.PAUSED,
            now,
            cursor,
            size,
            self.only_user_id,
        )
        wanted: dict[ledger.Key, Journey] = {}
        for journey, timezone in rows:
            local_at = (journey.invite_at or now).astimezone(
                ZoneInfo(timezone or self.default_zone)
            )
            # One ledger key per requested time: a second pause the same day may ask again.
            wanted[ledger.Key(journey.user_id, local_at.date(), f"{KIND}-{local_at:%H%M}")] = (
                journey
            )
        # Stamped now, not at the tick's start: a long tick's late claims must not look stale
        # to another process, which would send them again.
        claims = await ledger.claim(session, list(wanted), self.clock())
        page = Page(cursor=new_cursor, more=len(rows) == size)
        for key, journey in wanted.items():
            if claims[key] is ledger.Claim.DONE:
                journey.invite_at = None
            elif claims[key] is ledger.Claim.TAKEN:
                page.messages.append(Scheduled(key, OUTCOME, journey_id=journey.id))
        return page

    async def recorded(
        self, session: AsyncSession, results: Sequence[Result], now: datetime
    ) -> None:
        """An invitation is done once delivered, or once its user cannot be reached."""
        done = {
            r.message.journey_id for r in results if r.state in ledger.DELIVERED or r.unreachable
        }
        if done:
            await session.execute(
                update(Journey).where(Journey.id.in_(done)).values(invite_at=None)
            )
