"""Voxology calls for the inspector page: each application's newest calls (the parent scope and its Sub
Accounts), a call being one leg to its far end."""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from .tenancy import API_ID, DIRECTORY, PARENT, Scope

NEWEST = 20


def inspector_calls(store: Store) -> list[dict[str, Any]]:
    found = []
    for app in store.list(DIRECTORY, "app"):  # the applications a test configured: bounded by configuration
        parent = Scope(str(app["app_id"]), PARENT, str(app.get("account_id", "")))
        # Sub Accounts: at most max_subaccounts_per_app of them, bounded by configuration.
        subs = [int(s["id"]) for s in store.list(parent.app_ns, "subaccount") if str(s.get("id")).isdigit()]
        for subaccount in [PARENT, *subs]:
            scope = Scope(parent.app_id, subaccount, parent.account_id)
            for call in store.page(scope.ns, "call", 0, NEWEST, newest_first=True):
                found.append(
                    {
                        "api": API_ID,
                        "tenant": str(app["app_id"]),
                        "id": call.get("id"),
                        "state": call.get("status"),
                        "legs": [{"party": call.get("no"), "state": call.get("status")}],
                        "started_at": call.get("x_created"),
                    }
                )
    return found
