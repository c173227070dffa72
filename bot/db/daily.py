"""What the daily message says of each user's latest journey, read for a whole page of
users at once and handed on as plain values (conversations/daily.py)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Answer, Journey, PlanItem
from conversations import daily
from conversations import journey as flow


async def journey_facts(
    session: AsyncSession, user_ids: Collection[int]
) -> dict[int, daily.JourneyFacts]:
    """Per user, their latest journey that was not abandoned; users without one are left out."""
    if not user_ids:
        return {}
    latest: dict[int, Journey] = {}
    journeys = await session.scalars(
        select(Journey)
        .where(Journey.user_id.in_(user_ids), Journey.status != flow.ABANDONED)
        .order_by(Journey.user_id, Journey.created_at.desc(), Journey.id.desc())
    )
    for journey in journeys:
        latest.setdefault(journey.user_id, journey)
    if not latest:
        return {}
    journey_ids = [journey.id for journey in latest.values()]
    names = {
        journey_id: value
        for journey_id, value in await session.execute(
            select(Answer.journey_id, Answer.value).where(
                Answer.journey_id.in_(journey_ids), Answer.prompt == daily.NAME_PROMPT
            )
        )
    }
    plans: dict[int, list[daily.PlanStep]] = {}
    for journey_id, action, detail, due_on, done_at in await session.execute(
        select(
            PlanItem.journey_id, PlanItem.action, PlanItem.detail, PlanItem.due_on, PlanItem.done_at
        )
        .where(PlanItem.journey_id.in_(journey_ids))
        .order_by(PlanItem.due_on, PlanItem.id)
    ):
        plans.setdefault(journey_id, []).append(
            daily.PlanStep(action, detail, due_on, done_at is not None)
        )
    return {
        user_id: daily.JourneyFacts(
            status=journey.status,
            prompt=journey.prompt,
            position=journey.position,
            created_at=journey.created_at,
            name=name if isinstance(name := names.get(journey.id), str) else None,
            plan=tuple(plans.get(journey.id, ())),
        )
        for user_id, journey in latest.items()
    }
