"""The request journal: every request to a vendor API and what it was answered, newest kept.

In memory (a bounded deque), for a process whose store is its own (processes sharing one keep the journal
there: journal_store.py): recording costs a dict and an append per request, no store transaction;
headers and bodies are kept as they travelled and decoded only when read. A reset empties it with the
rest of the world, but ids keep counting, so a reader that follows the journal by id (`after`) never sees
an id twice. Bodies are shown up to `BODY_LIMIT` characters.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

DEFAULT_LIMIT = 1000
BODY_LIMIT = 8192

Entry = dict[str, Any]
RawHeaders = list[tuple[bytes, bytes]]


def _headers(raw: RawHeaders) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw}


def shown(entry: Entry) -> Entry:
    """An entry as the control API shows it: the raw request and response decoded."""
    view = {key: value for key, value in entry.items() if not key.startswith("_")}
    request = _headers(entry.get("_request_headers", [])), body_text(entry.get("_request_body", b""))
    response = _headers(entry.get("_response_headers", [])), body_text(entry.get("_response_body", b""))
    view["request"] = {"headers": request[0], "body": request[1]}
    view["response"] = None if entry["status"] is None else {"headers": response[0], "body": response[1]}
    return view


def body_text(raw: bytes) -> str | None:
    if not raw:
        return None
    text = raw[: BODY_LIMIT + 1].decode("utf-8", "replace")
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT] + "…"


@dataclass(frozen=True, slots=True)
class JournalQuery:
    api: str | None = None
    operation: str | None = None
    status: str | None = None  # "404", or a class such as "4xx"; "none" for requests never answered
    since: float | None = None  # emulator-clock seconds, inclusive
    until: float | None = None  # exclusive
    after: int | None = None  # entries with a larger id only (to follow the journal)
    limit: int | None = None  # the newest this many of what matched

    def admits(self, entry: Entry) -> bool:
        if self.api is not None and entry["api"] != self.api:
            return False
        if self.operation is not None and entry["operation"] != self.operation:
            return False
        if self.since is not None and entry["at"] < self.since:
            return False
        if self.until is not None and entry["at"] >= self.until:
            return False
        if self.after is not None and entry["id"] <= self.after:
            return False
        return self.status is None or status_matches(self.status, entry["status"])


def status_matches(wanted: str, status: int | None) -> bool:
    if wanted == "none":
        return status is None
    if status is None:
        return False
    if len(wanted) == 3 and wanted[1:].lower() == "xx":
        return str(status)[0] == wanted[0]
    return str(status) == wanted


class Journal:
    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self._entries: deque[Entry] = deque(maxlen=limit)
        self._next_id = 1
        self._lock = threading.Lock()

    def record(self, entry: Entry) -> Entry:
        with self._lock:
            entry["id"] = self._next_id
            self._next_id += 1
            self._entries.append(entry)
        return entry

    @property
    def last_id(self) -> int:
        return self._next_id - 1

    def entries(self, query: JournalQuery | None = None) -> list[Entry]:
        """Matching entries, oldest first, as shown."""
        with self._lock:
            snapshot = list(self._entries)
        found = snapshot if query is None else [entry for entry in snapshot if query.admits(entry)]
        if query is not None and query.limit:
            found = found[-query.limit :]
        return [shown(entry) for entry in found]

    def get(self, entry_id: int) -> Entry | None:
        with self._lock:
            found = next((entry for entry in self._entries if entry["id"] == entry_id), None)
        return None if found is None else shown(found)

    def clear(self, ids_after: int | None = None) -> None:
        """Empty it; ids go on counting here, so `ids_after` (for the journal kept in a store) is moot."""
        with self._lock:
            self._entries.clear()

    def resize(self, limit: int) -> None:
        with self._lock:
            self.limit = limit
            self._entries = deque(self._entries, maxlen=limit)
