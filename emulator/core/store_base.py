"""What every store backend offers: namespaced JSON documents, counters, field indexes and timeline events.

The SQLite store (store.py) is the embedded default; the PostgreSQL store (store_postgres.py) lets several
emulator processes share one world. `open_store` (store_factory.py) picks one from the `--db` value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

Document = dict[str, Any]
Documents = list[Document]  # named here: inside the store classes, `list` is the method


@dataclass(slots=True, frozen=True)
class Event:
    """Something a provider scheduled to happen at an emulator-clock time."""

    id: int
    due: float
    topic: str
    key: str
    payload: Document


Events = list["Event"]


class Store(Protocol):
    def get(self, namespace: str, kind: str, key: str) -> Document | None: ...
    def put(self, namespace: str, kind: str, key: str, doc: Document) -> None: ...
    def delete(self, namespace: str, kind: str, key: str) -> bool: ...
    def list(self, namespace: str, kind: str) -> Documents: ...
    def index(self, kind: str, *fields: str) -> None: ...
    def index_derived(self, kind: str, name: str, derive: Callable[[Document], Any]) -> None: ...
    def find(self, namespace: str, kind: str, field: str, value: Any) -> Documents: ...
    def page(
        self, namespace: str, kind: str, offset: int, limit: int, *, newest_first: bool = False
    ) -> Documents: ...
    def count(self, namespace: str, kind: str) -> int: ...
    def next_id(self, namespace: str, kind: str, start: int = 1) -> int: ...
    def add_event(self, due: float, topic: str, key: str, payload: Document) -> int: ...
    def next_due(self) -> float | None: ...
    def take_due(self, until: float) -> Event | None: ...
    def cancel_events(self, topic: str, key: str) -> int: ...
    def delete_event(self, event_id: int) -> bool: ...
    def events(self, limit: int = 100) -> Events: ...
    def transaction(self) -> Any: ...
    def clear(self) -> None: ...
    def close(self) -> None: ...


def index_value(value: Any) -> str | None:
    """How a field's value is kept in the index: scalars as text (1 and "1" alike), others not at all."""
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def index_rows(
    derived: dict[tuple[str, str], Callable[[Document], Any]],
    namespace: str,
    kind: str,
    key: str,
    doc: Document,
    fields: tuple[str, ...],
) -> list[tuple[str, str, str, str, str]]:
    """The field-index rows of one document: (namespace, kind, field, value, key), one per indexed value."""
    rows = []
    for field in fields:
        derive = derived.get((kind, field))
        value = derive(doc) if derive is not None else doc.get(field)
        values = value if isinstance(value, list) else [value]  # a list field: each member findable
        for member in values:
            text = index_value(member)
            if text is not None:
                rows.append((namespace, kind, field, text, key))
    return rows


def load_document(body: bytes | str) -> Document:
    doc: Document = orjson.loads(body)
    return doc
