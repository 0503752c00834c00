"""Voxology: account B's application key and account login, no credentials or forged ones never read,
change or delete account A's trunks, Caller IDs, Sub Accounts, numbers, Call Flow configurations, live
calls or balance alerts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ..conftest import LiveServer
from .workloads import VOXOLOGY_KEY

A_BASIC = ("john.doe@company.com", "demo-password")
A_ACCOUNT_ID = "8c86b1f5-abcd-1234-efgh-h249d0e298"
A_NUMBER = "+19495551212"
A_CALLER_ID = "+13105550100"
B_TENANT = {
    "account_id": "b0000000-0000-0000-0000-00000000000b",
    "username": "owner@tenant-b.example",
    "password": "b-password",
    "app_id": "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb",
    "api_key": "b-api-key",
}
B_KEY = {"X-API-Key": B_TENANT["api_key"]}
B_BASIC = (B_TENANT["username"], B_TENANT["password"])
ALERT = {
    "firstname": "John",
    "lastname": "Doe",
    "email": "john.doe@company.com",
    "account_balance": {"minutes_before_zero": 30},
}
ERROR_KEYS = {"ref_id", "status", "code", "message", "help", "user_message"}

Operation = Callable[[httpx.Client], httpx.Response]


def _client(live: LiveServer, headers: dict[str, str] | None = None, auth: Any = None) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}/v1", headers=headers, auth=auth, timeout=10)


def _app_operations(
    trunk: str, sub: int, call_id: str, message_id: str, ended_id: str
) -> dict[str, tuple[Operation, int, int]]:
    """Application-level operations on A's resources, with the status and code B must get."""
    config = f"/CallFlows/Configurations/PhoneNumbers/{A_NUMBER}"
    numbers = {"phone_numbers": [{"no": A_NUMBER}]}
    return {
        "view A's trunk": (lambda c: c.get(f"/Trunks/{trunk}"), 404, 404002),
        "update A's trunk": (lambda c: c.put(f"/Trunks/{trunk}", json={"description": "owned"}), 404, 404002),
        "delete A's trunk": (lambda c: c.delete(f"/Trunks/{trunk}"), 404, 404002),
        "view A's Caller ID": (lambda c: c.get(f"/CallerIDs/{A_CALLER_ID}"), 404, 404254),
        "update A's Caller ID": (
            lambda c: c.put(f"/CallerIDs/{A_CALLER_ID}", json={"description": "owned"}),
            404,
            404254,
        ),
        "verify A's Caller ID": (lambda c: c.post(f"/CallerIDs/{A_CALLER_ID}/Verify"), 404, 404254),
        "delete A's Caller ID": (lambda c: c.delete(f"/CallerIDs/{A_CALLER_ID}"), 404, 404254),
        "view A's Sub Account": (lambda c: c.get(f"/SubAccounts/{sub}"), 404, 404801),
        "list A's Sub Account's numbers": (lambda c: c.get(f"/SubAccounts/{sub}/PhoneNumbers"), 404, 404801),
        "run in A's Sub Account": (lambda c: c.get(f"/SubAccounts/{sub}/Trunks"), 404, 404801),
        "update A's Sub Account": (
            lambda c: c.put(f"/SubAccounts/{sub}", json={"name": "owned"}),
            404,
            404801,
        ),
        "delete A's Sub Account": (lambda c: c.delete(f"/SubAccounts/{sub}"), 404, 404801),
        "view A's number": (lambda c: c.get(f"/PhoneNumbers/{A_NUMBER}"), 404, 400404),
        "update A's number": (
            lambda c: c.put(f"/PhoneNumbers/{A_NUMBER}", json={"description": "owned"}),
            404,
            404214,
        ),
        "provision A's number": (lambda c: c.post("/PhoneNumbers/CallFlows", json=numbers), 400, 400200),
        "release A's number": (
            lambda c: c.request("DELETE", "/PhoneNumbers/CallFlows", json=numbers),
            400,
            400201,
        ),
        "view A's Call Flow configuration": (lambda c: c.get(config), 404, 404102),
        "configure A's number": (
            lambda c: c.put(config, json={"callback": {"url": "http://localhost:1/owned"}}),
            404,
            404102,
        ),
        "delete A's Call Flow configuration": (lambda c: c.delete(config), 404, 404102),
        "view A's live call": (lambda c: c.get(f"/LiveCalls/{call_id}"), 404, 404404),
        "say into A's live call": (
            lambda c: c.post(
                f"/LiveCalls/{call_id}/Actions", json=[{"type": "SAY", "params": {"text": "hi"}}]
            ),
            404,
            404404,
        ),
        "hang up A's live call": (lambda c: c.post(f"/LiveCalls/{call_id}/Actions/HangUp"), 404, 404404),
        "end A's live call": (lambda c: c.delete(f"/LiveCalls/{call_id}"), 404, 404404),
        "view A's ended call's log": (lambda c: c.get(f"/History/Logs/Calls/{ended_id}"), 404, 404404),
        "view A's message": (lambda c: c.get(f"/Messages/{message_id}"), 404, 404002),
    }


def _account_operations(alert_id: int) -> dict[str, tuple[Operation, int, int]]:
    return {"delete A's alert": (lambda c: c.delete(f"/Account/Alerts/{alert_id}"), 404, 404002)}


def _refusal(response: httpx.Response, status: int, code: int) -> str | None:
    """What is wrong with a response that should be Voxology's error `code`; None when it is that."""
    body = response.json() if response.content else None
    if response.status_code != status or not isinstance(body, dict) or set(body) != ERROR_KEYS:
        return f"{response.status_code} {response.text}"
    if (body["status"], body["code"]) != (status, code):
        return f"{response.status_code} {response.text}"
    return None


def _state(live: LiveServer, trunk: str, sub: int, call_id: str, message_id: str) -> dict[str, Any]:
    config = f"/CallFlows/Configurations/PhoneNumbers/{A_NUMBER}"
    with _client(live, VOXOLOGY_KEY) as a, _client(live, auth=A_BASIC) as account:
        call = a.get(f"/LiveCalls/{call_id}").json()
        return {
            "trunk": a.get(f"/Trunks/{trunk}").json(),
            "caller ID": a.get(f"/CallerIDs/{A_CALLER_ID}").json(),
            "sub account": a.get(f"/SubAccounts/{sub}").json(),
            "number": a.get(f"/PhoneNumbers/{A_NUMBER}").json(),
            "config": a.get(config).json(),
            "call": (call["status"], call["no"]),  # connected_time moves on by itself
            "message": a.get(f"/Messages/{message_id}").json(),
            "logs": a.get("/History/Logs/Calls").json()["logs"],  # the listing's window moves with the clock
            "alerts": account.get("/Account/Alerts").json(),
            "balance": account.get("/Account/Billings/Balance").json(),
        }


def test_account_b_and_forged_credentials_never_reach_account_a(emulator: LiveServer) -> None:
    with emulator.control() as control:
        control.post("/voxology/tenants", json=B_TENANT).raise_for_status()
    with _client(emulator, VOXOLOGY_KEY) as a, _client(emulator, auth=A_BASIC) as account:
        trunk = a.post(
            "/Trunks", json={"direction": "inbound", "inbound": {"destination": "pbx-a.example.com"}}
        )
        caller = a.post(f"/CallerIDs/{A_CALLER_ID}", json={"description": "A's desk"})
        sub = a.post("/SubAccounts", json={"name": "A's branch"})
        config = a.put(
            f"/CallFlows/Configurations/PhoneNumbers/{A_NUMBER}",
            json={"callback": {"url": "https://crm-a.example/voice"}},
        )
        dialed = a.post("/Dials/Connect", json={"call": {"no": "+13235550123", "caller_id_no": A_NUMBER}})
        ended = a.post("/Dials/Connect", json={"call": {"no": "+13235550124", "caller_id_no": A_NUMBER}})
        hung_up = a.delete(f"/LiveCalls/{ended.json()['call']['id']}")
        message = a.post(
            "/Messages", json={"api_no": A_NUMBER, "caller_no": "+13235550123", "text_message": "A's"}
        )
        alert = account.post("/Account/Alerts", json=ALERT)
        alerts = account.get("/Account/Alerts").json()["alerts"]
    for response in (trunk, caller, sub, dialed, ended, alert):
        assert response.status_code == 201, response.text
    for response in (config, message):
        assert response.status_code == 200, response.text
    assert hung_up.status_code == 204, hung_up.text
    message_id, ended_id = message.json()["message_id"], ended.json()["call"]["id"]
    trunk_id, sub_id, call_id = trunk.json()["trunk_id"], sub.json()["id"], dialed.json()["call"]["id"]
    (alert_id,) = [a["id"] for a in alerts]
    before = _state(emulator, trunk_id, sub_id, call_id, message_id)
    app_operations = _app_operations(trunk_id, sub_id, call_id, message_id, ended_id)
    account_operations = _account_operations(alert_id)

    wrong: list[str] = []
    with _client(emulator, B_KEY) as b, _client(emulator, auth=B_BASIC) as b_account:
        for name, (operation, status, code) in app_operations.items():
            problem = _refusal(operation(b), status, code)
            if problem:
                wrong.append(f"B {name}: {problem}")
        for name, (operation, status, code) in account_operations.items():
            problem = _refusal(operation(b_account), status, code)
            if problem:
                wrong.append(f"B {name}: {problem}")
        # Moving answers per number: A's is not one of B's.
        moved = b.put(
            "/PhoneNumbers/Move/CallFlows",
            json={"app_id": B_TENANT["app_id"], "phone_numbers": [{"no": A_NUMBER}]},
        )
        if moved.status_code != 200 or moved.json()[0].get("error") != "Phone number not found":
            wrong.append(f"B move A's number: {moved.status_code} {moved.text}")
        # B's listings are B's alone.
        listings = {
            "trunks": b.get("/Trunks").json()["trunks"],
            "Caller IDs": b.get("/CallerIDs").json()["caller_ids"],
            "Sub Accounts": b.get("/SubAccounts").json()["subaccounts"],
            "numbers": b.get("/PhoneNumbers").json()["phone_numbers"],
            "live calls": b.get("/LiveCalls").json()["calls"],
            "call logs": b.get("/History/Logs/Calls").json()["logs"],
            "messages": b.get("/Messages").json()["messages"],
            "alerts": b_account.get("/Account/Alerts").json()["alerts"],
        }
        wrong += [f"B lists {what}: {found}" for what, found in listings.items() if found]

    forged_keys = {
        "no API key": {},
        "wrong API key": {"X-API-Key": "wrong-key"},
        "A's app ID as key": {"X-API-Key": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"},
    }
    for label, headers in forged_keys.items():
        with _client(emulator, headers) as forged:
            for name, (operation, _, _) in app_operations.items():
                problem = _refusal(operation(forged), 401, 401001)
                if problem:
                    wrong.append(f"{label} {name}: {problem}")
    forged_logins = {
        "no login": None,
        "A's username, wrong password": (A_BASIC[0], "wrong-password"),
        "A's username, B's password": (A_BASIC[0], B_BASIC[1]),
        "A's account ID, B's password": (A_ACCOUNT_ID, B_BASIC[1]),
        "B's username, A's password": (B_BASIC[0], A_BASIC[1]),
    }
    for label, auth in forged_logins.items():
        with _client(emulator, auth=auth) as forged:
            for name, (operation, _, _) in account_operations.items():
                problem = _refusal(operation(forged), 401, 401002)
                if problem:
                    wrong.append(f"{label} {name}: {problem}")
            problem = _refusal(forged.get("/Account/Alerts"), 401, 401002)
            if problem:
                wrong.append(f"{label} list alerts: {problem}")

    assert wrong == []
    assert _state(emulator, trunk_id, sub_id, call_id, message_id) == before
