"""The inspector's state (/_emulator/ui/state and its event stream): calls of every API with their legs
and states, the timeline, deliveries, the journal and the clock."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from emulator.core.inspector import snapshot
from emulator.core.store import SQLiteStore

from ..conftest import LiveServer
from ..emulator.callgear import Session

HTTP = httpx.Client(timeout=10)
CCAI_AUTH = ("demo", "demo-token")
OUTBOUND = {
    "call_type": "Voice Outbound (API)",
    "agent_email": "admin@somedomain.com",
    "end_user_number": "+1 859-657-9625",
    "outbound_number": "+1 339-219-5276",
    "lang": "en",
}


def state(live: LiveServer) -> dict[str, Any]:
    with live.control() as control:
        response = control.get("/ui/state")
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def calls_of(live: LiveServer, api: str) -> dict[Any, dict[str, Any]]:
    return {call["id"]: call for call in state(live)["calls"] if call["api"] == api}


def test_a_ccai_call_shows_its_state_and_participants_as_it_plays_out(emulator: LiveServer) -> None:
    with emulator.control() as control:
        control.put("/farend/ccai-platform/demo/18596579625", json={"answer_after_s": 3, "talk_s": 30})
    created = HTTP.post(f"{emulator.url}/apps/api/v1/calls", json=OUTBOUND, auth=CCAI_AUTH)
    call_id = created.json()["id"]
    seen = []
    for step in (0, 3, 7, 40):  # only the clock moves: the far end answers after 3 s, talks 30 s
        emulator.advance(step)
        shown = calls_of(emulator, "ccai-platform")[call_id]
        seen.append((shown["state"], [(leg["party"], leg["state"]) for leg in shown["legs"]]))
    assert shown["tenant"] == "demo" and shown["started_at"] == created.json()["created_at"]
    assert seen == [
        ("assigned", [("agent 1", "waiting"), ("end_user", "waiting")]),
        ("connecting", [("agent 1", "connected"), ("end_user", "waiting")]),
        ("connected", [("agent 1", "connected"), ("end_user", "connected")]),
        ("finished", [("agent 1", "finished"), ("end_user", "finished")]),
    ]


def test_a_callgear_session_shows_its_legs(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.employee_call()
    shown = calls_of(emulator, "callgear-call-api")[call_id]
    assert shown["tenant"] == "1" and len(shown["legs"]) == 2
    assert {leg["party"] for leg in shown["legs"]} >= {"79260000000"}
    assert all(leg["state"] for leg in shown["legs"])


def test_a_voxology_call_and_a_voximplant_session_are_shown(emulator: LiveServer) -> None:
    placed = HTTP.post(
        f"{emulator.url}/v1/Dials/Connect",
        headers={"X-API-Key": "demo-api-key"},
        json={"call": {"no": "+13235550123", "caller_id_no": "+19495551212"}},
    )
    assert placed.status_code < 300, placed.text
    [voxology] = calls_of(emulator, "voxology").values()
    assert voxology["legs"] == [{"party": "+13235550123", "state": voxology["state"]}]
    assert str(voxology["state"]).startswith("live-")
    vox_demo = {"account_id": "1", "api_key": "demo-api-key"}
    added = HTTP.post(
        f"{emulator.url}/platform_api/AddApplication/", data={**vox_demo, "application_name": "a1"}
    )
    with emulator.control() as control:
        session = control.post(
            "/voximplant-management/accounts/1/call-sessions",
            json={"application_id": added.json()["application_id"], "duration": 30},
        )
    session_id = session.json()["call_session_history_id"]
    shown = calls_of(emulator, "voximplant-management")[session_id]
    assert shown["tenant"] == "1" and shown["state"] == "ended"
    assert shown["legs"] == [{"party": "12125550199", "state": "ended"}]


def test_a_kit_call_is_shown_with_both_sides(emulator: LiveServer) -> None:
    with emulator.control() as control:
        placed = control.post("/voximplant-kit/accounts/demo/inbound_calls", json={"phone": "12025550199"})
    assert placed.status_code < 300, placed.text
    [kit] = calls_of(emulator, "voximplant-kit").values()
    assert kit["tenant"] == "demo" and kit["state"] is not None
    assert kit["legs"][0]["party"] == "12025550199"


def test_the_state_has_the_clock_timeline_deliveries_journal_and_faults(emulator: LiveServer) -> None:
    with emulator.control() as control:
        control.post("/faults", json={"api": "voxology", "action": "latency", "latency": 1})
    HTTP.post(f"{emulator.url}/apps/api/v1/calls", json=OUTBOUND, auth=CCAI_AUTH)
    shown = state(emulator)
    assert shown["clock"]["frozen"] is True and shown["clock"]["now"].startswith("20")
    assert any(e["topic"].startswith("ccai-platform.") for e in shown["timeline"]["pending"])
    assert shown["timeline"]["failures"] == []
    assert [(j["api"], j["operation"], j["status"]) for j in shown["journal"]] == [
        ("ccai-platform", "createCall", 201)
    ]
    assert [f["api"] for f in shown["faults"]] == ["voxology"]
    assert shown["deliveries"] == []


def test_the_event_stream_sends_the_state_and_then_each_change(emulator: LiveServer) -> None:
    with httpx.stream("GET", f"{emulator.url}/_emulator/ui/events", timeout=10) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        events = _states(stream.iter_lines())
        first = next(events)
        assert first["journal"] == []
        HTTP.post(f"{emulator.url}/apps/api/v1/calls", json=OUTBOUND, auth=CCAI_AUTH)
        second = next(events)
    assert [j["operation"] for j in second["journal"]] == ["createCall"]
    assert [c["state"] for c in second["calls"] if c["api"] == "ccai-platform"] == ["assigned"]


def _states(lines: Any) -> Any:
    event = None
    for line in lines:
        if line.startswith("event: "):
            event = line[len("event: ") :]
        elif line.startswith("data: ") and event == "state":
            yield orjson.loads(line[len("data: ") :])


def test_the_page_and_its_files_are_served_from_the_package(emulator: LiveServer) -> None:
    page = HTTP.get(f"{emulator.url}/_emulator/ui")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/_emulator/ui/static/inspector.js" in page.text and "http" not in page.text.split("<body>")[1]
    script = HTTP.get(f"{emulator.url}/_emulator/ui/static/inspector.js")
    assert script.status_code == 200 and "EventSource" in script.text
    assert HTTP.get(f"{emulator.url}/_emulator/ui/static/../app.py").status_code == 404
    assert HTTP.get(f"{emulator.url}/_emulator/ui/static/missing.js").status_code == 404


def test_the_state_reads_calls_by_page_never_by_scanning_them(
    emulator: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    incoming = {"call_type": "Voice Inbound (API)", "menu_id": 9, "end_user_number": "+82-10-6861-2345"}
    for _ in range(3):
        placed = HTTP.post(
            f"{emulator.url}/apps/api/v1/calls", json={**incoming, "lang": "en"}, auth=CCAI_AUTH
        )
        assert placed.status_code == 201, placed.text
    scanned: list[str] = []
    original = SQLiteStore.list

    def counting(store: SQLiteStore, namespace: str, kind: str) -> list[dict[str, Any]]:
        scanned.append(kind)
        return original(store, namespace, kind)

    monkeypatch.setattr(SQLiteStore, "list", counting)
    shown = snapshot(emulator.app.env, emulator.app.providers)
    assert len([c for c in shown["calls"] if c["api"] == "ccai-platform"]) == 3
    # only the tenant directories (bounded by configuration) are read whole
    assert set(scanned) <= {"customer", "account", "app", "subaccount"}, scanned
