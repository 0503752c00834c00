"""The demo account a newcomer can call at once: account 1, API key `demo-api-key`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import ACCOUNTS, DATE, DATETIME, Account
from .tenancy import create_account

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider

DEMO_ACCOUNT_ID = 1
DEMO_API_KEY = "demo-api-key"
DEMO_NUMBER = "12125550100"


def seed_demo(provider: VoximplantManagementProvider) -> None:
    store, clock = provider.store, provider.clock
    if store.get(ACCOUNTS, "account", str(DEMO_ACCOUNT_ID)) is not None:
        return  # a --db file already holds the demo account, perhaps changed since: keep it
    create_account(
        store,
        clock,
        {
            "account_id": DEMO_ACCOUNT_ID,
            "account_name": "demo",
            "api_key": DEMO_API_KEY,
            "account_email": "demo@example.com",
        },
    )
    store.next_id("voximplant-ids", "account", DEMO_ACCOUNT_ID)  # the next account gets id 2
    account = Account(DEMO_ACCOUNT_ID)
    now = clock.now()
    provider.save(
        account,
        "phone",
        100001,
        {
            "phone_id": 100001,
            "phone_number": DEMO_NUMBER,
            "phone_country_code": "US",
            "category_name": "GEOGRAPHIC",
            "phone_region_name": "New York",
            "phone_price": 1.0,
            "phone_purchase_date": now.strftime(DATETIME),
            "phone_next_renewal": now.replace(year=now.year + 1).strftime(DATE),
            "subscription_id": 200001,
            "auto_charge": True,
            "can_be_used": True,
            "canceled": False,
            "deactivated": False,
            "emergency_calls_enabled": False,
            "emergency_calls_to_be_enabled": False,
            "is_sms_supported": True,
            "is_sms_enabled": True,
            "activation_status": "ACTIVE",
            "verification_status": "VERIFIED",
            "modified": now.strftime(DATETIME),
            "application_id": None,
            "rule_id": None,
        },
    )
    # A verified London address: what buying a London number needs.
    provider.save(
        account,
        "regulation_address",
        501,
        {
            "regulation_address_id": 501,
            "country_code": "GB",
            "phone_category_name": "GEOGRAPHIC",
            "phone_region_code": "20",
            "salutation": "MR",
            "company": "Demo Ltd",
            "first_name": "Demo",
            "last_name": "User",
            "city": "London",
            "zip_code": "EC1A 1BB",
            "street": "King Edward Street",
            "builder_number": "",
            "house_number": "1",
            "status": "VERIFIED",
        },
    )
    store.next_id("voximplant-ids", "regulation_address", 501)
    store.next_id("voximplant-ids", "phone", 100002)
    store.next_id("voximplant-ids", "subscription", 200002)
