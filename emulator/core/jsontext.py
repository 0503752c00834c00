"""JSON text for replies, requests and stored documents: orjson, with the standard library for what orjson
refuses."""

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


def loads(raw: bytes) -> Any:
    """A JSON document; a number too large for a float becomes infinity, so that validation refuses it with
    the field it is in (orjson refuses the whole document). Raises orjson.JSONDecodeError otherwise."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        if "number" not in error.msg:
            raise
        original = error
    try:
        value = json.loads(raw, parse_int=_integer, parse_constant=_no_constant)
        orjson.dumps(value)  # what orjson refuses besides numbers (lone surrogates) stays refused
    except (ValueError, orjson.JSONEncodeError):
        raise original from None
    return value


def _integer(text: str) -> int | float:
    # As orjson reads them: exact within 64 bits, a float beyond (infinity beyond any float).
    if len(text.lstrip("-")) <= 20:
        value = int(text)
        if -(2**63) <= value < 2**64:
            return value
    return float(text)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
