"""POST /sms records what was sent; GET /wait_times answers for the configured menus."""

from __future__ import annotations

import pytest

from ..conftest import LiveServer
from .ccai import api, control

SMS = {
    "chat_type": "Messaging (SMS)",
    "end_user_number": "+1 415-555-0100",
    "outbound_number": "+1 339-219-5276",
    "message": "lorem ipsum",
    "ticket_id": "5006x00000XXxxxXXX",
}


def test_sms_is_sent_recorded_and_blocks_a_second_session(emulator: LiveServer) -> None:
    with api(emulator) as client:
        first = client.post("/sms", json=SMS)
        second = client.post("/sms", json=SMS)
    assert first.status_code == 200
    chat = first.json()
    assert chat["chat_type"] == "Messaging (SMS)"
    assert chat["outbound_number"] == "+13392195276"  # E.164, as the documentation's responses show
    assert chat["participants"][0]["chat_id"] == chat["id"]
    assert control(emulator, "GET", "/sms")[0] | {"sent_at": None} == {
        "chat_id": chat["id"],
        "to": "+1 415-555-0100",
        "from": "+1 339-219-5276",
        "message": "lorem ipsum",
        "ticket_id": "5006x00000XXxxxXXX",
        "sent_at": None,
    }
    assert second.json() == {"message": "Outbound SMS failed. Consumer is already in an active SMS session."}
    control(emulator, "POST", f"/chats/{chat['id']}/end")
    with api(emulator) as client:
        assert client.post("/sms", json=SMS).status_code == 200
    assert len(control(emulator, "GET", "/sms")) == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"chat_type": None}, "chat_type needs to be provided"),
        ({"chat_type": "In-app"}, "valid chat type needs to be provided"),
        ({"end_user_number": None}, "end_user_number is required"),
        ({"end_user_number": "abc"}, "end_user_number is invalid"),
        ({"end_user_number": "+44 20 7946 0958"}, "Non-US phone number not allowed"),
        ({"outbound_number": None}, "outbound_number is required"),
        ({"outbound_number": "x"}, "outbound_number is invalid"),
        ({"outbound_number": "+1 628-555-0123"}, "outbound_number is not found"),
        ({"message": None}, "message is required"),
    ],
)
def test_sms_errors_use_the_documented_messages(
    emulator: LiveServer, change: dict[str, object], message: str
) -> None:
    body = {k: v for k, v in {**SMS, **change}.items() if v is not None}
    with api(emulator) as client:
        response = client.post("/sms", json=body)
    assert (response.status_code, response.json()) == (400, {"message": message})
    assert control(emulator, "GET", "/sms") == []


@pytest.mark.parametrize(
    ("setting", "message"),
    [("sms_enabled", "SMS is not enabled"), ("outbound_sms_enabled", "Outbound SMS is not enabled")],
)
def test_sms_switched_off_is_refused(emulator: LiveServer, setting: str, message: str) -> None:
    control(emulator, "PATCH", "/settings", json={setting: False})
    with api(emulator) as client:
        assert client.post("/sms", json=SMS).json() == {"message": message}


def test_wait_times_follow_the_seed_examples_on_the_demo_menus(emulator: LiveServer) -> None:
    with api(emulator) as client:
        mobile = client.get("/wait_times", params={"lang": "en", "menu_type": "mobile_menu"}).json()
        voice_mobile = client.get(
            "/wait_times",
            params={"lang": "en", "menu_type": "mobile_menu", "channel_type": "voice_call", "wait[from]": 5},
        ).json()
        one_menu = client.get("/wait_times", params={"lang": "en", "menu_id": 9}).json()
        everything = client.get("/wait_times", params={"lang": "en"}).json()
    assert [m["menu_id"] for m in mobile] == [29, 42, 43]
    assert mobile[0] == {
        "menu_id": 29,
        "menu_type": "mobile_menu",
        "chat": 10,
        "voice_call": 10,
        "materialized_path": "Laptop",
    }
    assert all(set(m) == {"menu_id", "menu_type", "voice_call", "materialized_path"} for m in voice_mobile)
    assert one_menu == [
        {"menu_id": 9, "menu_type": "ivr_menu", "voice_call": 10, "materialized_path": "Death Star"}
    ]
    assert len(everything) == 7


def test_wait_times_filter_by_range_subtree_and_language(emulator: LiveServer) -> None:
    parent = control(
        emulator,
        "POST",
        "/menus",
        json={"name": "Support", "menu_type": "ivr_menu", "wait_times": {"voice_call": 30}},
    )
    child = control(
        emulator,
        "POST",
        "/menus",
        json={
            "name": "Billing",
            "menu_type": "ivr_menu",
            "parent_id": parent["id"],
            "wait_times": {"voice_call": 3},
            "languages": ["en", "es"],
        },
    )
    with api(emulator) as client:
        subtree = client.get("/wait_times", params={"lang": "en", "menu_id": parent["id"]}).json()
        long_waits = client.get("/wait_times", params={"lang": "en", "wait[from]": 20}).json()
        short_waits = client.get("/wait_times", params={"lang": "en", "wait[to]": 5}).json()
        spanish = client.get("/wait_times", params={"lang": "es"}).json()
        bad = client.get("/wait_times", params={"lang": "en", "wait[from]": "soon"})
        missing = client.get("/wait_times")
    assert [m["menu_id"] for m in subtree] == [parent["id"], child["id"]]
    assert [m["menu_id"] for m in long_waits] == [parent["id"]]
    assert [m["menu_id"] for m in short_waits] == [child["id"]]
    assert [m["menu_id"] for m in spanish] == [child["id"]]
    assert bad.status_code == 400 and "wait[from]" in bad.json()["message"]
    assert missing.status_code == 400 and "lang" in missing.json()["message"]


def test_crm_contact_data_is_recorded(emulator: LiveServer) -> None:
    body = {"call_id": "1917", "agent_id": "1", "dnis": "8001992999", "contact": {"first_name": "Alex"}}
    with api(emulator) as client:
        response = client.post("/crm/contact_data", json=body)
    assert response.status_code == 200
    recorded = control(emulator, "GET", "/contact_data")
    assert len(recorded) == 1 and recorded[0]["call_id"] == "1917"
    assert recorded[0]["contact"] == {"first_name": "Alex"}
