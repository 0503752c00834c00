"""The store on PostgreSQL: several emulator processes (replicas, workers) share one world.

Same interface and semantics as the SQLite store. Transactions are serialised as SQLite serialises
them: each takes one transaction-level advisory lock as it begins, so a request's read-modify-write of a
document can never interleave with another replica's (no lost write, no serialization failure to retry
halfway through a request). A write outside a transaction is blind (it reads nothing first): it skips
that lock, and the document's row lock orders it among others. Ids come from counters advanced by one
atomic upsert. A timeline event is claimed by deleting it with `FOR UPDATE SKIP LOCKED`, so that it is
taken exactly once, and never waited for, even by a claim made outside a transaction (the timeline
claims inside the transaction its handler fires in). A replica that dies mid-transaction leaves nothing
behind: PostgreSQL rolls the open transaction back when its connection drops.

A statement outside a transaction is retried when the server refused it as a serialization failure or
a deadlock (it did nothing); a lost connection is reopened before the next statement, never by running
one again (it may have committed). Inside a transaction, a failure rolls the whole of it back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, LiteralString

import psycopg
from psycopg import errors

from .jsontext import dumps
from .store_base import Document, Documents, Event, Events, index_rows, index_value, load_document

# Arbitrary constants naming the two advisory locks (one bigint each), "SWB" + a digit.
WRITE_LOCK = 0x535742_01
SCHEMA_LOCK = 0x535742_02
RETRIES = 3
# A replica stopped while it holds the write lock would stall every other: the server ends such a session.
IDLE_IN_TRANSACTION = "30s"

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS documents (
        seq BIGSERIAL PRIMARY KEY,  -- insertion order, kept when a document is replaced
        namespace TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (namespace, kind, key)
    )""",
    "CREATE INDEX IF NOT EXISTS documents_by_kind ON documents (namespace, kind, seq)",
    """CREATE TABLE IF NOT EXISTS counters (
        namespace TEXT NOT NULL, kind TEXT NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (namespace, kind)
    )""",
    """CREATE TABLE IF NOT EXISTS field_index (
        namespace TEXT NOT NULL,
        kind TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (namespace, kind, field, value, key)
    )""",
    "CREATE INDEX IF NOT EXISTS field_index_by_key ON field_index (namespace, kind, key)",
    """CREATE TABLE IF NOT EXISTS indexed_fields (
        kind TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (kind, field)
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        id BIGSERIAL PRIMARY KEY,
        due DOUBLE PRECISION NOT NULL,
        topic TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS events_by_due ON events (due, id)",
    "CREATE INDEX IF NOT EXISTS events_by_key ON events (topic, key)",
)

# One round trip: the lock is taken by the statement that opens the transaction.
_BEGIN_LOCKED: LiteralString = f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})"
_RETRIED = (errors.SerializationFailure, errors.DeadlockDetected)
Row = tuple[Any, ...]


class PostgresStore:
    def __init__(self, url: str) -> None:
        self.path = url
        self._lock = threading.RLock()
        self._depth = 0
        self._indexes: dict[str, tuple[str, ...]] = {}
        self._derived: dict[tuple[str, str], Callable[[Document], Any]] = {}
        self._conn = self._connect()
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                # Replicas starting together would race on CREATE ... IF NOT EXISTS otherwise.
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                for statement in _SCHEMA:
                    self._conn.execute(statement)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _connect(self) -> psycopg.Connection[Row]:
        conn = psycopg.connect(self.path, autocommit=True)
        conn.execute(f"SET idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION}'")
        return conn

    def transaction(self) -> AbstractContextManager[None]:
        """Nested calls join the outermost transaction; it commits (or rolls back) as a whole, and holds
        the write lock from its start, so that what it reads stays true until it commits."""
        return self._transaction(_BEGIN_LOCKED)

    @contextmanager
    def _transaction(self, begin: LiteralString) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._reconnect_if_lost()
                self._conn.execute(begin)
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if self._depth == 0 and not self._conn.closed:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("COMMIT")

    def _atomic(self) -> AbstractContextManager[None]:
        """A blind write's few statements as one, without the write lock: the document's row lock, taken
        by its first statement, orders writers of the same document."""
        return self._transaction("BEGIN")

    def _reconnect_if_lost(self) -> None:
        if self._conn.closed or self._conn.broken:
            self._conn = self._connect()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Row]:
        """One statement; outside a transaction it is retried when the server refused it (it did nothing)."""
        with self._lock:
            if self._depth:
                return self._conn.execute(sql, params)
            for attempt in range(RETRIES):
                try:
                    self._reconnect_if_lost()
                    return self._conn.execute(sql, params)
                except _RETRIED:
                    if attempt == RETRIES - 1:
                        raise
            raise AssertionError("unreachable")

    # --- documents --------------------------------------------------------------------------------

    def get(self, namespace: str, kind: str, key: str) -> Document | None:
        row = self._run(
            "SELECT body FROM documents WHERE namespace=%s AND kind=%s AND key=%s", (namespace, kind, key)
        ).fetchone()
        return None if row is None else load_document(row[0])

    def put(self, namespace: str, kind: str, key: str, doc: Document) -> None:
        upsert = (
            "INSERT INTO documents (namespace, kind, key, body) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (namespace, kind, key) DO UPDATE SET body=EXCLUDED.body"
        )
        values = (namespace, kind, key, dumps(doc).decode("utf-8"))
        fields = self._indexes.get(kind)
        if not fields:
            self._run(upsert, values)  # one statement: atomic on its own
            return
        with self._atomic():
            self._run(upsert, values)
            self._unindex(namespace, kind, key)
            self._index_doc(namespace, kind, key, doc, fields)

    def delete(self, namespace: str, kind: str, key: str) -> bool:
        removal = "DELETE FROM documents WHERE namespace=%s AND kind=%s AND key=%s"
        if kind not in self._indexes:
            return self._run(removal, (namespace, kind, key)).rowcount > 0
        with self._atomic():
            cursor = self._run(removal, (namespace, kind, key))
            self._unindex(namespace, kind, key)
        return cursor.rowcount > 0

    def list(self, namespace: str, kind: str) -> Documents:
        rows = self._run(
            "SELECT body FROM documents WHERE namespace=%s AND kind=%s ORDER BY seq", (namespace, kind)
        ).fetchall()
        return [load_document(row[0]) for row in rows]

    def page(
        self, namespace: str, kind: str, offset: int, limit: int, *, newest_first: bool = False
    ) -> Documents:
        order = "DESC" if newest_first else "ASC"
        rows = self._run(
            "SELECT body FROM documents WHERE namespace=%s AND kind=%s "
            f"ORDER BY seq {order} LIMIT %s OFFSET %s",
            (namespace, kind, max(0, limit), max(0, offset)),
        ).fetchall()
        return [load_document(row[0]) for row in rows]

    def count(self, namespace: str, kind: str) -> int:
        row = self._run(
            "SELECT COUNT(*) FROM documents WHERE namespace=%s AND kind=%s", (namespace, kind)
        ).fetchone()
        return int(row[0]) if row else 0

    # --- field indexes ----------------------------------------------------------------------------

    def index(self, kind: str, *fields: str) -> None:
        """Keep documents of `kind` (in every namespace) findable by these fields; documents stored before
        a field was declared are indexed once, here (by whichever replica declares it first)."""
        known = set(self._indexes.get(kind, ()))
        new = [f for f in fields if f not in known]
        if not new:
            return
        self._indexes[kind] = (*self._indexes.get(kind, ()), *new)
        with self.transaction():
            for field in new:
                inserted = self._run(
                    "INSERT INTO indexed_fields (kind, field) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (kind, field),
                ).rowcount
                if not inserted:
                    continue
                for namespace, key, body in self._run(
                    "SELECT namespace, key, body FROM documents WHERE kind=%s", (kind,)
                ).fetchall():
                    self._index_doc(namespace, kind, key, load_document(body), (field,))

    def index_derived(self, kind: str, name: str, derive: Callable[[Document], Any]) -> None:
        """Keep documents of `kind` findable by `name`, a value computed from each."""
        self._derived[(kind, name)] = derive
        self.index(kind, name)

    def find(self, namespace: str, kind: str, field: str, value: Any) -> Documents:
        """Documents whose indexed `field` equals `value`, in insertion order."""
        if field not in self._indexes.get(kind, ()):
            raise KeyError(f"{kind}.{field} is not indexed: declare it with Store.index")
        text = index_value(value)
        if text is None:
            return []
        rows = self._run(
            "SELECT d.body FROM field_index i JOIN documents d "
            "ON d.namespace=i.namespace AND d.kind=i.kind AND d.key=i.key "
            "WHERE i.namespace=%s AND i.kind=%s AND i.field=%s AND i.value=%s ORDER BY d.seq",
            (namespace, kind, field, text),
        ).fetchall()
        return [load_document(row[0]) for row in rows]

    def _index_doc(self, namespace: str, kind: str, key: str, doc: Document, fields: tuple[str, ...]) -> None:
        rows = index_rows(self._derived, namespace, kind, key, doc, fields)
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO field_index VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", rows
                )

    def _unindex(self, namespace: str, kind: str, key: str) -> None:
        self._run("DELETE FROM field_index WHERE namespace=%s AND kind=%s AND key=%s", (namespace, kind, key))

    # --- counters ---------------------------------------------------------------------------------

    def next_id(self, namespace: str, kind: str, start: int = 1) -> int:
        # One statement: the row lock it takes makes concurrent replicas count one after the other.
        row = self._run(
            "INSERT INTO counters (namespace, kind, value) VALUES (%s, %s, %s) "
            "ON CONFLICT (namespace, kind) DO UPDATE SET value = counters.value + 1 RETURNING value",
            (namespace, kind, start),
        ).fetchone()
        assert row is not None
        return int(row[0])

    # --- timeline events --------------------------------------------------------------------------

    def add_event(self, due: float, topic: str, key: str, payload: Document) -> int:
        row = self._run(
            "INSERT INTO events (due, topic, key, payload) VALUES (%s, %s, %s, %s) RETURNING id",
            (due, topic, key, dumps(payload).decode("utf-8")),
        ).fetchone()
        assert row is not None
        return int(row[0])

    def next_due(self) -> float | None:
        row = self._run("SELECT MIN(due) FROM events").fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def take_due(self, until: float) -> Event | None:
        """Claim the earliest event due by `until` (removing it): whoever takes it fires it, once; an
        event another replica is claiming at this moment is skipped, not waited for."""
        row = self._run(
            "DELETE FROM events WHERE id = (SELECT id FROM events WHERE due <= %s ORDER BY due, id "
            "LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, due, topic, key, payload",
            (until,),
        ).fetchone()
        if row is None:
            return None
        return Event(int(row[0]), float(row[1]), row[2], row[3], load_document(row[4]))

    def cancel_events(self, topic: str, key: str) -> int:
        return self._run("DELETE FROM events WHERE topic=%s AND key=%s", (topic, key)).rowcount

    def delete_event(self, event_id: int) -> bool:
        return self._run("DELETE FROM events WHERE id=%s", (event_id,)).rowcount > 0

    def events(self, limit: int = 100) -> Events:
        rows = self._run(
            "SELECT id, due, topic, key, payload FROM events ORDER BY due, id LIMIT %s", (limit,)
        ).fetchall()
        return [Event(int(r[0]), float(r[1]), r[2], r[3], load_document(r[4])) for r in rows]

    # --- lifecycle --------------------------------------------------------------------------------

    def clear(self) -> None:
        with self.transaction():
            for table in ("documents", "counters", "field_index", "events"):
                self._run(f"DELETE FROM {table}")

    def close(self) -> None:
        self._conn.close()
