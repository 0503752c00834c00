"""The request journal kept in the store: for processes that share one (replicas, workers), so that the
journal read through any of them holds the requests every one of them served.

Same interface and bounds as the in-memory `Journal` (which a process with a store of its own keeps, at
no store cost per request). Each entry is a document keyed by its id; the newest id is kept in a document
of its own, so that ids keep counting across a reset (`clear(ids_after=...)`). Raw headers and bodies are
kept as latin-1 text, which maps bytes one to one.
"""

from __future__ import annotations

from typing import Any

from .journal import DEFAULT_LIMIT, Entry, JournalQuery, shown
from .store_base import Document, Store

NAMESPACE = "journal"
ENTRY, STATE, STATE_KEY = "entry", "state", "ids"
RAW_HEADERS = ("_request_headers", "_response_headers")
RAW_BODIES = ("_request_body", "_response_body")


class StoreJournal:
    def __init__(self, store: Store, limit: int = DEFAULT_LIMIT) -> None:
        self.store = store
        self.limit = limit

    def record(self, entry: Entry) -> Entry:
        with self.store.transaction():
            entry["id"] = self.last_id + 1
            self.store.put(NAMESPACE, STATE, STATE_KEY, {"last": entry["id"]})
            self.store.put(NAMESPACE, ENTRY, _key(entry["id"]), _to_document(entry))
            if entry["id"] > self.limit:
                self.store.delete(NAMESPACE, ENTRY, _key(entry["id"] - self.limit))
        return entry

    @property
    def last_id(self) -> int:
        state = self.store.get(NAMESPACE, STATE, STATE_KEY)
        return int(state["last"]) if state else 0

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
        """Empty it; ids go on after `ids_after` (the last id before the store itself was cleared)."""
        with self.store.transaction():
            last = self.last_id if ids_after is None else ids_after
            self._drop_oldest(0)
            self.store.put(NAMESPACE, STATE, STATE_KEY, {"last": last})

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
