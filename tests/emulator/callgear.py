"""Helpers for CallGear emulator tests: JSON-RPC calls, a logged-in session and the control API."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from ..conftest import LiveServer

BASE = "/v4.0"
CREDENTIALS = {"login": "your_login", "password": "your_password"}
DEMO_KEY = "demo-permanent-key"
ACCOUNT = "/callgear-call-api/accounts/1"
VNUMBER = "74993720692"
OTHER_VNUMBER = "74951045771"
CONTACT = "79260000000"
_ids = itertools.count(1)


def post(live: LiveServer, body: Any, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{live.url}{BASE}", json=body, timeout=10, **kwargs)


def rpc(live: LiveServer, method: str, params: dict[str, Any]) -> dict[str, Any]:
    """One call; the whole JSON-RPC reply."""
    request_id = next(_ids)
    response = post(live, {"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
    assert response.status_code == 200, response.text
    reply: dict[str, Any] = response.json()
    assert reply["jsonrpc"] == "2.0" and reply["id"] == request_id
    return reply


def error_of(reply: dict[str, Any]) -> tuple[int, str]:
    assert "error" in reply, reply
    return reply["error"]["code"], reply["error"]["data"]["mnemonic"]


def log_in(live: LiveServer) -> str:
    token: str = rpc(live, "login.user", CREDENTIALS)["result"]["data"]["access_token"]
    return token


class Session:
    """A logged-in caller: `call` adds the access token and returns the reply."""

    def __init__(self, live: LiveServer, token: str | None = None) -> None:
        self.live = live
        self.token = token or log_in(live)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        return rpc(self.live, method, {"access_token": self.token, **params})

    def ok(self, method: str, **params: Any) -> Any:
        reply = self.call(method, **params)
        assert "result" in reply, reply
        return reply["result"]["data"]

    def fails(self, method: str, **params: Any) -> tuple[int, str]:
        return error_of(self.call(method, **params))

    def employee_call(self, **params: Any) -> int:
        defaults = {
            "first_call": "employee",
            "virtual_phone_number": VNUMBER,
            "contact": CONTACT,
            "employee": {"id": 25},
        }
        call_id: int = self.ok("start.employee_call", **{**defaults, **params})["call_session_id"]
        return call_id

    def talking_call(self, **params: Any) -> int:
        call_id = self.employee_call(**params)
        control(self.live, "POST", f"/calls/{call_id}/answer")
        return call_id

    def active(self, call_id: int) -> dict[str, Any] | None:
        return next((c for c in self.ok("list.calls") if c["call_session_id"] == call_id), None)


def control(live: LiveServer, method: str, path: str, **kwargs: Any) -> Any:
    with live.control() as client:
        response = client.request(
            method, f"{ACCOUNT}{path}" if not path.startswith("//") else path[1:], **kwargs
        )
    response.raise_for_status()
    return response.json() if response.content else None


def advance_clock(live: LiveServer, seconds: float) -> None:
    with live.control() as client:
        client.post("/clock", json={"advance_seconds": seconds}).raise_for_status()


def far_end(live: LiveServer, party: str, **rule: Any) -> None:
    """How `party` (a dialled number, or an employee id) of the demo account answers from now on."""
    with live.control() as client:
        client.put(f"/farend/callgear-call-api/1/{party}", json=rule).raise_for_status()


def timeline_failures(live: LiveServer) -> list[str]:
    with live.control() as client:
        failures: list[str] = client.get("/timeline").json()["failures"]
    return failures
