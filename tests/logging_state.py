"""Tests that set up the bot's logging put the root logger back as it was afterwards."""

from __future__ import annotations

import logging

import pytest


def restore_root_logger_after(request: pytest.FixtureRequest) -> None:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level

    def restore() -> None:
        root.handlers[:] = handlers
        root.setLevel(level)

    request.addfinalizer(restore)
