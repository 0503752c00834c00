"""What the sub-user list and the ACD history read from the store does not grow with the sub-users and
ACD requests stored: a few vs 500 of them, the same documents read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from emulator.core.store import SQLiteStore
from emulator.providers.voximplant_management import VoximplantManagementProvider
from emulator.providers.voximplant_management.base import Account

from ..conftest import LiveServer
from .test_vox_store_cost import Reads
from .vox import new_app, ok

ACCOUNT = Account(1)


@pytest.fixture
def reads(emulator: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Reads]:
    store = emulator.app.env.store
    assert isinstance(store, SQLiteStore)
    yield Reads(store, monkeypatch)


def _provider(emulator: LiveServer) -> VoximplantManagementProvider:
    [provider] = [p for p in emulator.app.providers if isinstance(p, VoximplantManagementProvider)]
    return provider


def _subuser_page(emulator: LiveServer, reads: Reads, subusers: int) -> int:
    emulator.reset()
    provider = _provider(emulator)
    with provider.store.transaction():
        for n in range(subusers):
            provider.save(
                ACCOUNT, "subuser", n + 1, {"subuser_id": n + 1, "subuser_name": f"s{n}", "roles": [4]}
            )
    found = ok(emulator, "GetSubUsers", offset=0, count=2, with_roles=True)
    assert found["total_count"] == subusers
    return reads.of(lambda: ok(emulator, "GetSubUsers", offset=0, count=2, with_roles=True))


def _acd_history_today(emulator: LiveServer, reads: Reads, earlier: int) -> int:
    emulator.reset()
    provider = _provider(emulator)
    app_id = new_app(emulator, "cc")
    queue_id = ok(emulator, "AddQueue", application_id=app_id, acd_queue_name="line")["acd_queue_id"]
    request = {
        "acd_queue_id": queue_id,
        "user_id": None,
        "waiting_time": 5,
        "talk_time": 0,
        "rejected": False,
    }
    with provider.store.transaction():
        for _ in range(earlier):
            provider.record_acd_request(
                ACCOUNT, {**request, "begin_time": "2020-01-01 10:00:00", "unserviced": True}
            )
        provider.record_acd_request(ACCOUNT, {**request, "begin_time": provider.now(), "unserviced": True})
    today = provider.today()
    period = {"from_date": f"{today} 00:00:00", "to_date": f"{today} 23:59:59"}
    assert ok(emulator, "GetACDHistory", **period)["total_count"] == 1
    return reads.of(lambda: ok(emulator, "GetACDHistory", **period))


def test_a_page_of_sub_users_reads_the_same_with_2_or_500(emulator: LiveServer, reads: Reads) -> None:
    assert _subuser_page(emulator, reads, 2) == _subuser_page(emulator, reads, 500)


def test_a_days_acd_history_reads_the_same_with_1_or_500_older_requests(
    emulator: LiveServer, reads: Reads
) -> None:
    assert _acd_history_today(emulator, reads, 1) == _acd_history_today(emulator, reads, 500)
