"""The request journal: every vendor-API request with its answer, filtered by API, operation, status and
emulator-clock time, bounded to the newest entries, emptied by a reset."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from emulator.core.journal import Journal, JournalQuery

from ..conftest import LiveServer

HTTP = httpx.Client(timeout=10)
CCAI_AUTH = ("demo", "demo-token")
VOXOLOGY_KEY = {"X-API-Key": "demo-api-key"}


def journal(live: LiveServer, **filters: Any) -> list[dict[str, Any]]:
    with live.control() as control:
        response = control.get("/journal", params=filters)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()
    return found


def wait_times(live: LiveServer) -> httpx.Response:
    return HTTP.get(f"{live.url}/apps/api/v1/wait_times", params={"lang": "en"}, auth=CCAI_AUTH)


def rpc(live: LiveServer, method: str) -> httpx.Response:
    body = {"jsonrpc": "2.0", "id": 5, "method": method, "params": {"login": "nobody", "password": "x"}}
    return HTTP.post(f"{live.url}/v4.0", json=body)


def test_each_request_is_journalled_with_its_operation_bodies_and_answer(emulator: LiveServer) -> None:
    wait_times(emulator)
    rpc(emulator, "login.user")
    HTTP.post(
        f"{emulator.url}/platform_api/GetAccountInfo/", data={"account_id": "1", "api_key": "demo-api-key"}
    )
    HTTP.get(f"{emulator.url}/v1/Nowhere", headers=VOXOLOGY_KEY)
    HTTP.post(
        f"{emulator.url}/platform_api/", data={"cmd": "GetAccountInfo", "account_id": "1", "api_key": "x"}
    )
    with emulator.control() as control:
        control.get("/clock")  # control routes are not vendor requests: not journalled
    ccai, callgear, vox, unknown, by_command = journal(emulator)
    assert (by_command["path"], by_command["operation"]) == ("/platform_api/", "GetAccountInfo")
    assert (ccai["api"], ccai["operation"], ccai["method"], ccai["path"]) == (
        "ccai-platform",
        "getWaitTimes",
        "GET",
        "/apps/api/v1/wait_times",
    )
    assert ccai["query"] == "lang=en" and ccai["status"] == 200 and ccai["fault"] is None
    assert ccai["request"]["headers"]["authorization"].startswith("Basic ")
    assert ccai["response"]["headers"]["content-type"] == "application/json"
    assert ccai["response"]["body"] == wait_times(emulator).text
    assert (callgear["api"], callgear["operation"], callgear["status"]) == (
        "callgear-call-api",
        "login.user",
        200,
    )
    assert '"login.user"' in callgear["request"]["body"] and '"error"' in callgear["response"]["body"]
    assert (vox["api"], vox["operation"]) == ("voximplant-management", "GetAccountInfo")
    assert (unknown["api"], unknown["operation"], unknown["status"]) == ("voxology", None, 404)
    assert [e["id"] for e in (ccai, callgear, vox, unknown)] == sorted(
        e["id"] for e in (ccai, callgear, vox, unknown)
    )
    with emulator.control() as control:
        assert control.get(f"/journal/{vox['id']}").json() == vox
        assert control.get("/journal/99999999").status_code == 404


def test_filters_by_api_operation_and_status(emulator: LiveServer) -> None:
    wait_times(emulator)
    HTTP.get(f"{emulator.url}/apps/api/v1/wait_times", auth=CCAI_AUTH)  # no lang: 400
    HTTP.get(f"{emulator.url}/v1/LiveCalls", headers=VOXOLOGY_KEY)
    HTTP.get(f"{emulator.url}/v1/LiveCalls", headers={"X-API-Key": "wrong"})
    assert [e["status"] for e in journal(emulator, api="ccai-platform")] == [200, 400]
    assert [e["api"] for e in journal(emulator, operation="listLiveCalls")] == ["voxology", "voxology"]
    assert [e["status"] for e in journal(emulator, status="4xx")] == [400, 401]
    assert [e["operation"] for e in journal(emulator, status="200")] == ["getWaitTimes", "listLiveCalls"]
    assert [e["status"] for e in journal(emulator, api="voxology", status="401")] == [401]
    assert len(journal(emulator, limit=3)) == 3 and journal(emulator, limit=1)[0]["status"] == 401
    first = journal(emulator)[0]["id"]
    assert [e["id"] for e in journal(emulator, after=first + 1)] == [first + 2, first + 3]


def test_filters_by_emulator_clock_time(emulator: LiveServer) -> None:
    with emulator.control() as control:
        start = control.get("/clock").json()["time"]
    wait_times(emulator)
    emulator.advance(100)
    wait_times(emulator)
    wait_times(emulator)
    early, late, later = journal(emulator)
    assert early["at"] == pytest.approx(start) and late["at"] == pytest.approx(start + 100)
    assert [e["id"] for e in journal(emulator, since=start + 50)] == [late["id"], later["id"]]
    assert [e["id"] for e in journal(emulator, until=start + 50)] == [early["id"]]
    iso = "1970-01-01T00:00:00Z"
    assert len(journal(emulator, since=iso)) == 3


def test_an_injected_fault_is_journalled_with_its_rule(emulator: LiveServer) -> None:
    with emulator.control() as control:
        rule = control.post("/faults", json={"operation": "getWaitTimes", "action": "drop"}).json()
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{emulator.url}/apps/api/v1/wait_times", params={"lang": "en"}, auth=CCAI_AUTH)
    [entry] = journal(emulator, status="none")
    assert entry["fault"] == {"id": rule["id"], "action": "drop"} and entry["response"] is None


@pytest.mark.parametrize(
    ("filters", "says"),
    [
        ({"status": "abc"}, "status must be"),
        ({"since": "yesterday"}, "since must be epoch seconds or an ISO 8601"),
        ({"limit": "-1"}, "limit must be a whole number"),
    ],
)
def test_a_bad_filter_is_refused(emulator: LiveServer, filters: dict[str, str], says: str) -> None:
    with emulator.control() as control:
        response = control.get("/journal", params=filters)
    assert response.status_code == 400 and says in response.json()["error"]


def test_the_journal_keeps_the_newest_entries_and_a_reset_empties_it(emulator: LiveServer) -> None:
    env_journal = emulator.app.env.journal
    limit = env_journal.limit
    env_journal.resize(5)
    try:
        for _ in range(8):
            wait_times(emulator)
        kept = journal(emulator)
        assert len(kept) == 5 and [e["id"] for e in kept] == list(range(kept[0]["id"], kept[0]["id"] + 5))
        newest = kept[-1]["id"]
        emulator.reset()
        assert journal(emulator) == []
        wait_times(emulator)
        assert [e["id"] for e in journal(emulator)] == [newest + 1]  # ids never repeat across resets
        with emulator.control() as control:
            assert control.delete("/journal").status_code == 204
        assert journal(emulator) == []
    finally:
        env_journal.resize(limit)


def test_the_bound_holds_and_queries_combine() -> None:
    kept = Journal(limit=3)
    for n in range(10):
        kept.record({"at": float(n), "api": "a" if n % 2 else "b", "operation": None, "status": 200 + n})
    assert [e["id"] for e in kept.entries()] == [8, 9, 10]
    assert [e["status"] for e in kept.entries(JournalQuery(api="a"))] == [207, 209]
    assert [e["status"] for e in kept.entries(JournalQuery(since=8.0, status="2xx"))] == [208, 209]
    assert kept.entries(JournalQuery(status="none")) == []
