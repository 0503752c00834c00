"""JSON text for replies and stored documents: orjson, with the standard library for what orjson refuses."""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps(value: Any) -> bytes:
    """UTF-8 JSON; integers beyond 64 bits (a valid query value such as `page=10**21` echoed back) go through
    the standard library, since orjson rejects them."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
