"""The callbacks Voximplant Kit API sends to your server, read into typed models.

One parser per documented callback takes the raw request body and its Content-Type (application/json
as documented) and returns the callback's model; `PARSERS` maps each callback's name in the spec to its parser.
Generated from the spec's `webhooks`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl
from xml.etree import ElementTree

from .models.callback import Callback
from .models.callback_request import CallbackRequest

__all__ = [
    "PARSERS",
    "WebhookError",
    "parse_callback",
    "callback_hash",
    "verify_callback",
]


class WebhookError(ValueError):
    """A callback body that does not read as the callback in the Content-Type given."""


# Each callback's schema in short: property types, array items, and how a form writes an array.
_SHAPES: dict[str, dict[str, Any]] = {
    "callback": {
        "types": ["object"],
        "properties": {
            "callbacks": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {"hash": {"types": ["string"]}, "type": {"types": ["string"]}},
                },
            }
        },
    }
}
_CONTENT_TYPES: dict[str, tuple[str, ...]] = {"callback": ("application/json",)}


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _as_list(value: Any, shape: dict[str, Any]) -> list[Any]:
    """A form's or XML's array: `name.0`, `name.1` ... (or `name.<key>=<value>` pairs where documented)."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return [value]
    form = shape.get("form")
    if form:
        return [{form["key"]: key, form["value"]: item} for key, item in value.items()]
    return [value[key] for key in sorted(value, key=lambda key: (len(key), key))]


def _typed(value: Any, shape: dict[str, Any]) -> Any:
    """Text from a form or XML body as the types the schema gives."""
    types = shape.get("types", [])
    if "array" in types and (isinstance(value, list) or ("object" not in types and isinstance(value, dict))):
        return [_typed(item, shape.get("items", {})) for item in _as_list(value, shape)]
    if isinstance(value, dict):
        properties = shape.get("properties", {})
        return {key: _typed(item, properties.get(key, {})) for key, item in value.items()}
    if not isinstance(value, str):
        return value
    if value in ("", "null") and "null" in types:
        return None
    if "string" in types:
        return value
    if "boolean" in types and value.lower() in ("true", "false"):
        return value.lower() == "true"
    for kind, convert in (("integer", int), ("number", float)):
        if kind in types:
            try:
                return convert(value)
            except ValueError:
                pass
    return value


def _from_form(text: str) -> dict[str, Any]:
    """Form fields with dotted names (`a.b=1`) as nested objects."""
    tree: dict[str, Any] = {}
    for name, value in parse_qsl(text, keep_blank_values=True):
        node = tree
        *parents, last = name.split(".")
        for part in parents:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise WebhookError(f"form field {name!r} nests under a field that has a value")
            node = child
        node[last] = value
    return tree


def _from_xml(element: ElementTree.Element, shape: dict[str, Any]) -> Any:
    children = list(element)
    if not children:
        return element.text or ""
    if "array" in shape.get("types", []):
        return [_from_xml(child, shape.get("items", {})) for child in children]
    properties = shape.get("properties", {})
    out: dict[str, Any] = {}
    for child in children:
        value = _from_xml(child, properties.get(child.tag, {}))
        if child.tag in out:  # a repeated element: a list
            previous = out[child.tag]
            out[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            out[child.tag] = value
    return out


def _decode(name: str, body: bytes | str, content_type: str) -> dict[str, Any]:
    media_type = _media_type(content_type)
    if media_type not in _CONTENT_TYPES[name]:
        raise WebhookError(f"{name} is sent as {', '.join(_CONTENT_TYPES[name])}, not {media_type or 'no type'}")
    shape = _SHAPES[name]
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        if media_type == "application/json":
            value = json.loads(text)
        elif media_type == "application/xml":
            value = _typed(_from_xml(ElementTree.fromstring(text), shape), shape)
        else:
            value = _typed(_from_form(text), shape)
    except (UnicodeDecodeError, json.JSONDecodeError, ElementTree.ParseError) as error:
        raise WebhookError(f"{name}: the {media_type} body does not parse: {error}") from error
    if not isinstance(value, dict):
        raise WebhookError(f"{name}: the body is {type(value).__name__}, not an object")
    return value


def parse_callback(body: bytes | str, content_type: str = "application/json") -> CallbackRequest:
    """Callback (webhook) events: the `callback` callback's body (application/json)."""
    data = _decode("callback", body, content_type)
    try:
        return CallbackRequest.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookError(f"callback: not the documented body ({type(error).__name__}: {error})") from error


PARSERS: dict[str, Callable[[bytes | str, str], object]] = {
    "callback": parse_callback,
}


def _text(value: object) -> str:
    return str(value.value) if isinstance(value, Enum) else str(value)


def callback_hash(item: Callback, *, salt: str, domain: str) -> str:
    """The `hash` Voximplant Kit API puts on a `callback` item: md5(salt + domain + type), hexadecimal."""
    message = salt + domain + _text(item.type_)
    return hashlib.new("md5", message.encode("utf-8"), usedforsecurity=False).hexdigest()


def verify_callback(payload: CallbackRequest, *, salt: str, domain: str) -> bool:
    """Whether every item of a `callback` body carries the hash its salt and domain give (and there is one)."""
    items = payload.callbacks
    return bool(items) and all(
        hmac.compare_digest(
            str(item.hash_).lower(),
            callback_hash(item, salt=salt, domain=domain),
        )
        for item in items
    )
