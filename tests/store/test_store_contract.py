"""The store contract, for every backend (SQLite, and a real PostgreSQL server): what providers rely on."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from emulator.core.store_base import Store

from .conftest import StoreOpener


def test_documents_are_kept_replaced_and_deleted_by_key(store: Store) -> None:
    store.put("ns", "call", "a", {"n": 1, "text": "é ☎"})
    store.put("ns", "call", "b", {"n": 2})
    store.put("other", "call", "a", {"n": 9})
    store.put("ns", "call", "a", {"n": 3, "text": "é ☎"})  # replaced: keeps its place in the order
    assert store.get("ns", "call", "a") == {"n": 3, "text": "é ☎"}
    assert [d["n"] for d in store.list("ns", "call")] == [3, 2]
    assert store.count("ns", "call") == 2 and store.count("ns", "agent") == 0
    assert store.delete("ns", "call", "a") is True and store.delete("ns", "call", "a") is False
    assert store.get("ns", "call", "a") is None and store.get("other", "call", "a") == {"n": 9}


def test_a_page_reads_a_window_in_insertion_order_either_way(store: Store) -> None:
    for n in range(7):
        store.put("ns", "call", f"k{n}", {"n": n})
    assert [d["n"] for d in store.page("ns", "call", 2, 3)] == [2, 3, 4]
    assert [d["n"] for d in store.page("ns", "call", 0, 2, newest_first=True)] == [6, 5]
    assert store.page("ns", "call", 10, 5) == [] and store.page("ns", "call", -1, -1) == []


def test_indexed_fields_find_documents_by_value_members_and_derived_values(store: Store) -> None:
    store.put("ns", "call", "before", {"state": "ringing", "tags": ["x"], "at": "2026-01-02T10:00"})
    store.index("call", "state", "tags")  # documents stored earlier are indexed once, here
    store.index_derived("call", "day", lambda doc: str(doc.get("at", ""))[:10] or None)
    store.put("ns", "call", "c1", {"state": "ringing", "tags": ["x", "y"], "at": "2026-01-03T09:00"})
    store.put("ns", "call", "c2", {"state": "ended", "tags": [], "flag": True})
    store.put("ns", "call", "c1", {"state": "answered", "tags": ["y"], "at": "2026-01-03T09:00"})
    keys = lambda docs: [d.get("state") for d in docs]  # noqa: E731
    assert keys(store.find("ns", "call", "state", "ringing")) == ["ringing"]  # c1 moved on
    assert keys(store.find("ns", "call", "tags", "y")) == ["answered"]
    assert keys(store.find("ns", "call", "tags", "x")) == ["ringing"]
    assert keys(store.find("ns", "call", "day", "2026-01-03")) == ["answered"]
    assert store.find("other", "call", "state", "answered") == []
    store.delete("ns", "call", "c1")
    assert store.find("ns", "call", "tags", "y") == []
    with pytest.raises(KeyError):
        store.find("ns", "call", "flag", True)


def test_scalar_index_values_match_as_text(store: Store) -> None:
    store.index("agent", "ext", "on")
    store.put("ns", "agent", "a", {"ext": 101, "on": True})
    assert len(store.find("ns", "agent", "ext", "101")) == 1
    assert len(store.find("ns", "agent", "on", True)) == 1 and store.find("ns", "agent", "on", None) == []


def test_counters_count_per_namespace_and_kind_from_their_start(store: Store) -> None:
    assert [store.next_id("ns", "call", start=100) for _ in range(3)] == [100, 101, 102]
    assert store.next_id("ns", "sms") == 1 and store.next_id("other", "call") == 1


def test_a_transaction_commits_as_a_whole_or_not_at_all(store: Store) -> None:
    with store.transaction():
        store.put("ns", "call", "a", {"n": 1})
        with store.transaction():  # nested: joins the outer one
            store.put("ns", "call", "b", {"n": 2})
    with pytest.raises(RuntimeError), store.transaction():
        store.put("ns", "call", "c", {"n": 3})
        store.add_event(1.0, "t", "c", {})
        raise RuntimeError("the request failed")
    assert [d["n"] for d in store.list("ns", "call")] == [1, 2] and store.events() == []


def test_events_are_taken_in_due_order_once_and_cancelled_by_key(store: Store) -> None:
    late = store.add_event(20.0, "call.end", "c1", {"why": "late"})
    store.add_event(10.0, "call.ring", "c1", {"n": 1})
    store.add_event(10.0, "call.ring", "c2", {"n": 2})
    store.add_event(15.0, "call.answer", "c1", {})
    assert store.next_due() == 10.0 and [e.due for e in store.events(2)] == [10.0, 10.0]
    assert store.cancel_events("call.answer", "c1") == 1
    first, second = store.take_due(12.0), store.take_due(12.0)
    assert first is not None and second is not None
    assert (first.payload, second.payload) == ({"n": 1}, {"n": 2})
    assert store.take_due(12.0) is None
    taken = store.take_due(30.0)
    assert taken is not None and (taken.id, taken.topic, taken.key) == (late, "call.end", "c1")
    assert store.next_due() is None


def test_clear_empties_everything_but_the_declared_indexes(store: Store) -> None:
    store.index("call", "state")
    store.put("ns", "call", "a", {"state": "x"})
    store.next_id("ns", "call")
    store.add_event(1.0, "t", "k", {})
    store.clear()
    assert store.list("ns", "call") == [] and store.events() == [] and store.next_id("ns", "call") == 1
    store.put("ns", "call", "b", {"state": "x"})
    assert len(store.find("ns", "call", "state", "x")) == 1


# --- several processes' connections on one state ----------------------------------------------------


def _together(workers: int, work: Callable[[int], None]) -> None:
    threads = [threading.Thread(target=work, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)


def test_ids_never_collide_across_connections(open_store: StoreOpener) -> None:
    stores = [open_store() for _ in range(3)]
    taken: list[list[int]] = [[] for _ in stores]
    _together(3, lambda n: taken[n].extend(stores[n].next_id("ns", "call") for _ in range(200)))
    every = [i for ids in taken for i in ids]
    assert sorted(every) == list(range(1, 601))


def test_read_modify_write_in_transactions_loses_no_update(open_store: StoreOpener) -> None:
    stores = [open_store() for _ in range(3)]
    stores[0].put("ns", "counter", "hits", {"n": 0})

    def bump(n: int) -> None:
        for _ in range(100):
            with stores[n].transaction():
                doc = stores[n].get("ns", "counter", "hits")
                assert doc is not None
                stores[n].put("ns", "counter", "hits", {"n": doc["n"] + 1})

    _together(3, bump)
    assert stores[0].get("ns", "counter", "hits") == {"n": 300}


def test_each_event_is_taken_by_exactly_one_connection(open_store: StoreOpener) -> None:
    stores = [open_store() for _ in range(3)]
    scheduled = {stores[0].add_event(float(n % 7), "t", str(n), {"n": n}) for n in range(300)}
    taken: list[list[int]] = [[] for _ in stores]

    def drain(n: int) -> None:
        while (event := stores[n].take_due(100.0)) is not None:
            taken[n].append(event.id)

    _together(3, drain)
    every = [i for ids in taken for i in ids]
    assert len(every) == len(set(every)) == 300 and set(every) == scheduled
