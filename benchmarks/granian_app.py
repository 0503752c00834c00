"""The emulator as granian serves it in the bench (`--factory`): the same app `switchboard serve
--no-rate-limit` builds, under another server, to measure what the server layer costs."""

from __future__ import annotations

from emulator.app import Switchboard, create_app
from emulator.core.environment import Settings


def app() -> Switchboard:
    return create_app(Settings(rate_limit=False))
