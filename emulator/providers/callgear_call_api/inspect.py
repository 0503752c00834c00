"""CallGear call sessions for the inspector page: each account's newest sessions with their legs."""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from .accounts import API_ID, DIRECTORY, namespace

NEWEST = 20


def inspector_calls(store: Store) -> list[dict[str, Any]]:
    found = []
    for account in store.list(
        DIRECTORY, "account"
    ):  # the accounts a test configured: bounded by configuration
        for session in store.page(namespace(account["id"]), "call", 0, NEWEST, newest_first=True):
            legs = [
                {"party": leg.get("party") or leg.get("called_phone_number"), "state": leg.get("state")}
                for leg in session.get("legs") or []
            ]
            found.append(
                {
                    "api": API_ID,
                    "tenant": str(account["id"]),
                    "id": session.get("call_session_id"),
                    "state": session.get("state"),
                    "legs": legs,
                    "started_at": session.get("started_at"),
                }
            )
    return found
