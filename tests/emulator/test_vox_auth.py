"""Voximplant authentication: account_id + api_key (query or form), and service-account JWTs verified against
the public key the control API issued; every refusal is error code 100 with HTTP 200."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ..conftest import LiveServer
from .vox import BASE, control


def _call(emulator: LiveServer, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{emulator.url}{BASE}/GetAccountInfo/", **kwargs)


def _token(credentials: dict[str, Any], **overrides: Any) -> str:
    now = int(time.time())
    claims = {"iss": str(credentials["account_id"]), "iat": now, "exp": now + 60}
    claims.update(overrides.pop("claims", {}))
    key = overrides.pop("key", credentials["private_key"])
    headers = {"kid": credentials["key_id"], **overrides.pop("headers", {})}
    return jwt.encode(claims, key, algorithm=overrides.pop("algorithm", "RS256"), headers=headers)


@pytest.fixture
def credentials(emulator: LiveServer) -> dict[str, Any]:
    account = control(emulator, "POST", "/accounts", account_name="jwtco")
    issued: dict[str, Any] = control(emulator, "POST", f"/accounts/{account['account_id']}/service-accounts")
    return issued


def _refusal(response: httpx.Response) -> str:
    assert response.status_code == 200
    body = response.json()
    assert body["error"]["code"] == 100, body
    message: str = body["error"]["msg"]
    return message


def test_api_key_in_the_query_string_or_the_form(emulator: LiveServer) -> None:
    in_query = _call(emulator, params={"account_id": "1", "api_key": "demo-api-key"})
    in_form = _call(emulator, data={"account_id": "1", "api_key": "demo-api-key"})
    assert in_query.json()["result"]["account_id"] == 1
    assert in_form.json()["result"]["account_name"] == "demo"


@pytest.mark.parametrize(
    "fields",
    [{}, {"account_id": "1"}, {"account_id": "1", "api_key": "wrong"}, {"account_id": "77", "api_key": "x"}],
    ids=["nothing", "no key", "wrong key", "unknown account"],
)
def test_bad_api_keys_are_refused(emulator: LiveServer, fields: dict[str, str]) -> None:
    assert "Authorization failed" in _refusal(_call(emulator, data=fields))


def test_a_signed_jwt_authenticates_as_its_account(emulator: LiveServer, credentials: dict[str, Any]) -> None:
    reply = _call(emulator, headers={"Authorization": f"Bearer {_token(credentials)}"}).json()
    assert reply["result"]["account_id"] == credentials["account_id"]
    assert reply["result"]["account_name"] == "jwtco"


def test_an_expired_jwt_is_refused_by_the_emulator_clock(
    emulator: LiveServer, credentials: dict[str, Any]
) -> None:
    token = _token(credentials)
    assert "result" in _call(emulator, headers={"Authorization": f"Bearer {token}"}).json()
    with emulator.control() as ctl:
        ctl.post("/clock", json={"advance_seconds": 61}).raise_for_status()
    assert "expired" in _refusal(_call(emulator, headers={"Authorization": f"Bearer {token}"}))


def _foreign_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.mark.parametrize(
    ("label", "make", "reason"),
    [
        ("foreign key", lambda c: _token(c, key=_foreign_key()), "signature"),
        ("unsigned", lambda c: _token(c, key=None, algorithm="none"), "RS256"),
        (
            "HS256 with the key id",
            lambda c: _token(c, key="a-shared-secret-of-thirty-two-bytes!", algorithm="HS256"),
            "RS256",
        ),
        ("wrong iss", lambda c: _token(c, claims={"iss": "999"}), "iss"),
        ("lives over an hour", lambda c: _token(c, claims={"exp": int(time.time()) + 4000}), "3600"),
        (
            "no exp",
            lambda c: jwt.encode(
                {"iss": str(c["account_id"]), "iat": int(time.time())},
                c["private_key"],
                algorithm="RS256",
                headers={"kid": c["key_id"]},
            ),
            "exp",
        ),
        ("unknown kid", lambda c: _token(c, headers={"kid": "nope"}), "kid"),
        ("not a JWT", lambda c: "abc.def", "JWT"),
    ],
)
def test_bad_tokens_are_refused(
    emulator: LiveServer, credentials: dict[str, Any], label: str, make: Any, reason: str
) -> None:
    message = _refusal(_call(emulator, headers={"Authorization": f"Bearer {make(credentials)}"}))
    assert reason in message, (label, message)


def test_a_non_bearer_authorization_header_is_refused(emulator: LiveServer) -> None:
    assert "Bearer" in _refusal(_call(emulator, headers={"Authorization": "Basic ZGVtbzp4"}))


def test_service_account_credentials_file_shape(credentials: dict[str, Any]) -> None:
    assert set(credentials) == {"account_id", "key_id", "private_key"}
    assert credentials["private_key"].startswith("-----BEGIN PRIVATE KEY-----")
