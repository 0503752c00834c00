"""The demo account a newcomer can call at once: the documentation's own examples' world."""

from __future__ import annotations

from ...core.store import Store
from .catalogue import location_of
from .directory import cnam_of
from .tenancy import API_ID, DEFAULT_APP_SETTINGS, account_ns, get_account, iso_ts, put_account, put_app

DEMO_ACCOUNT_ID = "8c86b1f5-abcd-1234-efgh-h249d0e298"
DEMO_USERNAME = "john.doe@company.com"
DEMO_PASSWORD = "demo-password"
DEMO_APP_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
DEMO_API_KEY = "demo-api-key"
DEMO_NUMBERS = ("+19495551212", "+17145551212")


def create_tenant(
    store: Store,
    account_id: str,
    username: str,
    password: str,
    app_id: str,
    api_key: str,
    balance: float = 100.0,
) -> None:
    put_account(
        store,
        {
            "id": account_id,
            "email": username,
            "firstname": "John",
            "lastname": "Doe",
            "username": username,
            "status": "active",
            "max_apps": 15,
            "max_subaccounts_per_app": 20,
            "port_out_pin": "1234",
            "x_password": password,
            "x_balance": balance,
        },
    )
    put_app(
        store,
        {
            "app_id": app_id,
            "api_key": api_key,
            "account_id": account_id,
            "settings": dict(DEFAULT_APP_SETTINGS),
        },
    )
    ns = account_ns(account_id)
    for token, card, last_four, default in (
        ("6g6kpg", "American Express", "0005", True),
        ("5fvy2r", "MasterCard", "5100", False),
    ):
        store.put(
            ns,
            "payment_method",
            token,
            {
                "token": token,
                "method": "Credit Card",
                "card_type": card,
                "last_four": last_four,
                "is_default": default,
                "created_on": "2016-03-16T10:09:00.000Z",
                "updated_on": "2016-03-16T12:49:00.000Z",
                "is_expired": False,
            },
        )


def seed_demo(store: Store, now: float) -> None:
    if get_account(store, DEMO_ACCOUNT_ID) is not None:
        return
    create_tenant(store, DEMO_ACCOUNT_ID, DEMO_USERNAME, DEMO_PASSWORD, DEMO_APP_ID, DEMO_API_KEY)
    ns = f"{API_ID}/{DEMO_APP_ID}/0"
    for no in DEMO_NUMBERS:
        store.put(
            ns,
            "number",
            no,
            {
                "no": no,
                "formatted": f"({no[2:5]}) {no[5:8]}-{no[8:]}",
                "assigned_to": "CallFlows",
                "error": None,
                "capabilities": ["sms_inbound", "sms_outbound", "voice_inbound", "voice_outbound"],
                "description": "Office Desk Phone",
                "caller_id_name": cnam_of(no),
                "status": "routed",
                "price": 1,
                "price_period": "day",
                "created_on": iso_ts(now),
                "updated_on": iso_ts(now),
                "usage": 0,
                "port_out_pin": None,
                "type": "local",
                "location": location_of(no),
                "estimated_active_date": iso_ts(now),
                "estimated_active_date_user_message": None,
                "x_ready": now,
            },
        )
        store.put(API_ID, "number", no, {"no": no, "app_id": DEMO_APP_ID, "sub": 0})
