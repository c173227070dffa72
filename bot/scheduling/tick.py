"""The tick: one repeating job, not one job per user.

For each kind in turn (the daily message, the invitation back, the follow-up, the
/lamaran reminders), pages of
due work are claimed in the ledger, each page in its own committed transaction; the
window sends them, fetching the next page while the last of one are in flight; results
are recorded in groups as they come. A stop ends the tick within seconds: nothing new
is sent, sends in flight may finish, and claims never sent are released for the next
tick, wherever it runs.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncGenerator
from datetime import datetime

from sqlalchemy.exc import DBAPIError
from telegram import Bot

from bot.db.engine import Store
from bot.render import Renderer
from bot.retry import FIRST_DELAY_SECONDS
from bot.runtime import Clock
from bot.scheduling import ledger
from bot.scheduling.applications import InterviewNudge, QuietNudge
from bot.scheduling.daily import Daily
from bot.scheduling.due import Kind, Scheduled
from bot.scheduling.followup import FollowUp
from bot.scheduling.invite import Invite
from bot.scheduling.recording import Recorder, TickReport
from bot.scheduling.sender import Sender, Window, window_size

log = logging.getLogger(__name__)

BATCH_SIZE = 500
# A page is claimed when it is about to be sent and takes about this long at the
# configured rate, far inside the ledger's STALE_CLAIM.
PAGE_SECONDS = 60


class Scheduler:
    def __init__(
        self,
        store: Store,
        renderer: Renderer,
        clock: Clock,
        default_zone: str,
        *,
        send_rate: float = 25,
        paid_broadcast: bool = False,
        only_user_id: int | None = None,
        batch_size: int | None = None,
        retry_delay: float = FIRST_DELAY_SECONDS,
    ) -> None:
        self.store = store
        self.clock = clock
        self.window_size = window_size(send_rate)
        self.batch_size = batch_size or min(
            BATCH_SIZE, max(self.window_size, math.ceil(send_rate * PAGE_SECONDS))
        )
        self.kinds: tuple[Kind, ...] = (
            Daily(renderer, clock, default_zone, only_user_id),
            Invite(clock, default_zone, only_user_id),
            FollowUp(clock, default_zone, only_user_id),
            InterviewNudge(clock, default_zone, only_user_id),
            QuietNudge(clock, default_zone, only_user_id),
        )
        self.sender = Sender(
            renderer, clock, paid_broadcast=paid_broadcast, retry_delay=retry_delay
        )
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    def stopping(self) -> bool:
        return self._stopping

    async def tick(self, bot: Bot) -> TickReport:
        report = TickReport()
        now = self.clock()
        for kind in self.kinds:
            if self._stopping:
                break
            await self._run(bot, kind, now, report)
        if report.by_kind or report.failed or report.unknown:
            log.info(
                "scheduler tick: %s sent, %d unknown, %d failed, %d skipped, %d released;"
                " %d in flight at most",
                dict(report.by_kind),
                report.unknown,
                report.failed,
                report.skipped,
                report.released,
                report.most_in_flight,
            )
        return report

    async def _run(self, bot: Bot, kind: Kind, now: datetime, report: TickReport) -> None:
        recorder = Recorder(self.store, kind, self.clock, report, self.stopping)
        window = Window(self.sender, bot, self.window_size, self.stopping)
        try:
            unsent = await window.run(self._pages(kind, now, report), recorder.add)
        finally:
            await recorder.flush()
            report.most_in_flight = max(report.most_in_flight, window.most_in_flight)
        await self._release(unsent, report)

    async def _pages(
        self, kind: Kind, now: datetime, report: TickReport
    ) -> AsyncGenerator[list[Scheduled], None]:
        cursor = None
        while not self._stopping:
            try:
                async with self.store.transaction() as session:
                    page = await kind.page(session, now, cursor, self.batch_size)
            except DBAPIError as exc:  # nothing was claimed; the next tick tries again
                log.warning(
                    "scheduler: no %s page claimed (%s)", kind.name, type(exc.orig).__name__
                )
                return
            report.skipped += page.skipped
            if page.messages:
                yield page.messages
            if not page.more:
                return
            cursor = page.cursor

    async def _release(self, unsent: list[Scheduled], report: TickReport) -> None:
        if not unsent:
            return
        try:
            async with self.store.transaction() as session:
                await ledger.release(session, [message.key for message in unsent])
        except DBAPIError as exc:  # they stay claimed and are taken over after STALE_CLAIM
            log.warning(
                "scheduler: %d claims not released (%s)", len(unsent), type(exc.orig).__name__
            )
            return
        report.released += len(unsent)
