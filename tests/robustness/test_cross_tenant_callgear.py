"""CallGear: account B's permanent key and session key, no key or forged ones never read, change or end
account A's call sessions; B's logins never open a session on A's account."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from ..conftest import LiveServer
from .workloads import CALLGEAR_KEY

A_ACCOUNT = "/callgear-call-api/accounts/1"
A_LOGIN = {"login": "your_login", "password": "your_password"}
B_LOGIN = {"login": "b_login", "password": "b_password"}
B_KEY = "b-permanent-key"
NOT_FOUND = (-32602, "call_session_not_found")
_ids = itertools.count(1)


def _rpc(live: LiveServer, method: str, params: dict[str, Any]) -> dict[str, Any]:
    request_id = next(_ids)
    request = {"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}
    response = httpx.post(f"{live.url}/v4.0", json=request, timeout=10)
    assert response.status_code == 200, response.text  # JSON-RPC refusals come with HTTP 200
    reply: dict[str, Any] = response.json()
    assert reply["id"] == request_id, reply
    return reply


def _error(reply: dict[str, Any]) -> tuple[int, str] | None:
    if "error" not in reply:
        return None
    return reply["error"]["code"], reply["error"]["data"]["mnemonic"]


def _operations(call_id: int, leg_id: int) -> dict[str, tuple[str, dict[str, Any]]]:
    on = {"call_session_id": call_id}
    return {
        "add a party to A's call": ("make.call", {**on, "to": "79260000099"}),
        "hold A's call": ("hold.call", {**on, "contact_message": {"type": "tts", "value": "Please hold"}}),
        "unhold A's call": ("unhold.call", on),
        "add a coach to A's call": ("add.coach", {**on, "phone_number": "79260000098"}),
        "tag A's call": ("tag.call", {**on, "tag_id": 254}),
        "record A's call": ("record.call", {**on, "action": "on"}),
        "send keys into A's call": ("send.dtmf", {**on, "dtmf_string": "123"}),
        "press a talk option in A's call": ("call.talk_option", {**on, "button": "9"}),
        "block A's contact": ("block.contact", on),
        "drop a party of A's call": ("disconnect.leg", {**on, "leg_id": leg_id}),
        "release A's call": ("release.call", on),
    }


def _state(live: LiveServer, call_id: int) -> dict[str, Any]:
    with live.control() as control:
        return {
            "call": control.get(f"{A_ACCOUNT}/calls/{call_id}").json(),
            "blacklist": control.get(f"{A_ACCOUNT}/blacklist").json(),
            "listed": _rpc(live, "list.calls", {"access_token": CALLGEAR_KEY})["result"]["data"],
        }


def test_account_b_and_forged_keys_never_reach_account_a(emulator: LiveServer) -> None:
    with emulator.control() as control:
        b_account = control.post("/callgear-call-api/accounts", json={"name": "Tenant B"}).json()
        b_path = f"/callgear-call-api/accounts/{b_account['id']}"
        control.post(f"{b_path}/users", json=B_LOGIN).raise_for_status()
        control.post(f"{b_path}/keys", json={"login": B_LOGIN["login"], "key": B_KEY}).raise_for_status()
    started = _rpc(
        emulator,
        "start.employee_call",
        {
            "access_token": CALLGEAR_KEY,
            "first_call": "employee",
            "virtual_phone_number": "74993720692",
            "contact": "79260000000",
            "employee": {"id": 25},
        },
    )
    call_id: int = started["result"]["data"]["call_session_id"]
    with emulator.control() as control:
        control.post(f"{A_ACCOUNT}/calls/{call_id}/answer").raise_for_status()  # A's call is talking
    before = _state(emulator, call_id)
    assert [c["call_session_id"] for c in before["listed"]] == [call_id]
    leg_id: int = before["call"]["legs"][0]["leg_id"]
    operations = _operations(call_id, leg_id)

    b_session = _rpc(emulator, "login.user", B_LOGIN)["result"]["data"]["access_token"]
    wrong: list[str] = []
    for label, key in {"B's permanent key": B_KEY, "B's session key": b_session}.items():
        listed = _rpc(emulator, "list.calls", {"access_token": key})
        if listed.get("result", {}).get("data") != []:
            wrong.append(f"{label} list calls: {listed}")
        for name, (method, params) in operations.items():
            reply = _rpc(emulator, method, {"access_token": key, **params})
            if _error(reply) != NOT_FOUND:
                wrong.append(f"{label} {name}: {reply}")

    forged: dict[str, tuple[dict[str, Any], tuple[int, str]]] = {
        "no key": ({}, (-32602, "required_parameter_missed")),
        "wrong key": ({"access_token": "not-a-key"}, (-32001, "access_token_invalid")),
        "A's key with a character changed": (
            {"access_token": CALLGEAR_KEY[:-1] + "X"},
            (-32001, "access_token_invalid"),
        ),
    }
    for label, (credentials, refusal) in forged.items():
        for name, (method, params) in {"list calls": ("list.calls", {}), **operations}.items():
            reply = _rpc(emulator, method, {**params, **credentials})
            if _error(reply) != refusal:
                wrong.append(f"{label} {name}: {reply}")
    logins = {
        "A's login, B's password": {"login": A_LOGIN["login"], "password": B_LOGIN["password"]},
        "B's login, A's password": {"login": B_LOGIN["login"], "password": A_LOGIN["password"]},
        "A's login, wrong password": {"login": A_LOGIN["login"], "password": "wrong-password"},
    }
    for label, credentials in logins.items():
        reply = _rpc(emulator, "login.user", credentials)
        if _error(reply) != (-32001, "auth_error"):
            wrong.append(f"{label} login: {reply}")

    assert wrong == []
    assert _state(emulator, call_id) == before
    with emulator.control() as control:
        assert control.get(f"{b_path}/blacklist").json() == []
        assert control.get(f"{b_path}/calls").json() == []
