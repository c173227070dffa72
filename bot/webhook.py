"""Webhook mode: a small Starlette app in front of the same Application.

Unlike PTB's built-in server, it checks Telegram's secret token (403 otherwise), answers
a malformed body with 400 and an oversized one with 413 without logging its content,
stores the update in the inbox and answers 200 at once (bot/inbox.py handles it), and
offers GET /healthz for a load balancer.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
from collections.abc import Iterator
from urllib.parse import urlparse

import uvicorn
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update

from bot.app import BangkitApp
from bot.db.engine import READ_ONLY, Store
from bot.inbox import Inbox

MAX_BODY_BYTES = 1024 * 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

log = logging.getLogger(__name__)


def listen_path(webhook_url: str) -> str:
    return urlparse(webhook_url).path or "/"


async def _read_limited(request: Request) -> bytes | None:
    """The body, or None as soon as it grows past the limit."""
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            return None
    return bytes(body)


def create_webhook_app(
    application: BangkitApp, store: Store, inbox: Inbox, path: str, secret: str
) -> Starlette:
    async def receive_update(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return Response(status_code=403)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return Response(status_code=413)
        body = await _read_limited(request)
        if body is None:
            return Response(status_code=413)
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            Update.de_json(data, application.bot)
        except Exception:  # whatever is wrong with it, the body is not logged
            log.warning("webhook: malformed update refused")
            return Response(status_code=400)
        # Answered as soon as the update is stored: the inbox handles it (per chat, in
        # order), so a slow answer never outlasts Telegram's webhook timeout. A database
        # that cannot store it now gets 503, and Telegram sends the update again.
        try:
            await inbox.accept([data])
        except Exception:
            log.warning("webhook: update not stored", exc_info=True)
            return Response(status_code=503)
        return Response(status_code=200)

    async def healthz(request: Request) -> Response:
        try:
            async with store.engine.connect() as connection:
                reading = await connection.execution_options(**{READ_ONLY: True})
                await reading.execute(text("SELECT 1"))
        except Exception:  # any failure means "not ready"
            return PlainTextResponse("database unreachable", status_code=503)
        return PlainTextResponse("ok")

    return Starlette(
        routes=[
            Route(path, receive_update, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


class WebhookServer(uvicorn.Server):
    """uvicorn without its own signal handling: the bot's stop event governs shutdown."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def build_server(app: Starlette, host: str, port: int) -> WebhookServer:
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="off"
    )
    return WebhookServer(config)
