"""Logging of `switchboard serve`: the emulator's own loggers and uvicorn's, at one level, and the access
log (one line per request, uvicorn's format) whatever that level is."""

from __future__ import annotations

import logging
from enum import StrEnum


class LogLevel(StrEnum):
    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(level: LogLevel) -> None:
    """The emulator's loggers (`switchboard.*`, `emulator.*`: handler failures, deliveries) to stderr."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    for name in ("switchboard", "emulator"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False


def keep_access_log(access_log: bool) -> None:
    """Call once uvicorn has set its loggers up: its access lines are INFO, so they would vanish under
    --log-level warning even with --access-log."""
    if access_log:
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
