"""Does an answer have the documented shape: every documented key, with the documented JSON type."""

from __future__ import annotations

from typing import Any


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"  # JSON has one number type; 100 and 100.0 are the same on the wire
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def differences(documented: Any, actual: Any, where: str = "$") -> list[str]:
    """What differs in shape; null in the document matches anything. Arrays compare item by item as far
    as both go (the document's items are often of different kinds), and a documented non-empty array
    must not come back empty."""
    if documented is None:
        return []
    if _kind(documented) != _kind(actual):
        return [
            f"{where}: documented {_kind(documented)} {documented!r:.60}, got {_kind(actual)} {actual!r:.60}"
        ]
    found: list[str] = []
    if isinstance(documented, dict):
        for key, value in documented.items():
            if key not in actual:
                found.append(f"{where}.{key}: missing")
            else:
                found.extend(differences(value, actual[key], f"{where}.{key}"))
    elif isinstance(documented, list):
        if documented and not actual:
            found.append(f"{where}: documented {len(documented)} items, got none")
        for index, (item, got) in enumerate(zip(documented, actual, strict=False)):
            found.extend(differences(item, got, f"{where}[{index}]"))
    return found
