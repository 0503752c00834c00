"""Where a CallGear account's state lives in the store: accounts, their Call API users and keys.

The directory (namespace `callgear-call-api`) maps logins and access tokens to accounts; everything
an account owns lives in its own namespace `callgear-call-api/<account id>`.
"""

from __future__ import annotations

import secrets
from typing import Any

from ...core.store import Document, Store

API_ID = "callgear-call-api"
DIRECTORY = API_ID

SESSION_SECONDS = 3600  # login.user: "Lifespan of a distributed authentication session key ... is 1 hour"

# An account's settings; each can be changed through the control API. Limits and method values
# are not documented: these defaults are the emulator's choice.
DEFAULT_SETTINGS: dict[str, Any] = {
    "active": True,
    "ip_whitelist": None,  # None lets every address in; a list names the only ones allowed
    "minute_limit": 1000,
    "day_limit": 100_000,
    "method_points": {},  # method -> points; a method not named costs 1
    "tts_max_length": 1000,
    "coach_employee_id": None,
}


def namespace(account_id: int) -> str:
    return f"{API_ID}/{account_id}"


def get_account(store: Store, account_id: int) -> Document | None:
    return store.get(DIRECTORY, "account", str(account_id))


def put_account(store: Store, account: Document) -> None:
    store.put(DIRECTORY, "account", str(account["id"]), account)


def get_user(store: Store, login: str) -> Document | None:
    return store.get(DIRECTORY, "user", login)


def put_user(store: Store, user: Document) -> None:
    store.put(DIRECTORY, "user", user["login"], user)


def get_token(store: Store, token: str) -> Document | None:
    return store.get(DIRECTORY, "token", token)


def put_token(store: Store, token: Document) -> None:
    store.put(DIRECTORY, "token", token["token"], token)


def new_session_token() -> str:
    # The documented example key: 72 characters of letters and hex digits.
    return secrets.token_hex(36)
