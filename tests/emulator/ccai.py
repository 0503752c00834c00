"""Helpers for CCAI emulator tests: an authenticated client and the control API of one customer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from ..conftest import LiveServer

BASE = "/apps/api/v1"
DEMO_AUTH = ("demo", "demo-token")
OUTBOUND = {
    "call_type": "Voice Outbound (API)",
    "agent_email": "admin@somedomain.com",
    "end_user_number": "+1 859-657-9625",
    "outbound_number": "+1 339-219-5276",
    "lang": "en",
}
INCOMING = {
    "call_type": "Voice Inbound (API)",
    "menu_id": 9,
    "end_user_number": "+82-10-6861-2345",
    "lang": "en",
}


def api(live: LiveServer, auth: tuple[str, str] = DEMO_AUTH) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}{BASE}", auth=auth, timeout=10)


def control(live: LiveServer, method: str, path: str, **kwargs: Any) -> Any:
    with live.control() as client:
        response = client.request(method, f"/ccai-platform/customers/demo{path}", **kwargs)
    response.raise_for_status()
    return response.json() if response.content else None


def far_end(live: LiveServer, party: str, **rule: Any) -> None:
    with live.control() as ctl:
        ctl.put(f"/farend/ccai-platform/demo/{party}", json=rule).raise_for_status()


def emulator_now(live: LiveServer) -> datetime:
    with live.control() as ctl:
        return datetime.fromtimestamp(ctl.get("/clock").json()["time"], tz=UTC)


def parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def history(call: dict[str, Any], since: str | None = None) -> list[tuple[str, float]]:
    """The statuses a call went through, each with its time in seconds after `since` (its creation)."""
    start = parse(since or call["created_at"])
    return [
        (step["status"], round((parse(step["at"]) - start).total_seconds(), 1))
        for step in call["x_status_history"]
    ]


def stored(live: LiveServer, call_id: int) -> dict[str, Any]:
    result: dict[str, Any] = control(live, "GET", f"/calls/{call_id}")
    return result


def no_failures(live: LiveServer) -> None:
    with live.control() as ctl:
        assert ctl.get("/timeline").json()["failures"] == []


def scheduled_body(at: datetime, **change: Any) -> dict[str, Any]:
    body = {
        "call_type": "Voice Scheduled (API)",
        "menu_id": 29,
        "end_user_number": "+1 415-555-0100",
        "scheduled_at": at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
    }
    return {k: v for k, v in {**body, **change}.items() if v is not None}
