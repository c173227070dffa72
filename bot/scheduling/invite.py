"""The invitation back: a paused journey whose user asked to be greeted again at a time
(journeys.invite_at), sent once under the ledger key (user, local date, "invite-HHMM")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Journey
from bot.scheduling import ledger
from bot.scheduling.due import JourneyKind, Result
from conversations import journey as flow
from conversations.outcome import Button, Outcome, Reply

KIND = "invite"
RESUME = Button(
    "option", value="g:continue", label_context={"group": "reminder", "value": "resume"}
)
OUTCOME = Outcome((Reply("daily/invite.html", {}, ((RESUME,),)),))


class Invite(JourneyKind):
    name = KIND
    due = Journey.invite_at
    condition = Journey.status == flow.PAUSED

    def key_for(self, journey: Journey, zone: ZoneInfo, now: datetime) -> ledger.Key:
        local_at = (journey.invite_at or now).astimezone(zone)
        # One ledger key per requested time: a second pause the same day may ask again.
        return ledger.Key(journey.user_id, local_at.date(), f"{KIND}-{local_at:%H%M}")

    def given_up(self, journey: Journey, now: datetime) -> None:
        journey.invite_at = None

    def outcome_for(self, journey: Journey) -> Outcome:
        return OUTCOME

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
