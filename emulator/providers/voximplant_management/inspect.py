"""Voximplant call sessions for the inspector page: each account's newest sessions with their calls."""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from .base import ACCOUNTS, Account

NEWEST = 20


def _state(session: dict[str, Any]) -> Any:
    # Read defensively: a running session may carry its own state; a history record has finished.
    for name in ("state", "status", "x_state"):
        if session.get(name) is not None:
            return session[name]
    return "ended" if session.get("finish_reason") else "running"


def inspector_calls(store: Store) -> list[dict[str, Any]]:
    found = []
    for account in store.list(
        ACCOUNTS, "account"
    ):  # the accounts a test configured: bounded by configuration
        account_id = account.get("account_id")
        if not isinstance(account_id, int):
            continue
        ns = Account(account_id).ns
        for session in store.page(ns, "call_session", 0, NEWEST, newest_first=True):
            state = _state(session)
            legs = [
                {"party": call.get("remote_number"), "state": call.get("state") or state}
                for call in session.get("calls") or []
                if isinstance(call, dict)
            ]
            found.append(
                {
                    "api": "voximplant-management",
                    "tenant": str(account_id),
                    "id": session.get("call_session_history_id"),
                    "state": state,
                    "legs": legs,
                    "started_at": session.get("start_date"),
                }
            )
    return found
