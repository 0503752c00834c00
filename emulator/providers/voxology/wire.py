"""How Voxology encodes what it sends to customer servers: JSON by default, a form, XML, or (GET) a query
string, as the callback configuration's content_type and method ask. The core outbox does the sending."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode
from xml.sax.saxutils import escape

import orjson

MAX_RESPONSE_BYTES = 81 * 1024  # Voxology's hard callback response limit (error 413900 / 413910)


def encode(method: str, content_type: str, payload: Any) -> tuple[str | None, str | None, dict[str, str]]:
    """(body, Content-Type, query) of a request carrying `payload`."""
    if method.upper() in ("GET", "DELETE"):
        return None, None, flatten(payload)
    if content_type == "application/x-www-form-urlencoded":
        return urlencode(flatten(payload)), content_type, {}
    if content_type == "application/xml":
        return to_xml("request", payload), content_type, {}
    return orjson.dumps(payload).decode("utf-8"), "application/json", {}


def flatten(payload: Any, prefix: str = "") -> dict[str, str]:
    """Callback data as form fields or a query string: nested keys joined with dots, key presses as
    `key_presses.{name}={digits}` (their history is not sent this way)."""
    out: dict[str, str] = {}
    if isinstance(payload, dict):
        for key, value in payload.items():
            if key == "key_presses" and not prefix and isinstance(value, list):
                for press in value:
                    out[f"key_presses.{press.get('name')}"] = str(press.get("digits", ""))
            elif key == "recordings" and not prefix and isinstance(value, list):
                for recording in value:
                    out[f"recordings.{recording.get('name')}"] = str(recording.get("id", ""))
            else:
                out.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(payload, list):
        for index, value in enumerate(payload):
            out.update(flatten(value, f"{prefix}{index}."))
    else:
        out[prefix[:-1]] = (
            "" if payload is None else str(payload).lower() if isinstance(payload, bool) else str(payload)
        )
    return out


def to_xml(tag: str, value: Any) -> str:
    if isinstance(value, dict):
        inner = "".join(to_xml(str(k).strip(), v) for k, v in value.items())
    elif isinstance(value, list):
        inner = "".join(to_xml("item", v) for v in value)
    else:
        inner = "" if value is None else escape(str(value).lower() if isinstance(value, bool) else str(value))
    return f"<{tag}>{inner}</{tag}>"
