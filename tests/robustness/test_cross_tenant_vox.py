"""Voximplant Management: account B (by API key or service-account JWT), no credentials or forged ones
(keys, JWTs with another iss, kid, signature or algorithm) never read, change or delete account A's
applications, users or key-value items."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import jwt

from ..conftest import LiveServer
from .workloads import VOX

BASE = "/platform_api"
AUTHORIZATION_FAILED = 100
NOT_FOUND = 404

# One way to call a method: form fields and headers to add to the method's own fields.
Credentials = tuple[dict[str, str], dict[str, str]]
Operation = tuple[str, dict[str, Any]]


def _call(live: LiveServer, method: str, credentials: Credentials, **fields: Any) -> dict[str, Any]:
    form, headers = credentials
    data = {**form, **{k: str(v) for k, v in fields.items()}}
    response = httpx.post(f"{live.url}{BASE}/{method}/", data=data, headers=headers, timeout=10)
    assert response.status_code == 200, response.text  # Voximplant answers its refusals with 200 too
    body: dict[str, Any] = response.json()
    return body


def _ok(live: LiveServer, method: str, **fields: Any) -> dict[str, Any]:
    body = _call(live, method, (VOX, {}), **fields)
    assert "error" not in body, body
    return body


def _token(account_id: int, key_id: str, private_key: Any, **claims: Any) -> str:
    now = int(time.time())
    payload = {"iss": str(account_id), "iat": now, "exp": now + 600, **claims}
    return jwt.encode(payload, private_key, algorithm="RS256", headers={"kid": key_id})


def _bearer(token: str) -> Credentials:
    return {}, {"Authorization": f"Bearer {token}"}


def _forged(a_key: dict[str, Any], b_key: dict[str, Any], b_api_key: str) -> dict[str, Credentials]:
    a_id, b_id = a_key["account_id"], b_key["account_id"]
    b_token = _token(b_id, b_key["key_id"], b_key["private_key"])
    header, _, signature = b_token.split(".")
    claims = {**jwt.decode(b_token, options={"verify_signature": False}), "iss": str(a_id)}
    tampered = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    a_claims = {"iss": str(a_id), "iat": int(time.time()), "exp": int(time.time()) + 600}
    a_kid = {"kid": a_key["key_id"]}
    return {
        "no credentials": ({}, {}),
        "A's id only": ({"account_id": str(a_id)}, {}),
        "A's id, wrong key": ({"account_id": str(a_id), "api_key": "wrong-key"}, {}),
        "A's id, B's key": ({"account_id": str(a_id), "api_key": b_api_key}, {}),
        "B's id, A's key": ({"account_id": str(b_id), "api_key": VOX["api_key"]}, {}),
        "B's JWT with iss changed to A": _bearer(f"{header}.{tampered}.{signature}"),
        "B's key signing iss A": _bearer(_token(a_id, b_key["key_id"], b_key["private_key"])),
        "A's kid signed with B's key": _bearer(_token(a_id, a_key["key_id"], b_key["private_key"])),
        # PyJWT takes "" as no key at all, which alg "none" needs.
        "A's kid, unsigned": _bearer(jwt.encode(a_claims, "", "none", headers=a_kid)),
        "A's kid, HS256 under a guessed secret": _bearer(
            jwt.encode(a_claims, "a-guess-at-the-secret-of-account-a", "HS256", headers=a_kid)
        ),
        "not a JWT": _bearer("not.a.jwt"),
    }


def _operations(app_id: int, app_name: str, user_id: int) -> dict[str, Operation]:
    return {
        "list A's application": ("GetApplications", {"application_id": app_id}),
        "list A's application's users": ("GetUsers", {"application_id": app_id}),
        "read A's key-value item": ("GetKeyValueItem", {"application_id": app_id, "key": "a-key"}),
        "rename A's application": (
            "SetApplicationInfo",
            {"application_id": app_id, "application_name": "owned"},
        ),
        "add a user to A's application": (
            "AddUser",
            {
                "application_id": app_id,
                "user_name": "intruder",
                "user_display_name": "Intruder",
                "user_password": "Passw0rd!",
            },
        ),
        "change A's user": ("SetUserInfo", {"user_id": user_id, "user_display_name": "Owned"}),
        "change A's user by application": (
            "SetUserInfo",
            {"application_id": app_id, "user_id": user_id, "user_password": "Owned0wned!"},
        ),
        "write A's key-value item": (
            "SetKeyValueItem",
            {"application_id": app_id, "key": "a-key", "value": "owned", "ttl": 600},
        ),
        "delete A's key-value item": ("DelKeyValueItem", {"application_id": app_id, "key": "a-key"}),
        "delete A's user": ("DelUser", {"user_id": user_id}),
        "delete A's application by id": ("DelApplication", {"application_id": app_id}),
        "delete A's application by name": ("DelApplication", {"application_name": app_name}),
    }


def _state(live: LiveServer, app_id: int) -> dict[str, Any]:
    return {
        "applications": _ok(live, "GetApplications")["result"],
        "users": _ok(live, "GetUsers", application_id=app_id)["result"],
        "kv": _ok(live, "GetKeyValueItem", application_id=app_id, key="a-key")["result"],
    }


def test_account_b_and_forged_credentials_never_reach_account_a(emulator: LiveServer) -> None:
    b_api_key = "b-api-key"
    with emulator.control() as control:
        created = control.post(
            "/voximplant-management/accounts", json={"account_name": "tenantb", "api_key": b_api_key}
        )
        b_id: int = created.json()["account_id"]
        a_key = control.post("/voximplant-management/accounts/1/service-accounts").json()
        b_key = control.post(f"/voximplant-management/accounts/{b_id}/service-accounts").json()
    app = _ok(emulator, "AddApplication", application_name="crm")
    app_id, app_name = app["application_id"], app["application_name"]
    user_id = _ok(
        emulator,
        "AddUser",
        application_id=app_id,
        user_name="alice",
        user_display_name="Alice",
        user_password="Passw0rd!",
    )["user_id"]
    _ok(emulator, "SetKeyValueItem", application_id=app_id, key="a-key", value="A only", ttl=600)
    # A's own service-account JWT works: the forged ones below fail for what was forged, not the scheme.
    a_token = _token(1, a_key["key_id"], a_key["private_key"])
    assert "error" not in _call(emulator, "GetApplications", _bearer(a_token))
    before = _state(emulator, app_id)
    operations = _operations(app_id, app_name, user_id)

    b_token = _token(b_id, b_key["key_id"], b_key["private_key"])
    as_b: dict[str, Credentials] = {
        "B's API key": ({"account_id": str(b_id), "api_key": b_api_key}, {}),
        "B's JWT": _bearer(b_token),
        "B's JWT beside A's account_id": ({"account_id": "1"}, {"Authorization": f"Bearer {b_token}"}),
    }
    wrong: list[str] = []
    for label, credentials in as_b.items():
        for name, (method, fields) in operations.items():
            body = _call(emulator, method, credentials, **fields)
            if name == "list A's application":
                if body != {"result": [], "count": 0, "total_count": 0}:
                    wrong.append(f"{label} {name}: {body}")
            elif body.get("error", {}).get("code") != NOT_FOUND:
                wrong.append(f"{label} {name}: {body}")

    for label, credentials in _forged(a_key, b_key, b_api_key).items():
        for name, (method, fields) in operations.items():
            body = _call(emulator, method, credentials, **fields)
            if set(body) != {"error"} or body["error"]["code"] != AUTHORIZATION_FAILED:
                wrong.append(f"{label} {name}: {body}")

    assert wrong == []
    assert _state(emulator, app_id) == before
