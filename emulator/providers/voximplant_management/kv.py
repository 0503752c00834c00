"""Key-value storage: per-application items that expire (ttl or expires_at), found by key prefix."""

from __future__ import annotations

from typing import Any

from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import not_found
from .form import page


class KeyValueStorage(Base):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index("kv", "application_id")

    def live_items(self, account: Account, app: dict[str, Any]) -> list[dict[str, Any]]:
        """The application's items that have not expired; expired ones are purged on the way."""
        now = self.clock.time()
        items = []
        # A prefix search reads the application's keys (the store has no range look-up).
        for item in self.store.find(account.ns, "kv", "application_id", app["application_id"]):
            if item["expires_at"] <= now:
                self.drop(account, "kv", item["_key"])
                continue
            items.append(item)
        return sorted(items, key=lambda i: i["key"])

    def live_item(self, account: Account, app: dict[str, Any], key: str) -> dict[str, Any] | None:
        """One item by its key, unless it has expired (then it is purged)."""
        item = self.one(account, "kv", f"{app['application_id']}:{key}")
        if item is not None and item["expires_at"] <= self.clock.time():
            self.drop(account, "kv", item["_key"])
            return None
        return item

    @staticmethod
    def item(doc: dict[str, Any]) -> dict[str, Any]:
        return {"key": doc["key"], "value": doc["value"], "expires_at": doc["expires_at"]}

    def set_key_value_item(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        key = form.text("key")
        if form.has("expires_at"):
            expires_at = form.integer("expires_at")
        else:
            expires_at = int(self.clock.time()) + form.integer("ttl")
        doc = {
            "application_id": app["application_id"],
            "key": key,
            "value": form.text("value"),
            "expires_at": expires_at,
        }
        self.save(account, "kv", f"{app['application_id']}:{key}", doc)
        return self.ok(result=self.item(doc))

    def get_key_value_item(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        item = self.live_item(account, app, form.text("key"))
        if item is None:
            raise not_found(f"Key '{form.text('key')}'")
        return self.ok(result=self.item(item))

    def del_key_value_item(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        key = form.text("key")
        if self.live_item(account, app, key) is None:
            raise not_found(f"Key '{key}'")
        self.drop(account, "kv", f"{app['application_id']}:{key}")
        return self.ok(result=1)

    def get_key_value_items(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        prefix = form.text("key")
        found = [self.item(i) for i in self.live_items(account, app) if i["key"].startswith(prefix)]
        chunk, _ = page(found, form, 10)
        return self.ok(result=chunk)

    def get_key_value_keys(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        prefix = form.text("key")
        found = [
            {"key": i["key"], "expires_at": i["expires_at"]}
            for i in self.live_items(account, app)
            if i["key"].startswith(prefix)
        ]
        chunk, _ = page(found, form, 10)
        return self.ok(result=chunk)
