"""The demo customer a newcomer can call at once: the world of the documentation's own examples,
written as data in the demo seed file (emulator/seed/demo.yaml, section ccai-platform)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...seed.demo import seed_provider_demo
from .tenancy import get_customer

if TYPE_CHECKING:
    from .provider import CcaiPlatformProvider

# The demo customer's credentials as demo.yaml gives them (tests/toolkit/test_demo_seed.py checks).
DEMO_SUBDOMAIN = "demo"
DEMO_TOKEN = "demo-token"


def seed_demo(provider: CcaiPlatformProvider) -> None:
    if get_customer(provider.store, DEMO_SUBDOMAIN) is not None:
        return  # a --db file already holds the demo customer, perhaps changed since: keep it
    seed_provider_demo(provider)
