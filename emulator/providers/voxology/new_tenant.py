"""What a new Voxology tenant is made of: its account (with the documented payment methods) and its
application."""

from __future__ import annotations

from ...core.store import Store
from .tenancy import DEFAULT_APP_SETTINGS, account_ns, put_account, put_app


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
