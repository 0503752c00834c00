"""Account, settings, scenarios, numbers, time zones, tags, storage, DNC, callbacks, metrics, CTI."""

from __future__ import annotations

import json
from typing import Any

import httpx

from emulator.core.environment import Environment, Settings
from emulator.core.operations import compile_operations
from emulator.core.specs import load_spec
from emulator.providers.voximplant_kit import VoximplantKitProvider

from ..conftest import LiveServer
from .kit import advance, api, control, finish_calls, last_call, run_scenario, set_outcome


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["result"]


def test_account_settings_and_new_accounts(emulator: LiveServer) -> None:
    created = control(
        emulator,
        "POST",
        "/accounts",
        json={"domain": "acme", "access_token": "acme-token", "settings": {"currency": "EUR"}},
    )
    with api(emulator, {"domain": "acme", "access_token": "acme-token"}) as client:
        info = _ok(client.get("/v3/account/getAccountInfo"))
        setting = client.get("/v3/setting/searchSettings", params={"key": "account_id"}).json()
    assert info["domain"]["name"] == "acme" and info["domain"]["currency"] == "EUR"
    assert info["domain"]["id"] == created["id"] and info["user"] == {"id": 1, "domain_id": created["id"]}
    assert setting["result"]["account_id"]["value"] == str(created["id"])
    assert setting["_meta"]["totalCount"] == 1


def test_scenarios_numbers_and_caller_ids(emulator: LiveServer) -> None:
    with api(emulator) as client:
        outbound = _ok(client.get("/v3/scenario/searchScenarios", params={"scenario_type": 1}))
        inbound = _ok(
            client.get("/v3/scenario/searchScenarios", params={"scenario_type": 2, "with_phones": 1})
        )
        required = _ok(
            client.post(
                "/v3/scenario/getScenarioVariables", data={"scenario_id": 101, "required_only": "true"}
            )
        )
        numbers = _ok(
            client.get("/v3/phone/searchNumbers", params={"with_scenarios": 1, "phone_country_code": "us"})
        )
        none = _ok(client.get("/v3/phone/searchNumbers", params={"phone_country_code": "DE"}))
        callers = _ok(client.get("/v3/callerid/searchCallerIDs", params={"active": 1}))
        no_callers = _ok(client.get("/v3/callerid/searchCallerIDs", params={"caller_number": "999"}))
        missing_variable = client.post(
            "/v3/scenario/runScenario",
            data={"scenario_id": 101, "phone": "12025550123", "variables": "{}", "caller_id": "12025550100"},
        )
        foreign_caller = client.post(
            "/v3/scenario/runScenario",
            data={
                "scenario_id": 101,
                "phone": "12025550123",
                "variables": '{"name":"A"}',
                "caller_id": "15550000000",
            },
        )
    assert [s["title"] for s in outbound] == ["Appointment reminder"]
    assert inbound[0]["phone_numbers"] == [{"id": 11, "phone_number": "12025550100"}]
    assert [v["name"] for v in required] == ["name"]
    assert numbers[0]["phone_number"] == 12025550100 and numbers[0]["scenario"][0]["id"] == 102
    assert none == []
    assert callers[0]["callerid_number"] == "12025550199" and no_callers == []
    assert missing_variable.status_code == 422 and "name" in missing_variable.json()["result"]["error"]
    assert foreign_caller.status_code == 422


def test_time_zones(emulator: LiveServer) -> None:
    with api(emulator) as client:
        zones = {z["name"]: z["offset"] for z in _ok(client.get("/v3/helper/getListTimezones"))}
        moscow = _ok(client.post("/v3/helper/getTimezonesByNumber", data={"phone_number": 74951234567}))
        missing = client.post("/v3/helper/getTimezonesByNumber")
    assert zones["Asia/Tokyo"] == 9 * 3600 and zones["Asia/Kolkata"] == 19800
    assert moscow == [{"name": "Europe/Moscow", "offset": 3 * 3600, "country": "RU"}]
    assert missing.status_code == 400 and missing.json()["result"]["error"] == "phone_number is required"


def test_tags_bind_to_calls(emulator: LiveServer) -> None:
    with api(emulator) as client:
        run_scenario(client, "12025550123").raise_for_status()
        finish_calls(emulator)
        call_id = last_call(client)["id"]
        _ok(client.post("/v3/calls/bindTags", data={"call_id": call_id, "tags": "[1, 2]"}))
        _ok(client.post("/v3/calls/bindTopics", data={"call_id": call_id, "topics": "[1]"}))
        unknown_tag = client.post("/v3/calls/bindTags", data={"call_id": call_id, "tags": "[99]"})
        unknown_topic = client.post("/v3/calls/bindTopics", data={"call_id": call_id, "topics": "[99]"})
        tags = last_call(client)["tags"]
        page = client.post("/v3/tags/searchTags", data={"per-page": 1, "page": 2}).json()
    assert tags == [{"id": 1, "tag_name": "VIP"}, {"id": 2, "tag_name": "Complaint"}]
    assert unknown_tag.status_code == unknown_topic.status_code == 404
    assert page["result"] == [{"id": 2, "tag_name": "Complaint"}]
    assert page["_meta"] == {"totalCount": 2, "pageCount": 2, "currentPage": 2, "perPage": 1}


def test_key_value_storage_keeps_values_for_their_ttl(emulator: LiveServer) -> None:
    with api(emulator) as client:
        assert client.post("/v2/kv/get", data={"key": "account"}).json() == {"result": None}
        assert client.post(
            "/v2/kv/put", data={"key": "account", "value": '{"visits": 3}', "ttl": -1}
        ).json() == {"result": "ok"}
        client.post("/v2/kv/put", data={"key": "session", "value": '"x"', "ttl": 60}).raise_for_status()
        not_json = client.post("/v2/kv/put", data={"key": "bad", "value": "{", "ttl": -1})
        advance(emulator, 61)
        kept = client.post("/v2/kv/get", data={"key": "account"}).json()
        expired = client.post("/v2/kv/get", data={"key": "session"}).json()
    assert json.loads(kept["result"]) == {"visits": 3}
    assert expired == {"result": None}
    assert not_json.status_code == 400


def test_dnc_lists(emulator: LiveServer) -> None:
    with api(emulator) as client:
        _ok(
            client.post(
                "/v3/dnc/addDncContacts",
                data={"id": 1, "contacts": '["+1 202 555 0999", "12025550998"]', "comment": "asked"},
            )
        )
        _ok(
            client.post("/v3/dnc/addDncContacts", data={"id": 1, "contacts": '["12025550999"]'})
        )  # already there
        entries = _ok(client.post("/v3/dnc/searchDncContacts", data={"list_id": 1}))
        _ok(client.post("/v3/dnc/deleteDncContact", data={"id": entries[0]["id"]}))
        _ok(client.post("/v3/dnc/deleteDncContact", data={"list_id": 1, "number": "12025550999"}))
        left = _ok(client.post("/v3/dnc/searchDncContacts", data={"list_id": 1}))
        no_list = client.post("/v3/dnc/addDncContacts", data={"id": 9, "contacts": "[]"})
        neither = client.post("/v3/dnc/deleteDncContact", data={"list_id": 1})
    assert sorted(e["number"] for e in entries) == ["12025550998", "12025550999"]
    assert left == []
    assert no_list.status_code == 404
    assert (
        neither.status_code == 400
        and neither.json()["result"]["error"] == "id, or list_id and number, is required"
    )


def test_callback_subscriptions_crud_and_limit(emulator: LiveServer) -> None:
    form = {
        "name": "CRM",
        "url": "https://crm.example/kit",
        "salt": "s",
        "callbacks": '["new_calls"]',
        "is_enabled": "true",
    }
    with api(emulator) as client:
        created = [
            _ok(client.post("/v3/callback/create", data={**form, "name": f"CRM {i}"})) for i in range(5)
        ]
        sixth = client.post("/v3/callback/create", data=form)
        updated = _ok(
            client.post(
                "/v3/callback/update",
                data={"id": created[0]["id"], "is_enabled": "false", "callbacks": '["finished_call"]'},
            )
        )
        found = _ok(client.post("/v3/callback/search", data={"name": "CRM 0"}))
        _ok(client.post("/v3/callback/delete", data={"id": created[1]["id"]}))
        remaining = _ok(client.post("/v3/callback/search"))
        bad_event = client.post("/v3/callback/create", data={**form, "callbacks": '["nope"]'})
    assert sixth.status_code == 422
    assert updated["is_enabled"] is False and updated["callbacks"] == ["finished_call"]
    assert [s["id"] for s in found] == [created[0]["id"]]
    assert len(remaining) == 4
    assert bad_event.status_code == 400


def test_agent_metrics_count_the_agents_calls(emulator: LiveServer) -> None:
    set_outcome(emulator, "12025550124", outcome="busy")
    with api(emulator) as client:
        client.post("/demo/makeCall", data={"number": "12025550123", "user_id": 2}).raise_for_status()
        client.post("/demo/makeCall", data={"number": "12025550124", "user_id": 2}).raise_for_status()
        finish_calls(emulator)
        control(
            emulator, "POST", "/accounts/demo/inbound_calls", json={"phone": "14155550142", "duration": 50}
        )
        stat = _ok(
            client.post(
                "/v3/realtimeMetrics/getAgentsMetricsCalls", data={"interval": "last24h", "agent_ids": "[2]"}
            )
        )
        other_domain = client.post("/other/makeCall", data={"number": "12025550123", "user_id": 2})
    assert stat == {
        "stat": {
            "2": {
                "last24h": {"metrics": {"calls_count": 3, "answered_calls_count": 2, "total_talk_time": 80}}
            }
        }
    }
    assert other_domain.status_code == 403


def test_transfers_need_a_connected_call_of_the_agent(emulator: LiveServer) -> None:
    set_outcome(emulator, "12025550123", outcome="answered", answer_after_s=5, duration=60)
    with api(emulator) as client:
        client.post("/demo/makeCall", data={"number": "12025550123", "user_id": 2}).raise_for_status()
        (live,) = control(emulator, "GET", "/accounts/demo/live_calls")
        blind = {"user_id": 2, "call_id": str(live["id"]), "transfer_type": "blind", "direction_type": "pstn"}
        target = {"pstn_transfer_data": '{"number":"12025550177"}'}
        ringing = client.post("/transferCall", data={**blind, **target})
        advance(emulator, 5)
        no_target = client.post("/transferCall", data=blind)
        done = client.post("/transferCall", data={**blind, **target})
        wrong_agent = client.post("/transferCall", data={**blind, "user_id": 1, "pstn_transfer_data": "{}"})
        finish_calls(emulator, 60)
        ended = client.post("/transferCall", data={**blind, **target})
    (record,) = control(emulator, "GET", "/accounts/demo/calls")
    assert ringing.status_code == 422  # not answered yet
    assert no_target.status_code == 400
    assert done.json() == {"success": True, "result": True}
    assert wrong_agent.status_code == 422
    assert ended.status_code == 422 and "has ended" in ended.json()["result"]["error"]
    assert record["_transfers"][0]["data"] == {"number": "12025550177"}


def test_every_operation_has_behaviour() -> None:
    """No Kit operation falls back to answering with its documented example."""
    provider = VoximplantKitProvider(Environment.create(Settings()))
    _, operations = compile_operations(load_spec("voximplant-kit"))
    assert len(operations) == 83
    assert [op.operation_id for op in operations if provider.handler_for(op.operation_id) is None] == []


def test_control_api_rents_numbers_and_verifies_caller_ids(emulator: LiveServer) -> None:
    number = control(
        emulator,
        "POST",
        "/accounts/demo/numbers",
        json={"phone_number": "+44 20 7946 0000", "phone_country_code": "GB", "scenario_ids": [102]},
    )
    caller = control(
        emulator,
        "POST",
        "/accounts/demo/caller_ids",
        json={"callerid_number": "442079460001", "active": False},
    )
    with api(emulator) as client:
        gb = _ok(client.get("/v3/phone/searchNumbers", params={"phone_country_code": "GB"}))
        active = _ok(client.get("/v3/callerid/searchCallerIDs", params={"active": 1}))
        everyone = _ok(client.get("/v3/callerid/searchCallerIDs"))
        from_new_number = client.post(
            "/v3/scenario/runScenario",
            data={
                "scenario_id": 101,
                "phone": "12025550123",
                "variables": '{"name":"A"}',
                "caller_id": "442079460000",
            },
        )
        from_inactive = client.post(
            "/v3/scenario/runScenario",
            data={
                "scenario_id": 101,
                "phone": "12025550123",
                "variables": '{"name":"A"}',
                "caller_id": "442079460001",
            },
        )
    assert [n["id"] for n in gb] == [number["id"]] and gb[0]["phone_number"] == 442079460000
    assert caller["id"] not in [c["id"] for c in active] and caller["id"] in [c["id"] for c in everyone]
    assert from_new_number.status_code == 200 and from_inactive.status_code == 422
