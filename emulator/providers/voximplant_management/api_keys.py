"""Service-account keys made through the API: create, list, rename, delete, and their roles.

A key lives beside the control panel's service-account keys (the `voximplant` namespace, found by its
kid when a JWT arrives); its roles limit what a JWT signed with it may call (tenancy.py)."""

from __future__ import annotations

from typing import Any

from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from .base import ACCOUNTS, Account, Base
from .errors import RULE_VIOLATED, not_found, vox_error
from .form import Form, listing
from .roles import pick_roles, role_views
from .tenancy import create_service_account, key_roles

KEY = "service_key"


class ApiKeys(Base):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index(KEY, "account_id")

    def _api_key(self, account: Account, form: Form) -> dict[str, Any]:
        key = self.store.get(ACCOUNTS, KEY, form.text("key_id"))
        if key is None or key["account_id"] != account.account_id:
            raise not_found(f"Key {form.text('key_id')}")
        return key

    @staticmethod
    def _own_roles(key: dict[str, Any]) -> None:
        """A sub-user's key has the sub-user's roles: they are changed on the sub-user."""
        if key.get("subuser_id") is not None:
            raise vox_error(
                RULE_VIOLATED,
                f"Key {key['key_id']} acts for sub-user {key['subuser_id']}: set the sub-user's roles",
            )

    def _save_key(self, key: dict[str, Any]) -> None:
        self.store.put(ACCOUNTS, KEY, key["key_id"], key)

    def create_key(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        roles = pick_roles(form, required=False)
        credentials = create_service_account(
            self.store,
            account.account_id,
            key_name=form.text("key_name"),
            description=form.text("description"),
            created=self.now(),
            roles=roles,
        )
        return self.ok(result=[{"key_id": credentials["key_id"], "private_key": credentials["private_key"]}])

    def get_keys(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        # The account's keys: the collection this request returns.
        keys = self.store.find(ACCOUNTS, KEY, "account_id", account.account_id)
        if form.has("key_id"):
            keys = [k for k in keys if k["key_id"] == form.text("key_id")]
        keys.sort(key=lambda k: (k.get("created", ""), k["key_id"]))
        views = []
        for key in keys:
            view = {"key_id": key["key_id"]}
            view.update({f: key[f] for f in ("key_name", "description", "created") if key.get(f)})
            if form.flag("with_roles"):
                view["roles"] = role_views(key_roles(self.store, account, key), expanded=False)
            views.append(view)
        return self.ok(**listing(views, form))

    def update_key(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._api_key(account, form)
        key["description"] = form.text("description")
        if form.has("key_name"):
            key["key_name"] = form.text("key_name")
        self._save_key(key)
        return self.ok(result=1)

    def delete_key(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._api_key(account, form)
        self.store.delete(ACCOUNTS, KEY, key["key_id"])
        return self.ok(result=1)

    def get_key_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._api_key(account, form)
        roles = key_roles(self.store, account, key)
        return self.ok(result=role_views(roles, expanded=form.flag("with_expanded_roles")))

    def set_key_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._api_key(account, form)
        self._own_roles(key)
        current = key_roles(self.store, account, key)
        key["roles"] = current + [r for r in pick_roles(form) if r not in current]
        self._save_key(key)
        return self.ok(result=1)

    def remove_key_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._api_key(account, form)
        self._own_roles(key)
        removed = set(pick_roles(form))
        key["roles"] = [r for r in key_roles(self.store, account, key) if r not in removed]
        self._save_key(key)
        return self.ok(result=1)
