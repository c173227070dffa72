"""The durable inbox through the real Application: no chat waits for another, each
chat stays in order, a restart answers what was stored, and several workers share one
database without applying an update twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Update

from bot.db.models import Answer, InboxUpdate
from bot.inbox import Inbox, keys_of, raw_keys_of
from bot.local_api import UpdateFactory
from tests.conftest import _reset_postgres, sqlite_url
from tests.harness import BotHarness

SOON = 0.02


@asynccontextmanager
async def running(bot: BotHarness, **options: Any) -> AsyncIterator[Inbox]:
    inbox = Inbox(
        bot.app,
        bot.services.store,
        bot.clock,
        owner=options.pop("owner", "test"),
        poll_seconds=options.pop("poll_seconds", 0.05),
        drain_seconds=options.pop("drain_seconds", 1.0),
        **options,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(inbox.run(stop))
    try:
        yield inbox
    finally:
        stop.set()
        await task


async def until(condition: Any, seconds: float = 30.0) -> bool:
    """Poll a condition against a deadline (a test asserts what happened, not how fast)."""
    for _ in range(int(seconds / SOON)):
        if condition():
            return True
        await asyncio.sleep(SOON)
    return bool(condition())


def replies_to(bot: BotHarness, chat_id: int) -> list[str]:
    return [c.text for c in bot.api.calls if c.method == "sendMessage" and c.chat_id == chat_id]


async def states(bot: BotHarness) -> dict[int, str]:
    async with bot.services.store.transaction() as session:
        rows = await session.execute(select(InboxUpdate.update_id, InboxUpdate.state))
        return dict(rows.all())


async def test_one_stuck_chat_holds_up_no_other(tmp_path: Path) -> None:
    """On SQLite, the one-writer case (PostgreSQL runs the other tests of this file)."""
    bot = BotHarness(sqlite_url(tmp_path))
    await bot.start()
    try:
        await _one_stuck_chat_holds_up_no_other(bot)
    finally:
        await bot.stop()


async def _one_stuck_chat_holds_up_no_other(bot: BotHarness) -> None:
    stuck = UpdateFactory(900, "Lambat", first_update_id=1)
    bot.api.delays["sendMessage:900"] = 60  # its answer hangs (a 429 waited out, say)
    others = [UpdateFactory(1000 + n, "Rina", first_update_id=10 + n * 2) for n in range(150)]
    async with running(bot, drain_seconds=0.5) as inbox:
        await inbox.accept([stuck.message("/start")])
        for _ in range(500):  # its effect is committed; its answer is on the way, and stuck
            if (await states(bot)).get(1) == "done":
                break
            await asyncio.sleep(SOON)
        batch = [
            u for person in others for u in (person.message("/start"), person.message("/bantuan"))
        ]
        await inbox.accept(batch)
        answered = await until(
            lambda: all(len(replies_to(bot, 1000 + n)) >= 2 for n in range(150)), 45
        )
        assert answered, "a chat waited for the stuck one"
        assert not [t for t in replies_to(bot, 900) if "Selamat datang" in t]  # still stuck
    # Each chat in order: the welcome, then the help.
    for n in range(150):
        welcome, help_page = replies_to(bot, 1000 + n)[:2]
        assert "Selamat datang" in welcome and "/gagal" in help_page


async def test_a_redelivered_update_is_stored_and_applied_once(bot: BotHarness) -> None:
    rina = UpdateFactory(901, "Rina", first_update_id=200)
    first = rina.message("/gagal")
    async with running(bot) as inbox:
        assert await inbox.accept([first]) == 1
        assert await inbox.accept([first]) == 0  # Telegram delivered it again
        await until(lambda: len(replies_to(bot, 901)) >= 2)
        await inbox.idle()
    await asyncio.sleep(0.3)  # a second answer would have arrived by now
    assert len([t for t in replies_to(bot, 901) if "ikut sedih mendengar" in t]) == 1
    assert (await states(bot))[200] == "replied"


async def test_a_restart_answers_what_was_stored_and_replays_what_was_not_answered(
    bot: BotHarness,
) -> None:
    rina = UpdateFactory(902, "Rina", first_update_id=300)
    gagal, consent = rina.message("/gagal"), rina.message("1")
    # Stored, then the process died before handling; the first was handled, not answered.
    inbox = Inbox(bot.app, bot.services.store, bot.clock, owner="before")
    await inbox.accept([gagal, consent])
    async with bot.services.store.transaction() as session:
        row = await session.get(InboxUpdate, 300)
        assert row is not None
        row.state = "done"  # its effect applied: it must not apply twice
    await bot.restart()
    async with running(bot, owner="after") as after:
        await until(lambda: len(replies_to(bot, 902)) >= 2)
        await after.idle()
    await asyncio.sleep(0.3)
    # The first is answered again (the pending prompt), the second is applied: consent.
    assert any("Bagaimana perasaan Anda" in text for text in replies_to(bot, 902))
    async with bot.services.store.transaction() as session:
        answers = {a.prompt: a.value for a in await session.scalars(select(Answer))}
    assert answers == {"consent": "yes"}
    assert (await states(bot)) == {300: "replied", 301: "replied"}


async def test_an_update_past_its_time_limit_is_left_failed_and_the_chat_goes_on(
    bot: BotHarness,
) -> None:
    rina = UpdateFactory(903, "Rina", first_update_id=400)
    bot.api.delays["sendMessage:903"] = 5
    async with running(bot, time_limit=0.5) as inbox:
        await inbox.accept([rina.message("/start")])
        assert await until(lambda: asyncio.run_coroutine_threadsafe is not None, 1)
        await until(lambda: False, 1.5)
        bot.api.delays.clear()
        await inbox.accept([rina.message("/bantuan")])
        await until(lambda: any("/gagal" in t for t in replies_to(bot, 903)))
        await inbox.idle()
    await asyncio.sleep(0.3)
    found = await states(bot)
    assert found[400] == "failed" and found[401] == "replied"


async def test_a_chat_taken_up_again_before_its_replied_marks_are_written_is_answered_once(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its worker ended and a new one started for its next update before the "replied"
    marks were written: the first update is not answered again."""
    monkeypatch.setattr("bot.inbox.FLUSH_SECONDS", 60.0)  # no flush until the stop
    rina = UpdateFactory(905, "Rina", first_update_id=600)
    async with running(bot) as inbox:
        await inbox.accept([rina.message("/start")])
        await until(lambda: len(replies_to(bot, 905)) >= 1)
        await inbox.idle()
        await asyncio.sleep(0.2)  # the inbox is looked at again meanwhile
        await inbox.accept([rina.message("/bantuan")])
        await until(lambda: len(replies_to(bot, 905)) >= 2)
        await inbox.idle()
        await asyncio.sleep(0.2)  # a second welcome would have arrived by now
    welcome, help_page = replies_to(bot, 905)
    assert "Selamat datang" in welcome and "/gagal" in help_page
    assert (await states(bot)) == {600: "replied", 601: "replied"}  # written at the stop


async def test_an_update_stored_by_a_take_in_that_failed_is_answered_in_its_turn(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One process hands what it takes in straight to the chat's worker. A take-in whose
    commit reported an error may have stored its update all the same (a retry then
    stores nothing, so nothing is handed over): the chat's next update must not be
    answered before it. No look at the whole inbox meanwhile: only the order counts."""
    rina = UpdateFactory(907, "Rina", first_update_id=650)
    store = bot.services.store
    stored_anyway = store.writing
    caller = asyncio.current_task()

    @asynccontextmanager
    async def commit_reported_lost() -> AsyncIterator[Any]:
        async with stored_anyway() as connection:
            yield connection
        if asyncio.current_task() is caller:  # the take-in, not the inbox's own writes
            raise ConnectionError("no answer to COMMIT")

    async with running(bot, poll_seconds=60.0) as inbox:
        await inbox.accept([rina.message("/start")])
        await until(lambda: len(replies_to(bot, 907)) >= 1)
        await inbox.idle()
        help_request = rina.message("/bantuan")
        monkeypatch.setattr(store, "writing", commit_reported_lost)
        with pytest.raises(ConnectionError):
            await inbox.accept([help_request])
        monkeypatch.setattr(store, "writing", stored_anyway)
        assert await inbox.accept([help_request]) == 0  # Telegram's retry: already stored
        await inbox.accept([rina.message("/start")])
        await until(lambda: len(replies_to(bot, 907)) >= 3)
        await inbox.idle()
    first, second, third = replies_to(bot, 907)
    assert "Selamat datang" in first and "/gagal" in second and "Selamat datang" in third


async def test_more_chats_than_handled_at_once_are_all_answered_in_order(
    bot: BotHarness,
) -> None:
    people = [UpdateFactory(1100 + n, "Rina", first_update_id=700 + n * 2) for n in range(8)]
    batch = [u for person in people for u in (person.message("/start"), person.message("/bantuan"))]
    async with running(bot, max_chats=2) as inbox:
        await inbox.accept(batch)
        assert await until(lambda: all(len(replies_to(bot, 1100 + n)) >= 2 for n in range(8)))
        await inbox.idle()
    for n in range(8):
        welcome, help_page = replies_to(bot, 1100 + n)
        assert "Selamat datang" in welcome and "/gagal" in help_page


def test_an_update_is_filed_under_its_chat_without_being_built() -> None:
    """The shortcut for messages and presses agrees with the Update Telegram's JSON
    makes; other kinds are built."""
    rina = UpdateFactory(906, "Rina")
    message = rina.message("halo")
    group = rina.message("halo", chat={"id": -100, "type": "group", "title": "Kelas"})
    press = rina.callback("c:1", message["message"])
    inaccessible = rina.callback(
        "c:1", {"message_id": 1, "date": 0, "chat": {"id": 906, "type": "private"}}
    )
    for data in (message, group, press, inaccessible):
        update = Update.de_json(data, None)
        assert update is not None and raw_keys_of(data) == keys_of(update)
    inline_press = {
        "update_id": 1,
        "callback_query": {
            "id": "1",
            "from": rina.user,
            "chat_instance": "1",
            "inline_message_id": "x",
        },
    }
    assert raw_keys_of(inline_press) is None
    edited = {"update_id": 2, "edited_message": message["message"]}
    assert raw_keys_of(edited) is None


async def test_two_workers_share_the_inbox_in_order_and_exactly_once(
    postgres_database: str,
) -> None:
    """Scale-out is PostgreSQL's (SQLite is one process): two workers, interleaved chats."""
    await _reset_postgres(postgres_database)
    bot = BotHarness(postgres_database)
    await bot.start()
    try:
        await _two_workers(bot)
    finally:
        await bot.stop()


async def _two_workers(bot: BotHarness) -> None:
    people = [UpdateFactory(1200 + n, "Rina", first_update_id=500 + n * 3) for n in range(20)]
    batch = [
        update
        for person in people
        for update in (person.message("/gagal"), person.message("1"), person.message("3"))
    ]
    second = BotHarness(bot.settings.database_url)
    second.api = bot.api  # one Telegram: replies of both workers land in one record
    second.app = second._build()
    await second.start()
    try:
        async with running(bot, owner="a") as one, running(second, owner="b") as two:
            half = len(batch) // 2
            await one.accept(batch[:half])
            await two.accept(batch[half:])
            done = await until(
                lambda: all(
                    any("Apa saja yang sedang Anda rasakan" in t for t in replies_to(bot, 1200 + n))
                    for n in range(20)
                ),
                60,
            )
            assert done
            await one.idle()
            await two.idle()
    finally:
        await second.stop()
    async with bot.services.store.transaction() as session:
        rows = (await session.execute(select(Answer.user_id, Answer.prompt))).all()
    # Exactly once: one consent and one mood per person; in order: the "3" was taken as
    # the mood (the consent came first), never as an answer to consent.
    assert sorted(rows) == sorted(
        (1200 + n, prompt) for n in range(20) for prompt in ("consent", "mood")
    )
    for n in range(20):
        texts = replies_to(bot, 1200 + n)
        assert [i for i, t in enumerate(texts) if "ikut sedih mendengar" in t] == [0]
