"""The child-account and phone-number-report requests find what they return by an index: their cost does not
grow with the accounts of the world or the account's other reports."""

from __future__ import annotations

import pytest

from emulator.core.store import SQLiteStore
from emulator.providers.voximplant_management.base import ACCOUNTS, Account

from ..conftest import LiveServer
from .test_vox_store_cost import Reads, _provider
from .vox import control, ok


@pytest.fixture
def counted(emulator: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Reads:
    store = emulator.app.env.store
    assert isinstance(store, SQLiteStore)
    return Reads(store, monkeypatch)


def _children_cost(emulator: LiveServer, reads: Reads, strangers: int) -> int:
    emulator.reset()
    control(emulator, "POST", "/accounts", account_name="kid", parent_account_id=1)
    store = _provider(emulator).store
    with store.transaction():
        for n in range(strangers):
            store.put(
                ACCOUNTS, "account", str(10_000 + n), {"account_id": 10_000 + n, "parent_account_id": None}
            )
    found: list[int] = []
    cost = reads.of(lambda: found.append(ok(emulator, "GetChildrenAccounts")["total_count"]))
    assert found == [1]
    return cost


def test_children_of_an_account_read_the_same_with_1_or_500_other_accounts(
    emulator: LiveServer, counted: Reads
) -> None:
    assert _children_cost(emulator, counted, 1) == _children_cost(emulator, counted, 500)


def _reports_cost(emulator: LiveServer, reads: Reads, others: int) -> int:
    emulator.reset()
    ok(emulator, "GetPhoneNumbersAsync")
    provider = _provider(emulator)
    with provider.store.transaction():
        for n in range(others):
            report = {"history_report_id": 90_000 + n, "type": "calls", "created": "2026-01-01 00:00:00"}
            provider.save(Account(1), "report", 90_000 + n, report)
    found: list[int] = []
    cost = reads.of(lambda: found.append(ok(emulator, "GetPhoneNumberReports")["total_count"]))
    assert found == [1]
    return cost


def test_phone_number_reports_read_the_same_with_1_or_500_other_reports(
    emulator: LiveServer, counted: Reads
) -> None:
    assert _reports_cost(emulator, counted, 1) == _reports_cost(emulator, counted, 500)
