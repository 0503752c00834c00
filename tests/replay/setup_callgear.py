"""The state the CallGear examples refer to: a logged-in key and the call sessions they act on."""

from __future__ import annotations

from typing import Any

import httpx

from ..conftest import LiveServer
from .examples import Case
from .replay import Step

DOCUMENTED_TOKEN = "2fRN4g217ca0b4224a67988aff3e584f91964a692045415f36fa66146f5a3c1ae1f6093d"
CONTROL = "/callgear-call-api/accounts/1"


def rpc(live: LiveServer, method: str, params: dict[str, Any]) -> Any:
    envelope = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
    with httpx.Client(base_url=live.url, timeout=10) as client:
        answer = client.post("/v4.0", json=envelope).json()
    assert "result" in answer, answer
    return answer["result"]


def _logged_in(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The documented key is one the documentation's own login gave: log in the same way."""
    data = rpc(live, "login.user", {"login": "your_login", "password": "your_password"})["data"]
    return {DOCUMENTED_TOKEN: data["access_token"]}


def _talking(live: LiveServer) -> int:
    """An employee call on the demo's number whose employee and contact have both answered."""
    started = rpc(
        live,
        "start.employee_call",
        {
            "access_token": "demo-permanent-key",
            "first_call": "employee",
            "virtual_phone_number": "74993720692",
            "contact": "79260000000",
            "employee": {"id": 25},
        },
    )
    live.advance(5)  # both parties answer after 2 s by the far-end model's default
    session: int = started["data"]["call_session_id"]
    return session


def _on_hold(live: LiveServer) -> int:
    session = _talking(live)
    hold = {"type": "media", "value": "2034"}
    rpc(
        live,
        "hold.call",
        {"access_token": "demo-permanent-key", "call_session_id": session, "contact_message": hold},
    )
    return session


def _consulting(live: LiveServer) -> int:
    """On hold while the employee consults a third party (make.call)."""
    session = _on_hold(live)
    rpc(
        live,
        "make.call",
        {"access_token": "demo-permanent-key", "call_session_id": session, "to": "79261111111"},
    )
    return session


STATES = {"talk": _talking, "hold": _on_hold, "consult": _consulting}


def call_in(state: str, documented: int) -> Step:
    return lambda live, case: {documented: STATES[state](live)}


def _leg(documented_session: int, documented_leg: int) -> Step:
    """A talking call and its contact's leg."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        session = _talking(live)
        with live.control() as control:
            call = control.get(f"{CONTROL}/calls/{session}").json()
        contact = next(leg for leg in call["legs"] if leg["role"] == "contact")
        return {documented_session: session, documented_leg: contact["leg_id"]}

    return create


def _inbound_on(number: str, contact: str) -> Step:
    """A subscriber's call to the virtual number, answered, with the documented tag."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        with live.control() as control:
            control.post(
                f"{CONTROL}/calls/inbound", json={"virtual_phone_number": number, "contact": contact}
            )
        live.advance(5)
        calls = rpc(live, "list.calls", {"access_token": "demo-permanent-key"})["data"]
        rpc(
            live,
            "tag.call",
            {
                "access_token": "demo-permanent-key",
                "call_session_id": calls[0]["call_session_id"],
                "tag_id": 456,
            },
        )
        return {}

    return create


# The documented call sessions, each in the state its method needs: make.call and unhold.call act on a
# call on hold, transfer.talk and restore.talk on a consultation, the rest on a talking call.
_SESSIONS = {
    2354891: "hold",
    2786459: "consult",
    25374860: "consult",
    23465781: "talk",
    2846590: "hold",
    27934036: "talk",
    235496: "talk",
    27485639: "talk",
    246578: "talk",
    28575639: "talk",
}

CALLGEAR_IDS: dict[Any, Step] = {
    DOCUMENTED_TOKEN: _logged_in,
    **{session: call_in(state, session) for session, state in _SESSIONS.items()},
}
CALLGEAR_PREPARE: dict[str, list[Step]] = {
    "disconnect.leg:disconnect_leg": [_leg(2875654, 9875)],
    "list.calls:list_calls": [_inbound_on("74951045771", "74959268686")],
}
