"""CallGear JSON-RPC protocol: the documented errors for bad bodies, batches, notifications and unknown
methods, in the vendor's form, without metadata, and the emulator keeps serving."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ..conftest import LiveServer
from .callgear import BASE, CREDENTIALS, error_of, post, rpc


def _raw(live: LiveServer, body: bytes, content_type: str | None = "application/json") -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx.post(f"{live.url}{BASE}", content=body, headers=headers, timeout=30)


BAD_BODIES: list[tuple[str, bytes, str | None, int, str]] = [
    ("malformed JSON", b'{"jsonrpc": "2.0",', "application/json", -32700, "parse_error"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "application/json", -32700, "parse_error"),
    ("empty body", b"", "application/json; charset=UTF-8", -32700, "parse_error"),
    (
        "a batch",
        b'[{"jsonrpc": "2.0", "id": 1, "method": "login.user", "params": {}}]',
        "application/json",
        -32099,
        "batch_opreations_not_supported",
    ),
    (
        "a notification",
        b'{"jsonrpc": "2.0", "method": "login.user", "params": {}}',
        "application/json",
        -32099,
        "notifications_not_supported",
    ),
    ("not an object", b'"login.user"', "application/json", -32600, "invalid_request"),
    (
        "no jsonrpc",
        b'{"id": 1, "method": "login.user", "params": {}}',
        "application/json",
        -32600,
        "invalid_request",
    ),
    (
        "jsonrpc 1.0",
        b'{"jsonrpc": "1.0", "id": 1, "method": "login.user", "params": {}}',
        "application/json",
        -32600,
        "invalid_request",
    ),
    (
        "method not a string",
        b'{"jsonrpc": "2.0", "id": 1, "method": 7, "params": {}}',
        "application/json",
        -32600,
        "invalid_request",
    ),
    (
        "boolean id",
        b'{"jsonrpc": "2.0", "id": true, "method": "login.user", "params": {}}',
        "application/json",
        -32600,
        "invalid_request",
    ),
    (
        "params by position",
        b'{"jsonrpc": "2.0", "id": 1, "method": "login.user", "params": ["a", "b"]}',
        "application/json",
        -32600,
        "invalid_request",
    ),
    (
        "no params",
        b'{"jsonrpc": "2.0", "id": 1, "method": "login.user"}',
        "application/json",
        -32600,
        "invalid_request",
    ),
    (
        "no content type",
        b'{"jsonrpc": "2.0", "id": 1, "method": "login.user", "params": {}}',
        None,
        -32600,
        "invalid_request",
    ),
    ("form content type", b"jsonrpc=2.0", "application/x-www-form-urlencoded", -32600, "invalid_request"),
    (
        "latin-1 charset",
        b'{"jsonrpc": "2.0", "id": 1, "method": "login.user", "params": {}}',
        "application/json; charset=ISO-8859-1",
        -32602,
        "character_encoding_not_allowed",
    ),
    (
        "invalid UTF-8",
        b'{"jsonrpc": "2.0", "id": 1, "method": "login.user", "params": {"login": "\xff"}}',
        "application/json",
        -32602,
        "character_encoding_not_allowed",
    ),
]


@pytest.mark.parametrize(
    ("label", "body", "content_type", "code", "mnemonic"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES]
)
def test_bad_requests_get_the_documented_error_without_metadata(
    emulator: LiveServer, label: str, body: bytes, content_type: str | None, code: int, mnemonic: str
) -> None:
    response = _raw(emulator, body, content_type)
    assert response.status_code == 200, (label, response.text[:200])
    reply = response.json()
    assert reply["jsonrpc"] == "2.0"
    assert error_of(reply) == (code, mnemonic)
    assert "metadata" not in reply["error"]["data"]
    assert rpc(emulator, "login.user", CREDENTIALS)["result"]["data"]["access_token"]


def test_messages_are_the_documented_ones(emulator: LiveServer) -> None:
    parse = _raw(emulator, b"{").json()["error"]
    assert parse["message"] == "Invalid JSON was received by the server."
    assert parse["data"] == {
        "mnemonic": "parse_error",
        "field": None,
        "params": None,
        "extended_helper": None,
    }
    unknown = rpc(emulator, "no.such_method", {})
    assert unknown["error"]["code"] == -32601
    assert unknown["error"]["message"] == "The method does not exist / is not available"
    assert unknown["error"]["data"]["mnemonic"] == "method_not_found"


def test_request_id_is_echoed_and_null_when_unreadable(emulator: LiveServer) -> None:
    reply = post(emulator, {"jsonrpc": "2.0", "id": "req1", "method": "no.such", "params": {}}).json()
    assert reply["id"] == "req1"
    assert _raw(emulator, b"{").json()["id"] is None


@pytest.mark.parametrize(("method", "path", "status"), [("GET", BASE, 405), ("POST", f"{BASE}/calls", 404)])
def test_only_post_to_the_base_url(emulator: LiveServer, method: str, path: str, status: int) -> None:
    response = httpx.request(method, f"{emulator.url}{path}", json={})
    assert response.status_code == status
    assert error_of(response.json()) == (-32600, "invalid_request")
    if status == 405:
        assert response.headers["allow"] == "POST"


def test_a_body_over_the_limit_is_refused(emulator: LiveServer) -> None:
    body: Any = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "login.user",
        "params": {"login": "a" * (9 * 1024 * 1024)},
    }
    response = post(emulator, body)
    assert response.status_code == 413
    assert error_of(response.json()) == (-32600, "invalid_request")
