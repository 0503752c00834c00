"""What a request or a timeline step reads from the store does not grow with the documents stored: the
same work with 1 (or a few) vs 500 documents of the growing kinds reads the same number of documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from emulator.core.store import SQLiteStore
from emulator.providers.voximplant_management import VoximplantManagementProvider
from emulator.providers.voximplant_management.base import Account

from ..conftest import LiveServer
from .vox import control, new_app, ok

PERIOD_TODAY = {"from_date": "{today} 00:00:00", "to_date": "{today} 23:59:59"}


class Reads:
    """Counts the documents the store hands out (scans, finds, pages and gets alike)."""

    def __init__(self, store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
        # Patched on the class: undoing a patch of the instance would leave the original methods behind as
        # instance attributes of the shared server's store, hiding every later class-level patch.
        self.documents = 0
        kind = type(store)
        for name in ("list", "find", "page"):
            monkeypatch.setattr(kind, name, self._counting_many(getattr(kind, name)))
        monkeypatch.setattr(kind, "get", self._counting_one(kind.get))

    def _counting_many(self, method: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
        def counted(*args: Any, **kwargs: Any) -> list[Any]:
            found = method(*args, **kwargs)
            self.documents += len(found)
            return found

        return counted

    def _counting_one(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            found = method(*args, **kwargs)
            self.documents += found is not None
            return found

        return counted

    def of(self, work: Callable[[], object]) -> int:
        before = self.documents
        work()
        return self.documents - before


@pytest.fixture
def reads(emulator: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Reads]:
    store = emulator.app.env.store
    assert isinstance(store, SQLiteStore)
    yield Reads(store, monkeypatch)


def _provider(emulator: LiveServer) -> VoximplantManagementProvider:
    [provider] = [p for p in emulator.app.providers if isinstance(p, VoximplantManagementProvider)]
    return provider


def _dialling_step(emulator: LiveServer, reads: Reads, tasks: int) -> int:
    """Documents read while two calls end and the next two tasks are dialled, in a list of `tasks`."""
    emulator.reset()
    with emulator.control() as client:
        rule = {"outcome": "answered", "answer_after_s": 1, "talk_s": 5}
        client.put("/farend/voximplant-management/1/default", json=rule).raise_for_status()
    app_id = new_app(emulator)
    rule_id = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="r")["rule_id"]
    rows = "\n".join(["phone_number", *(f"1212{n:07d}" for n in range(tasks))])
    ok(
        emulator,
        "CreateCallList",
        rule_id=rule_id,
        name="big",
        priority=1,
        max_simultaneous=2,
        num_attempts=1,
        file_content=rows,
    )
    emulator.advance(1)  # both first calls answered
    return reads.of(lambda: emulator.advance(5))  # they end; the next two are dialled


def test_a_dialling_step_reads_the_same_with_4_or_500_tasks(emulator: LiveServer, reads: Reads) -> None:
    small, large = _dialling_step(emulator, reads, 4), _dialling_step(emulator, reads, 500)
    assert small == large and small > 0


def _history_request(emulator: LiveServer, reads: Reads, old_sessions: int) -> int:
    """Documents read by GetCallHistory for today, with `old_sessions` sessions of last year stored."""
    emulator.reset()
    app_id = new_app(emulator)
    provider = _provider(emulator)
    account = Account(1)
    with emulator.app.env.store.transaction():
        for n in range(old_sessions):
            session = {"call_session_history_id": n + 1, "start_date": "2001-01-01 10:00:00"}
            provider.save_dated(account, "call_session", n + 1, session, session["start_date"])
    control(emulator, "POST", "/accounts/1/call-sessions", application_id=app_id)
    today = provider.today()
    period = {k: v.format(today=today) for k, v in PERIOD_TODAY.items()}
    found: list[int] = []
    cost = reads.of(lambda: found.append(ok(emulator, "GetCallHistory", **period)["total_count"]))
    assert found == [1]
    return cost


def test_call_history_of_a_day_reads_the_same_with_1_or_500_old_sessions(
    emulator: LiveServer, reads: Reads
) -> None:
    assert _history_request(emulator, reads, 1) == _history_request(emulator, reads, 500)


def _cancel_one_task(emulator: LiveServer, reads: Reads, tasks: int) -> int:
    emulator.reset()
    app_id = new_app(emulator)
    rule_id = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="r")["rule_id"]
    rows = "\n".join(["phone_number;__task_uuid", *(f"1212{n:07d};u-{n}" for n in range(tasks))])
    list_id = ok(
        emulator,
        "CreateCallList",
        rule_id=rule_id,
        name="big",
        priority=1,
        max_simultaneous=1,
        num_attempts=1,
        file_content=rows,
    )["list_id"]
    return reads.of(
        lambda: ok(emulator, "CancelCallListTask", account_id="1", list_id=str(list_id), tasks_uuids="u-0")
    )


def test_cancelling_a_task_reads_the_same_with_3_or_500_tasks(emulator: LiveServer, reads: Reads) -> None:
    assert _cancel_one_task(emulator, reads, 3) == _cancel_one_task(emulator, reads, 500)
