"""The request journal kept in the store: for processes that share one (replicas, workers), so that the
journal read through any of them holds the requests every one of them served.

Same interface and bounds as the in-memory `Journal` (which a process with a store of its own keeps, at
no store cost per request). Each entry is a document keyed by an id from a store counter, which a reset
sets going again from where it stood (`clear(ids_after=...)`), so that ids never repeat. Raw headers and
bodies are kept as latin-1 text, which maps bytes one to one.
"""

from __future__ import annotations

from typing import Any

from .journal import DEFAULT_LIMIT, Entry, JournalQuery, shown
from .store_base import Document, Store

NAMESPACE = "journal"
ENTRY, FLOOR, FLOOR_KEY = "entry", "floor", "ids"  # the floor: the last id when it was last emptied
RAW_HEADERS = ("_request_headers", "_response_headers")
RAW_BODIES = ("_request_body", "_response_body")


class StoreJournal:
    def __init__(self, store: Store, limit: int = DEFAULT_LIMIT) -> None:
        self.store = store
        self.limit = limit

    def record(self, entry: Entry) -> Entry:
        # Three blind writes, no transaction: a process killed between them leaves a gap in the ids.
        entry["id"] = self.store.next_id(NAMESPACE, ENTRY)
        self.store.put(NAMESPACE, ENTRY, _key(entry["id"]), _to_document(entry))
        if entry["id"] > self.limit:
            self.store.delete(NAMESPACE, ENTRY, _key(entry["id"] - self.limit))
        return entry

    @property
    def last_id(self) -> int:
        newest = self.store.page(NAMESPACE, ENTRY, 0, 1, newest_first=True)
        floor = self.store.get(NAMESPACE, FLOOR, FLOOR_KEY)
        return max(int(newest[0]["id"]) if newest else 0, int(floor["last"]) if floor else 0)

    def entries(self, query: JournalQuery | None = None) -> list[Entry]:
        """Matching entries, oldest first, as shown."""
        # Bounded by configuration: the journal keeps at most `limit` entries.
        newest = self.store.page(NAMESPACE, ENTRY, 0, self.limit, newest_first=True)
        kept = [_from_document(doc) for doc in reversed(newest)]
        found = kept if query is None else [entry for entry in kept if query.admits(entry)]
        if query is not None and query.limit:
            found = found[-query.limit :]
        return [shown(entry) for entry in found]

    def get(self, entry_id: int) -> Entry | None:
        doc = self.store.get(NAMESPACE, ENTRY, _key(entry_id))
        return None if doc is None else shown(_from_document(doc))

    def clear(self, ids_after: int | None = None) -> None:
        """Empty it. After the store itself was cleared, `ids_after` (the last id before) sets its counter
        going again from there, so that ids never repeat."""
        with self.store.transaction():
            last = self.last_id if ids_after is None else ids_after
            self._drop_oldest(0)
            self.store.put(NAMESPACE, FLOOR, FLOOR_KEY, {"last": last})
            if ids_after is not None:
                self.store.next_id(NAMESPACE, ENTRY, start=ids_after)

    def resize(self, limit: int) -> None:
        with self.store.transaction():
            self.limit = limit
            self._drop_oldest(limit)

    def _drop_oldest(self, keep: int) -> None:
        # Bounded by configuration: at most the journal's limit of entries.
        for doc in self.store.page(NAMESPACE, ENTRY, keep, max(self.limit, DEFAULT_LIMIT), newest_first=True):
            self.store.delete(NAMESPACE, ENTRY, _key(int(doc["id"])))


def _key(entry_id: int) -> str:
    return f"{entry_id:012d}"


def _to_document(entry: Entry) -> Document:
    doc: Document = dict(entry)
    for name in RAW_HEADERS:
        doc[name] = [[k.decode("latin-1"), v.decode("latin-1")] for k, v in entry.get(name, [])]
    for name in RAW_BODIES:
        doc[name] = bytes(entry.get(name, b"")).decode("latin-1")
    return doc


def _from_document(doc: Document) -> Entry:
    entry: dict[str, Any] = dict(doc)
    for name in RAW_HEADERS:
        entry[name] = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in doc.get(name, [])]
    for name in RAW_BODIES:
        entry[name] = str(doc.get(name, "")).encode("latin-1")
    return entry
