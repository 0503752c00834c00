"""Fault rules kept in the store (processes that share one), on every backend."""

from __future__ import annotations

from emulator.core.faults import FaultBook
from emulator.core.faults_store import StoreFaultBook

from .conftest import StoreOpener

RULE = {"action": "error", "status": 503, "api": "voxology", "probability": 0.5, "seed": 7, "count": 6}


def _picks(book: FaultBook, times: int) -> list[bool]:
    return [
        book.pick("api", "voxology", "sendMessage", "POST", "/v1/Messages", 0.0) is not None
        for _ in range(times)
    ]


def test_a_shared_rule_draws_and_counts_as_one_kept_in_memory_does(open_store: StoreOpener) -> None:
    in_memory, shared = FaultBook(), StoreFaultBook(open_store())
    in_memory.add(dict(RULE), 0.0)
    shared.add(dict(RULE), 0.0)
    assert shared.active and _picks(shared, 30) == _picks(in_memory, 30)
    [rule] = shared.rules()
    assert (rule.fired, rule.seen) == (6, in_memory.rules()[0].seen)  # the count ran out
    assert shared.pick("api", "kit", None, "GET", "/api", 0.0) is None


def test_every_process_sees_the_rules_and_their_counts(open_store: StoreOpener) -> None:
    first, second = StoreFaultBook(open_store()), StoreFaultBook(open_store())
    rule = first.add({"action": "error", "status": 500, "count": 2}, 0.0)
    second.known = 1  # what a process reads with the shared clock at its next request
    fired = [
        second.pick("api", "ccai", None, "GET", "/x", 0.0),
        first.pick("api", "ccai", None, "GET", "/x", 0.0),
    ]
    assert [r.id if r else None for r in fired] == [rule.id, rule.id]
    assert second.pick("api", "ccai", None, "GET", "/x", 0.0) is None  # two firings in all, not per process
    shown = second.get(rule.id)
    assert shown is not None and shown.to_json()["remaining"] == 0
    assert second.delete(rule.id) and first.rules() == [] and not second.active
