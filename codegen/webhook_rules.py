"""The webhook extensions the generated `webhooks.py` follows, checked against the callback's schema.

x-callback-hash:             # on a webhook operation: how the vendor signs each item of the body
  items: <property>          # the body's array of items that carry a hash
  field: <property>          # the item's property holding the hash (hexadecimal)
  algorithm: md5             # a hashlib algorithm every Python has
  message:                   # what is hashed, concatenated in order:
  - secret: <name>           #   a value the receiver knows (a keyword argument of the check)
  - field: <property>        #   the item's own property

x-form-encoding: {key: <property>, value: <property>}
                             # on an array property: a form writes each item as `<array>.<key>=<value>`
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from emulator.core.specs import dereference

HASH_KEYS = {"items", "field", "algorithm", "message"}


def _request_schemas(operation: dict[str, Any]) -> list[dict[str, Any]]:
    content = (operation.get("requestBody") or {}).get("content") or {}
    return [media.get("schema") or {} for media in content.values()]


def _hash_problems(label: str, rule: Any, operation: dict[str, Any]) -> list[str]:
    if not isinstance(rule, dict) or set(rule) != HASH_KEYS:
        return [f"{label}: x-callback-hash needs exactly {', '.join(sorted(HASH_KEYS))}"]
    problems = []
    if rule["algorithm"] not in hashlib.algorithms_guaranteed:
        problems.append(
            f"{label}: x-callback-hash algorithm {rule['algorithm']!r} is not a hashlib algorithm"
        )
    for body in _request_schemas(operation):
        items = (body.get("properties") or {}).get(rule["items"]) or {}
        item = items.get("items") or {}
        fields = set(item.get("properties") or {})
        if items.get("type") != "array" or not fields:
            problems.append(f"{label}: x-callback-hash items {rule['items']!r} is not an array of objects")
            continue
        named = [rule["field"]] + [part.get("field") for part in rule["message"] if "field" in part]
        problems += [
            f"{label}: x-callback-hash names {name!r}, not an item property"
            for name in named
            if name not in fields
        ]
    for part in rule["message"] if isinstance(rule["message"], list) else [None]:
        if not isinstance(part, dict) or len(part) != 1 or not ({"secret", "field"} & set(part)):
            problems.append(
                f"{label}: x-callback-hash message parts are {{secret: name}} or {{field: property}}"
            )
    return problems


def _arrays(where: str, schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(schema, dict):
        if "x-form-encoding" in schema:
            yield where, schema
        for name, sub in (schema.get("properties") or {}).items():
            yield from _arrays(f"{where}.{name}", sub)


def _form_problems(where: str, schema: dict[str, Any]) -> list[str]:
    encoding = schema["x-form-encoding"]
    fields = set(((schema.get("items") or {}).get("properties")) or {})
    if schema.get("type") != "array" or not isinstance(encoding, dict) or set(encoding) != {"key", "value"}:
        return [f"{where}: x-form-encoding is {{key, value}} on an array"]
    return [
        f"{where}: x-form-encoding {role} {encoding[role]!r} is not an item property"
        for role in ("key", "value")
        if encoding[role] not in fields
    ]


def webhook_problems(document: dict[str, Any]) -> list[str]:
    if "openapi" not in document:
        return []
    resolved = dereference(document, document)
    problems: list[str] = []
    for name, item in (resolved.get("webhooks") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "x-callback-hash" in operation:
                problems += _hash_problems(
                    f"webhook {name} {method.upper()}", operation["x-callback-hash"], operation
                )
    for schema_name, schema in (resolved.get("components", {}).get("schemas") or {}).items():
        for where, array in _arrays(f"components.schemas.{schema_name}", schema):
            problems += _form_problems(where, array)
    return problems
