"""A CallGear request reads no more stored call sessions when the account has 500 past calls than when it
has one: list.calls and the timeline look calls up by index and key, never by scanning them all."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from emulator.core.store import SQLiteStore

from ..conftest import LiveServer
from .callgear import CONTACT, Session, control

NS = "callgear-call-api/1"
GROWING = ("call", "employee", "blacklist")  # what an account accumulates or may have many of


class DocumentsRead:
    """Counts the documents of the growing kinds that list / find / page hand back."""

    def __init__(self) -> None:
        self.count = 0

    def wrap(self, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
        original = getattr(SQLiteStore, name)

        def counted(store: SQLiteStore, namespace: str, kind: str, *args: Any, **kwargs: Any) -> Any:
            found = original(store, namespace, kind, *args, **kwargs)
            if kind in GROWING:
                self.count += len(found)
            return found

        monkeypatch.setattr(SQLiteStore, name, counted)


@pytest.fixture
def documents_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[DocumentsRead]:
    reads = DocumentsRead()
    for name in ("list", "find", "page"):
        reads.wrap(monkeypatch, name)
    yield reads


def _past_calls(live: LiveServer, how_many: int) -> None:
    """`how_many` ended call sessions (and as many extra employees) stored straight into the account."""
    store = live.app.env.store
    with store.transaction():
        for n in range(how_many):
            store.put(
                NS,
                "call",
                str(100 + n),
                {"call_session_id": 100 + n, "account_id": 1, "state": "ended", "active": False, "legs": []},
            )
            store.put(
                NS,
                "employee",
                str(9000 + n),
                {"id": 9000 + n, "full_name": f"E{n}", "extension": str(5000 + n), "phone_numbers": []},
            )


def _one_call_of_everything(live: LiveServer) -> tuple[int, list[Any]]:
    session = Session(live)
    call_id = session.employee_call()
    live.advance(4)  # the timeline's handlers: both parties answer
    listed = session.ok("list.calls")
    session.ok("hold.call", call_session_id=call_id, contact_message={"type": "media", "value": "2034"})
    session.ok("make.call", call_session_id=call_id, to="102")
    session.ok("release.call", call_session_id=call_id)
    return call_id, listed


@pytest.mark.parametrize("past", [1, 500])
def test_request_cost_does_not_grow_with_past_calls(
    emulator: LiveServer, documents_read: DocumentsRead, past: int
) -> None:
    _past_calls(emulator, past)
    documents_read.count = 0
    call_id, listed = _one_call_of_everything(emulator)
    assert [c["call_session_id"] for c in listed] == [call_id]
    assert listed[0]["contact_phone_number"] == CONTACT
    # list.calls reads the one call in progress; make.call the one employee with extension 102.
    assert documents_read.count == 2
    assert len(control(emulator, "GET", "/calls")) == past + 1  # the control API still lists them all
