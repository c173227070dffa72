"""The feedback follow-up: on the morning FOLLOWUP_DAYS after the email went out, ask
whether the recruiter replied (conversations/followup.py), once, under the ledger key
(user, local date, "fu-<journey>")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Journey
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.due import Cursor, Page, Result, Scheduled, due_journeys
from conversations import followup as rules
from conversations.outcome import Outcome, Reply

KIND = "fu"


class FollowUp:
    name = "followup"

    def __init__(self, clock: Clock, default_zone: str, only_user_id: int | None) -> None:
        self.clock = clock
        self.default_zone = default_zone
        self.only_user_id = only_user_id

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        rows, new_cursor = await due_journeys(
            session,
            Journey.followup_due_at,
            Journey.followup_state == rules.SCHEDULED,
            now,
            cursor,
            size,
            self.only_user_id,
        )
        wanted: dict[ledger.Key, Journey] = {}
        for journey, timezone in rows:
            local_date = now.astimezone(ZoneInfo(timezone or self.default_zone)).date()
            # Keyed by journey: two journeys' questions may fall on one day.
            wanted[ledger.Key(journey.user_id, local_date, f"{KIND}-{journey.id}")] = journey
        # Stamped now, not at the tick's start: a long tick's late claims must not look stale
        # to another process, which would send them again.
        claims = await ledger.claim(session, list(wanted), self.clock())
        page = Page(cursor=new_cursor, more=len(rows) == size)
        for key, journey in wanted.items():
            if claims[key] is ledger.Claim.DONE:  # given up for today: try again tomorrow
                journey.followup_due_at = (journey.followup_due_at or now) + timedelta(days=1)
            elif claims[key] is ledger.Claim.TAKEN:
                question = Reply(
                    "followup/ask.html",
                    {"company": journey.company, "position": journey.position},
                    rules.question_buttons(journey.id),
                )
                page.messages.append(Scheduled(key, Outcome((question,)), journey_id=journey.id))
        return page

    async def recorded(
        self, session: AsyncSession, results: Sequence[Result], now: datetime
    ) -> None:
        asked = [r.message.journey_id for r in results if r.state in ledger.DELIVERED]
        if asked:
            await session.execute(
                update(Journey)
                .where(
                    Journey.id.in_(asked),
                    # Not if answered meanwhile ("not yet" schedules it days ahead).
                    Journey.followup_state == rules.SCHEDULED,
                    Journey.followup_due_at <= now,
                )
                .values(
                    followup_state=rules.ASKED,
                    followup_asks=Journey.followup_asks + 1,
                    followup_due_at=None,
                )
            )
