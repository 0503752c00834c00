"""PDS campaigns (agentCampaigns/*) and the current dialer's campaigns (campaigns/*)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ..conftest import LiveServer
from .kit import advance, api, finish_calls, set_outcome

A, B = "12025550111", "12025550112"


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["result"]


def test_pds_campaign_lifecycle(emulator: LiveServer) -> None:
    set_outcome(emulator, B, outcome="busy")
    with api(emulator) as client:
        no_caller = client.post("/v3/agentCampaigns/createCampaign", data={"title": "X"})
        campaign = _ok(
            client.post(
                "/v3/agentCampaigns/createCampaign",
                data={"title": "Renewals", "phone_number_id": 11, "max_attempts": 2, "interval": 5},
            )
        )
        assert (campaign["status"], campaign["queue"]["title"]) == ("draft", "Renewals")
        no_agents = client.post(
            "/v3/agentCampaigns/setCampaignStatus", data={"id": campaign["id"], "status": "ongoing"}
        )
        _ok(
            client.post(
                "/v3/agentCampaigns/updateCampaign",
                data={"id": campaign["id"], "title": "Renewals", "user_ids": "[2]"},
            )
        )
        rows = json.dumps(
            [
                {"phone": A, "UTC": "America/New_York", "plan": "gold"},
                {"phone": B, "UTC": "America/New_York", "plan": "basic"},
            ]
        )
        appended = _ok(
            client.post(
                "/v3/agentCampaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows}
            )
        )
        assert appended["success_count"] == 2
        _ok(
            client.post(
                "/v3/agentCampaigns/setCampaignStatus", data={"id": campaign["id"], "status": "ongoing"}
            )
        )
        finish_calls(emulator)
        contacts = {
            c["phone"]: c
            for c in _ok(
                client.post("/v3/agentCampaigns/searchContacts", data={"campaign_id": campaign["id"]})
            )
        }
        assert contacts[A]["status"] == "success" and contacts[A]["custom_data"]["plan"] == "gold"
        assert (contacts[B]["status"], contacts[B]["completion_code"], contacts[B]["current_attempt"]) == (
            "ongoing",
            "Call_Busy",
            1,
        )
        advance(emulator, 5 * 60)
        contacts = {
            c["phone"]: c
            for c in _ok(
                client.post("/v3/agentCampaigns/searchContacts", data={"campaign_id": campaign["id"]})
            )
        }
        assert (contacts[B]["status"], contacts[B]["current_attempt"]) == ("failed", 2)
        _ok(
            client.post(
                "/v3/agentCampaigns/addAttempts",
                data={
                    "campaign_id": campaign["id"],
                    "contact_ids": f"[{contacts[B]['id']}]",
                    "interval": 1,
                    "max_attempts": 1,
                },
            )
        )
        finish_calls(emulator)
        again = _ok(client.post("/v3/agentCampaigns/searchContacts", data={"id": contacts[B]["id"]}))[0]
        lists = _ok(
            client.post("/v3/agentCampaigns/searchCampaignLists", data={"agent_campaign_id": campaign["id"]})
        )
        listed = _ok(client.post("/v3/agentCampaigns/searchCampaigns", data={"status": '["ongoing"]'}))
        _ok(
            client.post(
                "/v3/agentCampaigns/setCampaignStatus", data={"id": campaign["id"], "status": "completed"}
            )
        )
        illegal = client.post(
            "/v3/agentCampaigns/setCampaignStatus", data={"id": campaign["id"], "status": "ongoing"}
        )
        stat = _ok(client.post("/v3/agentCampaigns/getStat"))
        _ok(client.post("/v3/agentCampaigns/deleteCampaign", data={"id": campaign["id"]}))
        gone = client.post("/v3/agentCampaigns/searchCampaigns", data={"id": campaign["id"]}).json()["result"]
    assert no_caller.status_code == 422 and no_agents.status_code == 422
    assert again["current_attempt"] == 3 and again["status"] == "failed"  # the extra attempt was busy too
    assert (
        lists[0]["status"] == "completed" and lists[0]["call_success"] == 1 and lists[0]["call_failed"] == 1
    )
    assert listed[0]["stat"]["call_item_count"] == 2
    assert illegal.json()["result"] == {
        "error": "Can not update status from completed to ongoing",
        "code": 422,
    }
    assert stat == {"draft": 0, "paused": 0, "ongoing": 0, "scheduled": 0, "completed": 1, "total": 1}
    assert gone == []


def test_pds_contacts_can_be_canceled(emulator: LiveServer) -> None:
    with api(emulator) as client:
        campaign = _ok(
            client.post(
                "/v3/agentCampaigns/createCampaign",
                data={"title": "Hold", "caller_id": 21, "user_ids": "[2]"},
            )
        )
        rows = json.dumps([{"phone": A, "UTC": "Europe/Berlin"}, {"phone": B, "UTC": "Europe/Berlin"}])
        _ok(
            client.post(
                "/v3/agentCampaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows}
            )
        )
        contacts = _ok(client.post("/v3/agentCampaigns/searchContacts", data={"campaign_id": campaign["id"]}))
        first = contacts[-1]["id"]
        _ok(
            client.post(
                "/v3/agentCampaigns/cancelContacts",
                data={
                    "campaign_id": campaign["id"],
                    "contact_ids": f"[{first}]",
                    "comment": "Asked not to call",
                },
            )
        )
        _ok(
            client.post(
                "/v3/agentCampaigns/cancelContacts", data={"campaign_id": campaign["id"], "cancel_all": "1"}
            )
        )
        after = _ok(
            client.post(
                "/v3/agentCampaigns/searchContacts",
                data={"campaign_id": campaign["id"], "status": '["canceled"]'},
            )
        )
        neither = client.post("/v3/agentCampaigns/cancelContacts", data={"campaign_id": campaign["id"]})
    assert {c["status"] for c in after} == {"canceled"} and len(after) == 2
    assert next(c for c in after if c["id"] == first)["cancel_reason"] == "Asked not to call"
    assert (
        neither.status_code == 400
        and neither.json()["result"]["error"] == "contact_ids or cancel_all is required"
    )


def test_dialer_campaign_transitions_and_dialing(emulator: LiveServer) -> None:
    set_outcome(emulator, B, outcome="amd")
    strategy = json.dumps(
        [{"key": "phone1", "name": "Mobile", "interval_min": [10], "max_attempts": 1, "dial_up_time_sec": 30}]
    )
    with api(emulator) as client:
        campaign = _ok(
            client.post(
                "/v3/campaigns/create",
                data={
                    "title": "Survey",
                    "max_lines": 5,
                    "scenario_id": 101,
                    "region": "europe",
                    "max_attempts": 1,
                    "dialing_strategy": strategy,
                    "phone_numbers": '{"phone_number_ids":[11]}',
                },
            )
        )
        rows = json.dumps(
            [{"phone1": f"+{A}", "timezone": "Europe/Berlin"}, {"phone1": f"+{B}"}, {"phone1": "12"}]
        )
        appended = _ok(
            client.post("/v3/campaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows})
        )
        resume = client.post("/v3/campaigns/resume", data={"id": campaign["id"]})
        _ok(client.post("/v3/campaigns/start", data={"id": campaign["id"]}))
        finish_calls(emulator)
        (lst,) = _ok(client.post("/v3/campaigns/searchLists", data={"campaign_id": campaign["id"]}))
        contacts = {
            c["phones"]["phone1"]: c
            for c in _ok(client.post("/v3/campaigns/searchContacts", data={"list_id": lst["id"]}))
        }
        _ok(client.post("/v3/campaigns/pause", data={"id": campaign["id"]}))
        _ok(client.post("/v3/campaigns/stop", data={"id": campaign["id"]}))
        found = _ok(
            client.post("/v3/campaigns/search", data={"type": '["automated"]', "statuses": '["completed"]'})
        )
        default_kind = _ok(client.post("/v3/campaigns/search"))
    assert appended == {
        "success_contacts": 2,
        "failed_contacts": 1,
        "total_contacts": 3,
        "invalid_phones": 1,
        "invalid_tz": 0,
    }
    assert resume.json()["result"] == {"error": "Can not update status from draft to ongoing", "code": 422}
    assert (
        contacts[f"+{A}"]["completion_code"] == "Call_Answered" and contacts[f"+{A}"]["status"] == "success"
    )
    assert contacts[f"+{B}"]["completion_code"] == "AMD" and contacts[f"+{B}"]["status"] == "failed"
    assert lst["success_contacts_count"] == 1 and lst["failed_contacts_count"] == 1
    assert found[0]["id"] == campaign["id"] and found[0]["call_list_session_id"] and found[0]["date_end"]
    assert default_kind == []  # operator campaigns unless `type` says otherwise


def test_agent_campaign_needs_agents_and_edits_its_queue(emulator: LiveServer) -> None:
    with api(emulator) as client:
        campaign = _ok(
            client.post(
                "/v3/campaigns/createAgent",
                data={"title": "Win-back", "phone_numbers": '{"caller_id_ids":[21]}'},
            )
        )
        refused = client.post("/v3/campaigns/start", data={"id": campaign["id"]})
        updated = _ok(
            client.post(
                "/v3/campaigns/updateAgent",
                data={"id": campaign["id"], "title": "Win-back 2", "user_ids": "[2]"},
            )
        )
        _ok(client.post("/v3/campaigns/start", data={"id": campaign["id"]}))
        deleting = client.post("/v3/campaigns/delete", data={"id": campaign["id"]})
        mixed = client.post(
            "/v3/campaigns/createAgent",
            data={"title": "X", "phone_numbers": '{"sip_number_ids":[1],"phone_number_ids":[11]}'},
        )
    assert campaign["type"] == "operator" and campaign["queue"]["title"] == "Win-back"
    assert refused.status_code == 422
    assert updated["queue"]["title"] == "Win-back 2"
    assert deleting.status_code == 422
    assert mixed.status_code == 422
