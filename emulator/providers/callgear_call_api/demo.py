"""The demo account a newcomer can call at once: the world of the documentation's own examples.

Log in with login.user {"login": "your_login", "password": "your_password"} (the documented example),
or use the permanent key `demo-permanent-key`.
"""

from __future__ import annotations

from typing import Any

from ...core.store import Store
from . import accounts
from .accounts import DEFAULT_SETTINGS, namespace

DEMO_ACCOUNT_ID = 1
DEMO_LOGIN, DEMO_PASSWORD = "your_login", "your_password"
DEMO_KEY = "demo-permanent-key"
COMPONENTS = [
    "Call API Basic set",
    "Call API Call management",
    "Call API Informer calls",
    "Call API Call scenario",
]

_EMPLOYEES: list[dict[str, Any]] = [
    {
        "id": 25,
        "full_name": "Anna Smirnova",
        "extension": "101",
        "phone_numbers": [{"number": "79260000001", "active": True}],
        "record_calls": False,
    },
    {
        "id": 2345,
        "full_name": "Test",
        "extension": "102",
        "phone_numbers": [{"number": "79262444393", "active": True}],
        "record_calls": False,
    },
]
_SCENARIOS: list[dict[str, Any]] = [{"id": 23456, "name": "Sales", "employee_id": 2345}]
_VIRTUAL_NUMBERS: list[dict[str, Any]] = [
    {"number": "74993720692", "scenario_id": 23456},
    {"number": "74951045771", "scenario_id": 23456},
]
_MEDIA: list[dict[str, Any]] = [  # duration_s: how long each plays (playback.py)
    {"id": 2701, "name": "Dialing music", "duration_s": 30},
    {"id": 2561, "name": "Greeting for employees", "duration_s": 4},
    {"id": 237, "name": "Greeting", "duration_s": 6},
    {"id": 2034, "name": "Hold music", "duration_s": 30},
]
_TAGS: list[dict[str, Any]] = [
    {"id": 36, "name": "Callback"},
    {"id": 254, "name": "Relevant"},
    {"id": 456, "name": "Relevant"},
]
_TALK_OPTIONS: list[dict[str, Any]] = [  # button 1 is the documented example
    {"button": "1", "mnemonic": "tag_call", "name": "Tag", "button_value": {"id": 254, "value": "Relevant"}},
    {"button": "2", "mnemonic": "record_talk", "name": "Voice recorder"},
    {"button": "3", "mnemonic": "call_coach", "name": "Call coach"},
    {"button": "9", "mnemonic": "finish_conversation", "name": "Finish conversation"},
]


def create_account(store: Store, account_id: int, name: str, settings: dict[str, Any] | None = None) -> None:
    accounts.put_account(
        store, {"id": account_id, "name": name, "settings": {**DEFAULT_SETTINGS, **(settings or {})}}
    )


def seed_demo(store: Store) -> None:
    if accounts.get_account(store, DEMO_ACCOUNT_ID) is not None:
        return  # a --db file already holds the demo account, perhaps changed since: keep it
    create_account(store, DEMO_ACCOUNT_ID, "Demo", {"coach_employee_id": 25})
    accounts.put_user(
        store,
        {
            "login": DEMO_LOGIN,
            "password": DEMO_PASSWORD,
            "account_id": DEMO_ACCOUNT_ID,
            "components": COMPONENTS,
        },
    )
    accounts.put_token(
        store,
        {
            "token": DEMO_KEY,
            "login": DEMO_LOGIN,
            "account_id": DEMO_ACCOUNT_ID,
            "kind": "permanent",
            "expires_at": None,
            "revoked": False,
            "blocked": False,
        },
    )
    ns = namespace(DEMO_ACCOUNT_ID)
    for employee in _EMPLOYEES:
        store.put(ns, "employee", str(employee["id"]), employee)
    for scenario in _SCENARIOS:
        store.put(ns, "scenario", str(scenario["id"]), scenario)
    for number in _VIRTUAL_NUMBERS:
        store.put(ns, "virtual_number", number["number"], number)
    for media in _MEDIA:
        store.put(ns, "media", str(media["id"]), media)
    for tag in _TAGS:
        store.put(ns, "tag", str(tag["id"]), tag)
    for option in _TALK_OPTIONS:
        store.put(ns, "talk_option", str(option["button"]), option)
