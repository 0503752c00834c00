"""Voximplant Kit calls for the inspector page: each account's newest calls (A and B legs)."""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from .tenancy import API_ID, DIRECTORY, namespace

NEWEST = 20


def _state(call: dict[str, Any]) -> Any:
    # Read defensively: a call may carry its own state, else its outcome decides it.
    for name in ("state", "status", "_state"):
        if call.get(name) is not None:
            return call[name]
    return call.get("completion_code") or call.get("call_result_code")


def inspector_calls(store: Store) -> list[dict[str, Any]]:
    found = []
    for account in store.list(
        DIRECTORY, "account"
    ):  # the accounts a test configured: bounded by configuration
        domain = account.get("domain")
        if not domain:
            continue
        for call in store.page(namespace(domain), "call", 0, NEWEST, newest_first=True):
            state = _state(call)
            legs = [
                {"party": call.get(side), "state": state} for side in ("phone_a", "phone_b") if call.get(side)
            ]
            found.append(
                {
                    "api": API_ID,
                    "tenant": domain,
                    "id": call.get("id"),
                    "state": state,
                    "legs": legs,
                    "started_at": call.get("datetime_start"),
                }
            )
    return found
