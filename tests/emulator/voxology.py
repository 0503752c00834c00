"""Helpers for Voxology emulator tests: clients for both auth styles, the control API, error checks."""

from __future__ import annotations

from typing import Any

import httpx
from jsonschema import Draft202012Validator

from emulator.core.specs import dereference, load_spec, standalone

from ..conftest import LiveServer

API_KEY = "demo-api-key"
BASIC = ("john.doe@company.com", "demo-password")
APP_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
NUMBER = "+19495551212"  # the demo's numbers: routed on CallFlows, voice and SMS
OTHER_NUMBER = "+17145551212"
FAR_END = "+13235550123"
ERROR_KEYS = {"ref_id", "status", "code", "message", "help", "user_message"}


def api(live: LiveServer, prefix: str = "", key: str = API_KEY) -> httpx.Client:
    """Application-level methods (X-API-Key); `prefix` such as `/SubAccounts/5` scopes them."""
    return httpx.Client(base_url=f"{live.url}/v1{prefix}", headers={"X-API-Key": key}, timeout=10)


def account(live: LiveServer, auth: tuple[str, str] = BASIC) -> httpx.Client:
    """Account-level methods (Basic)."""
    return httpx.Client(base_url=f"{live.url}/v1", auth=auth, timeout=10)


def control(live: LiveServer, method: str, path: str, **kwargs: Any) -> Any:
    """The demo application's control routes; raises on an error answer."""
    with live.control() as client:
        response = client.request(method, f"/voxology/apps/{API_KEY}{path}", **kwargs)
    response.raise_for_status()
    return response.json() if response.content else None


def settings(live: LiveServer, **values: Any) -> None:
    control(live, "PATCH", "/settings", json=values)


def deliveries(live: LiveServer, kind: str | None = None) -> list[dict[str, Any]]:
    """What the emulator sent (or recorded for) the demo application's servers."""
    found: list[dict[str, Any]] = control(live, "GET", "/deliveries", params={"kind": kind} if kind else {})
    return found


def error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    """Voxology's error object, checked for its status and code."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == ERROR_KEYS, body
    assert body["status"] == status and body["code"] == code, body
    assert len(body["ref_id"]) == 25
    return body


def configure(live: LiveServer, number: str, url: str, **extra: Any) -> None:
    """Point a number's Call Flow configuration at a customer server."""
    with api(live) as client:
        response = client.put(
            f"/CallFlows/Configurations/PhoneNumbers/{number}", json={"callback": {"url": url}, **extra}
        )
    assert response.status_code == 200, response.text


def dial(live: LiveServer, to: str = FAR_END, caller_id: str = NUMBER, prefix: str = "", **extra: Any) -> str:
    """POST /Dials/Connect; the new call's ID."""
    with api(live, prefix) as client:
        response = client.post(
            "/Dials/Connect", json={"call": {"no": to, "caller_id_no": caller_id}, **extra}
        )
    assert response.status_code == 201, response.text
    call_id: str = response.json()["call"]["id"]
    return call_id


RING_S = 2.0  # the far-end model's default: a dialled number answers after ringing this long
INBOUND_RING_S = 2.0  # an inbound call is picked up at the end of its first ring (answer_on_ring 1)


def dial_answered(live: LiveServer, to: str = FAR_END, **extra: Any) -> str:
    """A placed call, once the far end has answered it (the clock advanced past its ringing)."""
    call_id = dial(live, to, **extra)
    live.advance(RING_S)
    return call_id


def schema_errors(name: str, instance: Any) -> list[str]:
    """What the spec's component schema `name` finds wrong with `instance` (nothing: an empty list)."""
    document = load_spec("voxology")
    schema = standalone(dereference(document, document["components"]["schemas"][name]), document)
    return [error.message for error in Draft202012Validator(schema).iter_errors(instance)]
