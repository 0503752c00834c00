"""Every documented completion code can be produced, and is reported as the documentation says."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import pytest

from codegen.apis import find
from emulator.core.specs import load_spec

from ..conftest import LiveServer
from .kit import api, control, finish_calls, last_call, run_scenario, set_outcome

COMPLETION = load_spec("voximplant-kit")["components"]["schemas"]["CompletionCode"]
NUMBER = "12025550123"


def _scenario_call(live: LiveServer, **rule: Any) -> dict[str, Any]:
    if rule:
        set_outcome(live, NUMBER, **rule)
    with api(live) as client:
        assert run_scenario(client, NUMBER).json() == {"success": True, "result": True}
        finish_calls(live)
        return last_call(client)


def _invalid_number(live: LiveServer) -> dict[str, Any]:
    with api(live) as client:
        assert run_scenario(client, "12").status_code == 200
        finish_calls(live, 0)  # refused before it rings: it ends at once
        return last_call(client)


def _dnc_in_pds_campaign(live: LiveServer) -> dict[str, Any]:
    with api(live) as client:
        client.post(
            "/v3/dnc/addDncContacts", data={"id": 1, "contacts": json.dumps([NUMBER])}
        ).raise_for_status()
        created = client.post(
            "/v3/agentCampaigns/createCampaign",
            data={"title": "Renewals", "phone_number_id": 11, "user_ids": "[2]", "dnc_lists": "[1]"},
        ).json()["result"]
        rows = json.dumps([{"phone": NUMBER, "UTC": "America/New_York"}])
        client.post("/v3/agentCampaigns/appendContacts", data={"campaign_id": created["id"], "rows": rows})
        client.post("/v3/agentCampaigns/setCampaignStatus", data={"id": created["id"], "status": "ongoing"})
        finish_calls(live, 0)  # restricted before it rings: it ends at once
        contact = client.post("/v3/agentCampaigns/searchContacts", data={"campaign_id": created["id"]}).json()
        assert contact["result"][0]["completion_code"] == "Restricted_By_DNC"
        assert contact["result"][0]["status"] == "failed"
        return last_call(client)


def _inbound(outcome: str) -> Callable[[LiveServer], dict[str, Any]]:
    def produce(live: LiveServer) -> dict[str, Any]:
        control(
            live, "POST", "/accounts/demo/inbound_calls", json={"phone": "14155550142", "outcome": outcome}
        )
        with api(live) as client:
            return last_call(client)

    return produce


def _automatic_callback(outcome: str) -> Callable[[LiveServer], dict[str, Any]]:
    def produce(live: LiveServer) -> dict[str, Any]:
        control(
            live, "POST", "/accounts/demo/automatic_callbacks", json={"phone": NUMBER, "outcome": outcome}
        )
        with api(live) as client:
            return last_call(client)

    return produce


def _rule(**rule: Any) -> Callable[[LiveServer], dict[str, Any]]:
    return lambda live: _scenario_call(live, **rule)


# code -> (how to produce it, call type whose documented table lists it, expected call_result_code)
PRODUCERS: dict[str, tuple[Callable[[LiveServer], dict[str, Any]], str, int]] = {
    "Call_Answered": (_rule(), "outbound_call_scenario_or_automated_campaign", 200),
    "Other_Error": (
        _rule(outcome="call_failed", sip_code=500),
        "outbound_call_scenario_or_automated_campaign",
        500,
    ),
    "Temporary_Unavailable": (
        _rule(outcome="unavailable"),
        "outbound_call_scenario_or_automated_campaign",
        480,
    ),
    "Request_Terminated": (_rule(outcome="terminated"), "outbound_call_scenario_or_automated_campaign", 487),
    "AMD": (_rule(outcome="amd"), "outbound_call_scenario_or_automated_campaign", 200),
    "Invalid_Number": (_invalid_number, "outbound_call_scenario_or_automated_campaign", 404),
    "Call_Busy": (_rule(outcome="busy"), "outbound_call_scenario_or_automated_campaign", 486),
    "No_Answer": (_rule(outcome="no_answer"), "outbound_call_scenario_or_automated_campaign", 408),
    "Insufficient_Funds": (
        _rule(outcome="insufficient_funds"),
        "outbound_call_scenario_or_automated_campaign",
        402,
    ),
    "Call_Was_Rejected": (_rule(outcome="rejected"), "outbound_call_scenario_or_automated_campaign", 603),
    "Restricted_By_DNC": (_dnc_in_pds_campaign, "pds_campaign", 0),
    "Abandoned": (_rule(outcome="no_agent_available"), "outbound_call_scenario_or_automated_campaign", 200),
    "Lost_By_Agent": (_rule(outcome="agent_missed"), "outbound_call_scenario_or_automated_campaign", 200),
    "Missed_By_Scenario": (_inbound("missed_in_ivr"), "inbound_call_scenario", 200),
    "No_Agents": (_automatic_callback("agents_offline"), "automatic_callback", 200),
    "System_Error": (_rule(outcome="system_error"), "outbound_call_scenario_or_automated_campaign", 500),
    "Call_Prohibited": (_rule(outcome="prohibited"), "outbound_call_scenario_or_automated_campaign", 403),
}


def test_every_documented_code_has_a_producer() -> None:
    assert set(PRODUCERS) == set(COMPLETION["enum"])
    assert len(PRODUCERS) == 17


@pytest.mark.parametrize("code", sorted(PRODUCERS))
def test_code_is_produced_and_reported(emulator: LiveServer, code: str) -> None:
    produce, call_type, result_code = PRODUCERS[code]
    record = produce(emulator)
    assert record["completion_code"] == code
    assert code in COMPLETION["x-codes-by-call-type"][call_type]
    assert record["call_result_code"] == result_code
    with api(emulator) as client:
        older = client.get("/v3/calls/searchCalls", params={"id": record["id"]}).json()["result"]
        v4 = client.post("/v4/history/searchCalls", data={"id": record["id"]}).json()["result"]
    assert older[0]["completion_code"] == v4[0]["completion_code"] == code


def test_call_failed_codes_follow_the_documented_mapping(emulator: LiveServer) -> None:
    mapping = COMPLETION["x-call-failed-codes"]
    for sip, code in [*((int(k), v) for k, v in mapping.items() if k != "other"), (500, mapping["other"])]:
        assert _scenario_call(emulator, outcome="call_failed", sip_code=sip)["completion_code"] == code


def test_dialing_timeout_is_no_answer_and_a_softphone_call_has_no_queue_codes(emulator: LiveServer) -> None:
    assert _scenario_call(emulator, outcome="dialing_timeout")["completion_code"] == "No_Answer"
    # The softphone table has no Abandoned: a queue outcome after the answer leaves the call answered.
    set_outcome(emulator, NUMBER, outcome="no_agent_available")
    with api(emulator) as client:
        made = client.post("/demo/makeCall", data={"number": NUMBER, "user_id": 2})
        assert made.json() == {"success": True, "result": True}
        finish_calls(emulator)
        record = last_call(client)
    assert record["completion_code"] == "Call_Answered"
    assert record["user_id"] == 2
    assert "Abandoned" not in COMPLETION["x-codes-by-call-type"]["outbound_call_from_softphone"]


@pytest.mark.parametrize(
    ("route", "outcome"),
    [
        ("inbound_calls", "busy"),
        ("inbound_calls", "agents_offline"),
        ("automatic_callbacks", "missed_in_ivr"),
    ],
)
def test_injected_calls_refuse_codes_their_call_type_does_not_document(
    emulator: LiveServer, route: str, outcome: str
) -> None:
    with emulator.control() as client:
        response = client.post(
            f"/voximplant-kit/accounts/demo/{route}", json={"phone": NUMBER, "outcome": outcome}
        )
    assert response.status_code == 400
    assert "is not a completion code of" in response.json()["error"]


def test_answered_calls_are_charged_and_an_empty_balance_refuses_runscenario(emulator: LiveServer) -> None:
    set_outcome(emulator, NUMBER, outcome="answered", duration=120)
    with api(emulator) as client:
        before = client.get("/v3/account/getAccountInfo").json()["result"]["domain"]["balance"]
        run_scenario(client, NUMBER).raise_for_status()
        finish_calls(emulator, 60)
        assert client.get("/v3/history/searchCalls").json()["result"] == []  # 2 s ringing + 120 s talking
        finish_calls(emulator, 62)
        after = client.get("/v3/account/getAccountInfo").json()["result"]["domain"]["balance"]
        assert round(before - after, 4) == last_call(client)["call_cost"] == 0.04
        control(emulator, "PATCH", "/accounts/demo/settings", json={"balance": 0})
        refused = run_scenario(client, NUMBER)
    assert refused.status_code == 402
    assert refused.json() == {"success": False, "result": {"error": "Insufficient funds", "code": 402}}


def test_callbacks_to_hosts_outside_the_allow_list_are_logged_as_refused(emulator: LiveServer) -> None:
    with api(emulator) as client:
        client.post(
            "/v3/callback/create",
            data={
                "name": "CRM",
                "url": "https://crm.example/kit",
                "salt": "s3cret",
                "callbacks": '["finished_call"]',
                "is_enabled": "true",
            },
        ).raise_for_status()
        run_scenario(client, NUMBER).raise_for_status()
        assert control(emulator, "GET", "/accounts/demo/callback_events") == []  # still talking
        finish_calls(emulator)
    events = control(emulator, "GET", "/accounts/demo/callback_events")
    assert len(events) == 1
    sent = events[0]["body"]["callbacks"][0]
    assert sent["hash"] == hashlib.md5(b"s3cretdemofinished_call").hexdigest()
    assert sent["type"] == "finished_call" and sent["finished_call"]["completion_code"] == "Call_Answered"
    assert events[0]["state"] == "refused"  # crm.example is neither loopback nor a --callback-host
    with emulator.control() as client:
        (delivery,) = client.get("/deliveries", params={"api": "voximplant-kit", "tenant": "demo"}).json()
    assert "not allowed for callbacks" in delivery["error"]


def test_spec_lists_the_codes_of_every_call_type() -> None:
    document = json.loads(json.dumps(load_spec(find("voximplant-kit").id)))
    tables = document["components"]["schemas"]["CompletionCode"]["x-codes-by-call-type"]
    assert set(tables) == {
        "inbound_call_scenario",
        "outbound_call_scenario_or_automated_campaign",
        "outbound_call_from_softphone",
        "pds_campaign",
        "automatic_callback",
    }
    assert set(tables["inbound_call_scenario"]) == {
        "Call_Answered",
        "Abandoned",
        "Lost_By_Agent",
        "Missed_By_Scenario",
        "System_Error",
    }
    assert "No_Agents" in tables["automatic_callback"] and "No_Agents" not in tables["pds_campaign"]
