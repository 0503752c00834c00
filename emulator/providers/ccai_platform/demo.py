"""The demo customer a newcomer can call at once: the world of the documentation's own examples."""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from .tenancy import DEFAULT_SETTINGS, get_customer, namespace, put_customer

DEMO_SUBDOMAIN = "demo"
DEMO_TOKEN = "demo-token"

_MENUS: list[dict[str, Any]] = [
    {"id": 3, "name": "Web App", "menu_type": "web_menu", "wait_times": {"chat": 10, "voice_call": 10}},
    {"id": 9, "name": "Death Star", "menu_type": "ivr_menu", "wait_times": {"voice_call": 10}},
    {"id": 29, "name": "Laptop", "menu_type": "mobile_menu", "wait_times": {"chat": 10, "voice_call": 10}},
    {"id": 41, "name": "Lock Star", "menu_type": "ivr_menu", "wait_times": {"voice_call": 10}},
    {"id": 42, "name": "Desktop", "menu_type": "mobile_menu", "wait_times": {"chat": 10, "voice_call": 10}},
    {"id": 44, "name": "Mobile App", "menu_type": "web_menu", "wait_times": {"chat": 10, "voice_call": 10}},
    {
        "id": 43,
        "name": "Smart Phone",
        "menu_type": "mobile_menu",
        "wait_times": {"chat": 10, "voice_call": 10},
    },
]


def seed_demo(store: Store) -> None:
    if get_customer(store, DEMO_SUBDOMAIN) is not None:
        return  # a --db file already holds the demo customer, perhaps changed since: keep it
    put_customer(
        store,
        {
            "subdomain": DEMO_SUBDOMAIN,
            "token": DEMO_TOKEN,
            "api_user_name": "demo_api_user",
            "settings": dict(DEFAULT_SETTINGS),
        },
    )
    ns = namespace(DEMO_SUBDOMAIN)
    store.put(
        ns,
        "agent",
        "admin@somedomain.com",
        {
            "id": 1,
            "email": "admin@somedomain.com",
            "first_name": "Admin",
            "last_name": "UJET",
            "agent_number": None,
            "avatar_url": "https://somedomain.com/avatar.jpg",
            "status": "available",
            "can_make_calls": True,
        },
    )
    store.next_id(ns, "agent", start=1)
    for menu in _MENUS:
        store.put(
            ns, "menu", str(menu["id"]), {**menu, "parent_id": None, "state": "open", "languages": ["en"]}
        )
    store.put(ns, "outbound_number", "13392195276", {"number": "+1 339-219-5276", "default": True})
    store.put(
        ns,
        "ticket",
        "71450",
        {
            "ticket_id": "71450",
            "end_user_number": "+1 859-657-9625",
            "out_contact_id": "381630957514",
            "x_number": "18596579625",
        },
    )
