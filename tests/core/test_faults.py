"""Fault injection on the vendor APIs: each vendor's own error, latency, dropped and held connections;
rules matched by API, operation, method and path, fired by seeded probability, a count or a window on
the emulator clock, and applied before the provider so an injected error changes nothing."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import httpx
import pytest

from emulator.core.faults import FaultError, parse_latency

from ..conftest import LiveServer

CCAI = ("/apps/api/v1", ("demo", "demo-token"))
KIT_DEMO = {"domain": "demo", "access_token": "demo-token"}
VOX_DEMO = {"account_id": "1", "api_key": "demo-api-key"}
VOXOLOGY_KEY = {"X-API-Key": "demo-api-key"}
OUTBOUND = {
    "call_type": "Voice Outbound (API)",
    "agent_email": "admin@somedomain.com",
    "end_user_number": "+1 859-657-9625",
    "outbound_number": "+1 339-219-5276",
    "lang": "en",
}


def add_fault(live: LiveServer, **rule: Any) -> dict[str, Any]:
    with live.control() as control:
        response = control.post("/faults", json=rule)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def faults(live: LiveServer) -> list[dict[str, Any]]:
    with live.control() as control:
        found: list[dict[str, Any]] = control.get("/faults").json()
    return found


HTTP = httpx.Client(timeout=10)  # one client: a new one per request costs more than the request


def wait_times(live: LiveServer) -> httpx.Response:
    return HTTP.get(f"{live.url}{CCAI[0]}/wait_times", params={"lang": "en"}, auth=CCAI[1], timeout=10)


def ccai_calls(live: LiveServer) -> list[dict[str, Any]]:
    with live.control() as control:
        found: list[dict[str, Any]] = control.get("/ccai-platform/customers/demo/calls").json()
    return found


def callgear(live: LiveServer, method: str, request_id: int = 41) -> httpx.Response:
    body = {"jsonrpc": "2.0", "id": request_id, "method": method, "params": {"login": "x", "password": "y"}}
    return httpx.post(f"{live.url}/v4.0", json=body, timeout=10)


# --- each vendor's own error ------------------------------------------------------------------------


def test_ccai_answers_its_own_error_body_for_the_status(emulator: LiveServer) -> None:
    add_fault(emulator, api="ccai-platform", operation="getWaitTimes", action="error", status=503)
    refused = wait_times(emulator)
    assert (refused.status_code, refused.json()) == (503, {"message": "Service Unavailable"})
    served = httpx.post(f"{emulator.url}/apps/api/v1/calls", json={}, auth=CCAI[1], timeout=10)
    assert served.status_code == 400  # another operation of the same API reaches the provider


def test_voximplant_kit_answers_its_own_error_envelope(emulator: LiveServer) -> None:
    add_fault(emulator, api="voximplant-kit", operation="getAccountInfo", action="error", status=429)
    url = f"{emulator.url}/api/v3/account/getAccountInfo"
    refused = httpx.get(url, params=KIT_DEMO, timeout=10)
    assert refused.status_code == 429
    assert refused.json() == {"success": False, "result": {"error": "Too Many Requests", "code": 429}}


def test_voximplant_management_answers_http_200_with_its_error_object_and_code(emulator: LiveServer) -> None:
    add_fault(emulator, operation="GetApplications", action="error", status=400, code=100, message="Down")
    refused = httpx.post(f"{emulator.url}/platform_api/GetApplications/", data=VOX_DEMO, timeout=10)
    assert (refused.status_code, refused.json()) == (200, {"error": {"code": 100, "msg": "Down"}})
    # A failure of the server itself keeps its HTTP status, with the same error object.
    add_fault(emulator, operation="GetUsers", action="error", status=503, code=500, message="Overloaded")
    failed = httpx.post(f"{emulator.url}/platform_api/GetUsers/", data=VOX_DEMO, timeout=10)
    assert (failed.status_code, failed.json()) == (503, {"error": {"code": 500, "msg": "Overloaded"}})


def test_voxology_answers_its_documented_error_shape(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", operation="listLiveCalls", action="error", status=503)
    refused = httpx.get(f"{emulator.url}/v1/LiveCalls", headers=VOXOLOGY_KEY, timeout=10)
    body = refused.json()
    assert refused.status_code == 503 and body["status"] == 503
    assert set(body) == {"ref_id", "status", "code", "message", "help", "user_message"}
    assert body["help"] == "Service Unavailable"


def test_callgear_answers_a_json_rpc_error_with_the_code_and_the_request_id(emulator: LiveServer) -> None:
    add_fault(
        emulator, api="callgear-call-api", operation="login.user", action="error", code=-32001, data={"x": 1}
    )
    refused = callgear(emulator, "login.user", request_id=77)
    assert refused.status_code == 200
    assert refused.json() == {
        "jsonrpc": "2.0",
        "id": 77,
        "error": {"code": -32001, "message": "Internal error", "data": {"x": 1}},
    }
    other = callgear(emulator, "logout.user")  # another method: served, refused by CallGear itself
    assert other.json()["error"]["code"] != -32001


# --- state is untouched -----------------------------------------------------------------------------


def test_an_injected_error_creates_nothing_and_the_same_request_then_works(emulator: LiveServer) -> None:
    before = ccai_calls(emulator)
    rule = add_fault(emulator, operation="createCall", action="error", status=500, count=1)
    with httpx.Client(base_url=f"{emulator.url}{CCAI[0]}", auth=CCAI[1], timeout=10) as client:
        refused = client.post("/calls", json=OUTBOUND)
        assert refused.status_code == 500
        assert ccai_calls(emulator) == before
        created = client.post("/calls", json=OUTBOUND)
    assert created.status_code == 201
    assert [c["id"] for c in ccai_calls(emulator)] == [*(c["id"] for c in before), created.json()["id"]]
    [shown] = faults(emulator)
    assert (shown["id"], shown["fired"], shown["remaining"]) == (rule["id"], 1, 0)


def test_an_injected_voximplant_error_adds_no_application(emulator: LiveServer) -> None:
    url = f"{emulator.url}/platform_api"
    listed = httpx.post(f"{url}/GetApplications/", data=VOX_DEMO, timeout=10).json()
    add_fault(emulator, api="voximplant-management", operation="AddApplication", action="error", status=503)
    refused = httpx.post(
        f"{url}/AddApplication/", data={**VOX_DEMO, "application_name": "faulty"}, timeout=10
    )
    assert "error" in refused.json()
    assert httpx.post(f"{url}/GetApplications/", data=VOX_DEMO, timeout=10).json() == listed


def test_a_dropped_or_held_request_creates_nothing(emulator: LiveServer) -> None:
    before = ccai_calls(emulator)
    add_fault(emulator, operation="createCall", action="drop", count=1)
    add_fault(emulator, operation="createCall", action="timeout", hold_s=0.2, count=1)
    with httpx.Client(base_url=f"{emulator.url}{CCAI[0]}", auth=CCAI[1], timeout=10) as client:
        for _ in range(2):
            with pytest.raises(httpx.RemoteProtocolError):
                client.post("/calls", json=OUTBOUND)
    assert ccai_calls(emulator) == before
    assert wait_times(emulator).status_code == 200  # the server carries on serving


# --- matching ---------------------------------------------------------------------------------------


def test_a_path_prefix_matches_whole_segments_and_a_glob_matches_the_pattern(emulator: LiveServer) -> None:
    add_fault(emulator, path="/apps/api/v1/wait", action="error", status=502)  # no segment is "wait"
    assert wait_times(emulator).status_code == 200
    add_fault(emulator, path="/apps/api/v1/*_times", method="get", action="error", status=502)
    assert wait_times(emulator).status_code == 502
    with emulator.control() as control:
        control.delete("/faults").raise_for_status()
    add_fault(emulator, path="/v1", action="error", status=504)
    assert httpx.get(f"{emulator.url}/v1/LiveCalls", headers=VOXOLOGY_KEY, timeout=10).status_code == 504
    assert wait_times(emulator).status_code == 200


def test_a_rule_for_one_api_leaves_the_others_alone(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", action="error", status=503)
    assert wait_times(emulator).status_code == 200
    assert httpx.get(f"{emulator.url}/v1/Account", headers=VOXOLOGY_KEY, timeout=10).status_code == 503


def test_a_count_fires_that_many_times_then_the_rule_is_spent(emulator: LiveServer) -> None:
    add_fault(emulator, operation="getWaitTimes", action="error", status=503, count=2)
    assert [wait_times(emulator).status_code for _ in range(4)] == [503, 503, 200, 200]
    [rule] = faults(emulator)
    assert (rule["fired"], rule["remaining"], rule["seen"]) == (2, 0, 2)


def test_a_window_on_the_emulator_clock(emulator: LiveServer) -> None:
    add_fault(emulator, operation="getWaitTimes", action="error", status=503, after_s=10, for_s=20)
    assert wait_times(emulator).status_code == 200
    emulator.advance(10)
    assert wait_times(emulator).status_code == 503
    emulator.advance(19.5)
    assert wait_times(emulator).status_code == 503
    emulator.advance(1)
    assert wait_times(emulator).status_code == 200


def test_a_probability_fires_by_its_seed_the_same_way_on_every_run(emulator: LiveServer) -> None:
    expected_rng = random.Random(7)
    expected = [503 if expected_rng.random() < 0.3 else 200 for _ in range(30)]
    runs = []
    for _ in range(2):
        emulator.reset()
        add_fault(emulator, operation="getWaitTimes", action="error", status=503, probability=0.3, seed=7)
        runs.append([wait_times(emulator).status_code for _ in range(30)])
    assert runs[0] == runs[1] == expected
    assert 3 <= expected.count(503) <= 20  # some fail, most do not


def test_requests_no_rule_matches_do_not_draw_from_its_generator(emulator: LiveServer) -> None:
    expected_rng = random.Random(3)
    expected = [503 if expected_rng.random() < 0.5 else 200 for _ in range(12)]
    add_fault(emulator, operation="getWaitTimes", action="error", status=503, probability=0.5, seed=3)
    seen = []
    for _ in range(12):
        HTTP.get(f"{emulator.url}/v1/Account", headers=VOXOLOGY_KEY)  # unrelated traffic
        seen.append(wait_times(emulator).status_code)
    assert seen == expected


# --- latency, dropped and held connections ----------------------------------------------------------


def test_latency_is_real_wall_time_and_the_request_is_then_served(emulator: LiveServer) -> None:
    add_fault(
        emulator,
        operation="getWaitTimes",
        action="latency",
        latency={"distribution": "fixed", "fixed_ms": 300},
    )
    began = time.perf_counter()
    served = wait_times(emulator)
    assert served.status_code == 200 and time.perf_counter() - began >= 0.3
    with pytest.raises(httpx.ReadTimeout):  # a client with a shorter timeout gives up
        httpx.get(f"{emulator.url}{CCAI[0]}/wait_times", auth=CCAI[1], timeout=0.1)


def test_a_dropped_connection_gets_no_response(emulator: LiveServer) -> None:
    add_fault(emulator, operation="getWaitTimes", action="drop", count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        wait_times(emulator)
    assert wait_times(emulator).status_code == 200


def test_a_timeout_holds_the_request_until_the_client_gives_up(emulator: LiveServer) -> None:
    add_fault(emulator, operation="getWaitTimes", action="timeout", hold_s=30)
    began = time.perf_counter()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{emulator.url}{CCAI[0]}/wait_times", auth=CCAI[1], timeout=0.5)
    assert time.perf_counter() - began < 10


def test_a_held_request_is_dropped_when_its_bound_runs_out(emulator: LiveServer) -> None:
    add_fault(emulator, operation="getWaitTimes", action="timeout", hold_s=0.3)
    began = time.perf_counter()
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{emulator.url}{CCAI[0]}/wait_times", auth=CCAI[1], timeout=10)
    assert 0.3 <= time.perf_counter() - began < 5


# --- the control API --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "says"),
    [
        ({"action": "explode"}, "action must be one of error, latency, drop, timeout"),
        ({"action": "refuse"}, "for target 'api'"),
        ({"action": "error"}, "needs status"),
        ({"action": "error", "status": 503, "api": "twilio"}, "api must be one of"),
        ({"action": "error", "status": 503, "api": "voxology", "operation": "getWaitTimes"}, "in voxology"),
        ({"action": "latency"}, "needs latency"),
        ({"action": "latency", "latency": {"distribution": "uniform", "min_ms": 5, "max_ms": 1}}, "max_ms"),
        ({"action": "error", "status": 503, "probability": 2}, "probability must be a number from 0 to 1"),
        ({"action": "error", "status": 503, "start_at": 100, "end_at": 50}, "ends before it starts"),
        ({"action": "error", "status": 503, "path": "calls"}, "path must start with /"),
        ({"action": "drop", "colour": "red"}, "unknown field(s): colour"),
    ],
)
def test_a_bad_rule_is_refused_with_what_is_wrong(
    emulator: LiveServer, rule: dict[str, Any], says: str
) -> None:
    with emulator.control() as control:
        response = control.post("/faults", json=rule)
    assert response.status_code == 400 and says in response.json()["error"], response.text
    assert faults(emulator) == []


def test_rules_are_listed_read_deleted_one_or_all_and_cleared_by_a_reset(emulator: LiveServer) -> None:
    first = add_fault(emulator, operation="getWaitTimes", action="drop")
    second = add_fault(emulator, api="voxology", action="latency", latency=50)
    with emulator.control() as control:
        assert [r["id"] for r in control.get("/faults").json()] == [first["id"], second["id"]]
        assert control.get(f"/faults/{second['id']}").json()["latency"] == {
            "distribution": "fixed",
            "fixed_ms": 50,
        }
        assert control.delete(f"/faults/{first['id']}").status_code == 204
        assert control.get(f"/faults/{first['id']}").status_code == 404
        assert control.delete("/faults/999").status_code == 404
        assert [r["id"] for r in control.get("/faults").json()] == [second["id"]]
        assert control.delete("/faults").status_code == 204
        assert control.get("/faults").json() == []
    add_fault(emulator, action="drop")
    emulator.reset()
    assert faults(emulator) == [] and wait_times(emulator).status_code == 200


def test_in_process_a_drop_and_a_timeout_raise_what_a_real_connection_gives(emulator: LiveServer) -> None:
    app = emulator.app  # driven in process through httpx's ASGI transport, no socket
    rules = [
        {"operation": "getWaitTimes", "action": "drop", "count": 1},
        {"operation": "getWaitTimes", "action": "timeout", "hold_s": 0.1, "count": 1},
    ]

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", auth=CCAI[1]) as client:
            for rule in rules:
                assert (await client.post("/_emulator/faults", json=rule)).status_code == 201
            url = f"{CCAI[0]}/wait_times?lang=en"
            with pytest.raises(httpx.RemoteProtocolError):
                await client.get(url)
            with pytest.raises(httpx.ReadTimeout):
                await client.get(url)
            assert (await client.get(url)).status_code == 200

    asyncio.run(run())


def test_random_latencies_follow_their_distribution_from_their_seed() -> None:
    uniform = parse_latency({"distribution": "uniform", "min_ms": 100, "max_ms": 300})
    draws = [uniform.sample_s(random.Random(9)) for _ in range(3)]
    assert draws[0] == draws[1] == draws[2]  # the same seed, the same latency
    rng = random.Random(1)
    spread = [uniform.sample_s(rng) for _ in range(500)]
    assert 0.1 <= min(spread) < 0.12 and 0.28 < max(spread) <= 0.3
    lognormal = parse_latency({"distribution": "lognormal", "median_ms": 200, "sigma": 0.5})
    rng = random.Random(2)
    samples = sorted(lognormal.sample_s(rng) for _ in range(2001))
    assert samples[1000] == pytest.approx(0.2, rel=0.1) and samples[-1] > 2 * samples[1000]
    assert parse_latency(250).sample_s(rng) == 0.25
    with pytest.raises(FaultError, match="median_ms is required"):
        parse_latency({"distribution": "lognormal"})


def test_an_error_may_come_late(emulator: LiveServer) -> None:
    add_fault(emulator, operation="getWaitTimes", action="error", status=503, latency=200)
    began = time.perf_counter()
    assert wait_times(emulator).status_code == 503
    assert time.perf_counter() - began >= 0.2
