"""/statistik: aggregate figures for ADMIN_USER_IDS only; no personal data."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.db.models import Application, Delivery, InboxUpdate, Journey, User
from bot.db.repositories import FAILED, PENDING
from bot.router import Router, Turn, reply
from bot.services.menu import unknown_command
from conversations import journey as flow
from conversations.applications import rules as applications
from conversations.outcome import Outcome


def register(router: Router) -> None:
    router.command("statistik")(statistics)


async def statistics(turn: Turn) -> Outcome:
    if turn.user.id not in turn.services.settings.admin_user_ids:
        return await unknown_command(turn)  # exactly what any unknown command gets
    session = turn.session
    users = dict(
        (await session.execute(select(User.is_active, func.count()).group_by(User.is_active))).all()
    )
    statuses = dict(
        (await session.execute(select(Journey.status, func.count()).group_by(Journey.status))).all()
    )
    prompts = (
        await session.execute(
            select(Journey.prompt, func.count())
            .where(Journey.status.in_((flow.ACTIVE, flow.PAUSED)))
            .group_by(Journey.prompt)
        )
    ).all()
    by_step: dict[int, int] = {}
    for prompt, count in prompts:
        step = flow.PROMPT_BY_ID[prompt].step if prompt in flow.PROMPT_BY_ID else 0
        by_step[step] = by_step.get(step, 0) + count
    today = turn.now.astimezone(ZoneInfo(turn.services.settings.default_timezone)).date()
    figures: dict[str, Any] = {
        "users_active": users.get(True, 0),
        "users_inactive": users.get(False, 0),
        "journeys_started": sum(statuses.values()),
        "journeys_finished": statuses.get(flow.FINISHED, 0),
        "open_by_step": [by_step.get(step, 0) for step in range(flow.STEP_COUNT + 1)],
        "opted_in": await session.scalar(
            select(func.count()).select_from(User).where(User.reminder_enabled.is_(True))
        ),
        "sent_today": await session.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.state == "sent", Delivery.local_date == today)
        ),
        "applications": await session.scalar(select(func.count()).select_from(Application)),
        "applications_open": await session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.stage.not_in(applications.CLOSED))
        ),
        "crisis_paused": await session.scalar(
            select(func.count()).select_from(User).where(User.crisis_paused_at.is_not(None))
        ),
        # The inbox keeps finished updates 48 hours: failed ones are counted over that.
        "updates_failed": await session.scalar(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state == FAILED)
        ),
        "updates_waiting": await session.scalar(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state == PENDING)
        ),
        "today": today,
    }
    return reply("admin/statistik.html", **figures)
