"""The demo account a newcomer can call at once: the world of the documentation's own examples, written
as data in the demo seed file (emulator/seed/demo.yaml, section callgear-call-api).

Log in with login.user {"login": "your_login", "password": "your_password"} (the documented example),
or use the permanent key `demo-permanent-key`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...core.store import Store
from ...seed.demo import seed_provider_demo
from . import accounts
from .accounts import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from .provider import CallgearCallApiProvider

# The demo account's credentials as demo.yaml gives them (tests/toolkit/test_demo_seed.py checks).
DEMO_ACCOUNT_ID = 1
DEMO_LOGIN, DEMO_PASSWORD = "your_login", "your_password"
DEMO_KEY = "demo-permanent-key"
COMPONENTS = [
    "Call API Basic set",
    "Call API Call management",
    "Call API Informer calls",
    "Call API Call scenario",
]


def create_account(store: Store, account_id: int, name: str, settings: dict[str, Any] | None = None) -> None:
    accounts.put_account(
        store, {"id": account_id, "name": name, "settings": {**DEFAULT_SETTINGS, **(settings or {})}}
    )


def seed_demo(provider: CallgearCallApiProvider) -> None:
    if accounts.get_account(provider.store, DEMO_ACCOUNT_ID) is not None:
        return  # a --db file already holds the demo account, perhaps changed since: keep it
    seed_provider_demo(provider)
