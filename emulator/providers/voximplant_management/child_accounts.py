"""The account's own profile (SetAccountInfo) and its child accounts: accounts the control API creates
with a `parent_account_id`, which the parent lists and edits."""

from __future__ import annotations

import hashlib
from typing import Any

from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from .accounts import account_info
from .base import ACCOUNTS, Account, Base
from .errors import RULE_VIOLATED, invalid, not_found, vox_error
from .form import Form, listing, matches

# Form field -> account field, per kind of value.
TEXT_FIELDS = {
    "language_code": "language_code",
    "location": "location",
    "account_first_name": "account_first_name",
    "account_last_name": "account_last_name",
    "billing_address_name": "billing_address_name",
    "billing_address_country_code": "billing_address_country_code",
    "billing_address_address": "billing_address_address",
    "billing_address_zip": "billing_address_zip",
    "billing_address_phone": "billing_address_phone",
    "account_custom_data": "account_custom_data",
    "callback_url": "callback_url",
    "callback_salt": "callback_salt",
}
FLAG_FIELDS = (
    "account_notifications",
    "tariff_changing_notifications",
    "news_notifications",
    "send_js_error",
    "store_outbound_sms",
    "store_inbound_sms",
)
CHILD_TEXT_FIELDS = ("callback_url", "callback_salt", "language_code", "location")
CHILD_FLAG_FIELDS = (
    "account_notifications",
    "tariff_changing_notifications",
    "news_notifications",
    "active",
    "support_robokassa",
    "support_bank_card",
    "support_invoice",
    "can_use_restricted",
)
BRIEF_FIELDS = ("account_id", "account_name", "account_email", "active", "created")
MEDIUM_FIELDS = (*BRIEF_FIELDS, "frozen", "balance", "currency")


def password_hash(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


class ChildAccounts(Base):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index("account", "parent_account_id")

    def children_of(self, account: Account) -> list[dict[str, Any]]:
        """The account's child accounts, found by their parent (indexed)."""
        return self.store.find(ACCOUNTS, "account", "parent_account_id", account.account_id)

    def _put_account(self, doc: dict[str, Any]) -> None:
        self.store.put(ACCOUNTS, "account", str(doc["account_id"]), doc)

    def set_account_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.account_doc(account)
        if form.has("new_account_email"):
            doc["account_email"] = form.text("new_account_email")
        if form.has("new_account_password"):
            doc["password_hash"] = password_hash(form.text("new_account_password"))
        for name, key in TEXT_FIELDS.items():
            if form.has(name):
                doc[key] = form.text(name)
        for name in FLAG_FIELDS:
            if form.has(name):
                doc[name] = form.flag(name)
        if form.has("min_balance_to_notify"):
            doc["min_balance_to_notify"] = float(form.get("min_balance_to_notify"))
        self._put_account(doc)
        return self.ok(result=1)

    def selected_children(self, account: Account, form: Form) -> list[dict[str, Any]]:
        """The child accounts a request names by id (or `all`), name or email; every one must exist."""
        children = self.children_of(account)
        ids, names, emails = (
            form.ids("child_account_id"),
            form.names("child_account_name"),
            form.names("child_account_email"),
        )
        if ids is None and names is None and emails is None:
            raise invalid("child_account_id, child_account_name or child_account_email is required")
        chosen = [
            c
            for c in children
            if matches(c["account_id"], ids)
            and matches(c["account_name"], names)
            and matches(c["account_email"], emails)
        ]
        for wanted, key in ((ids, "account_id"), (names, "account_name"), (emails, "account_email")):
            if isinstance(wanted, list):
                missing = [w for w in wanted if all(c[key] != w for c in chosen)]
                if missing:
                    raise not_found(f"Child account {missing[0]}")
        return chosen

    def set_child_account_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        chosen = self.selected_children(account, form)
        if form.has("new_child_account_email") and len(chosen) != 1:
            raise vox_error(
                RULE_VIOLATED, "new_child_account_email changes one child account: name exactly one"
            )
        for doc in chosen:
            if form.has("new_child_account_email"):
                doc["account_email"] = form.text("new_child_account_email")
            if form.has("new_child_account_password"):
                doc["password_hash"] = password_hash(form.text("new_child_account_password"))
            for name in CHILD_TEXT_FIELDS:
                if form.has(name):
                    doc[name] = form.text(name)
            for name in CHILD_FLAG_FIELDS:
                if form.has(name):
                    doc[name] = form.flag(name)
            if form.has("min_balance_to_notify"):
                doc["min_balance_to_notify"] = float(form.get("min_balance_to_notify"))
            self._put_account(doc)
        return self.ok(result=1)

    def get_children_accounts(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        children = [
            c for c in self.children_of(account) if matches(c["account_id"], form.ids("child_account_id"))
        ]
        for name, key in (("child_account_name", "account_name"), ("child_account_email", "account_email")):
            if form.has(name):
                children = [c for c in children if form.text(name).lower() in str(c[key]).lower()]
        for flag in ("active", "frozen"):
            if form.has(flag):
                children = [c for c in children if bool(c.get(flag)) == form.flag(flag)]
        order = {"child_account_name": "account_name", "child_account_email": "account_email"}.get(
            form.text("order_by"), "account_id"
        )
        children.sort(key=lambda c: (c[order], c["account_id"]))
        views = [account_info(c) for c in children]
        if form.flag("brief_output"):
            views = [{k: v[k] for k in BRIEF_FIELDS} for v in views]
        elif form.flag("medium_output"):
            views = [{k: v[k] for k in MEDIUM_FIELDS if k in v} for v in views]
        return self.ok(**listing(views, form))
