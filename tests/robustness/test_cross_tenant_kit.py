"""Voximplant Kit: account B, no credentials or forged ones (tokens, channel JWTs) never read, change or
delete account A's DNC entries, callback subscriptions, stored values, conversations or call history."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import jwt

from ..conftest import LiveServer
from .workloads import KIT

BASE = "/api"
CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"  # the custom channel every new account starts with
B = {"domain": "tenant-b", "access_token": "b-token"}
FORGED: dict[str, dict[str, str]] = {
    "no credentials": {},
    "A's domain only": {"domain": "demo"},
    "A's domain, wrong token": {"domain": "demo", "access_token": "wrong-token"},
    "A's domain, B's token": {"domain": "demo", "access_token": B["access_token"]},
    "B's domain, A's token": {"domain": B["domain"], "access_token": KIT["access_token"]},
}
A_NUMBERS = ["12025550181", "12025550182"]
EVENT = {
    "client_data": {"client_id": "client-a"},
    "event_id": "evt-a",
    "event_type": "send_message",
    "event_data": {"message": {"text": "Hello from A's customer"}},
}

Operation = Callable[[httpx.Client], httpx.Response]


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200 and response.json().get("success") is not False, response.text
    return response.json()


def _client(live: LiveServer, credentials: dict[str, str]) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}{BASE}", params=credentials, timeout=10)


def _state(live: LiveServer) -> dict[str, Any]:
    with _client(live, KIT) as a, live.control() as control:
        return {
            "dnc": a.post("/v3/dnc/searchDncContacts", data={"per-page": 0}).json(),
            "callbacks": a.post("/v3/callback/search").json(),
            "kv": a.post("/v2/kv/get", data={"key": "a-secret"}).json(),
            "calls": a.get("/v3/history/searchCalls").json(),
            "conversations": control.get("/voximplant-kit/accounts/demo/conversations").json(),
        }


def _operations(entry_ids: list[int], subscription_id: int, conversation: str) -> dict[str, Operation]:
    return {
        "search A's DNC entry": lambda c: c.post("/v3/dnc/searchDncContacts", data={"id": entry_ids[0]}),
        "delete A's DNC entry": lambda c: c.post("/v3/dnc/deleteDncContact", data={"id": entry_ids[0]}),
        "search A's subscription": lambda c: c.post("/v3/callback/search", data={"id": subscription_id}),
        "update A's subscription": lambda c: c.post(
            "/v3/callback/update", data={"id": subscription_id, "url": "https://evil.example/"}
        ),
        "delete A's subscription": lambda c: c.post("/v3/callback/delete", data={"id": subscription_id}),
        "get A's stored value": lambda c: c.post("/v2/kv/get", data={"key": "a-secret"}),
        "put over A's stored value": lambda c: c.post(
            "/v2/kv/put", data={"key": "a-secret", "value": '"B was here"', "ttl": -1}
        ),
        "message into A's conversation": lambda c: c.post(
            "/v3/botService/sendMessage", data={"conversation_uuid": conversation, "text": "from B"}
        ),
        "search calls": lambda c: c.get("/v3/history/searchCalls"),
    }


def _forged_jwts(a_jwt: str) -> dict[str, str]:
    """A's channel token with its payload changed (signature kept), and unsigned or foreign-signed ones."""
    header, _, signature = a_jwt.split(".")
    claims = jwt.decode(a_jwt, options={"verify_signature": False})
    claims["sub"] = "0a4b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    unsigned = jwt.encode(claims, "", algorithm="none")  # "" is no key to PyJWT
    return {
        "A's JWT with another payload": f"{header}.{payload}.{signature}",
        "A's claims, unsigned": unsigned,
        "A's claims, signed with a guessed secret": jwt.encode(
            claims, "a-guess-at-the-secret-of-account-a", algorithm="HS256"
        ),
    }


def test_account_b_and_forged_credentials_never_reach_account_a(emulator: LiveServer) -> None:
    with emulator.control() as control:
        control.post("/voximplant-kit/accounts", json=B).raise_for_status()
    with _client(emulator, KIT) as a:
        _ok(a.post("/v3/dnc/addDncContacts", data={"id": 1, "contacts": json.dumps(A_NUMBERS)}))
        entries = _ok(a.post("/v3/dnc/searchDncContacts", data={"per-page": 0}))["result"]
        entry_ids = [e["id"] for e in entries if e["number"] in A_NUMBERS]
        subscription = _ok(
            a.post(
                "/v3/callback/create",
                data={
                    "name": "A's CRM",
                    "url": "https://crm-a.example/kit",
                    "salt": "s",
                    "callbacks": '["new_calls"]',
                    "is_enabled": "true",
                },
            )
        )["result"]
        _ok(a.post("/v2/kv/put", data={"key": "a-secret", "value": '"A only"', "ttl": -1}))
        _ok(
            a.post(
                "/v3/scenario/runScenario",
                data={
                    "scenario_id": 101,
                    "phone": "12025550123",
                    "variables": '{"name": "Alex"}',
                    "caller_id": "12025550100",
                },
            )
        )
        a_jwt = _ok(a.post("/v3/botService/login", data={"channel_uuid": CHANNEL}))["result"]["access_token"]
    emulator.advance(120)  # the call rings, talks and ends on the emulator clock: then it is in the history
    event = httpx.post(
        f"{emulator.url}{BASE}/{CHANNEL}", json=EVENT, headers={"Authorization": f"Bearer {a_jwt}"}
    )
    assert event.json() == {"success": True, "result": True}
    with emulator.control() as control:
        (conversation,) = control.get("/voximplant-kit/accounts/demo/conversations").json()
    before = _state(emulator)
    assert before["kv"] == {"result": '"A only"'} and before["calls"]["result"]
    operations = _operations(entry_ids, subscription["id"], conversation["uuid"])

    wrong: list[str] = []
    with _client(emulator, B) as b:
        expected_for_b: dict[str, tuple[int, Any]] = {
            "search A's DNC entry": (200, []),
            "delete A's DNC entry": (404, None),
            "search A's subscription": (200, []),
            "update A's subscription": (404, None),
            "delete A's subscription": (404, None),
            "get A's stored value": (200, None),
            "put over A's stored value": (200, "ok"),  # B's own key of that name
            "message into A's conversation": (404, None),
            "search calls": (200, []),
        }
        for name, operation in operations.items():
            response = operation(b)
            status, result = expected_for_b[name]
            body = response.json()
            if status == 404:
                refused = body.get("success") is False and body["result"]["code"] == 404
                if response.status_code != 404 or not refused:
                    wrong.append(f"B {name}: {response.status_code} {response.text}")
            elif response.status_code != 200 or body["result"] != result:
                wrong.append(f"B {name}: {response.status_code} {response.text}")
        kept = b.post("/v2/kv/get", data={"key": "a-secret"}).json()
        if kept != {"result": '"B was here"'}:
            wrong.append(f"B's own stored value: {kept}")

    for label, credentials in FORGED.items():
        with _client(emulator, credentials) as forged:
            for name, operation in operations.items():
                response = operation(forged)
                if response.status_code != 401 or response.json()["result"]["code"] != 401:
                    wrong.append(f"{label} {name}: {response.status_code} {response.text}")

    for label, token in _forged_jwts(a_jwt).items():
        forged_event = {**EVENT, "event_id": f"evt-{label}"}
        for channel in (CHANNEL, "0a4b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"):
            response = httpx.post(
                f"{emulator.url}{BASE}/{channel}",
                json=forged_event,
                headers={"Authorization": f"Bearer {token}"},
            )
            if (response.status_code, response.json()["result"]) != (
                401,
                {"error": "Invalid token", "code": 401},
            ):
                wrong.append(f"{label} event on {channel}: {response.status_code} {response.text}")

    assert wrong == []
    assert _state(emulator) == before
