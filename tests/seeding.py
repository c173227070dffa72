"""Many users whose daily message is due, written straight into the database (opting in
through the chat is tested elsewhere and would take minutes for thousands)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.db.models import User


def due_users(first_id: int, count: int, due: datetime, zone: str = "UTC") -> list[dict[str, Any]]:
    """Rows of users opted in at `due`'s time of day in `zone`, due at `due`."""
    local = due.astimezone(ZoneInfo(zone))
    return [
        {
            "id": first_id + n,
            "created_at": due,
            "updated_at": due,
            "is_active": True,
            "keyboard_seq": 0,
            "reminder_enabled": True,
            "reminder_minutes": local.hour * 60 + local.minute,
            "reminder_consent_at": due,
            "reminder_next_at": due,
            "timezone": zone,
        }
        for n in range(count)
    ]


async def insert_due_users(
    target: AsyncSession | AsyncConnection, rows: list[dict[str, Any]], chunk: int = 5000
) -> None:
    for start in range(0, len(rows), chunk):
        await target.execute(insert(User), rows[start : start + chunk])
