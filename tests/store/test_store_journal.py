"""The request journal kept in the store (processes sharing one), on every backend."""

from __future__ import annotations

from emulator.core.journal import JournalQuery
from emulator.core.journal_store import StoreJournal

from .conftest import StoreOpener


def _entry(n: int, api: str = "voxology") -> dict[str, object]:
    return {
        "at": float(n),
        "api": api,
        "operation": "send_message",
        "status": 200 if n % 2 else 404,
        "_request_headers": [(b"x-api-key", b"k\xe9y")],
        "_request_body": b'{"n": %d}' % n,
        "_response_headers": [],
        "_response_body": b"\xff\x00raw",
    }


def test_entries_are_kept_newest_within_the_bound_shown_as_they_travelled(open_store: StoreOpener) -> None:
    journal = StoreJournal(open_store(), limit=3)
    for n in range(5):
        journal.record(_entry(n, api="a" if n % 2 else "b"))
    assert [e["id"] for e in journal.entries()] == [3, 4, 5]
    assert [e["at"] for e in journal.entries(JournalQuery(api="a"))] == [3.0]
    assert [e["id"] for e in journal.entries(JournalQuery(status="4xx", limit=1))] == [5]
    shown = journal.get(4)
    assert shown is not None and shown["request"] == {"headers": {"x-api-key": "kéy"}, "body": '{"n": 3}'}
    assert shown["response"]["body"] == "\ufffd\x00raw" and journal.get(1) is None
    journal.resize(2)
    assert [e["id"] for e in journal.entries()] == [4, 5]


def test_every_process_sees_one_journal_whose_ids_go_on_across_a_reset(open_store: StoreOpener) -> None:
    first, second = StoreJournal(open_store()), StoreJournal(open_store())
    first.record(_entry(1))
    second.record(_entry(2))
    assert [e["id"] for e in first.entries()] == [e["id"] for e in second.entries()] == [1, 2]
    last = first.last_id
    first.store.clear()  # what a reset does: the whole store, then the journal told where ids stood
    first.clear(ids_after=last)
    assert second.entries() == []
    assert second.record(_entry(3))["id"] == 3
    second.clear()
    assert first.entries() == [] and first.record(_entry(4))["id"] == 4
