"""State behind one interface: namespaced collections of JSON documents.

SQLite is the embedded default: in memory, or a file that survives restarts. Every request's writes
happen in one transaction that commits before the response is sent, so acknowledged state is durable;
a single write outside a transaction commits on its own (autocommit).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import orjson

from .jsontext import dumps

Document = dict[str, Any]


class Store(Protocol):
    def get(self, namespace: str, kind: str, key: str) -> Document | None: ...
    def put(self, namespace: str, kind: str, key: str, doc: Document) -> None: ...
    def delete(self, namespace: str, kind: str, key: str) -> bool: ...
    def list(self, namespace: str, kind: str) -> list[Document]: ...
    def next_id(self, namespace: str, kind: str, start: int = 1) -> int: ...
    def transaction(self) -> Any: ...
    def clear(self) -> None: ...
    def close(self) -> None: ...


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
"""


class SQLiteStore:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path else ":memory:"
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._lock = threading.RLock()
        self._depth = 0

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

    def get(self, namespace: str, kind: str, key: str) -> Document | None:
        row = self._conn.execute(
            "SELECT body FROM documents WHERE namespace=? AND kind=? AND key=?", (namespace, kind, key)
        ).fetchone()
        return None if row is None else _load(row[0])

    def put(self, namespace: str, kind: str, key: str, doc: Document) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO documents (namespace, kind, key, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (namespace, kind, key) DO UPDATE SET body=excluded.body",
                (namespace, kind, key, dumps(doc)),
            )

    def delete(self, namespace: str, kind: str, key: str) -> bool:
        with self._lock:
            cursor = self._conn.execute(
                "DELETE FROM documents WHERE namespace=? AND kind=? AND key=?", (namespace, kind, key)
            )
        return cursor.rowcount > 0

    def list(self, namespace: str, kind: str) -> list[Document]:
        rows = self._conn.execute(
            "SELECT body FROM documents WHERE namespace=? AND kind=? ORDER BY seq", (namespace, kind)
        ).fetchall()
        return [_load(row[0]) for row in rows]

    def next_id(self, namespace: str, kind: str, start: int = 1) -> int:
        with self._lock:
            row = self._conn.execute(
                "INSERT INTO counters (namespace, kind, value) VALUES (?, ?, ?) "
                "ON CONFLICT (namespace, kind) DO UPDATE SET value = value + 1 RETURNING value",
                (namespace, kind, start),
            ).fetchone()
        return int(row[0])

    def clear(self) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM documents")
            self._conn.execute("DELETE FROM counters")

    def close(self) -> None:
        self._conn.close()


def _load(body: bytes | str) -> Document:
    doc: Document = orjson.loads(body)
    return doc
