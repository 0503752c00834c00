"""A Kit request's (and its timeline events') cost does not grow with the documents an account holds."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from emulator.core.store import SQLiteStore

from ..conftest import LiveServer
from .kit import api, finish_calls, run_scenario

NS = "voximplant-kit/demo"
# The kinds that grow with use (history, contacts, rows, attempts, DNC entries, calls in progress).
GROWING = (
    "call",
    "live_call",
    "pds_contact",
    "pds_list",
    "dialer_contact",
    "dialer_list",
    "row",
    "attempt",
    "dnc",
)


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Documents read by full scans (`Store.list`) of the growing kinds, by kind."""
    counts: Counter[str] = Counter()
    original = SQLiteStore.list

    def counting(self: SQLiteStore, namespace: str, kind: str) -> list[dict[str, Any]]:
        found = original(self, namespace, kind)
        if namespace == NS and kind in GROWING:
            counts[kind] += len(found)
        return found

    monkeypatch.setattr(SQLiteStore, "list", counting)
    yield counts


def _fill(live: LiveServer, size: int) -> None:
    """`size` documents of every growing kind that belong to nothing the requests below touch."""
    store = live.app.env.store
    with store.transaction():
        for n in range(size):
            call = {"id": 100 + n, "campaign_id": 999, "scenario_id": 999, "user_id": 999, "phone_a": "1"}
            call["datetime_start"] = "2025-01-01 00:00:00"  # long before the window searched below
            store.put(NS, "call", str(100 + n), {**call, "phone_b": f"1999{n:07d}", "is_incoming": False})
            contact = {"id": 10_000 + n, "agent_campaign_id": 999, "agent_campaign_list_id": 999}
            store.put(NS, "pds_contact", str(10_000 + n), {**contact, "status": "success", "_waiting": None})
            store.put(
                NS, "dialer_contact", str(10_000 + n), {"id": 10_000 + n, "list_id": 999, "_waiting": None}
            )
            store.put(NS, "row", str(10_000 + n), {"id": 10_000 + n, "campaign_id": 999, "_waiting": None})
            store.put(NS, "attempt", str(10_000 + n), {"id": str(10_000 + n), "campaign_id": 999})
            store.put(NS, "dnc", str(10_000 + n), {"id": 10_000 + n, "list_id": 1, "number": f"1888{n:07d}"})


def _representative_requests(live: LiveServer) -> None:
    """A scenario call through its end, a PDS and an outbound campaign dialling, and their reads."""
    with api(live) as client:
        run_scenario(client, "12025550123").raise_for_status()
        pds = client.post(
            "/v3/agentCampaigns/createCampaign",
            data={"title": "Renewals", "phone_number_id": 11, "user_ids": "[2]", "dnc_lists": "[1]"},
        ).json()["result"]
        rows = json.dumps([{"phone": "12025550124", "UTC": "Europe/Berlin"}])
        client.post("/v3/agentCampaigns/appendContacts", data={"campaign_id": pds["id"], "rows": rows})
        client.post("/v3/agentCampaigns/setCampaignStatus", data={"id": pds["id"], "status": "ongoing"})
        outbound = client.post(
            "/v3/outbound/initCampaign",
            data={
                "title": "Reminders",
                "max_attempts": 1,
                "interval": 10,
                "max_lines": 2,
                "scenario_id": 101,
                "phone_number_id": 11,
                "caller_id": 21,
                "time_start": "00:00:00",
                "time_end": "23:59:59",
                "date_start": "2000-01-01 00:00:00",
                "date_end": "9999-12-31 23:59:59",
                "permanent": "false",
                "description": "",
            },
        ).json()["result"]
        client.post(
            "/v3/outbound/appendToCampaign", data={"campaign_id": outbound["id"], "rows": rows}
        ).raise_for_status()
        finish_calls(live)
        client.post("/v3/agentCampaigns/searchContacts", data={"campaign_id": pds["id"]}).raise_for_status()
        client.post("/v3/agentCampaigns/searchCampaigns").raise_for_status()
        client.get("/v3/attempt/searchAttempts", params={"campaign_id": outbound["id"]}).raise_for_status()
        client.post("/v3/outbound/stat", data={"campaign_ids": f"[{outbound['id']}]"}).raise_for_status()
        page = client.get("/v3/history/searchCalls").json()
        one = client.get("/v3/history/searchCalls", params={"id": page["result"][0]["id"]}).json()
        client.post("/v3/dnc/searchDncContacts", data={"list_id": 1, "per-page": 1}).raise_for_status()
        today = live.app.env.clock.now().strftime("%Y-%m-%d")
        window = {"datetime_start": f"{today} 00:00:00", "datetime_end": f"{today} 23:59:59"}
        todays = client.get("/v3/history/searchCalls", params=window).json()
        since = client.get("/v3/calls/searchCalls", params={"datetime_start": f"{today} 00:00:00"}).json()
    assert one["result"] == [page["result"][0]]
    assert len(todays["result"]) == len(since["result"]) == 3  # today's three calls, none of the old ones
    assert {c["phone_b"] for c in page["result"][:3]} == {"12025550123", "12025550124"}


def test_requests_and_events_scan_no_growing_collection(emulator: LiveServer, scanned: Counter[str]) -> None:
    costs = {}
    for size in (1, 500):
        emulator.reset()
        _fill(emulator, size)
        scanned.clear()
        _representative_requests(emulator)
        costs[size] = sum(scanned.values())
    assert costs == {1: costs[1], 500: costs[1]}
    assert costs[1] == 0  # no full scan of a growing kind at all


def test_an_unfiltered_history_page_reads_one_page(emulator: LiveServer, scanned: Counter[str]) -> None:
    _fill(emulator, 60)
    with api(emulator) as client:
        page = client.get("/v3/history/searchCalls").json()
    assert page["_meta"] == {"totalCount": 60, "pageCount": 3, "currentPage": 1, "perPage": 20}
    assert [c["id"] for c in page["result"]] == list(range(159, 139, -1))  # the newest first
    assert scanned["call"] == 0
