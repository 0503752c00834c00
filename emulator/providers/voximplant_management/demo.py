"""The demo account a newcomer can call at once: account 1, API key `demo-api-key`, written as data in
the demo seed file (emulator/seed/demo.yaml, section voximplant-management)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...seed.demo import seed_provider_demo
from .base import ACCOUNTS

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider

# The demo account's credentials and number as demo.yaml gives them (tests/toolkit/test_demo_seed.py checks).
DEMO_ACCOUNT_ID = 1
DEMO_API_KEY = "demo-api-key"
DEMO_NUMBER = "12125550100"


def seed_demo(provider: VoximplantManagementProvider) -> None:
    if provider.store.get(ACCOUNTS, "account", str(DEMO_ACCOUNT_ID)) is not None:
        return  # a --db file already holds the demo account, perhaps changed since: keep it
    seed_provider_demo(provider)
