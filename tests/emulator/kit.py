"""Helpers for Voximplant Kit emulator tests: an API client with the demo credentials, the control API."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ..conftest import LiveServer

BASE = "/api"
DEMO = {"domain": "demo", "access_token": "demo-token"}
READ_ONLY = {"domain": "demo", "access_token": "demo-read-token"}
CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"
CALLER = "12025550100"  # the demo account's rented number


def api(live: LiveServer, credentials: dict[str, str] | None = None) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}{BASE}", params=credentials or DEMO, timeout=10)


def control(live: LiveServer, method: str, path: str, **kwargs: Any) -> Any:
    with live.control() as client:
        response = client.request(method, f"/voximplant-kit{path}", **kwargs)
    response.raise_for_status()
    return response.json() if response.content else None


def advance(live: LiveServer, seconds: float) -> None:
    with live.control() as client:
        client.post("/clock", json={"advance_seconds": seconds}).raise_for_status()


CALL_S = 61  # long enough for a default call to ring (2 s), talk (30 s) or time out (60 s) and end


def finish_calls(live: LiveServer, seconds: float = CALL_S) -> None:
    """Let the calls in progress play out on the clock (and check no timeline handler failed)."""
    advance(live, seconds)
    with live.control() as client:
        failures = client.get("/timeline").json()["failures"]
    assert failures == [], failures


def set_outcome(live: LiveServer, number: str, **rule: Any) -> None:
    control(live, "PUT", f"/accounts/demo/outcomes/{number}", json=rule)


def run_scenario(client: httpx.Client, phone: str, **variables: str) -> httpx.Response:
    return client.post(
        "/v3/scenario/runScenario",
        data={
            "scenario_id": 101,
            "phone": phone,
            "variables": json.dumps({"name": "Alex", **variables}),
            "caller_id": CALLER,
        },
    )


def last_call(client: httpx.Client) -> dict[str, Any]:
    response = client.get("/v3/history/searchCalls")
    response.raise_for_status()
    calls: list[dict[str, Any]] = response.json()["result"]
    return calls[0]


def kit_time_from_now(live: LiveServer, **delta: float) -> str:
    """A Kit date-time relative to the emulator's clock (which earlier tests may have moved on)."""
    with live.control() as client:
        now = client.get("/clock").json()["time"]  # the emulator's time (frozen: not the real one)
    moment = datetime.fromtimestamp(now, tz=UTC) + timedelta(**delta)
    return moment.strftime("%Y-%m-%d %H:%M:%S")
