"""With --db a Kit account's state survives a restart: calls in progress, tokens, stored values."""

from __future__ import annotations

from pathlib import Path

import httpx

from emulator.core.environment import Settings

from ..conftest import start_server, stop_server
from .kit import BASE, CHANNEL, DEMO


def test_kit_state_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "switchboard.db"
    first = start_server(Settings(db_path=db, rate_limit=False))
    try:
        with httpx.Client(base_url=f"{first.url}{BASE}", params=DEMO) as client:
            client.post(
                "/v3/scenario/runScenario",
                data={
                    "scenario_id": 101,
                    "phone": "12025550123",
                    "variables": '{"name":"A"}',
                    "caller_id": "12025550100",
                },
            ).raise_for_status()
            client.post("/v2/kv/put", data={"key": "k", "value": "[1]", "ttl": -1}).raise_for_status()
            jwt = client.post("/v3/botService/login", data={"channel_uuid": CHANNEL}).json()["result"][
                "access_token"
            ]
    finally:
        stop_server(first)
    second = start_server(Settings(db_path=db, rate_limit=False))
    try:
        with httpx.Client(base_url=f"{second.url}{BASE}", params=DEMO) as client:
            unfinished = client.get("/v3/history/searchCalls").json()["result"]
            second.advance(61)  # the call placed before the restart plays out on this server
            calls = client.get("/v3/history/searchCalls").json()["result"]
            stored = client.post("/v2/kv/get", data={"key": "k"}).json()
            client.post(
                "/v3/scenario/runScenario",
                data={
                    "scenario_id": 101,
                    "phone": "12025550124",
                    "variables": '{"name":"B"}',
                    "caller_id": "12025550100",
                },
            ).raise_for_status()
            second.advance(61)
            newest = client.get("/v3/history/searchCalls").json()["result"][0]
        event = {
            "client_data": {"client_id": "c"},
            "event_id": "e",
            "event_type": "send_message",
            "event_data": {"message": {"text": "hi"}},
        }
        accepted = httpx.post(
            f"{second.url}{BASE}/{CHANNEL}", json=event, headers={"Authorization": f"Bearer {jwt}"}
        )
    finally:
        stop_server(second)
    assert unfinished == []
    assert [c["phone_b"] for c in calls] == ["12025550123"]
    assert stored == {"result": "[1]"}
    assert newest["id"] == calls[0]["id"] + 1  # counters survive: no id is handed out twice
    assert accepted.status_code == 200  # the account's token secret survives too
