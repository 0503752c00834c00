"""The demo account a newcomer can call at once: the documentation's own examples' world, written as
data in the demo seed file (emulator/seed/demo.yaml, section voxology)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...seed.demo import seed_provider_demo
from .tenancy import get_account

if TYPE_CHECKING:
    from .provider import VoxologyProvider

# The demo tenant's credentials and numbers as demo.yaml gives them (tests/toolkit/test_demo_seed.py checks).
DEMO_ACCOUNT_ID = "8c86b1f5-abcd-1234-efgh-h249d0e298"
DEMO_USERNAME = "john.doe@company.com"
DEMO_PASSWORD = "demo-password"
DEMO_APP_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
DEMO_API_KEY = "demo-api-key"
DEMO_NUMBERS = ("+19495551212", "+17145551212")


def seed_demo(provider: VoxologyProvider) -> None:
    if get_account(provider.store, DEMO_ACCOUNT_ID) is not None:
        return  # a --db file already holds the demo account, perhaps changed since: keep it
    seed_provider_demo(provider)
