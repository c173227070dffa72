"""The /lamaran reminders, each asked for with its own yes (conversations/applications):

- the day before an interview, at the user's time (their daily message's, or 08.00), a
  nudge to prepare, under the ledger key (user, local date, "iv-<application>"); a new
  interview date gets its own;
- an application without news for two weeks, one suggestion to ask for it with a short
  email, under (user, local date, "nn-<application>"), once per application.

Users paused by the safety net, or who cannot be reached, get neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import applications as store
from bot.db.models import Application, User
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.due import Cursor, Page, Result, Scheduled
from conversations.applications import rules, views

INTERVIEW_KIND = "iv"
QUIET_KIND = "nn"
# Every zone's "tomorrow" lies within these days of the UTC date.
ZONE_SPREAD = timedelta(days=2)
# The plain table for the statement run once per result (the ORM would take a list of
# parameters for its bulk update by primary key).
APPLICATIONS = cast(Table, Application.__table__)


def _reachable(statement: Any, only_user_id: int | None) -> Any:
    statement = statement.join(User, User.id == Application.user_id).where(
        User.is_active.is_(True), User.crisis_paused_at.is_(None)
    )
    return statement.where(User.id == only_user_id) if only_user_id is not None else statement


class _Reminder:
    name = ""

    def __init__(self, clock: Clock, default_zone: str, only_user_id: int | None) -> None:
        self.clock = clock
        self.default_zone = default_zone
        self.only_user_id = only_user_id

    def _local(self, now: datetime, zone: str | None) -> tuple[ZoneInfo, datetime]:
        tz = ZoneInfo(zone or self.default_zone)
        return tz, now.astimezone(tz)


class InterviewNudge(_Reminder):
    name = "interview"

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        statement = _reachable(
            select(Application, User.timezone, User.reminder_minutes)
            .where(
                Application.interview_on.between(
                    now.date() - ZONE_SPREAD, now.date() + ZONE_SPREAD
                ),
                Application.stage.in_(rules.INTERVIEWS),
                or_(
                    Application.interview_nudged_on.is_(None),
                    Application.interview_nudged_on != Application.interview_on,
                ),
                User.nudge_interview.is_(True),
            )
            .order_by(Application.interview_on, Application.id)
            .limit(size),
            self.only_user_id,
        )
        if cursor is not None:  # (the interview's day as a datetime, id)
            statement = statement.where(
                tuple_(Application.interview_on, Application.id) > (cursor[0].date(), cursor[1])
            )
        found = list(await session.execute(statement))
        page = Page(more=len(found) == size)
        if found:
            last: Application = found[-1][0]
            page.cursor = (datetime.combine(last.interview_on or now.date(), time()), last.id)
        wanted: dict[ledger.Key, Application] = {}
        for app, zone, minutes in found:
            interview = app.interview_on
            _, local = self._local(now, zone)
            day = rules.interview_nudge_day(interview)
            if rules.due_now(local, day, rules.nudge_minutes(minutes)):
                wanted[ledger.Key(app.user_id, local.date(), f"{INTERVIEW_KIND}-{app.id}")] = app
        claims = await ledger.claim(session, list(wanted), self.clock())
        zones = {app.id: zone for app, zone, _ in found}
        for key, app in wanted.items():
            if claims[key] is ledger.Claim.DONE:  # delivered, or given up for today
                app.interview_nudged_on = app.interview_on
            elif claims[key] is ledger.Claim.TAKEN:
                tz, _ = self._local(now, zones[app.id])
                outcome = views.interview_nudge(store.facts(app, tz))
                page.messages.append(
                    Scheduled(key, outcome, application_id=app.id, interview_on=app.interview_on)
                )
        return page

    async def recorded(
        self, session: AsyncSession, results: Sequence[Result], now: datetime
    ) -> None:
        """Once delivered (or its user is gone), that interview's nudge is done; a date
        changed meanwhile gets its own."""
        done = [
            {"b_id": r.message.application_id, "b_on": r.message.interview_on}
            for r in results
            if r.state in ledger.DELIVERED or r.unreachable
        ]
        if done:
            await session.execute(
                update(APPLICATIONS)
                .where(
                    APPLICATIONS.c.id == bindparam("b_id"),
                    APPLICATIONS.c.interview_on == bindparam("b_on"),
                )
                .values(interview_nudged_on=bindparam("b_on")),
                done,
            )


class QuietNudge(_Reminder):
    name = "quiet"

    async def page(
        self, session: AsyncSession, now: datetime, cursor: Cursor | None, size: int
    ) -> Page:
        # Loose by a day: quiet is counted in local dates (rules.is_quiet decides).
        quiet_before = now - timedelta(days=rules.QUIET_DAYS - 1)
        statement = _reachable(
            select(Application, User.timezone, User.reminder_minutes)
            .where(
                Application.stage.in_(rules.WAITING),
                Application.quiet_nudged_at.is_(None),
                Application.stage_at <= quiet_before,
                or_(
                    Application.interview_on.is_(None),
                    Application.interview_on <= quiet_before.date() + ZONE_SPREAD,
                ),
                User.nudge_quiet.is_(True),
            )
            .order_by(Application.stage_at, Application.id)
            .limit(size),
            self.only_user_id,
        )
        if cursor is not None:
            statement = statement.where(tuple_(Application.stage_at, Application.id) > cursor)
        found = list(await session.execute(statement))
        page = Page(more=len(found) == size)
        if found:
            last: Application = found[-1][0]
            page.cursor = (last.stage_at, last.id)
        wanted: dict[ledger.Key, tuple[Application, ZoneInfo, date]] = {}
        for app, zone, minutes in found:
            tz, local = self._local(now, zone)
            if not rules.is_quiet(store.facts(app, tz), local.date()):
                continue
            if not rules.due_now(local, local.date(), rules.nudge_minutes(minutes)):
                continue
            key = ledger.Key(app.user_id, local.date(), f"{QUIET_KIND}-{app.id}")
            wanted[key] = (app, tz, local.date())
        claims = await ledger.claim(session, list(wanted), self.clock())
        taken = [key for key in wanted if claims[key] is ledger.Claim.TAKEN]
        names = await store.sender_names(session, sorted({key.user_id for key in taken}))
        for key, (app, tz, today) in wanted.items():
            if claims[key] is ledger.Claim.DONE:
                app.quiet_nudged_at = now
            elif claims[key] is ledger.Claim.TAKEN:
                outcome = views.quiet_nudge(store.facts(app, tz), names.get(app.user_id), today)
                page.messages.append(Scheduled(key, outcome, application_id=app.id))
        return page

    async def recorded(
        self, session: AsyncSession, results: Sequence[Result], now: datetime
    ) -> None:
        """Once per application: delivered (or its user is gone), it is never sent again."""
        done = [
            r.message.application_id
            for r in results
            if r.state in ledger.DELIVERED or r.unreachable
        ]
        if done:
            await session.execute(
                update(Application)
                .where(Application.id.in_(done), Application.quiet_nudged_at.is_(None))
                .values(quiet_nudged_at=now)
            )
