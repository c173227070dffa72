"""Applications (/lamaran) read and written inside the caller's transaction; rows become
the plain facts of conversations/applications. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Answer, Application, Journey
from conversations.applications import rules

UTC_ZONE = ZoneInfo("UTC")
# The name the user signs the feedback email with (a stable journey prompt id).
NAME_PROMPT = "sender_name"


def facts(row: Application, zone: ZoneInfo) -> rules.Application:
    return rules.Application(
        id=row.id,
        company=row.company,
        position=row.position,
        source=row.source,
        stage=row.stage,
        stage_on=row.stage_at.astimezone(zone).date(),
        reached=rules.reached_from_json(row.reached),
        created_on=row.created_at.astimezone(zone).date(),
        kind=row.company_kind,
        interview_on=row.interview_on,
        journey_id=row.journey_id,
    )


def newest_first(user_id: int) -> Select[Application]:
    # Newest added first: an update does not move an entry, so its number on the list stays.
    return select(Application).where(Application.user_id == user_id).order_by(Application.id.desc())


async def count(session: AsyncSession, user_id: int) -> int:
    total = await session.scalar(
        select(func.count()).select_from(Application).where(Application.user_id == user_id)
    )
    return int(total or 0)


async def page(session: AsyncSession, user_id: int, offset: int, size: int) -> list[Application]:
    statement = newest_first(user_id).offset(offset).limit(size)
    return list(await session.scalars(statement))


async def every(session: AsyncSession, user_id: int) -> list[Application]:
    return list(await session.scalars(newest_first(user_id)))


async def one(session: AsyncSession, user_id: int, application_id: int) -> Application | None:
    return await session.scalar(
        select(Application).where(Application.id == application_id, Application.user_id == user_id)
    )


async def link_company(
    session: AsyncSession, user_id: int, journey: Journey, company: str, now: datetime
) -> tuple[Application, bool] | None:
    """A journey whose company is in the user's list: linked to the most recently active
    such application, which is marked rejected if it was not. Returns it and whether it
    was marked, or None when no application matches."""
    rows = await every(session, user_id)
    # Only names are compared: any zone reads the rows alike.
    found = rules.matching([facts(row, UTC_ZONE) for row in rows], company)
    if found is None:
        return None
    row = next(row for row in rows if row.id == found.id)
    row.journey_id = journey.id
    marked = row.stage != rules.REJECTED
    if marked:
        row.stage = rules.REJECTED
        row.stage_at = now
    row.updated_at = now
    return row, marked


async def created_since(
    session: AsyncSession, user_ids: Collection[int], since: datetime
) -> dict[int, list[tuple[datetime, str | None, str]]]:
    """Per user, (when added, company kind, source) of applications added after `since`."""
    found: dict[int, list[tuple[datetime, str | None, str]]] = {}
    if not user_ids:
        return found
    for user_id, created_at, kind, source in await session.execute(
        select(
            Application.user_id,
            Application.created_at,
            Application.company_kind,
            Application.source,
        ).where(Application.user_id.in_(user_ids), Application.created_at >= since)
    ):
        found.setdefault(user_id, []).append((created_at, kind, source))
    return found


async def week(session: AsyncSession, user_id: int, local_now: datetime) -> rules.Week:
    """The applications the user added this week (Monday to today, in their zone)."""
    zone = local_now.tzinfo
    assert zone is not None
    since = datetime.combine(rules.week_start(local_now.date()), datetime.min.time(), zone)
    added = (await created_since(session, [user_id], since)).get(user_id, [])
    return rules.week(
        ((created.astimezone(zone).date(), kind, source) for created, kind, source in added),
        local_now.date(),
    )


# Enough history to find every application of this week, in any zone.
WEEK_LOOKBACK = timedelta(days=8)


async def sender_names(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, str]:
    """Per user, the name they signed their latest feedback email with, if any."""
    names: dict[int, str] = {}
    if not user_ids:
        return names
    for user_id, value in await session.execute(
        select(Answer.user_id, Answer.value)
        .where(Answer.user_id.in_(user_ids), Answer.prompt == NAME_PROMPT)
        .order_by(Answer.user_id, Answer.updated_at.desc(), Answer.id.desc())
    ):
        if isinstance(value, str) and value.strip():
            names.setdefault(user_id, value)
    return names
