"""Kit's wire as its official PHP client reads and writes it: paging keys, stat and fail-list keys, PHP
booleans, the public helper."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from ..conftest import LiveServer
from .kit import BASE, api
from .test_kit_campaigns import INIT

META_KEYS = {"totalCount", "pageCount", "currentPage", "perPage"}
# The official client's search methods, sent as it sends them (GET).
OFFICIAL_SEARCHES = [
    ("/v3/setting/searchSettings", {}),
    ("/v3/calls/searchCalls", {}),
    ("/v3/history/searchCalls", {}),
    ("/v3/phone/searchNumbers", {}),
    ("/v3/callerid/searchCallerIDs", {}),
    ("/v3/scenario/searchScenarios", {}),
    ("/v3/outbound/searchCampaigns", {}),
    ("/v3/attempt/searchAttempts", {}),
]


@pytest.mark.parametrize(("path", "query"), OFFICIAL_SEARCHES, ids=[p for p, _ in OFFICIAL_SEARCHES])
def test_search_methods_page_with_camel_case_meta(
    emulator: LiveServer, path: str, query: dict[str, Any]
) -> None:
    with api(emulator) as client:
        body = client.get(path, params=query).json()
    assert body["success"] is True, body
    meta = body["_meta"]
    assert set(meta) == META_KEYS
    assert meta["currentPage"] == 1 and meta["perPage"] >= 1
    assert meta["totalCount"] == len(body["result"]) or meta["totalCount"] > meta["perPage"]


def test_meta_pages_a_campaign_search_in_camel_case(emulator: LiveServer) -> None:
    with api(emulator) as client:
        for _ in range(3):
            assert client.post("/v3/outbound/initCampaign", data=INIT).status_code == 200
        page = client.get("/v3/outbound/searchCampaigns", params={"page": 2, "per-page": 2}).json()
        tags = client.post("/v3/tags/searchTags", data={}).json()  # a functions-SDK method pages the same way
    total = page["_meta"]["totalCount"]
    assert total >= 3
    assert page["_meta"] == {"totalCount": total, "pageCount": -(-total // 2), "currentPage": 2, "perPage": 2}
    assert set(tags["_meta"]) == META_KEYS


def test_campaign_stat_keys_are_capitalised_beside_campaign_id(emulator: LiveServer) -> None:
    with api(emulator) as client:
        campaign = client.post("/v3/outbound/initCampaign", data=INIT).json()["result"]
        rows = [{"phone": "12025550102", "UTC": "America/New_York"}, {"phone": "1", "UTC": "UTC"}]
        client.post(
            "/v3/outbound/appendToCampaign", data={"campaign_id": campaign["id"], "rows": json.dumps(rows)}
        )
        stat = client.post("/v3/outbound/stat", data={"campaign_ids": f"[{campaign['id']}]"}).json()["result"]
    assert stat == [
        {
            "campaign_id": campaign["id"],
            "Status": "started",
            "CallItemCount": 1,
            "CallEnded": 0,
            "CallSuccess": 0,
            "CallFailed": 0,
            "Cost": 0.0,
        }
    ]


def test_append_fail_list_rows_carry_the_request_rows_utc_key(emulator: LiveServer) -> None:
    rows = json.dumps([{"phone": "12", "UTC": "Mars/Olympus", "name": "Kim"}])
    with api(emulator) as client:
        campaign = client.post("/v3/outbound/initCampaign", data=INIT).json()["result"]
        outbound = client.post(
            "/v3/outbound/appendToCampaign", data={"campaign_id": campaign["id"], "rows": rows}
        )
        pds = client.post(
            "/v3/agentCampaigns/createCampaign", data={"title": "Renewals", "phone_number_id": 11}
        )
        pds_appended = client.post(
            "/v3/agentCampaigns/appendContacts",
            data={"campaign_id": pds.json()["result"]["id"], "rows": rows},
        )
    (failed,) = outbound.json()["result"]["fail_list"]
    assert failed == {
        "phone": "12",
        "UTC": "Mars/Olympus",
        "custom_field": '{"name":"Kim"}',
        "errors": ["Invalid phone number", "Invalid time zone"],
    }
    (pds_failed,) = pds_appended.json()["result"]["fail_list"]
    assert pds_failed["UTC"] == "Mars/Olympus" and "utc" not in pds_failed


@pytest.mark.parametrize(("written", "permanent"), [("1", True), ("", False), ("0", False), ("true", True)])
def test_init_campaign_reads_permanent_as_php_writes_it(
    emulator: LiveServer, written: str, permanent: bool
) -> None:
    with api(emulator) as client:
        response = client.post("/v3/outbound/initCampaign", data={**INIT, "permanent": written})
    assert response.status_code == 200, response.text
    assert response.json()["result"]["permanent"] is permanent


def test_get_scenario_variables_reads_required_only_as_php_writes_it(emulator: LiveServer) -> None:
    with api(emulator) as client:
        everything = client.post(
            "/v3/scenario/getScenarioVariables", data={"scenario_id": 101, "required_only": ""}
        )
        required = client.post(
            "/v3/scenario/getScenarioVariables", data={"scenario_id": 101, "required_only": "1"}
        )
        wrong = client.post(
            "/v3/scenario/getScenarioVariables", data={"scenario_id": 101, "required_only": "yes"}
        )
    assert [v["name"] for v in everything.json()["result"]] == ["name", "appointment_date"]
    assert [v["name"] for v in required.json()["result"]] == ["name"]
    assert wrong.status_code == 400 and "required_only" in wrong.json()["result"]["error"]


def test_get_list_timezones_is_public_and_the_number_lookup_is_not(emulator: LiveServer) -> None:
    with httpx.Client(base_url=f"{emulator.url}{BASE}", timeout=10) as anonymous:
        zones = anonymous.get("/v3/helper/getListTimezones")
        by_number = anonymous.post("/v3/helper/getTimezonesByNumber", data={"phone_number": "12025550123"})
    assert zones.status_code == 200, zones.text
    listed = zones.json()["result"]
    assert "America/New_York" in {z["name"] for z in listed} and all(
        set(z) == {"name", "offset"} for z in listed
    )
    assert by_number.status_code == 401
    assert by_number.json() == {
        "success": False,
        "result": {"error": "Authorization required: pass access_token and domain", "code": 401},
    }
