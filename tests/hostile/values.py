"""Hostile values, and plausible ones to surround them with, built from the specs' schemas.

Deterministic: every value comes from a fixed list or from the schema, so a failure reproduces exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

HUGE_DIGITS = "9" * 5000
HUGE_TEXT = "x" * 100_000
UNICODE = "Ωμέγα 😀 \u202edlrow ﷽ \u0301"


@dataclass(frozen=True)
class Raw:
    """Wire text sent as it is: a percent-encoding (query, form, path) or a JSON literal that a JSON encoder
    cannot write (a 5,000-digit number, a lone surrogate escape)."""

    text: str


# Values of fields that travel as text: query strings, forms, path segments.
TEXT_VALUES: list[tuple[str, Any]] = [
    ("huge integer", HUGE_DIGITS),
    ("huge negative integer", "-" + HUGE_DIGITS),
    ("negative", "-1"),
    ("negative beyond 64 bits", "-99999999999999999999"),
    ("huge string", HUGE_TEXT),
    ("NUL", "a\x00b"),
    ("lone surrogate", Raw("%ED%A0%80")),
    ("unicode", UNICODE),
    ("not a number", "abc"),
    ("fraction", "1.5"),
    ("JSON object text", "{}"),
    ("JSON array text", "[]"),
    ("empty", ""),
]

# Values of JSON fields: the same ideas, and the wrong JSON types.
JSON_VALUES: list[tuple[str, Any]] = [
    ("huge integer", Raw(HUGE_DIGITS)),
    ("huge negative integer", Raw("-" + HUGE_DIGITS)),
    ("negative", -1),
    ("below int64", -(2**63) - 1),
    ("beyond uint64", 2**64),
    ("huge float", 1e308),
    ("huge string", HUGE_TEXT),
    ("NUL", "a\x00b"),
    ("lone surrogate", Raw('"\\ud800"')),
    ("unicode", UNICODE),
    ("object", {}),
    ("array", []),
    ("boolean", True),
    ("null", None),
    ("digit string", "1"),
    ("fraction", 1.5),
]

# Whole JSON bodies of the wrong shape.
JSON_BODIES: list[tuple[str, Any]] = [
    ("array body", []),
    ("string body", "x"),
    ("number body", Raw(HUGE_DIGITS)),
    ("null body", None),
]

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "email": "someone@example.com",
    "uri": "https://example.com/hook",
    "url": "https://example.com/hook",
    "uuid": "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11",
    "ipv4": "127.0.0.1",
}
_PATTERN_CANDIDATES = ["1", "12025550123", "+12025550123", "a", "abc", "[1]", '["12025550123"]', "[]", "{}"]


def sample(schema: Any, depth: int = 0) -> Any:
    """A plausible value for a schema: its own example when it has one."""
    if not isinstance(schema, dict) or depth > 6:
        return "1"
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample(schema[key][0], depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged = _merge(merged, part)
        return sample(merged, depth + 1)
    declared = schema.get("type", "string")
    kind = next((t for t in declared if t != "null"), "null") if isinstance(declared, list) else declared
    if kind == "integer" or kind == "number":
        low = schema.get(
            "minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1
        )
        return int(low)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)]
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {name: sample(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
    if schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    pattern = schema.get("pattern")
    if pattern:
        return next((c for c in _PATTERN_CANDIDATES if re.search(pattern, c)), "1")
    return "1"


def _merge(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    merged = {**left, **right}
    merged["properties"] = {**left.get("properties", {}), **right.get("properties", {})}
    merged["required"] = [*left.get("required", []), *right.get("required", [])]
    return merged


def parameter_sample(raw: dict[str, Any]) -> Any:
    if "example" in raw:
        return raw["example"]
    for example in (raw.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return sample(raw.get("schema", {}))


def as_text(value: Any) -> str | Raw:
    """How a value travels in a form or a query string."""
    if isinstance(value, Raw | str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value)


def encode(value: str | Raw) -> str:
    return value.text if isinstance(value, Raw) else quote(value, safe="")


def urlencoded(pairs: list[tuple[str, str | Raw]]) -> str:
    return "&".join(f"{quote(key, safe='')}={encode(value)}" for key, value in pairs)


def json_text(value: Any) -> bytes:
    """JSON with Raw literals spliced in where a JSON encoder cannot write them."""
    raws: list[str] = []

    def mark(node: Any) -> Any:
        if isinstance(node, Raw):
            raws.append(node.text)
            return f"\x01raw{len(raws) - 1}\x01"
        if isinstance(node, dict):
            return {key: mark(item) for key, item in node.items()}
        if isinstance(node, list):
            return [mark(item) for item in node]
        return node

    text = json.dumps(mark(value))
    for index, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\x01raw{index}\x01"), raw)
    return text.encode("utf-8")
