"""POST /calls in its four documented forms, and the call's life afterwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ..conftest import LiveServer
from .ccai import INCOMING, OUTBOUND, api, control


def test_outbound_call_is_created_assigned_and_recorded(emulator: LiveServer) -> None:
    with api(emulator) as client:
        response = client.post("/calls", json=OUTBOUND)
    assert response.status_code == 201
    call = response.json()
    assert call["call_type"] == "Voice Outbound (API)"
    assert call["status"] == "assigned"
    assert call["assigned_at"] is not None
    assert call["agent_info"]["name"] == "Admin UJET"
    assert [p["type"] for p in call["participants"]] == ["agent", "end_user"]
    assert all(p["call_id"] == call["id"] for p in call["participants"])
    assert call["outbound_number"] == "+1 339-219-5276"
    assert not any(key.startswith("x_") for key in call)
    stored = control(emulator, "GET", f"/calls/{call['id']}")
    assert stored["status"] == "assigned"
    assert [c["id"] for c in control(emulator, "GET", "/calls")] == [call["id"]]


def test_deprecated_alias_creates_the_canonical_call_type(emulator: LiveServer) -> None:
    with api(emulator) as client:
        response = client.post("/calls", json={**OUTBOUND, "call_type": "OutboundCall"})
    assert response.status_code == 201
    assert response.json()["call_type"] == "Voice Outbound (API)"


def test_outbound_call_by_ticket_dials_the_ticket_contact(emulator: LiveServer) -> None:
    body = {k: v for k, v in OUTBOUND.items() if k != "end_user_number"} | {"ticket_id": "71450"}
    with api(emulator) as client:
        call = client.post("/calls", json=body).json()
    assert call["out_ticket_id"] == "71450"
    assert call["end_user"]["out_contact_id"] == "381630957514"
    assert call["participants"][1]["end_user_id"] == call["end_user"]["id"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"agent_email": "nobody@somedomain.com"}, "Not a valid agent email"),
        ({"agent_email": None}, "Agent email required"),
        ({"end_user_number": None}, "ticket_id or end_user_number required"),
        ({"end_user_number": "123123"}, "end_user_number is not well-formed"),
        ({"end_user_number": None, "ticket_id": 1}, "Contact not found"),
        ({"call_type": "InvalidCallType"}, "Invalid call type"),
    ],
)
def test_outbound_call_errors_use_the_documented_messages(
    emulator: LiveServer, change: dict[str, object], message: str
) -> None:
    body = {k: v for k, v in {**OUTBOUND, **change}.items() if v is not None}
    with api(emulator) as client:
        response = client.post("/calls", json=body)
    assert response.status_code == 400
    assert response.json() == {"message": message}


def test_agent_availability_and_permission_are_enforced(emulator: LiveServer) -> None:
    control(emulator, "POST", "/agents", json={"email": "busy@somedomain.com", "status": "unavailable"})
    control(emulator, "POST", "/agents", json={"email": "mute@somedomain.com", "can_make_calls": False})
    with api(emulator) as client:
        busy = client.post("/calls", json={**OUTBOUND, "agent_email": "busy@somedomain.com"})
        mute = client.post("/calls", json={**OUTBOUND, "agent_email": "mute@somedomain.com"})
    assert busy.json() == {"message": "Agent is not available to take this call"}
    assert mute.json() == {"message": "Agent does not have access to make calls"}


def test_outbound_call_needs_a_chosen_number_when_there_is_no_default(emulator: LiveServer) -> None:
    control(emulator, "POST", "/outbound_numbers", json={"number": "+1 628-555-0199", "default": True})
    control(emulator, "POST", "/outbound_numbers", json={"number": "+1 628-555-0100", "default": False})
    body = {k: v for k, v in OUTBOUND.items() if k != "outbound_number"}
    with api(emulator) as client:
        defaulted = client.post("/calls", json=body)
    assert defaulted.status_code == 201
    assert defaulted.json()["outbound_number"] == "+1 628-555-0199"
    emulator.advance(600)  # that call plays out and frees its agent
    # Without a default among several numbers the agent's widget has to ask: 202, nothing created.
    for number in ("+1 628-555-0199", "+1 628-555-0100", "+1 339-219-5276"):
        control(emulator, "POST", "/outbound_numbers", json={"number": number, "default": False})
    with api(emulator) as client:
        accepted = client.post("/calls", json=body)
    assert accepted.status_code == 202
    assert accepted.content == b""
    assert len(control(emulator, "GET", "/calls")) == 1


def test_ticket_requirement_turns_number_only_calls_into_202(emulator: LiveServer) -> None:
    control(emulator, "PATCH", "/settings", json={"require_ticket_for_outbound": True})
    with api(emulator) as client:
        assert client.post("/calls", json=OUTBOUND).status_code == 202


def test_outbound_call_to_a_dnc_number_is_refused(emulator: LiveServer) -> None:
    with api(emulator) as client:
        client.post("/outbound_dialer/dnc", json={"contacts": [{"phone_number": "+1 859-657-9625"}]})
        response = client.post("/calls", json=OUTBOUND)
    assert response.status_code == 400
    assert "Do Not Call" in response.json()["message"]


def test_incoming_call_is_queued_on_its_menu(emulator: LiveServer) -> None:
    with api(emulator) as client:
        response = client.post("/calls", json=INCOMING)
    assert response.status_code == 201
    call = response.json()
    assert (call["call_type"], call["status"]) == ("Voice Inbound (API)", "queued")
    assert call["selected_menu"]["id"] == 9
    assert call["menu_path"]["materialized_path"] == "9"
    assert call["queued_at"] is not None
    assert call["participants"][0]["type"] == "end_user"


@pytest.mark.parametrize(
    ("menu", "change", "message"),
    [
        (None, {"menu_id": 12345}, "menu_id 12345 is not found"),
        (None, {"menu_id": 29}, "Only IVR and web menu IDs are permitted"),
        (None, {"menu_id": "nine"}, "menu_id is not well formed"),
        (None, {"end_user_number": "12"}, "end_user_number is not well formed"),
        (None, {"lang": "xx"}, "Language 'xx' is not found"),
        (None, {"end_user_number": "+1 999-657-12"}, "end_user_number is not well formed"),
        (
            {"name": "Closed", "menu_type": "ivr_menu", "state": "after_hours"},
            {},
            "Menu is in 'after hours' state, can't accept incoming calls",
        ),
        (
            {"name": "Redirect", "menu_type": "ivr_menu", "state": "manual_redirection"},
            {},
            "Menu is in 'manual redirection' state, can't accept calls",
        ),
        (
            {"name": "English only", "menu_type": "ivr_menu", "languages": ["en"]},
            {"lang": "es"},
            "Language 'es' is not available",
        ),
    ],
)
def test_incoming_call_errors(
    emulator: LiveServer, menu: dict[str, object] | None, change: dict[str, object], message: str
) -> None:
    control(emulator, "PATCH", "/settings", json={"languages": ["en", "es"]})
    body = {**INCOMING, **change}
    if menu is not None:
        body["menu_id"] = control(emulator, "POST", "/menus", json=menu)["id"]
    with api(emulator) as client:
        response = client.post("/calls", json=body)
    assert (response.status_code, response.json()) == (400, {"message": message})


def _future(hours: int = 24) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_scheduled_call_links_its_parent_and_keeps_the_time(emulator: LiveServer) -> None:
    when = _future()
    with api(emulator) as client:
        first = client.post(
            "/calls",
            json={
                "call_type": "Voice Scheduled (API)",
                "menu_id": 29,
                "end_user_number": "+1 415-555-0100",
                "scheduled_at": when,
            },
        )
        assert first.status_code == 201, first.text
        follow_up = client.post(
            "/calls",
            json={
                "call_type": "ScheduledCall",
                "call_id": first.json()["id"],
                "end_user_number": "+1 415-555-0100",
                "scheduled_at": when,
            },
        )
    assert first.json()["status"] == "scheduled"
    assert first.json()["scheduled_at"] == when
    assert follow_up.status_code == 201, follow_up.text
    assert follow_up.json()["parent_id"] == first.json()["id"]
    assert follow_up.json()["selected_menu"]["id"] == 29


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"menu_id": 9}, "Only mobile and web menu IDs are permitted"),
        ({"scheduled_at": None}, "scheduled_at is required"),
        ({"menu_id": None}, "menu_id is required"),
        ({"scheduled_at": "2019-09-15T00:19:14.421Z"}, "scheduled_at must be a valid future time"),
    ],
)
def test_scheduled_call_errors(emulator: LiveServer, change: dict[str, object], message: str) -> None:
    body = {
        "call_type": "Voice Scheduled (API)",
        "menu_id": 29,
        "end_user_number": "+1 415-555-0100",
        "scheduled_at": _future(),
    }
    body = {k: v for k, v in {**body, **change}.items() if v is not None}
    with api(emulator) as client:
        response = client.post("/calls", json=body)
    assert (response.status_code, response.json()) == (400, {"message": message})


def test_call_moves_through_documented_statuses(emulator: LiveServer) -> None:
    with api(emulator) as client:
        call = client.post("/calls", json=OUTBOUND).json()
    for status in ("connecting", "connected", "finished"):
        call = control(emulator, "POST", f"/calls/{call['id']}/status", json={"status": status})
    assert call["status"] == "finished"
    assert call["connected_at"] is not None and call["ends_at"] is not None
    assert {p["status"] for p in call["participants"]} == {"finished"}
    with emulator.control() as ctl:
        refused = ctl.post(
            f"/ccai-platform/customers/demo/calls/{call['id']}/status", json={"status": "queued"}
        )
    assert refused.status_code == 409


def test_a_new_customer_has_a_default_outbound_number_for_incoming_calls(emulator: LiveServer) -> None:
    with emulator.control() as ctl:
        ctl.post("/ccai-platform/customers", json={"subdomain": "acme", "token": "t"}).raise_for_status()
        ctl.post(
            "/ccai-platform/customers/acme/menus", json={"id": 5, "name": "Main", "menu_type": "ivr_menu"}
        ).raise_for_status()
    with api(emulator, ("acme", "t")) as client:
        response = client.post("/calls", json={**INCOMING, "menu_id": 5})
    assert response.status_code == 201, response.text
    assert response.json()["outbound_number"] == "+1 555-555-0100"
