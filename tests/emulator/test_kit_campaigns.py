"""Automated outbound campaigns: lifecycle, contacts, attempts with retries, statistics, deletion."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from ..conftest import LiveServer
from .kit import advance, api, finish_calls, kit_time_from_now, set_outcome

INIT = {
    "title": "November reminders",
    "max_attempts": 3,
    "interval": 10,
    "max_lines": 5,
    "scenario_id": 101,
    "phone_number_id": 11,
    "caller_id": 21,
    "time_start": "00:00:00",
    "time_end": "23:59:59",
    "date_start": "2000-01-01 00:00:00",
    "date_end": "9999-12-31 23:59:59",
    "permanent": "false",
    "description": "Appointment reminders",
}
BUSY, ANSWERS = "12025550101", "12025550102"


def _init(client: httpx.Client, **overrides: Any) -> dict[str, Any]:
    response = client.post("/v3/outbound/initCampaign", data={**INIT, **overrides})
    assert response.status_code == 200, response.text
    campaign: dict[str, Any] = response.json()["result"]
    return campaign


def _append(client: httpx.Client, campaign_id: int, rows: list[dict[str, str]]) -> dict[str, Any]:
    response = client.post(
        "/v3/outbound/appendToCampaign", data={"campaign_id": campaign_id, "rows": json.dumps(rows)}
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["result"]
    return result


def _attempts(client: httpx.Client, campaign_id: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = client.get(
        "/v3/attempt/searchAttempts", params={"campaign_id": campaign_id}
    ).json()["result"]
    return found


def test_campaign_dials_rows_retries_failures_and_completes(emulator: LiveServer) -> None:
    set_outcome(emulator, BUSY, outcome="busy")
    with api(emulator) as client:
        campaign = _init(client)
        assert campaign["status"] == "started"
        appended = _append(
            client,
            campaign["id"],
            [
                {"phone": ANSWERS, "UTC": "America/New_York", "name": "Alex"},
                {"phone": BUSY, "UTC": "America/Chicago", "name": "Kim"},
                {"phone": "12", "UTC": "Mars/Olympus"},
            ],
        )
        assert (appended["count"], appended["success_count"], appended["errors_count"]) == (3, 2, 1)
        assert appended["fail_list"][0]["errors"] == ["Invalid phone number", "Invalid time zone"]
        assert _attempts(client, campaign["id"]) == []  # dialled, not yet ended
        finish_calls(emulator)
        first = _attempts(client, campaign["id"])
        assert sorted(a["completion_code"] for a in first) == ["Call_Answered", "Call_Busy"]
        answered = next(a for a in first if a["completion_code"] == "Call_Answered")
        assert answered["attempt_status"] is True and json.loads(answered["call_data"])["name"] == "Alex"
        advance(emulator, 9 * 60)
        assert len(_attempts(client, campaign["id"])) == 2  # the busy row waits its 10 minutes
        advance(emulator, 60)
        assert len(_attempts(client, campaign["id"])) == 3
        set_outcome(emulator, BUSY, outcome="answered")
        advance(emulator, 10 * 60)
        attempts = _attempts(client, campaign["id"])
        stat = client.post("/v3/outbound/stat", data={"campaign_ids": f"[{campaign['id']}]"}).json()[
            "result"
        ][0]
        status = client.get("/v3/outbound/searchCampaigns", params={"id": campaign["id"]}).json()["result"][
            0
        ]["status"]
    kim = [a for a in attempts if a["calllist_item_id"] != answered["calllist_item_id"]]
    assert [a["attempt_num"] for a in sorted(kim, key=lambda a: a["attempt_num"])] == [1, 2, 3]
    assert kim[0]["completion_code"] == "Call_Answered"  # newest first
    assert stat == {
        "campaign_id": campaign["id"],
        "Status": "completed",
        "CallItemCount": 2,
        "CallEnded": 2,
        "CallSuccess": 2,
        "CallFailed": 0,
        "Cost": stat["Cost"],
    }
    assert stat["Cost"] > 0
    assert status == "completed"


def test_rows_out_of_attempts_fail(emulator: LiveServer) -> None:
    set_outcome(emulator, BUSY, outcome="no_answer")
    with api(emulator) as client:
        campaign = _init(client, max_attempts=2, interval=0)
        _append(client, campaign["id"], [{"phone": BUSY, "UTC": "Europe/Berlin"}])
        finish_calls(emulator, 60)  # it rings for the 60 s dialling timeout, then again at once
        assert [a["completion_code"] for a in _attempts(client, campaign["id"])] == ["No_Answer"]
        finish_calls(emulator, 60)
        stat = client.post("/v3/outbound/stat", data={"campaign_ids": f"[{campaign['id']}]"}).json()[
            "result"
        ][0]
        codes = [a["completion_code"] for a in _attempts(client, campaign["id"])]
    assert codes == ["No_Answer", "No_Answer"]
    assert (stat["CallFailed"], stat["CallSuccess"], stat["Status"]) == (1, 0, "completed")


def test_paused_campaigns_do_not_dial_until_resumed(emulator: LiveServer) -> None:
    with api(emulator) as client:
        campaign = _init(client, permanent="true")
        assert (
            client.post("/v3/outbound/pauseCampaign", params={"id": campaign["id"]}).json()["result"] is True
        )
        _append(client, campaign["id"], [{"phone": ANSWERS, "UTC": "Europe/Berlin"}])
        finish_calls(emulator)
        assert _attempts(client, campaign["id"]) == []
        again = client.post("/v3/outbound/pauseCampaign", params={"id": campaign["id"]})
        assert again.status_code == 422
        assert again.json()["result"]["error"] == "Can not update status from paused to paused"
        assert (
            client.post("/v3/outbound/resumeCampaign", params={"id": campaign["id"]}).json()["result"] is True
        )
        finish_calls(emulator)
        assert [a["completion_code"] for a in _attempts(client, campaign["id"])] == ["Call_Answered"]
        status = client.get("/v3/outbound/searchCampaigns", params={"id": campaign["id"]}).json()["result"][
            0
        ]["status"]
    assert status == "started"  # permanent: stays alive after its list is exhausted


def test_future_campaigns_are_ready_then_start_on_their_date(emulator: LiveServer) -> None:
    with api(emulator) as client:
        start, end = kit_time_from_now(emulator, days=1), kit_time_from_now(emulator, days=2)
        campaign = _init(client, date_start=start, date_end=end)
        assert campaign["status"] == "ready"
        listed = client.get("/v3/outbound/searchCampaigns", params={"status": "ready"}).json()
        assert [c["id"] for c in listed["result"]] == [campaign["id"]]
        assert listed["_meta"] == {"totalCount": 1, "pageCount": 1, "currentPage": 1, "perPage": 20}
        advance(emulator, 24 * 3600 + 1)
        started = client.get("/v3/outbound/searchCampaigns", params={"id": campaign["id"]}).json()["result"][
            0
        ]
        advance(emulator, 24 * 3600)
        ended = client.get("/v3/outbound/searchCampaigns", params={"id": campaign["id"]}).json()["result"][0]
    assert (started["status"], ended["status"]) == ("started", "completed")


def test_only_draft_campaigns_can_be_deleted(emulator: LiveServer) -> None:
    with api(emulator) as client:
        started = _init(client)
        refused = client.post("/v3/outbound/deleteCampaign", params={"id": started["id"]})
        deleted = client.post("/v3/outbound/deleteCampaign", params={"id": 31})  # the demo draft
        missing = client.post("/v3/outbound/deleteCampaign", params={"id": 31})
    assert refused.status_code == 422 and "draft" in refused.json()["result"]["error"]
    assert deleted.json() == {"success": True, "result": 31}
    assert missing.status_code == 404
    assert missing.json() == {"success": False, "result": {"error": "Campaign 31 not found", "code": 404}}


def test_search_pages_sorts_and_trims_fields(emulator: LiveServer) -> None:
    with api(emulator) as client:
        for index in range(3):
            _init(client, title=f"Batch {index}")
        page = client.get(
            "/v3/outbound/searchCampaigns",
            params={"per-page": 2, "page": 2, "sort": "title", "fields": "id,title"},
        ).json()
    assert page["_meta"] == {"totalCount": 4, "pageCount": 2, "currentPage": 2, "perPage": 2}
    assert [set(row) for row in page["result"]] == [{"id", "title"}, {"id", "title"}]
    assert [row["title"] for row in page["result"]] == ["Batch 2", "Spring promo (draft)"]


def test_init_refuses_inbound_scenarios_and_unknown_numbers(emulator: LiveServer) -> None:
    with api(emulator) as client:
        inbound = client.post("/v3/outbound/initCampaign", data={**INIT, "scenario_id": 102})
        unknown = client.post(
            "/v3/outbound/initCampaign", data={**INIT, "phone_number_id": 999, "caller_id": 998}
        )
        missing = client.post(
            "/v3/outbound/initCampaign", data={k: v for k, v in INIT.items() if k != "title"}
        )
    assert inbound.status_code == 422
    assert unknown.status_code == 404
    assert missing.status_code == 400 and missing.json()["result"]["error"] == "title is required"


def test_rows_wait_for_the_calling_window_in_their_own_time_zone(emulator: LiveServer) -> None:
    now_tokyo = datetime.strptime(kit_time_from_now(emulator), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    now_tokyo = now_tokyo.astimezone(ZoneInfo("Asia/Tokyo"))
    hour = (now_tokyo.hour + 2) % 24
    hour = 1 if hour == 23 else hour
    opening = now_tokyo.replace(hour=hour, minute=0, second=0, microsecond=0)
    if opening <= now_tokyo:
        opening += timedelta(days=1)
    with api(emulator) as client:
        campaign = _init(client, time_start=f"{hour:02d}:00:00", time_end=f"{hour:02d}:59:59")
        _append(client, campaign["id"], [{"phone": ANSWERS, "UTC": "Asia/Tokyo"}])
        assert _attempts(client, campaign["id"]) == []
        advance(emulator, (opening - now_tokyo).total_seconds() - 120)
        assert _attempts(client, campaign["id"]) == []
        advance(emulator, 180)
        (attempt,) = _attempts(client, campaign["id"])
    dialed = datetime.strptime(attempt["datetime_start"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert dialed.astimezone(ZoneInfo("Asia/Tokyo")).hour == hour
    assert attempt["completion_code"] == "Call_Answered"
