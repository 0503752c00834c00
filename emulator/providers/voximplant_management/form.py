"""Reading a validated Voximplant form: `;`-joined lists, the `all` keyword, JSON inside strings, paging."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeVar

import orjson

from ...core.operations import MAX_INTEGER_DIGITS
from ...core.validation import SchemaValidator
from .errors import INVALID_DATE_FORMAT, invalid, vox_error

ALL: Literal["all"] = "all"
T = TypeVar("T")


@dataclass(slots=True)
class Form:
    """The fields of one request (already validated against the method's schema)."""

    data: dict[str, Any]
    # Validators of the JSON some string fields carry (their contentSchema in the spec).
    content: dict[str, SchemaValidator] = field(default_factory=dict)
    # The fields that carry `;`-joined lists; any other field holds one value, `;` and all.
    lists: frozenset[str] = frozenset()

    def has(self, name: str) -> bool:
        return name in self.data

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)

    def text(self, name: str, default: str = "") -> str:
        value = self.data.get(name, default)
        return value if isinstance(value, str) else str(value)

    def integer(self, name: str, default: int = 0) -> int:
        value = self.data.get(name, default)
        return int(value)

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.data.get(name, default)
        return bool(value)

    def ids(self, name: str) -> list[int] | Literal["all"] | None:
        """An id list (`1;2;3`) or the keyword `all` (a single-id field: its id); None when absent."""
        if name not in self.data:
            return None
        value = self.data[name]
        if name not in self.lists:
            return [_id(name, value)]
        if value == ALL:
            return ALL
        return [_id(name, part) for part in str(value).split(";") if part]

    def names(self, name: str) -> list[str] | Literal["all"] | None:
        """A `;`-joined list of names (or the keyword `all`); None when the field is absent."""
        if name not in self.data:
            return None
        value = str(self.data[name])
        if name not in self.lists:
            return [value]
        if value == ALL:
            return ALL
        return [part for part in value.split(";") if part]

    def moment(self, name: str) -> datetime:
        """A 'YYYY-MM-DD HH:mm:ss' field as a datetime (its pattern lets impossible days like 02-30 by)."""
        try:
            return datetime.strptime(self.text(name), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            raise vox_error(
                INVALID_DATE_FORMAT, f"Invalid date format in {name}: {self.text(name)}"
            ) from None

    def json(self, name: str) -> Any:
        """JSON carried inside a string field; None when the field is absent."""
        if name not in self.data:
            return None
        try:
            value = orjson.loads(str(self.data[name]))
        except orjson.JSONDecodeError as error:
            raise invalid(f"{name} is not valid JSON: {error}") from None
        validator = self.content.get(name)
        message = validator.message(value, prefix=name) if validator is not None else None
        if message:
            raise invalid(message)
        return value


def _id(name: str, value: Any) -> int:
    # The list's pattern admits any run of digits; Python converts at most MAX_INTEGER_DIGITS of them.
    if isinstance(value, str) and len(value) > MAX_INTEGER_DIGITS:
        raise invalid(f"{name} is out of range")
    return int(value)


def matches(value: Any, wanted: list[Any] | Literal["all"] | None) -> bool:
    """Whether `value` is selected by an optional id/name filter."""
    return wanted is None or wanted == ALL or value in wanted


def page(items: Sequence[T], form: Form, default_count: int) -> tuple[list[T], int]:
    """The slice `count`/`offset` select, and the total before slicing."""
    offset = form.integer("offset", 0)
    count = form.integer("count", default_count)
    return list(items[offset : offset + count]), len(items)


def listing(items: Sequence[Any], form: Form, default_count: int = 20) -> dict[str, Any]:
    """The usual list reply: `result`, `count` (returned) and `total_count` (found)."""
    chunk, total = page(items, form, default_count)
    return {"result": chunk, "count": len(chunk), "total_count": total}


def only(items: list[T], what: str) -> T:
    """The single item a request names; a list of several where one is expected is refused."""
    if len(items) != 1:
        raise invalid(f"exactly one {what} is expected, got {len(items)}")
    return items[0]
