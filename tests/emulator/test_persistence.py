"""With --db the state survives a restart; without it, nothing is written to disk."""

from __future__ import annotations

from pathlib import Path

import httpx

from emulator.core.environment import Settings

from ..conftest import start_server, stop_server
from .callgear import Session
from .ccai import BASE, DEMO_AUTH, INCOMING, OUTBOUND


def test_state_survives_a_restart_with_a_db_file(tmp_path: Path) -> None:
    db = tmp_path / "switchboard.db"
    first = start_server(Settings(db_path=db, rate_limit=False))
    try:
        created = httpx.post(f"{first.url}{BASE}/calls", json=OUTBOUND, auth=DEMO_AUTH).json()
        httpx.post(
            f"{first.url}{BASE}/outbound_dialer/dnc",
            json={"contacts": [{"phone_number": "+1 415 555 0101"}]},
            auth=DEMO_AUTH,
        ).raise_for_status()
    finally:
        stop_server(first)
    second = start_server(Settings(db_path=db, rate_limit=False))
    try:
        calls = httpx.get(f"{second.url}/_emulator/ccai-platform/customers/demo/calls").json()
        check = httpx.get(
            f"{second.url}{BASE}/outbound_dialer/dnc/check",
            params={"phone_number": "+1 415 555 0101"},
            auth=DEMO_AUTH,
        ).json()
        # The agent is still on the first call (it lasts minutes), and that survives the restart too.
        busy = httpx.post(f"{second.url}{BASE}/calls", json=OUTBOUND, auth=DEMO_AUTH)
        next_call = httpx.post(f"{second.url}{BASE}/calls", json=INCOMING, auth=DEMO_AUTH).json()
    finally:
        stop_server(second)
    assert [c["id"] for c in calls] == [created["id"]]
    assert check["do_not_call"] is True
    assert busy.json() == {"message": "Agent is not available to take this call"}
    assert next_call["id"] == created["id"] + 1  # counters survive too: no id is handed out twice


def test_callgear_sessions_calls_and_points_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "switchboard.db"
    first = start_server(Settings(db_path=db, rate_limit=False))
    try:
        session = Session(first)
        call_id = session.employee_call()
        used = session.call("list.calls")["result"]["metadata"]["limits"]["day_remaining"]
    finally:
        stop_server(first)
    second = start_server(Settings(db_path=db, rate_limit=False))
    try:
        again = Session(second, session.token)  # the key issued before the restart still works
        calls = again.ok("list.calls")
        next_call = again.employee_call()
        remaining = again.call("list.calls")["result"]["metadata"]["limits"]["day_remaining"]
    finally:
        stop_server(second)
    assert [c["call_session_id"] for c in calls] == [call_id]
    assert next_call == call_id + 1
    assert remaining == used - 1
