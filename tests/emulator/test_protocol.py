"""Auth, rate limiting, routing errors and hostile input: vendor format, never a 500, still serving."""

from __future__ import annotations

import httpx
import pytest

from ..conftest import LiveServer
from .ccai import BASE, OUTBOUND, api


@pytest.mark.parametrize("auth", [None, ("demo", "wrong-token"), ("nobody", "demo-token")])
def test_bad_credentials_get_401_in_ccai_format(emulator: LiveServer, auth: tuple[str, str] | None) -> None:
    with httpx.Client(base_url=f"{emulator.url}{BASE}", auth=auth) as client:
        response = client.get("/wait_times", params={"lang": "en"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Basic")
    assert response.json()["message"].startswith("Unauthorized")


def test_malformed_basic_header_is_401_not_500(emulator: LiveServer) -> None:
    for header in ("Basic", "Basic !!!", "Basic " + "bm9jb2xvbg==", "Bearer x"):
        response = httpx.get(f"{emulator.url}{BASE}/wait_times?lang=en", headers={"Authorization": header})
        assert response.status_code == 401, header


def test_rate_limit_is_one_request_per_second_per_customer(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    with emulator.control() as ctl:
        ctl.post("/ccai-platform/customers", json={"subdomain": "other", "token": "t"}).raise_for_status()
    with api(emulator) as client, api(emulator, ("other", "t")) as other:
        first = client.get("/wait_times", params={"lang": "en"})
        second = client.get("/wait_times", params={"lang": "en"})
        neighbour = other.get("/wait_times", params={"lang": "en"})
    assert first.status_code == 200
    assert second.status_code == 429
    assert second.json()["message"] == "Rate limit exceeded: 1 request per second per customer"
    assert int(second.headers["retry-after"]) >= 1
    assert neighbour.status_code == 200
    with emulator.control() as ctl:
        ctl.post("/clock", json={"advance_seconds": 1.0}).raise_for_status()
    with api(emulator) as client:
        assert client.get("/wait_times", params={"lang": "en"}).status_code == 200


def test_rate_limit_can_be_switched_off(emulator: LiveServer) -> None:
    with api(emulator) as client:
        statuses = {client.get("/wait_times", params={"lang": "en"}).status_code for _ in range(5)}
    assert statuses == {200}


def test_unknown_paths_and_methods(emulator: LiveServer) -> None:
    with api(emulator) as client:
        unknown = client.get("/no/such/thing")
        wrong_method = client.delete("/calls")
    assert unknown.status_code == 404 and "message" in unknown.json()
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert "message" in wrong_method.json()


HOSTILE: list[tuple[str, bytes, dict[str, str]]] = [
    ("malformed JSON", b'{"call_type": "Voice Outbound (API)",', {"content-type": "application/json"}),
    ("JSON that is not an object", b"[1, 2, 3]", {"content-type": "application/json"}),
    ("wrong content type", b"call_type=OutboundCall", {"content-type": "application/x-www-form-urlencoded"}),
    ("no content type", b'{"a": 1}', {}),
    ("invalid UTF-8", b'{"call_type": "\xff\xfe"}', {"content-type": "application/json"}),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, {"content-type": "application/json"}),
    ("10 MB body", b'{"x": "' + b"a" * (10 * 1024 * 1024) + b'"}', {"content-type": "application/json"}),
    ("broken multipart", b"--xx\r\nnope", {"content-type": "multipart/form-data; boundary=xx"}),
]


@pytest.mark.parametrize(("label", "body", "headers"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_bodies_get_a_ccai_error_and_the_emulator_keeps_serving(
    emulator: LiveServer, label: str, body: bytes, headers: dict[str, str]
) -> None:
    path = "/bulk/users/upload" if "multipart" in label else "/calls"
    with api(emulator) as client:
        response = client.post(path, content=body, headers=headers)
        assert 400 <= response.status_code < 500, (label, response.status_code, response.text[:200])
        assert isinstance(response.json()["message"], str)
        after = client.post("/calls", json=OUTBOUND)
    assert after.status_code == 201
