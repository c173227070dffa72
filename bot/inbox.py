"""The durable inbox (docs/architecture.md): every update is stored before Telegram is told it
arrived, then handled per chat, in update_id order, one at a time per chat and many
chats at once, so one slow chat never holds up another.

    intake (polling or webhook) → inbox row "pending" (one short transaction) → confirm
    worker (one per chat, under a lease) → the Application → the pipeline marks the row
    "done" in the update's own transaction → replies sent → row "replied"

A crash after "done" and before "replied" answers the update again after a restart
(the current prompt, as a redelivery is). An update that cannot be handled within
UPDATE_TIME_LIMIT, or whose reply cannot be delivered, is left "failed" (logged, counted
in /statistik), never blocking the chat's next update. One process (SQLite) hands what
it takes in straight to the chat's worker instead of reading it back; a worker reads
the inbox only for a chat that may hold updates it was not handed (after a start, a
backlog, a failed take-in). Several processes may share the
inbox on PostgreSQL: a chat is handled by the process holding its advisory lock (held
on a connection of its own, so a process that dies lets go of its chats at once), which
keeps each chat in order; each update applies once whoever handles it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from telegram import Update

from bot.db.engine import Store
from bot.db.models import InboxUpdate
from bot.db.repositories import DONE, FAILED, PENDING, REPLIED
from bot.runtime import Clock

log = logging.getLogger(__name__)

# Longer than a reply waiting out its retries and a 429's pause, short enough that a
# stuck update gives way to its chat's next one.
UPDATE_TIME_LIMIT_SECONDS = 120.0
# Chats handled at once by one process.
MAX_CHATS_AT_ONCE = 64
# How often the inbox is looked at for updates another process took in (scale-out);
# updates this process takes in wake it at once.
POLL_SECONDS = 0.5
# Advisory lock keys of chats: a namespace of their own in the top byte ("B").
CHAT_LOCK_NAMESPACE = 0x42 << 56
CHAT_BITS = (1 << 56) - 1
# "replied" marks are written in groups (a crash repeats at most these answers).
FLUSH_SECONDS = 0.2
FLUSH_EVERY = 100
# On stop, how long the updates already stored may still be handled (SIGTERM must be
# quick; what is left waits for the restart).
DRAIN_SECONDS = 8.0
# One process (SQLite): chats known to have nothing stored that this process was not
# handed as it took it in. Past this many the set starts again (one read per chat).
KNOWN_CHATS = 100_000
INBOX = cast(Table, InboxUpdate.__table__)
# Statements built once: per update, building one costs more than SQLite running it.
# Storing: the rows that were new (a redelivery inserts nothing), by id and chat.
_STORE = {
    name: insert(INBOX)
    .on_conflict_do_nothing(index_elements=[INBOX.c.update_id])
    .returning(INBOX.c.update_id, INBOX.c.chat_id)
    for name, insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}
# A chat's waiting updates after the last one its worker handled, oldest first.
_WAITING = (
    select(INBOX.c.update_id, INBOX.c.payload)
    .where(
        INBOX.c.chat_id == bindparam("chat_id"),
        INBOX.c.state.in_((PENDING, DONE)),
        INBOX.c.update_id > bindparam("after"),
    )
    .order_by(INBOX.c.update_id)
)
# Core statements, not ORM ones: an ORM UPDATE also looks for the rows in the session.
_FINISH = (
    update(INBOX)
    .where(INBOX.c.update_id == bindparam("id"))
    .values(state=bindparam("state"), finished_at=bindparam("now"))
)
_REPLIED = (
    update(INBOX)
    .where(INBOX.c.update_id.in_(bindparam("ids", expanding=True)))
    .where(INBOX.c.state.in_((PENDING, DONE)))
    .values(state=REPLIED, finished_at=bindparam("now"))
)


def keys_of(update: Update) -> tuple[int, int | None]:
    """The chat an update belongs to (its order is kept per chat) and its user."""
    chat = update.effective_chat
    user = update.effective_user
    user_id = user.id if user is not None else None
    return (chat.id if chat is not None else user_id or 0), user_id


def raw_keys_of(data: dict[str, Any]) -> tuple[int, int | None] | None:
    """keys_of for the two kinds nearly every update is, read from Telegram's JSON
    without building the Update (the worker builds it again); None for the others."""
    try:
        if "message" in data:
            message, user = data["message"], data["message"].get("from")
        elif "callback_query" in data:
            message, user = data["callback_query"].get("message"), data["callback_query"]["from"]
        else:
            return None
        if message is None:  # a press in an inline message: no chat
            return None
        return int(message["chat"]["id"]), (int(user["id"]) if user is not None else None)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


class ChatLocks:
    """The chats this process is handling. On PostgreSQL a session advisory lock per
    chat, on one connection of its own: another process skips a locked chat, and a
    process that dies releases its chats with its connection. On SQLite (one process)
    this process's own set is enough."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._connection: Any = None
        self._lock = asyncio.Lock()

    @property
    def shared(self) -> bool:
        return self.store.engine.dialect.name == "postgresql"

    async def take(self, chat_id: int) -> bool:
        if not self.shared:
            return True
        async with self._lock:
            if self._connection is None:
                self._connection = await self.store.engine.connect()
                await self._connection.execution_options(isolation_level="AUTOCOMMIT")
            taken = await self._connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": _lock_key(chat_id)}
            )
            return bool(taken)

    async def release(self, chat_id: int) -> None:
        if not self.shared or self._connection is None:
            return
        async with self._lock:
            await self._connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": _lock_key(chat_id)}
            )

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()  # every lock still held goes with it
            self._connection = None


def _lock_key(chat_id: int) -> int:
    return CHAT_LOCK_NAMESPACE | (chat_id & CHAT_BITS)


class Inbox:
    def __init__(
        self,
        application: Any,
        store: Store,
        clock: Clock,
        *,
        owner: str,
        time_limit: float = UPDATE_TIME_LIMIT_SECONDS,
        max_chats: int = MAX_CHATS_AT_ONCE,
        poll_seconds: float = POLL_SECONDS,
        drain_seconds: float = DRAIN_SECONDS,
    ) -> None:
        self.application = application
        self.store = store
        self.clock = clock
        self.owner = owner
        self.time_limit = time_limit
        self.max_chats = max_chats
        self.poll_seconds = poll_seconds
        self.drain_seconds = drain_seconds
        self._wake = asyncio.Event()
        self._locks = ChatLocks(store)
        self._active: dict[int, asyncio.Task[None]] = {}
        # Chats in hand that were sent more since their worker last looked.
        self._more: set[int] = set()
        # One process (SQLite): updates just taken in, handed to their chat's worker as
        # they are, so it need not read them back. `_known`: chats whose worker ended
        # with every stored update handled; only this process stores more for them, so
        # what it hands over is all there is (anything else: read the inbox first).
        self._handed: dict[int, list[tuple[int, Any]]] = {}
        self._known: set[int] = set()
        # A waiting chat was left for lack of room: look again when a worker ends.
        self._backlog = False
        self._replied: list[int] = []  # "replied" marks for the next flush
        # Answered but not yet marked so in the database (the next flush's and one in
        # flight): never answered again by this process.
        self._unwritten: set[int] = set()
        self._flushing = asyncio.Lock()
        self._flush_now = asyncio.Event()
        self._running = False
        self._stopping = False

    # --- intake ---------------------------------------------------------------------

    async def accept(self, raw_updates: list[dict[str, Any]]) -> int:
        """Store updates as Telegram sent them, in one short transaction; the caller
        confirms them to Telegram only after this returns. Returns how many were new."""
        rows = []
        now = self.clock()
        for data in raw_updates:
            keys = raw_keys_of(data)
            if keys is None:
                try:
                    parsed = Update.de_json(data, self.application.bot)
                    keys = keys_of(parsed) if parsed is not None else (0, None)
                except Exception:  # unreadable by this PTB version: kept, then marked failed
                    keys = (0, None)
            chat_id, user_id = keys
            rows.append(
                {
                    "update_id": int(data["update_id"]),
                    "chat_id": chat_id,
                    "user_id": user_id,
                    "payload": data,
                    "state": PENDING,
                    "attempts": 0,
                    "received_at": now,
                }
            )
        if not rows:
            return 0
        try:
            async with self.store.writing() as connection:
                statement = _STORE[connection.dialect.name]
                stored = (await connection.execute(statement, rows)).all()
        except Exception:
            # Perhaps stored all the same: a retry would insert nothing and hand nothing
            # over, so no chat's memory can be trusted to hold everything now.
            self._known.clear()
            raise
        payloads = {row["update_id"]: row["payload"] for row in rows}
        self._arrived([(update_id, chat_id, payloads[update_id]) for update_id, chat_id in stored])
        return len(stored)

    def _arrived(self, stored: Iterable[tuple[int, int, Any]]) -> None:
        """Start the chats that were sent something at once, without a look at the whole
        inbox; a chat in hand reads again (one process: is handed them) before its
        worker ends."""
        if not self._running or self._stopping:
            self._wake.set()
            return
        hand_over = not self._locks.shared
        for update_id, chat_id, payload in stored:
            if chat_id not in self._active:
                if len(self._active) >= self.max_chats:
                    # Left for the look at the whole inbox, which reads it back.
                    self._backlog = True
                    self._known.discard(chat_id)
                    continue
                self._start(chat_id, read=chat_id not in self._known)
            self._more.add(chat_id)
            if hand_over:
                self._handed.setdefault(chat_id, []).append((update_id, payload))

    # --- workers --------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Hand waiting updates to per-chat workers until `stop`; then keep at it for at
        most `drain_seconds` while updates already stored remain (a deploy answers what
        it took in), and stop: what is left is handled after the restart."""
        log.info("inbox: handling updates as %s", self.owner)
        flusher = asyncio.create_task(self._flush_periodically())
        self._running = True
        try:
            while not stop.is_set():
                await self._take_chats_safely()
                await self._sleep(stop)
            deadline = time.monotonic() + self.drain_seconds
            while time.monotonic() < deadline:
                await self._take_chats_safely()
                if not self._active:
                    break
                await asyncio.wait(
                    set(self._active.values()),
                    timeout=max(0.0, deadline - time.monotonic()),
                    return_when=asyncio.FIRST_COMPLETED,
                )
        finally:
            self._stopping = True
            self._running = False
            for task in list(self._active.values()):
                task.cancel()
            await asyncio.gather(*self._active.values(), return_exceptions=True)
            flusher.cancel()
            await asyncio.gather(flusher, return_exceptions=True)
            await self._flush()
            await self._locks.close()

    async def _take_chats_safely(self) -> None:
        try:
            await self._take_chats()
        except Exception:  # the database away for a moment: try again shortly
            log.exception("inbox: could not look for waiting updates")

    async def idle(self) -> None:
        """Wait until no chat has an update in hand (for tests and shutdown)."""
        while self._active:
            await asyncio.wait(set(self._active.values()))

    async def _sleep(self, stop: asyncio.Event) -> None:
        self._wake.clear()
        waiters = {asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())}
        await asyncio.wait(waiters, timeout=self.poll_seconds, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()

    async def _take_chats(self) -> None:
        free = self.max_chats - len(self._active)
        if free <= 0:
            self._backlog = True
            return
        self._backlog = False
        waiting = (
            select(InboxUpdate.chat_id, func.min(InboxUpdate.update_id).label("first"))
            .where(InboxUpdate.state.in_((PENDING, DONE)))
            .group_by(InboxUpdate.chat_id)
            .order_by("first")
            .limit(free + len(self._active))
        )
        if self._unwritten:
            waiting = waiting.where(InboxUpdate.update_id.not_in(list(self._unwritten)))
        async with self.store.reading() as connection:
            chats = [chat for chat, _ in await connection.execute(waiting)]
        for chat_id in chats:
            if chat_id in self._active:
                continue
            if len(self._active) >= self.max_chats:
                self._backlog = True
                break
            self._start(chat_id, read=True)

    def _start(self, chat_id: int, *, read: bool) -> None:
        self._active[chat_id] = asyncio.create_task(self._work(chat_id, read))

    async def _work(self, chat_id: int, read: bool) -> None:
        """One chat's waiting updates, oldest first, one at a time: all it has in one
        read, again only when it was sent more (or, when processes share the inbox,
        until a read finds nothing: another process may have taken in more). One
        process reads at most once (none for a known chat): what it takes in later
        is handed over."""
        handled = -1
        taken = False
        finished = False
        shared = self._locks.shared
        try:
            taken = await self._locks.take(chat_id)  # else in another process's hands
            while taken and not self._stopping:
                self._more.discard(chat_id)
                rows = self._handed.pop(chat_id, [])
                if read or shared:
                    # Both may hold an update taken in as the read began: once is enough.
                    rows = await self._waiting(chat_id, handled) + rows
                    read = False
                rows.sort(key=lambda row: row[0])
                for update_id, payload in rows:
                    if self._stopping:
                        break
                    if update_id <= handled:
                        continue
                    handled = update_id
                    await self._handle(update_id, payload)
                if chat_id not in self._more and (not rows or not shared):
                    finished = not self._stopping
                    break
        except Exception:
            log.exception("inbox: chat worker stopped", extra={"user_id": chat_id})
        finally:
            if self._locks.shared:
                # Its "replied" marks are written before another process may take the
                # chat, or that process would answer them again. One process (SQLite)
                # leaves them to the next flush: its own workers skip them meanwhile.
                await self._flush()
            self._active.pop(chat_id, None)
            sent_more = chat_id in self._more
            self._more.discard(chat_id)
            # Anything still handed over (sent while stopping) is read back next time.
            if self._handed.pop(chat_id, None) is None and finished and taken and not shared:
                if len(self._known) >= KNOWN_CHATS:
                    self._known.clear()
                self._known.add(chat_id)
            else:
                self._known.discard(chat_id)
            if taken:
                with contextlib.suppress(Exception):
                    await self._locks.release(chat_id)
            # A chat in another process's hands wakes nothing (that would spin).
            if taken and not self._stopping and (sent_more or self._backlog or self._locks.shared):
                self._wake.set()

    async def _waiting(self, chat_id: int, after: int) -> list[tuple[int, Any]]:
        """The chat's waiting updates after `after`, in order, less those answered whose
        marks are not written yet (taken before the read, which may see a flush commit
        after it began)."""
        skip = frozenset(self._unwritten)
        async with self.store.reading() as connection:
            rows = await connection.execute(_WAITING, {"chat_id": chat_id, "after": after})
            return [(update_id, payload) for update_id, payload in rows if update_id not in skip]

    async def _handle(self, update_id: int, payload: dict[str, Any] | None) -> None:
        if payload is None:  # handled without the inbox: nothing to send again
            self._mark_replied(update_id)
            return
        try:
            update = Update.de_json(payload, self.application.bot)
        except Exception:
            log.warning(
                "update %s could not be read and was skipped",
                update_id,
                extra={"update_id": update_id, "outcome": "failed"},
            )
            await self._finish(update_id, FAILED)
            return
        try:
            # In this task (wait_for would run it in a task of its own: two more turns
            # of the event loop per update).
            async with asyncio.timeout(self.time_limit):
                await self.application.process_update(update)
        except TimeoutError:
            log.error(
                "inbox: update not answered within %.0f s",
                self.time_limit,
                extra={"update_id": update_id, "outcome": "failed"},
            )
            await self._finish(update_id, FAILED)
            return
        except Exception:
            log.exception("inbox: update failed", extra={"update_id": update_id})
            await self._finish(update_id, FAILED)
            return
        self._mark_replied(update_id)

    # --- recording --------------------------------------------------------------------

    async def _finish(self, update_id: int, state: str) -> None:
        with contextlib.suppress(Exception):
            async with self.store.writing() as connection:
                await connection.execute(
                    _FINISH, {"id": update_id, "state": state, "now": self.clock()}
                )

    def _mark_replied(self, update_id: int) -> None:
        self._replied.append(update_id)
        self._unwritten.add(update_id)
        if len(self._replied) >= FLUSH_EVERY:
            self._flush_now.set()

    async def _flush_periodically(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._flush_now.wait(), FLUSH_SECONDS)
            self._flush_now.clear()
            await self._flush()

    async def _flush(self) -> None:
        """Write the "replied" marks gathered since the last flush, in one statement.
        A delivery that failed (the pipeline marked it) stays failed."""
        # One at a time: a worker's flush returns only once the batch in flight, which
        # may hold its chat's marks, is written too.
        async with self._flushing:
            if not self._replied:
                return
            batch, self._replied = self._replied, []
            try:
                async with self.store.writing() as connection:
                    await connection.execute(_REPLIED, {"ids": batch, "now": self.clock()})
            except Exception:  # kept for the next flush; a crash replays them (at least once)
                self._replied = batch + self._replied
                log.warning("inbox: replied marks not written yet", exc_info=True)
                return
            self._unwritten.difference_update(batch)
