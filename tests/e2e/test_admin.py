"""/statistik: aggregate figures for admins, the ordinary unknown-command reply for others."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.e2e.test_applications import add_by_typing
from tests.e2e.test_journey import BY_BUTTONS, run_steps
from tests.harness import BotHarness, only, texts

ADMIN = 42


@pytest.fixture
async def admin_bot(migrated_database_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(migrated_database_url, admin_user_ids=(ADMIN,))
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def test_admins_see_aggregates_and_nothing_personal(admin_bot: BotHarness) -> None:
    rina = admin_bot.user(1001, "Rina")
    await rina.send("/gagal")
    await run_steps(rina, BY_BUTTONS)
    budi = admin_bot.user(1002, "Budi")
    await budi.send("/gagal")
    await budi.press("Ya, saya setuju")
    await add_by_typing(budi, "PT Sinar", "Desainer", "linkedin", "lewati", "ditolak")
    await add_by_typing(
        budi, "PT Terang", "Desainer", "linkedin", "lewati", "wawancara akhir", "lewati"
    )
    text = texts(await admin_bot.user(ADMIN, "Admin").send("/statistik"))[0]
    assert "Pengguna aktif: 3" in text  # Rina, Budi and the admin who asked
    assert "Perjalanan dimulai: 2" in text and "Perjalanan selesai: 1" in text
    assert "Pembukaan: 0" in text and "Langkah 1 (" in text  # Budi: consent given
    step_one = next(line for line in text.splitlines() if "Langkah 1 (" in line)
    assert step_one.endswith(": 1")
    assert "gagal diproses atau dijawab (48 jam terakhir): 0" in text
    assert "Lamaran dicatat di /lamaran: 2 (1 masih berjalan)" in text
    for personal in ("Rina", "Budi", "PT Maju", "Sari", "PT Sinar"):
        assert personal not in text


async def test_others_get_the_unknown_command_reply(admin_bot: BotHarness) -> None:
    text = only(await admin_bot.user(1003).send("/statistik"), "sendMessage").text
    assert "belum saya kenal" in text and "Statistik" not in text


async def test_the_command_is_registered_in_the_admins_chat_only(admin_bot: BotHarness) -> None:
    registrations = [c for c in admin_bot.api.calls if c.method == "setMyCommands"]
    everyone = next(c for c in registrations if "scope" not in c.params)
    scoped = next(c for c in registrations if "scope" in c.params)
    assert "statistik" not in [c["command"] for c in everyone.params["commands"]]
    assert "statistik" in [c["command"] for c in scoped.params["commands"]]
    assert scoped.params["scope"] == {"type": "chat", "chat_id": ADMIN}


async def test_an_update_whose_answer_never_went_out_is_counted(admin_bot: BotHarness) -> None:
    """Visible to the admins, never silently dropped: the answer failed after retries."""
    rina = admin_bot.user(1003, "Rina")
    admin_bot.api.failures["sendMessage"] = (500, "Internal Server Error")
    await rina.send("/start")
    del admin_bot.api.failures["sendMessage"]
    text = texts(await admin_bot.user(ADMIN, "Admin").send("/statistik"))[0]
    assert "gagal diproses atau dijawab (48 jam terakhir): 1" in text
    assert "masih menunggu diproses: 0" in text
