"""CCAI calls for the inspector page: each customer's newest calls with their participants."""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from .tenancy import API_ID, list_customers, namespace

NEWEST = 20


def inspector_calls(store: Store) -> list[dict[str, Any]]:
    found = []
    for customer in list_customers(store):  # the customers a test configured: bounded by configuration
        subdomain = customer["subdomain"]
        for call in store.page(namespace(subdomain), "call", 0, NEWEST, newest_first=True):
            legs = [
                {
                    "party": f"{p.get('type')} {p.get('user_id') or p.get('end_user_id') or ''}".strip(),
                    "state": p.get("status"),
                }
                for p in call.get("participants") or []
            ]
            found.append(
                {
                    "api": API_ID,
                    "tenant": subdomain,
                    "id": call.get("id"),
                    "state": call.get("status"),
                    "legs": legs,
                    "started_at": call.get("created_at"),
                }
            )
    return found
