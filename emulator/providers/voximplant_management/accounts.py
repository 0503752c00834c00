"""Accounts: the caller's account info and exchange rates."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Base

# Fixed demo rates per USD: the emulator has no market to ask.
RATES = {"USD": 1.0, "EUR": 0.92, "RUR": 92.5, "KZT": 468.0}
ACCOUNT_FIELDS = (
    "account_id",
    "account_name",
    "account_email",
    "api_key",
    "active",
    "frozen",
    "balance",
    "credit_limit",
    "currency",
    "language_code",
    "location",
    "created",
    "account_first_name",
    "account_last_name",
    "a2p_sms_enabled",
    # What SetAccountInfo / SetChildAccountInfo set:
    "account_custom_data",
    "account_notifications",
    "tariff_changing_notifications",
    "news_notifications",
    "send_js_error",
    "min_balance_to_notify",
    "billing_address_name",
    "billing_address_country_code",
    "billing_address_address",
    "billing_address_zip",
    "billing_address_phone",
    "callback_url",
    "callback_salt",
    "support_robokassa",
    "support_bank_card",
    "support_invoice",
)


def account_info(account: dict[str, Any]) -> dict[str, Any]:
    """An account as GetAccountInfo and GetChildrenAccounts show it."""
    info: dict[str, Any] = {key: account[key] for key in ACCOUNT_FIELDS if account.get(key) is not None}
    info["billing_limits"] = {
        "robokassa": {"currency": info["currency"], "min_amount": 10.0},
        "bank_card": {"currency": info["currency"], "min_amount": 10.0},
        "invoice": {"currency": info["currency"], "min_amount": 100.0},
    }
    return info


class Accounts(Base):
    def get_account_info(self, call: ApiCall) -> Reply:
        info = account_info(self.account_doc(self.account(call)))
        host = call.headers.get("host", "api.voximplant.com")
        return self.ok(result=info, api_address=host)

    def get_currency_rate(self, call: ApiCall) -> Reply:
        form = self.form(call)
        wanted = form.names("currency") or []
        rates = {code: RATES[code] for code in (wanted if wanted != "all" else RATES) if code in RATES}
        return self.ok(result=rates)
