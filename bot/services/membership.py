"""Where the bot may talk: a private chat that blocked it, a group it was added to.

Handlers call these instead of opening transactions themselves, so every write to the
database goes through a service."""

from __future__ import annotations

from bot.db import repositories
from bot.runtime import Services


async def mark_blocked(services: Services, user_id: int) -> None:
    """Blocking the bot makes the user inactive: nothing is sent until /start."""
    async with services.store.transaction() as session:
        await repositories.set_user_active(session, user_id, False, services.clock())


async def first_time_in_group(services: Services, chat_id: int) -> bool:
    """True once per group: the bot points a group to the private chat only once."""
    async with services.store.transaction() as session:
        return await repositories.first_notice_in_group(session, chat_id, services.clock())
