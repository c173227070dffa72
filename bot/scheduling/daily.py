"""The daily message: due users in pages by (reminder_next_at, id), each claimed under
the ledger key (user, local date, "daily"), said through conversations/daily.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import applications
from bot.db.daily import journey_facts
from bot.db.models import User
from bot.render import Renderer
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.due import USERS, Cursor, Page, Result, Scheduled
from conversations import daily
from conversations import reminders as rules
from conversations.applications import rules as application_rules

KIND = "daily"


class Daily:
    name = KIND

    def __init__(
        self, renderer: Renderer, clock: Clock, default_zone: str, only_user_id: int | None
    ) -> None:
        self.clock = clock
        self.default_zone = default_zone
        self.only_user_id = only_user_id
        self.pool = sorted(
            name
            for name in dir(renderer.env.get_template("daily/pool.html").module)
            if name.startswith("msg_")
        )

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        statement = (
            select(User)
            .where(
                User.reminder_enabled.is_(True),
                User.is_active.is_(True),
                User.crisis_paused_at.is_(None),
                User.reminder_next_at <= now,
            )
            .order_by(User.reminder_next_at, User.id)
            .limit(size)
            .with_for_update(skip_locked=True)
        )
        if cursor is not None:
            statement = statement.where(tuple_(User.reminder_next_at, User.id) > cursor)
        if self.only_user_id is not None:
            statement = statement.where(User.id == self.only_user_id)
        users = list(await session.scalars(statement))
        page = Page(more=len(users) == size)
        # The page's key, read before any user's next slot moves below.
        page.cursor = (users[-1].reminder_next_at or now, users[-1].id) if users else cursor
        wanted: dict[ledger.Key, tuple[User, str, datetime]] = {}
        for user in users:
            zone = user.timezone or self.default_zone
            minutes = user.reminder_minutes or 0
            due_at = user.reminder_next_at or now
            send, following = rules.due_plan(due_at, now, minutes, zone)
            if not send:  # a day missed while the bot was down: skip it, try today's
                page.skipped += 1
                user.reminder_next_at = due_at = following
                if following > now:
                    continue
                send, following = rules.due_plan(due_at, now, minutes, zone)
            local_date = due_at.astimezone(ZoneInfo(zone)).date()
            wanted[ledger.Key(user.id, local_date, KIND)] = (user, zone, following)
        # Stamped now, not at the tick's start: a long tick's late claims must not look stale
        # to another process, which would send them again.
        claims = await ledger.claim(session, list(wanted), self.clock())
        taken = []
        for key, (user, zone, following) in wanted.items():
            if claims[key] is ledger.Claim.DONE:
                user.reminder_next_at = following
            elif claims[key] is ledger.Claim.TAKEN:
                taken.append((key, user, zone, following))
        facts = await journey_facts(session, [key.user_id for key, *_ in taken])
        logged = await applications.created_since(
            session, [key.user_id for key, *_ in taken], now - applications.WEEK_LOOKBACK
        )
        recent = await ledger.recent_message_keys(
            session,
            KIND,
            {
                key.user_id: key.local_date - timedelta(days=rules.NO_REPEAT_DAYS)
                for key, *_ in taken
            },
        )
        for key, user, zone, following in taken:
            local_now = now.astimezone(ZoneInfo(zone))
            week = application_rules.week(
                (
                    (created.astimezone(local_now.tzinfo).date(), kind, source)
                    for created, kind, source in logged.get(key.user_id, [])
                ),
                local_now.date(),
            )
            about = daily.personal(facts.get(key.user_id), local_now, week)
            message = rules.choose_message(
                self.pool, about.theme, recent[key.user_id], key.user_id, key.local_date
            )
            page.messages.append(
                Scheduled(
                    key,
                    daily.outcome(about, message),
                    message_key=message,
                    due_at=user.reminder_next_at,
                    next_at=following,
                )
            )
        return page

    async def recorded(
        self, session: AsyncSession, results: Sequence[Result], now: datetime
    ) -> None:
        """The next slot, for the messages delivered; if the user moved their time
        meanwhile, their new slot stands."""
        moved = [
            {"b_user": r.message.user_id, "b_due": r.message.due_at, "b_next": r.message.next_at}
            for r in results
            if r.state in ledger.DELIVERED
        ]
        if moved:
            await session.execute(
                update(USERS)
                .where(
                    USERS.c.id == bindparam("b_user"),
                    USERS.c.reminder_next_at == bindparam("b_due"),
                )
                .values(reminder_next_at=bindparam("b_next")),
                moved,
            )
