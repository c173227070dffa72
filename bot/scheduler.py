"""Scheduled messages: one repeating tick, not one job per user (DESIGN.md §2).

Each tick pages through due users by key (reminder_next_at, id), claims each message in
the delivery ledger under a unique (user, local date, kind) key, commits the claim,
sends, and records the result. Two processes on one database never both send: the
claim is the lock. A tick checks its stop flag between batches.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.db.engine import Store
from bot.db.models import Answer, Delivery, Journey, PlanItem, User
from bot.db.sql import insert_ignoring_duplicates
from bot.presenter import GLOBAL_SEQ, callback_data
from bot.render import Renderer
from bot.runtime import Clock
from conversations import journey as flow
from conversations import reminders as rules

log = logging.getLogger(__name__)

DAILY, INVITE = "daily", "invite"
CLAIMED, SENT, FAILED = "claimed", "sent", "failed"
MAX_ATTEMPTS = 3
STALE_CLAIM = timedelta(minutes=10)
BATCH_SIZE = 500


class Claim(enum.Enum):
    TAKEN = "taken"  # ours to send now
    DONE = "done"  # sent already, or given up for today: move on
    BUSY = "busy"  # another process holds a fresh claim: leave it alone


@dataclass
class TickReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    deactivated: int = 0
    invites: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Job:
    user_id: int
    kind: str
    local_date: date
    next_at: datetime | None
    text: str
    keyboard: InlineKeyboardMarkup
    message_key: str | None = None
    journey_id: int | None = None
    # The slot this message was claimed for; the next slot is only set if it still is.
    due_at: datetime | None = None


class Scheduler:
    def __init__(
        self,
        store: Store,
        renderer: Renderer,
        clock: Clock,
        default_zone: str,
        only_user_id: int | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.store = store
        self.renderer = renderer
        self.clock = clock
        self.default_zone = default_zone
        self.only_user_id = only_user_id
        self.batch_size = batch_size
        self.pool = sorted(
            name
            for name in dir(renderer.env.get_template("daily/pool.html").module)
            if name.startswith("msg_")
        )
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    async def tick(self, bot: Bot) -> TickReport:
        report = TickReport()
        now = self.clock()
        await self._run(bot, now, report, self._daily_batch)
        await self._run(bot, now, report, self._invite_batch)
        if report.sent or report.failed or report.invites:
            log.info(
                "scheduler tick: %d sent, %d invites, %d failed, %d skipped",
                report.sent,
                report.invites,
                report.failed,
                report.skipped,
            )
        return report

    async def _run(self, bot: Bot, now: datetime, report: TickReport, batch: Any) -> None:
        cursor: tuple[datetime, int] | None = None
        while not self._stopping:
            async with self.store.transaction() as session:
                jobs, cursor, more = await batch(session, now, cursor, report)
            for job in jobs:
                await self._deliver(bot, job, now, report)
                if self._stopping:
                    break
            if not more:
                return

    # --- daily messages ----------------------------------------------------------------

    async def _daily_batch(
        self,
        session: AsyncSession,
        now: datetime,
        cursor: tuple[datetime, int] | None,
        report: TickReport,
    ) -> tuple[list[Job], tuple[datetime, int] | None, bool]:
        statement = (
            select(User)
            .where(
                User.reminder_enabled.is_(True),
                User.is_active.is_(True),
                User.crisis_paused_at.is_(None),
                User.reminder_next_at <= now,
            )
            .order_by(User.reminder_next_at, User.id)
            .limit(self.batch_size)
            .with_for_update(skip_locked=True)
        )
        if cursor is not None:
            statement = statement.where(tuple_(User.reminder_next_at, User.id) > cursor)
        if self.only_user_id is not None:
            statement = statement.where(User.id == self.only_user_id)
        users = list(await session.scalars(statement))
        # The page's key, read before any user's next slot moves below.
        new_cursor = (users[-1].reminder_next_at or now, users[-1].id) if users else cursor
        jobs = []
        for user in users:
            zone = user.timezone or self.default_zone
            minutes = user.reminder_minutes or 0
            due_at = user.reminder_next_at or now
            send, following = rules.due_plan(due_at, now, minutes, zone)
            if not send:  # a day missed while the bot was down: skip it, try today's
                report.skipped += 1
                user.reminder_next_at = due_at = following
                if following > now:
                    continue
                send, following = rules.due_plan(due_at, now, minutes, zone)
            local_date = due_at.astimezone(ZoneInfo(zone)).date()
            claim = await self._claim(session, user.id, local_date, DAILY, now)
            if claim is Claim.DONE:
                user.reminder_next_at = following
            if claim is not Claim.TAKEN:
                continue
            job = await self._daily_job(session, user, zone, local_date, following, now)
            job.due_at = user.reminder_next_at
            jobs.append(job)
        return jobs, new_cursor, len(users) == self.batch_size

    async def _daily_job(
        self,
        session: AsyncSession,
        user: User,
        zone: str,
        local_date: date,
        following: datetime,
        now: datetime,
    ) -> Job:
        recent = set(
            await session.scalars(
                select(Delivery.message_key).where(
                    Delivery.user_id == user.id,
                    Delivery.kind == DAILY,
                    Delivery.state == SENT,
                    Delivery.local_date > local_date - timedelta(days=rules.NO_REPEAT_DAYS),
                )
            )
        )
        context = await self._personal_context(session, user, zone, now)
        theme = rules.STEP_THEMES.get(context["step"] or 0) if context["step"] else "penutup"
        key = rules.choose_message(self.pool, theme, {k for k in recent if k}, user.id, local_date)
        text = self.renderer.render("daily/daily.html", message=key, **context)
        off = self.renderer.label("option", group="reminder", value="off")
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(off, callback_data=callback_data(GLOBAL_SEQ, "r:off"))]]
        )
        return Job(user.id, DAILY, local_date, following, text, keyboard, message_key=key)

    async def _personal_context(
        self, session: AsyncSession, user: User, zone: str, now: datetime
    ) -> dict[str, Any]:
        local_now = now.astimezone(ZoneInfo(zone))
        journey = (
            await session.scalars(
                select(Journey)
                .where(Journey.user_id == user.id, Journey.status != flow.ABANDONED)
                .order_by(Journey.created_at.desc(), Journey.id.desc())
                .limit(1)
            )
        ).first()
        context: dict[str, Any] = {
            "name": None,
            "days": None,
            "position": None,
            "step": None,
            "next_item": None,
            "done": 0,
            "total": 0,
            "today": local_now.date(),
            "hour": local_now.hour,
        }
        if journey is None:
            return context
        name = await session.scalar(
            select(Answer.value).where(
                Answer.journey_id == journey.id, Answer.prompt == "sender_name"
            )
        )
        context["name"] = name if isinstance(name, str) else None
        context["position"] = journey.position
        context["days"] = (
            local_now.date() - journey.created_at.astimezone(ZoneInfo(zone)).date()
        ).days
        if journey.status in (flow.ACTIVE, flow.PAUSED):
            prompt = flow.PROMPT_BY_ID.get(journey.prompt)
            context["step"] = prompt.step if prompt and prompt.step else None
        items = list(
            await session.scalars(
                select(PlanItem)
                .where(PlanItem.user_id == user.id, PlanItem.journey_id == journey.id)
                .order_by(PlanItem.due_on, PlanItem.id)
            )
        )
        context["total"] = len(items)
        context["done"] = sum(1 for item in items if item.done_at is not None)
        context["next_item"] = next((item for item in items if item.done_at is None), None)
        return context

    # --- invitations back after a pause ------------------------------------------------

    async def _invite_batch(
        self,
        session: AsyncSession,
        now: datetime,
        cursor: tuple[datetime, int] | None,
        report: TickReport,
    ) -> tuple[list[Job], tuple[datetime, int] | None, bool]:
        statement = (
            select(Journey, User.timezone)
            .join(User, User.id == Journey.user_id)
            .where(
                Journey.status == flow.PAUSED,
                Journey.invite_at <= now,
                User.is_active.is_(True),
                User.crisis_paused_at.is_(None),
            )
            .order_by(Journey.invite_at, Journey.id)
            .limit(self.batch_size)
        )
        if cursor is not None:
            statement = statement.where(tuple_(Journey.invite_at, Journey.id) > cursor)
        if self.only_user_id is not None:
            statement = statement.where(Journey.user_id == self.only_user_id)
        rows = list((await session.execute(statement)).all())
        last = rows[-1][0] if rows else None
        new_cursor = (last.invite_at or now, last.id) if last is not None else cursor
        jobs = []
        for journey, timezone in rows:
            zone = timezone or self.default_zone
            local_at = (journey.invite_at or now).astimezone(ZoneInfo(zone))
            # One ledger key per requested time: a second pause the same day may ask again.
            kind = f"{INVITE}-{local_at:%H%M}"
            claim = await self._claim(session, journey.user_id, local_at.date(), kind, now)
            if claim is Claim.DONE:
                journey.invite_at = None
            if claim is not Claim.TAKEN:
                continue
            label = self.renderer.label("option", group="reminder", value="resume")
            keyboard = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            label, callback_data=callback_data(GLOBAL_SEQ, "g:continue")
                        )
                    ]
                ]
            )
            jobs.append(
                Job(
                    journey.user_id,
                    kind,
                    local_at.date(),
                    None,
                    self.renderer.render("daily/invite.html"),
                    keyboard,
                    journey_id=journey.id,
                )
            )
        return jobs, new_cursor, len(rows) == self.batch_size

    # --- the ledger --------------------------------------------------------------------

    async def _claim(
        self, session: AsyncSession, user_id: int, local_date: date, kind: str, now: datetime
    ) -> Claim:
        inserted = await session.execute(
            insert_ignoring_duplicates(
                session,
                Delivery,
                user_id=user_id,
                local_date=local_date,
                kind=kind,
                state=CLAIMED,
                attempts=1,
                claimed_at=now,
                created_at=now,
            )
        )
        if getattr(inserted, "rowcount", 0):
            return Claim.TAKEN
        row = (
            await session.scalars(
                select(Delivery)
                .where(
                    Delivery.user_id == user_id,
                    Delivery.local_date == local_date,
                    Delivery.kind == kind,
                )
                .with_for_update()
            )
        ).one()
        if row.state == SENT or row.attempts >= MAX_ATTEMPTS:
            return Claim.DONE
        if row.state == FAILED or row.claimed_at < now - STALE_CLAIM:
            row.state, row.attempts, row.claimed_at = CLAIMED, row.attempts + 1, now
            return Claim.TAKEN
        return Claim.BUSY

    async def _deliver(self, bot: Bot, job: Job, now: datetime, report: TickReport) -> None:
        outcome, deactivate = SENT, False
        try:
            await bot.send_message(job.user_id, job.text, reply_markup=job.keyboard)
        except Forbidden:
            outcome, deactivate = FAILED, True  # blocked or deactivated
        except BadRequest as exc:
            outcome = FAILED
            deactivate = "chat not found" in exc.message.lower()
        except TelegramError as exc:  # network, timeout, flood: retryable later today
            outcome = FAILED
            report.errors.append(type(exc).__name__)
        async with self.store.transaction() as session:
            # The user's row first, as the batch query does: one lock order, no deadlock
            # between two processes (one recording a send, one claiming the same user).
            await session.execute(select(User.id).where(User.id == job.user_id).with_for_update())
            values: dict[str, Any] = {"state": outcome}
            if outcome == SENT:
                values.update(sent_at=now, message_key=job.message_key)
            await session.execute(
                update(Delivery)
                .where(
                    Delivery.user_id == job.user_id,
                    Delivery.local_date == job.local_date,
                    Delivery.kind == job.kind,
                )
                .values(**values)
            )
            if deactivate:
                await session.execute(
                    update(User)
                    .where(User.id == job.user_id)
                    .values(is_active=False, updated_at=now)
                )
                report.deactivated += 1
            if outcome == SENT and job.kind == DAILY:
                # If the user moved the time meanwhile, their new slot stands.
                await session.execute(
                    update(User)
                    .where(User.id == job.user_id, User.reminder_next_at == job.due_at)
                    .values(reminder_next_at=job.next_at)
                )
            if job.kind.startswith(INVITE) and (outcome == SENT or deactivate):
                await session.execute(
                    update(Journey).where(Journey.id == job.journey_id).values(invite_at=None)
                )
        if outcome == SENT:
            if job.kind.startswith(INVITE):
                report.invites += 1
            else:
                report.sent += 1
        else:
            report.failed += 1


__all__ = ["Scheduler", "TickReport"]
