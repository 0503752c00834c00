"""Helpers for CCAI emulator tests: an authenticated client and the control API of one customer."""

from __future__ import annotations

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
