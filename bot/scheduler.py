"""Scheduled messages: one repeating tick, not one job per user (DESIGN.md §2).

Each tick pages through due users by key (reminder_next_at, id). A page is claimed in the
delivery ledger under unique (user, local date, kind) keys with one INSERT, its personal
context is read with a few queries for the whole page, and the claims are committed before
anything is sent. Results are recorded in small groups (every FLUSH_EVERY messages or
FLUSH_SECONDS), so a crash can repeat at most that many. Two processes on one database
never both send: the claim is the lock. A tick checks its stop flag between messages.
"""

from __future__ import annotations

import enum
import logging
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.db.engine import Store
from bot.db.models import Answer, Delivery, Journey, PlanItem, User
from bot.db.sql import insert_many_ignoring_duplicates
from bot.presenter import global_buttons
from bot.render import Renderer
from bot.runtime import Clock
from conversations import followup, mood
from conversations import journey as flow
from conversations import reminders as rules
from conversations.outcome import Button

log = logging.getLogger(__name__)

DAILY, INVITE, FOLLOWUP = "daily", "invite", "fu"
CLAIMED, SENT, FAILED = "claimed", "sent", "failed"
MAX_ATTEMPTS = 3
STALE_CLAIM = timedelta(minutes=10)
BATCH_SIZE = 500
FLUSH_EVERY = 50
FLUSH_SECONDS = 1.0
LedgerKey = tuple[int, date, str]
# Plain tables for the page-wide statements (the ORM's bulk paths cost more per row).
DELIVERIES = cast(Table, Delivery.__table__)
USERS = cast(Table, User.__table__)


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
    followups: int = 0
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
        await self._run(bot, now, report, self._followup_batch)
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
            await self._send_all(bot, jobs, now, report)
            if not more:
                return

    async def _send_all(self, bot: Bot, jobs: list[Job], now: datetime, report: TickReport) -> None:
        done: list[tuple[Job, str, bool]] = []
        flushed_at = time.monotonic()
        for job in jobs:
            if self._stopping:  # what is claimed and unsent is retried after STALE_CLAIM
                break
            done.append(await self._send(bot, job, report))
            if len(done) >= FLUSH_EVERY or time.monotonic() - flushed_at >= FLUSH_SECONDS:
                await self._record(done, now, report)
                done, flushed_at = [], time.monotonic()
        await self._record(done, now, report)

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
        wanted: dict[LedgerKey, tuple[User, str, datetime]] = {}
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
            wanted[(user.id, local_date, DAILY)] = (user, zone, following)
        claims = await self._claim_many(session, list(wanted), now)
        taken: list[tuple[User, str, date, datetime]] = []
        for key, (user, zone, following) in wanted.items():
            if claims[key] is Claim.DONE:
                user.reminder_next_at = following
            elif claims[key] is Claim.TAKEN:
                taken.append((user, zone, key[1], following))
        contexts = await self._personal_contexts(session, taken, now)
        recent = await self._recent_messages(session, taken)
        jobs = []
        for user, _, local_date, following in taken:
            context = contexts[user.id]
            theme = rules.STEP_THEMES.get(context["step"] or 0) if context["step"] else "penutup"
            message = rules.choose_message(self.pool, theme, recent[user.id], user.id, local_date)
            text = self.renderer.render("daily/daily.html", message=message, **context)
            job = Job(user.id, DAILY, local_date, following, text, self._daily_keyboard)
            job.message_key = message
            job.due_at = user.reminder_next_at
            jobs.append(job)
        return jobs, new_cursor, len(users) == self.batch_size

    @cached_property
    def _daily_keyboard(self) -> InlineKeyboardMarkup:
        """The same for everyone (PTB's objects are immutable): built once, not per user."""
        off = Button("option", value="r:off", label_context={"group": "reminder", "value": "off"})
        # The mood check-in (bot/services/mood.py), then the off switch.
        return InlineKeyboardMarkup(
            global_buttons(self.renderer, (*mood.buttons(mood.DAILY), (off,)))
        )

    async def _recent_messages(
        self, session: AsyncSession, taken: list[tuple[User, str, date, datetime]]
    ) -> dict[int, set[str]]:
        """Per user, the daily messages sent in the last NO_REPEAT_DAYS of their days."""
        recent: dict[int, set[str]] = {user.id: set() for user, *_ in taken}
        if not taken:
            return recent
        since = {user.id: day - timedelta(days=rules.NO_REPEAT_DAYS) for user, _, day, _ in taken}
        rows = await session.execute(
            select(Delivery.user_id, Delivery.local_date, Delivery.message_key).where(
                Delivery.user_id.in_(since),
                Delivery.kind == DAILY,
                Delivery.state == SENT,
                Delivery.local_date > min(since.values()),
            )
        )
        for user_id, local_date, key in rows:
            if key and local_date > since[user_id]:
                recent[user_id].add(key)
        return recent

    async def _personal_contexts(
        self,
        session: AsyncSession,
        taken: list[tuple[User, str, date, datetime]],
        now: datetime,
    ) -> dict[int, dict[str, Any]]:
        """What the daily message says of each user's latest journey, for a whole page."""
        latest: dict[int, Journey] = {}
        if taken:
            journeys = await session.scalars(
                select(Journey)
                .where(
                    Journey.user_id.in_([user.id for user, *_ in taken]),
                    Journey.status != flow.ABANDONED,
                )
                .order_by(Journey.user_id, Journey.created_at.desc(), Journey.id.desc())
            )
            for journey in journeys:
                latest.setdefault(journey.user_id, journey)
        journey_ids = [journey.id for journey in latest.values()]
        names: dict[int, Any] = {}
        items: dict[int, list[PlanItem]] = {}
        if journey_ids:
            rows = await session.execute(
                select(Answer.journey_id, Answer.value).where(
                    Answer.journey_id.in_(journey_ids), Answer.prompt == "sender_name"
                )
            )
            names = {journey_id: value for journey_id, value in rows}
            for item in await session.scalars(
                select(PlanItem)
                .where(PlanItem.journey_id.in_(journey_ids))
                .order_by(PlanItem.due_on, PlanItem.id)
            ):
                items.setdefault(item.journey_id, []).append(item)
        contexts = {}
        for user, zone, _, _ in taken:
            local_now = now.astimezone(ZoneInfo(zone))
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
            contexts[user.id] = context
            current = latest.get(user.id)
            if current is None:
                continue
            name = names.get(current.id)
            context["name"] = name if isinstance(name, str) else None
            context["position"] = current.position
            context["days"] = (
                local_now.date() - current.created_at.astimezone(ZoneInfo(zone)).date()
            ).days
            if current.status in (flow.ACTIVE, flow.PAUSED):
                prompt = flow.PROMPT_BY_ID.get(current.prompt)
                context["step"] = prompt.step if prompt and prompt.step else None
            plan = items.get(current.id, [])
            context["total"] = len(plan)
            context["done"] = sum(1 for item in plan if item.done_at is not None)
            context["next_item"] = next((item for item in plan if item.done_at is None), None)
        return contexts

    # --- messages about a journey: the invitation back, the follow-up ------------------

    async def _due_journeys(
        self,
        session: AsyncSession,
        due: Any,
        condition: Any,
        now: datetime,
        cursor: tuple[datetime, int] | None,
    ) -> tuple[list[tuple[Journey, str | None]], tuple[datetime, int] | None]:
        """A page of journeys whose `due` time has come, with their user's zone, paged by
        (due, id); users who cannot be reached or are paused by the safety net are left."""
        statement = (
            select(Journey, User.timezone)
            .join(User, User.id == Journey.user_id)
            .where(
                condition,
                due <= now,
                User.is_active.is_(True),
                User.crisis_paused_at.is_(None),
            )
            .order_by(due, Journey.id)
            .limit(self.batch_size)
        )
        if cursor is not None:
            statement = statement.where(tuple_(due, Journey.id) > cursor)
        if self.only_user_id is not None:
            statement = statement.where(Journey.user_id == self.only_user_id)
        rows = [(journey, zone) for journey, zone in await session.execute(statement)]
        if not rows:
            return rows, cursor
        last = rows[-1][0]
        return rows, (getattr(last, due.key) or now, last.id)

    # --- invitations back after a pause ------------------------------------------------

    async def _invite_batch(
        self,
        session: AsyncSession,
        now: datetime,
        cursor: tuple[datetime, int] | None,
        report: TickReport,
    ) -> tuple[list[Job], tuple[datetime, int] | None, bool]:
        rows, new_cursor = await self._due_journeys(
            session, Journey.invite_at, Journey.status == flow.PAUSED, now, cursor
        )
        wanted: dict[LedgerKey, Journey] = {}
        for journey, timezone in rows:
            zone = timezone or self.default_zone
            local_at = (journey.invite_at or now).astimezone(ZoneInfo(zone))
            # One ledger key per requested time: a second pause the same day may ask again.
            wanted[(journey.user_id, local_at.date(), f"{INVITE}-{local_at:%H%M}")] = journey
        claims = await self._claim_many(session, list(wanted), now)
        resume = Button(
            "option", value="g:continue", label_context={"group": "reminder", "value": "resume"}
        )
        keyboard = InlineKeyboardMarkup(global_buttons(self.renderer, ((resume,),)))
        text = self.renderer.render("daily/invite.html")
        jobs = []
        for (user_id, local_date, kind), journey in wanted.items():
            if claims[(user_id, local_date, kind)] is Claim.DONE:
                journey.invite_at = None
            elif claims[(user_id, local_date, kind)] is Claim.TAKEN:
                jobs.append(
                    Job(user_id, kind, local_date, None, text, keyboard, journey_id=journey.id)
                )
        return jobs, new_cursor, len(rows) == self.batch_size

    # --- the feedback follow-up -------------------------------------------------------

    async def _followup_batch(
        self,
        session: AsyncSession,
        now: datetime,
        cursor: tuple[datetime, int] | None,
        report: TickReport,
    ) -> tuple[list[Job], tuple[datetime, int] | None, bool]:
        rows, new_cursor = await self._due_journeys(
            session,
            Journey.followup_due_at,
            Journey.followup_state == followup.SCHEDULED,
            now,
            cursor,
        )
        wanted: dict[LedgerKey, Journey] = {}
        for journey, timezone in rows:
            local_date = now.astimezone(ZoneInfo(timezone or self.default_zone)).date()
            # Keyed by journey: two journeys' questions may fall on one day.
            wanted[(journey.user_id, local_date, f"{FOLLOWUP}-{journey.id}")] = journey
        claims = await self._claim_many(session, list(wanted), now)
        jobs = []
        for key, journey in wanted.items():
            if claims[key] is Claim.DONE:  # given up for today: try again tomorrow
                journey.followup_due_at = (journey.followup_due_at or now) + timedelta(days=1)
            elif claims[key] is Claim.TAKEN:
                text = self.renderer.render(
                    "followup/ask.html", company=journey.company, position=journey.position
                )
                keyboard = InlineKeyboardMarkup(
                    global_buttons(self.renderer, followup.question_buttons(journey.id))
                )
                jobs.append(
                    Job(key[0], key[2], key[1], None, text, keyboard, journey_id=journey.id)
                )
        return jobs, new_cursor, len(rows) == self.batch_size

    # --- the ledger --------------------------------------------------------------------

    async def _claim_many(
        self, session: AsyncSession, keys: list[LedgerKey], now: datetime
    ) -> dict[LedgerKey, Claim]:
        """Claim each key with one INSERT; look at the rows that were already there."""
        if not keys:
            return {}
        # Stamped now, not at the tick's start: a long tick's late claims must not look
        # stale to another process, which would send them again.
        now = self.clock()
        rows = [
            {
                "user_id": user_id,
                "local_date": local_date,
                "kind": kind,
                "state": CLAIMED,
                "attempts": 1,
                "claimed_at": now,
                "created_at": now,
            }
            for user_id, local_date, kind in keys
        ]
        inserted = await session.execute(
            insert_many_ignoring_duplicates(session, DELIVERIES, rows).returning(
                DELIVERIES.c.user_id, DELIVERIES.c.local_date, DELIVERIES.c.kind
            )
        )
        claims = {(u, d, k): Claim.TAKEN for u, d, k in inserted}
        others = [key for key in keys if key not in claims]
        if others:
            existing = await session.scalars(
                select(Delivery)
                .where(
                    Delivery.user_id.in_({key[0] for key in others}),
                    Delivery.local_date.in_({key[1] for key in others}),
                    Delivery.kind.in_({key[2] for key in others}),
                )
                .order_by(Delivery.user_id)
                .with_for_update()
            )
            wanted = set(others)
            for row in existing:
                key = (row.user_id, row.local_date, row.kind)
                if key in wanted:
                    claims[key] = self._retake(row, now)
        return claims

    @staticmethod
    def _retake(row: Delivery, now: datetime) -> Claim:
        if row.state == SENT or row.attempts >= MAX_ATTEMPTS:
            return Claim.DONE
        if row.state == FAILED or row.claimed_at < now - STALE_CLAIM:
            row.state, row.attempts, row.claimed_at = CLAIMED, row.attempts + 1, now
            return Claim.TAKEN
        return Claim.BUSY

    async def _send(self, bot: Bot, job: Job, report: TickReport) -> tuple[Job, str, bool]:
        """Send one message; its outcome and whether the user can no longer be reached."""
        try:
            await bot.send_message(job.user_id, job.text, reply_markup=job.keyboard)
        except Forbidden:
            return job, FAILED, True  # blocked or deactivated
        except BadRequest as exc:
            return job, FAILED, "chat not found" in exc.message.lower()
        except TelegramError as exc:  # network, timeout, flood: retryable later today
            report.errors.append(type(exc).__name__)
            return job, FAILED, False
        return job, SENT, False

    async def _record(
        self, results: list[tuple[Job, str, bool]], now: datetime, report: TickReport
    ) -> None:
        if not results:
            return
        async with self.store.transaction() as session:
            # The users' rows first, in id order, as the batch query locks them: one lock
            # order, so two processes (one recording, one claiming) never deadlock.
            await session.execute(
                select(User.id)
                .where(User.id.in_({job.user_id for job, _, _ in results}))
                .order_by(User.id)
                .with_for_update()
            )
            await self._execute_many(
                session,
                update(DELIVERIES)
                .where(
                    Delivery.user_id == bindparam("b_user"),
                    Delivery.local_date == bindparam("b_date"),
                    Delivery.kind == bindparam("b_kind"),
                )
                .values(
                    state=bindparam("b_state"),
                    sent_at=bindparam("b_sent_at"),
                    message_key=bindparam("b_key"),
                ),
                [
                    {
                        "b_user": job.user_id,
                        "b_date": job.local_date,
                        "b_kind": job.kind,
                        "b_state": outcome,
                        "b_sent_at": now if outcome == SENT else None,
                        "b_key": job.message_key,
                    }
                    for job, outcome, _ in results
                ],
            )
            # If the user moved the time meanwhile, their new slot stands.
            await self._execute_many(
                session,
                update(USERS)
                .where(User.id == bindparam("b_user"), User.reminder_next_at == bindparam("b_due"))
                .values(reminder_next_at=bindparam("b_next")),
                [
                    {"b_user": job.user_id, "b_due": job.due_at, "b_next": job.next_at}
                    for job, outcome, _ in results
                    if outcome == SENT and job.kind == DAILY
                ],
            )
            gone = {job.user_id for job, _, deactivate in results if deactivate}
            if gone:
                await session.execute(
                    update(User).where(User.id.in_(gone)).values(is_active=False, updated_at=now)
                )
                report.deactivated += len(gone)
            answered = {
                job.journey_id
                for job, outcome, deactivate in results
                if job.kind.startswith(INVITE) and (outcome == SENT or deactivate)
            }
            if answered:
                await session.execute(
                    update(Journey).where(Journey.id.in_(answered)).values(invite_at=None)
                )
            asked = [
                job.journey_id
                for job, outcome, _ in results
                if job.kind.startswith(f"{FOLLOWUP}-") and outcome == SENT
            ]
            if asked:
                await session.execute(
                    update(Journey)
                    .where(
                        Journey.id.in_(asked),
                        # Not if answered meanwhile ("not yet" schedules it days ahead).
                        Journey.followup_state == followup.SCHEDULED,
                        Journey.followup_due_at <= now,
                    )
                    .values(
                        followup_state=followup.ASKED,
                        followup_asks=Journey.followup_asks + 1,
                        followup_due_at=None,
                    )
                )
        for job, outcome, _ in results:
            if outcome != SENT:
                report.failed += 1
            elif job.kind.startswith(INVITE):
                report.invites += 1
            elif job.kind.startswith(f"{FOLLOWUP}-"):
                report.followups += 1
            else:
                report.sent += 1

    @staticmethod
    async def _execute_many(
        session: AsyncSession, statement: Any, parameters: list[dict[str, Any]]
    ) -> None:
        if parameters:
            await session.execute(statement, parameters)


__all__ = ["Scheduler", "TickReport"]
