"""The demo account a newcomer can call at once: domain `demo`, API token `demo-token`, written as data
in the demo seed file (emulator/seed/demo.yaml, section voximplant-kit); what it holds besides is what
every new account starts with (world.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...seed.demo import seed_provider_demo
from .tenancy import get_account

if TYPE_CHECKING:
    from .provider import VoximplantKitProvider

# The demo account's credentials as demo.yaml gives them (tests/toolkit/test_demo_seed.py checks).
DEMO_DOMAIN = "demo"
DEMO_TOKEN = "demo-token"
DEMO_READ_TOKEN = "demo-read-token"  # a read-only API token: changes answer 403


def seed_demo(provider: VoximplantKitProvider) -> None:
    if get_account(provider.store, DEMO_DOMAIN) is not None:
        return  # a --db file already holds the demo account, perhaps changed since: keep it
    seed_provider_demo(provider)
