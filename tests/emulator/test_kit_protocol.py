"""Kit's protocol: credentials in the query or the form body, its error body and statuses, rate limits."""

from __future__ import annotations

import httpx
import pytest

from ..conftest import LiveServer
from .kit import BASE, CHANNEL, DEMO, READ_ONLY, api, control, run_scenario


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "Authorization required: pass access_token and domain"),
        ({"domain": "demo"}, "Authorization required: pass access_token and domain"),
        ({"domain": "demo", "access_token": "wrong"}, "Invalid access token or account name"),
        ({"domain": "nobody", "access_token": "demo-token"}, "Invalid access token or account name"),
    ],
)
def test_bad_credentials_get_401_in_kit_format(
    emulator: LiveServer, params: dict[str, str], message: str
) -> None:
    response = httpx.get(f"{emulator.url}{BASE}/v3/account/getAccountInfo", params=params)
    assert response.status_code == 401
    assert response.json() == {"success": False, "result": {"error": message, "code": 401}}


def test_credentials_may_travel_in_the_form_body(emulator: LiveServer) -> None:
    with httpx.Client(base_url=f"{emulator.url}{BASE}") as client:
        stat = client.post("/v3/agentCampaigns/getStat", data=DEMO)  # a method without a body of its own
        tags = client.post("/v3/tags/searchTags", data={**DEMO, "per-page": 0})
    assert stat.status_code == 200 and stat.json()["result"]["total"] == 0
    assert [t["tag_name"] for t in tags.json()["result"]] == ["VIP", "Complaint"]


def test_a_form_may_be_sent_as_multipart(emulator: LiveServer) -> None:
    fields = {**DEMO, "per-page": "0"}
    with httpx.Client(base_url=f"{emulator.url}{BASE}") as client:
        urlencoded = client.post("/v3/tags/searchTags", data=fields)
        multipart = client.post("/v3/tags/searchTags", files={k: (None, v) for k, v in fields.items()})
    assert multipart.request.headers["content-type"].startswith("multipart/form-data")
    assert multipart.status_code == 200
    assert multipart.json() == urlencoded.json()


def test_read_only_tokens_get_the_documented_403(emulator: LiveServer) -> None:
    with api(emulator, READ_ONLY) as client:
        search = client.get("/v3/scenario/searchScenarios")
        run = run_scenario(client, "12025550123")
    assert search.status_code == 200
    assert run.status_code == 403
    assert run.json() == {
        "success": False,
        "result": {"error": "You are not allowed to perform this action.", "code": 403},
    }


def test_contact_center_features_are_forbidden_when_switched_off(emulator: LiveServer) -> None:
    control(emulator, "PATCH", "/accounts/demo/settings", json={"contact_center": False})
    with api(emulator) as client:
        pds = client.post("/v3/agentCampaigns/getStat")
        queues = client.post("/v3/queues/searchQueues")
        scenarios = client.get("/v3/scenario/searchScenarios")
    assert pds.status_code == queues.status_code == 403
    assert pds.json()["result"]["error"] == "Contact center is disabled for this account"
    assert scenarios.status_code == 200


def test_rate_limit_is_per_account_in_kit_format_and_switchable(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    control(emulator, "PATCH", "/accounts/demo/settings", json={"rate_limit_per_second": 2})
    control(emulator, "POST", "/accounts", json={"domain": "other", "access_token": "other-token"})
    with api(emulator) as client, api(emulator, {"domain": "other", "access_token": "other-token"}) as other:
        statuses = [client.get("/v3/setting/searchSettings").status_code for _ in range(3)]
        # A public method counts against no account: it neither uses up nor meets the account's limit.
        public = client.get("/v3/helper/getListTimezones")
        limited = client.get("/v3/account/getAccountInfo")
        neighbour = other.get("/v3/account/getAccountInfo")
    assert statuses == [200, 200, 429]
    assert public.status_code == 200
    assert limited.status_code == 429
    assert limited.json() == {
        "success": False,
        "result": {"error": "Rate limit exceeded: 2 requests per second per account", "code": 429},
    }
    assert int(limited.headers["retry-after"]) >= 1
    assert neighbour.status_code == 200
    with emulator.control() as ctl:
        ctl.patch("/settings", json={"rate_limit": False}).raise_for_status()
    with api(emulator) as client:
        assert {client.get("/v3/setting/searchSettings").status_code for _ in range(5)} == {200}


def test_unknown_paths_methods_and_bodies_answer_in_kit_format(emulator: LiveServer) -> None:
    with api(emulator) as client:
        unknown = client.get("/v3/no/such")
        wrong_method = client.get("/v3/scenario/runScenario")
        not_json = client.post(
            "/v3/scenario/runScenario",
            data={"scenario_id": 101, "phone": "1", "variables": "{", "caller_id": "1"},
        )
        wrong_type = client.post(
            "/v3/scenario/runScenario",
            data={"scenario_id": "abc", "phone": "1", "variables": "{}", "caller_id": "1"},
        )
        after = run_scenario(client, "12025550123")
    assert unknown.status_code == 404 and unknown.json()["success"] is False
    assert wrong_method.status_code == 405 and wrong_method.json()["result"]["code"] == 405
    assert not_json.status_code == 400 and not_json.json()["result"]["code"] == 400
    assert wrong_type.json() == {
        "success": False,
        "result": {"error": "scenario_id must be of type integer", "code": 400},
    }
    assert after.status_code == 200


def test_json_text_is_checked_against_its_content_schema(emulator: LiveServer) -> None:
    with api(emulator) as client:
        rows = client.post(
            "/v3/outbound/appendToCampaign", data={"campaign_id": 31, "rows": '[{"phone": "1"}]'}
        )
        ids = client.get("/v3/history/searchCalls", params={"scenario_ids": "[1, 2"})
    assert rows.status_code == 400 and rows.json()["result"]["error"] == "rows[0].UTC is required"
    assert ids.status_code == 400


HOSTILE: list[tuple[str, str, bytes, dict[str, str]]] = [
    (
        "broken form encoding",
        "/v3/scenario/runScenario",
        b"scenario_id=%ZZ&&==",
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    (
        "invalid UTF-8",
        "/v3/scenario/runScenario",
        b"phone=\xff\xfe",
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    (
        "JSON where a form is expected",
        "/v3/scenario/runScenario",
        b'{"scenario_id": 101}',
        {"content-type": "application/json"},
    ),
    (
        "broken multipart",
        "/v2/kv/put",
        b"--xx\r\nnope",
        {"content-type": "multipart/form-data; boundary=xx"},
    ),
    (
        "10 MB body",
        "/v2/kv/put",
        b"value=" + b"a" * (10 * 1024 * 1024),
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    (
        "deep JSON text",
        "/v3/outbound/stat",
        b"campaign_ids=" + b"%5B" * 5000,
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    (
        "pool of the wrong shape",
        "/v3/campaigns/updateAgent",
        b'id=1&phone_numbers={"phone_number_ids":5}',
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    ("event that is not an object", f"/{CHANNEL}", b"[1, 2]", {"content-type": "application/json"}),
]


@pytest.mark.parametrize(("label", "path", "body", "headers"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_requests_get_a_kit_error_and_the_emulator_keeps_serving(
    emulator: LiveServer, label: str, path: str, body: bytes, headers: dict[str, str]
) -> None:
    with api(emulator) as client:
        response = client.post(path, content=body, headers=headers)
        assert 400 <= response.status_code < 500, (label, response.status_code, response.text[:200])
        assert response.json()["success"] is False
        assert isinstance(response.json()["result"]["error"], str)
        assert run_scenario(client, "12025550123").status_code == 200
