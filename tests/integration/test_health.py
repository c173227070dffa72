"""`python -m bot healthcheck`'s question, in-process on both engines: does the database
answer a read and hold the schema? (Its exit codes: tests/e2e/test_process.py.)"""

from __future__ import annotations

import socket
from pathlib import Path

from bot.db.health import check_database
from bot.db.migrate import migrate


async def test_unhealthy_until_migrated_then_healthy(database_url: str, tmp_path: Path) -> None:
    problem = await check_database(database_url)
    if database_url.startswith("sqlite"):  # a fresh SQLite file is not even there
        assert problem is not None and "does not exist" in problem
        assert not (tmp_path / "bangkit.db").exists()  # and the check did not create it
        (tmp_path / "bangkit.db").touch()
        problem = await check_database(database_url)
    assert problem is not None and "no schema" in problem
    await migrate(database_url)
    assert await check_database(database_url) is None


async def test_an_unreachable_server_is_unhealthy_and_its_url_is_not_shown() -> None:
    with socket.socket() as probe:  # a port on this machine that nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    problem = await check_database(f"postgresql+asyncpg://bangkit:geheim@127.0.0.1:{port}/x")
    assert problem is not None and "did not answer" in problem
    assert "geheim" not in problem and str(port) not in problem
