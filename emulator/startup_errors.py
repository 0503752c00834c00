"""The one error `switchboard serve` reports instead of a traceback when it cannot start."""

from __future__ import annotations


class StartupError(Exception):
    """The emulator cannot start; the message says why in one line."""
