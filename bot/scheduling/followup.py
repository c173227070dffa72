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
from bot.scheduling import ledger
from bot.scheduling.due import JourneyKind, Result
from conversations import followup as rules
from conversations.outcome import Outcome, Reply

KIND = "fu"


class FollowUp(JourneyKind):
    name = "followup"
    due = Journey.followup_due_at
    condition = Journey.followup_state == rules.SCHEDULED

    def key_for(self, journey: Journey, zone: ZoneInfo, now: datetime) -> ledger.Key:
        # Keyed by journey: two journeys' questions may fall on one day.
        return ledger.Key(journey.user_id, now.astimezone(zone).date(), f"{KIND}-{journey.id}")

    def given_up(self, journey: Journey, now: datetime) -> None:
        # Given up for today: try again tomorrow.
        journey.followup_due_at = (journey.followup_due_at or now) + timedelta(days=1)

    def outcome_for(self, journey: Journey) -> Outcome:
        question = Reply(
            "followup/ask.html",
            {"company": journey.company, "position": journey.position},
            rules.question_buttons(journey.id),
        )
        return Outcome((question,))

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
