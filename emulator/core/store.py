"""State behind one interface: namespaced collections of JSON documents, and timeline events.

SQLite is the embedded default: in memory, or a file that survives restarts. Every request's writes
happen in one transaction that commits before the response is sent, so acknowledged state is durable;
a single write outside a transaction commits on its own (autocommit).

A kind may be indexed on some of its documents' fields (`index`), so that a request finds documents by
value (`find`) or reads one page (`page`, `count`) at a cost that does not grow with the collection.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from .jsontext import dumps
from .store_base import Document, Documents, Event, Events, Store, index_rows, index_value

__all__ = ["Document", "Documents", "Event", "Events", "SQLiteStore", "Store", "index_value"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY,  -- the rowid: insertion order, kept when a document is replaced
    namespace TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    body BLOB NOT NULL,
    UNIQUE (namespace, kind, key)
);
CREATE INDEX IF NOT EXISTS documents_by_kind ON documents (namespace, kind, seq);
CREATE TABLE IF NOT EXISTS counters (
    namespace TEXT NOT NULL,
    kind TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (namespace, kind)
);
CREATE TABLE IF NOT EXISTS field_index (
    namespace TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (namespace, kind, field, value, key)
);
CREATE INDEX IF NOT EXISTS field_index_by_key ON field_index (namespace, kind, key);
CREATE TABLE IF NOT EXISTS indexed_fields (
    kind TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (kind, field)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    due REAL NOT NULL,
    topic TEXT NOT NULL,
    key TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_due ON events (due, id);
CREATE INDEX IF NOT EXISTS events_by_key ON events (topic, key);
"""


BUSY_TIMEOUT_S = 60.0


class SQLiteStore:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path else ":memory:"
        # Worker processes on one file queue for its write lock: a request waits its turn rather than fail.
        self._conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._lock = threading.RLock()
        self._depth = 0
        self._indexes: dict[str, tuple[str, ...]] = {}
        self._derived: dict[tuple[str, str], Callable[[Document], Any]] = {}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Nested calls join the outermost transaction; it commits (or rolls back) as a whole."""
        with self._lock:
            if self._depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("COMMIT")

    # --- documents --------------------------------------------------------------------------------

    def get(self, namespace: str, kind: str, key: str) -> Document | None:
        row = self._conn.execute(
            "SELECT body FROM documents WHERE namespace=? AND kind=? AND key=?", (namespace, kind, key)
        ).fetchone()
        return None if row is None else _load(row[0])

    def put(self, namespace: str, kind: str, key: str, doc: Document) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO documents (namespace, kind, key, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (namespace, kind, key) DO UPDATE SET body=excluded.body",
                (namespace, kind, key, dumps(doc)),
            )
            fields = self._indexes.get(kind)
            if fields:
                self._unindex(namespace, kind, key)
                self._index_doc(namespace, kind, key, doc, fields)

    def delete(self, namespace: str, kind: str, key: str) -> bool:
        with self.transaction():
            cursor = self._conn.execute(
                "DELETE FROM documents WHERE namespace=? AND kind=? AND key=?", (namespace, kind, key)
            )
            if kind in self._indexes:
                self._unindex(namespace, kind, key)
        return cursor.rowcount > 0

    def list(self, namespace: str, kind: str) -> Documents:
        rows = self._conn.execute(
            "SELECT body FROM documents WHERE namespace=? AND kind=? ORDER BY seq", (namespace, kind)
        ).fetchall()
        return [_load(row[0]) for row in rows]

    def page(
        self, namespace: str, kind: str, offset: int, limit: int, *, newest_first: bool = False
    ) -> Documents:
        order = "DESC" if newest_first else "ASC"
        rows = self._conn.execute(
            f"SELECT body FROM documents WHERE namespace=? AND kind=? ORDER BY seq {order} LIMIT ? OFFSET ?",
            (namespace, kind, max(0, limit), max(0, offset)),
        ).fetchall()
        return [_load(row[0]) for row in rows]

    def count(self, namespace: str, kind: str) -> int:
        row = self._conn.execute(
            "SELECT COUNT(*) FROM documents WHERE namespace=? AND kind=?", (namespace, kind)
        ).fetchone()
        return int(row[0])

    # --- field indexes ----------------------------------------------------------------------------

    def index(self, kind: str, *fields: str) -> None:
        """Keep documents of `kind` (in every namespace) findable by these fields; documents stored before
        a field was declared are indexed once, here."""
        known = set(self._indexes.get(kind, ()))
        new = [f for f in fields if f not in known]
        if not new:
            return
        self._indexes[kind] = (*self._indexes.get(kind, ()), *new)
        with self.transaction():
            for field in new:
                inserted = self._conn.execute(
                    "INSERT OR IGNORE INTO indexed_fields (kind, field) VALUES (?, ?)", (kind, field)
                ).rowcount
                if not inserted:
                    continue
                for namespace, key, body in self._conn.execute(
                    "SELECT namespace, key, body FROM documents WHERE kind=?", (kind,)
                ).fetchall():
                    self._index_doc(namespace, kind, key, _load(body), (field,))

    def index_derived(self, kind: str, name: str, derive: Callable[[Document], Any]) -> None:
        """Keep documents of `kind` findable by `name`, a value computed from each (e.g. the day of a
        timestamp, so that a date window reads its days, not the whole collection)."""
        self._derived[(kind, name)] = derive
        self.index(kind, name)

    def find(self, namespace: str, kind: str, field: str, value: Any) -> Documents:
        """Documents whose indexed `field` equals `value`, in insertion order."""
        if field not in self._indexes.get(kind, ()):
            raise KeyError(f"{kind}.{field} is not indexed: declare it with Store.index")
        text = index_value(value)
        if text is None:
            return []
        rows = self._conn.execute(
            # CROSS JOIN keeps the index first: SQLite would otherwise walk every document of the kind.
            "SELECT d.body FROM field_index i CROSS JOIN documents d "
            "ON d.namespace=i.namespace AND d.kind=i.kind AND d.key=i.key "
            "WHERE i.namespace=? AND i.kind=? AND i.field=? AND i.value=? ORDER BY d.seq",
            (namespace, kind, field, text),
        ).fetchall()
        return [_load(row[0]) for row in rows]

    def _index_doc(self, namespace: str, kind: str, key: str, doc: Document, fields: tuple[str, ...]) -> None:
        rows = index_rows(self._derived, namespace, kind, key, doc, fields)
        if rows:
            self._conn.executemany("INSERT OR IGNORE INTO field_index VALUES (?, ?, ?, ?, ?)", rows)

    def _unindex(self, namespace: str, kind: str, key: str) -> None:
        self._conn.execute(
            "DELETE FROM field_index WHERE namespace=? AND kind=? AND key=?", (namespace, kind, key)
        )

    # --- counters ---------------------------------------------------------------------------------

    def next_id(self, namespace: str, kind: str, start: int = 1) -> int:
        with self._lock:
            row = self._conn.execute(
                "INSERT INTO counters (namespace, kind, value) VALUES (?, ?, ?) "
                "ON CONFLICT (namespace, kind) DO UPDATE SET value = value + 1 RETURNING value",
                (namespace, kind, start),
            ).fetchone()
        return int(row[0])

    # --- timeline events --------------------------------------------------------------------------

    def add_event(self, due: float, topic: str, key: str, payload: Document) -> int:
        with self._lock:
            cursor = self._conn.execute(
                "INSERT INTO events (due, topic, key, payload) VALUES (?, ?, ?, ?)",
                (due, topic, key, dumps(payload)),
            )
        return int(cursor.lastrowid or 0)

    def next_due(self) -> float | None:
        row = self._conn.execute("SELECT MIN(due) FROM events").fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def take_due(self, until: float) -> Event | None:
        """Claim the earliest event due by `until` (removing it): whoever takes it fires it, once."""
        with self.transaction():
            row = self._conn.execute(
                "SELECT id, due, topic, key, payload FROM events WHERE due <= ? ORDER BY due, id LIMIT 1",
                (until,),
            ).fetchone()
            if row is None:
                return None
            self._conn.execute("DELETE FROM events WHERE id=?", (row[0],))
        return Event(int(row[0]), float(row[1]), row[2], row[3], _load(row[4]))

    def cancel_events(self, topic: str, key: str) -> int:
        with self._lock:
            cursor = self._conn.execute("DELETE FROM events WHERE topic=? AND key=?", (topic, key))
        return cursor.rowcount

    def delete_event(self, event_id: int) -> bool:
        with self._lock:
            cursor = self._conn.execute("DELETE FROM events WHERE id=?", (event_id,))
        return cursor.rowcount > 0

    def events(self, limit: int = 100) -> Events:
        rows = self._conn.execute(
            "SELECT id, due, topic, key, payload FROM events ORDER BY due, id LIMIT ?", (limit,)
        ).fetchall()
        return [Event(int(r[0]), float(r[1]), r[2], r[3], _load(r[4])) for r in rows]

    # --- lifecycle --------------------------------------------------------------------------------

    def clear(self) -> None:
        with self.transaction():
            for table in ("documents", "counters", "field_index", "events"):
                self._conn.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        self._conn.close()


def _load(body: bytes | str) -> Document:
    doc: Document = orjson.loads(body)
    return doc
