"""Points limits per minute and per day: counted per account, reported in `metadata`, enforced.

Windows are fixed: the minute and the UTC day the emulator clock is in. Points are taken only from
successful requests (a result with success true or a call session ID), as documented.
"""

from __future__ import annotations

import math
from typing import Any

from ...core.store import Document, Store

_KIND, _KEY = "points", "usage"


def usage(store: Store, ns: str, now: float) -> Document:
    """The account's points used in the current minute and day (a new window starts at zero)."""
    minute_start = math.floor(now / 60) * 60
    day_start = math.floor(now / 86400) * 86400
    found = store.get(ns, _KIND, _KEY) or {}
    return {
        "minute_start": minute_start,
        "minute_used": found.get("minute_used", 0) if found.get("minute_start") == minute_start else 0,
        "day_start": day_start,
        "day_used": found.get("day_used", 0) if found.get("day_start") == day_start else 0,
    }


def cost(settings: dict[str, Any], method: str) -> int:
    points = settings["method_points"].get(method, 1)
    return int(points)


def exceeded(settings: dict[str, Any], used: Document, points: int) -> tuple[str, int] | None:
    """(limit type, its value) when taking `points` more would pass a limit."""
    if used["minute_used"] + points > settings["minute_limit"]:
        return "minute", int(settings["minute_limit"])
    if used["day_used"] + points > settings["day_limit"]:
        return "day", int(settings["day_limit"])
    return None


def charge(store: Store, ns: str, used: Document, points: int) -> Document:
    used = {**used, "minute_used": used["minute_used"] + points, "day_used": used["day_used"] + points}
    store.put(ns, _KIND, _KEY, used)
    return used


def metadata(settings: dict[str, Any], used: Document, now: float) -> dict[str, Any]:
    return {
        "limits": {
            "day_limit": int(settings["day_limit"]),
            "day_remaining": max(0, int(settings["day_limit"]) - used["day_used"]),
            "day_reset": max(0, math.ceil(used["day_start"] + 86400 - now)),
            "minute_limit": int(settings["minute_limit"]),
            "minute_remaining": max(0, int(settings["minute_limit"]) - used["minute_used"]),
            "minute_reset": max(0, math.ceil(used["minute_start"] + 60 - now)),
        }
    }
