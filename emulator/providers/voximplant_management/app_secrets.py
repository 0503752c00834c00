"""Secrets: named values kept per application; listing shows names, GetSecretValue the value."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import already_exists, invalid, not_found
from .form import ALL, Form, listing, only

DESCRIPTION_LIMIT = 200  # longer descriptions are truncated, not refused


class Secrets(Base):
    def secrets_of(self, account: Account, app: dict[str, Any]) -> list[dict[str, Any]]:
        return [s for s in self.all_of(account, "secret") if s["application_id"] == app["application_id"]]

    def pick_secrets(self, account: Account, form: Form, app: dict[str, Any]) -> list[dict[str, Any]]:
        secrets = self.secrets_of(account, app)
        ids = form.ids("secret_id")
        names = form.names("secret_name") if ids is None else None
        if ids == ALL or names == ALL:
            return secrets
        key, wanted = ("secret_id", ids) if ids is not None else ("secret_name", names)
        if wanted is None:
            raise invalid("secret_id or secret_name is required")
        found = {s[key]: s for s in secrets}
        missing = [w for w in wanted if w not in found]
        if missing:
            raise not_found(f"Secret {', '.join(map(str, missing))}")
        return [found[w] for w in dict.fromkeys(wanted)]

    @staticmethod
    def listed(secret: dict[str, Any], *, with_value: bool = False) -> dict[str, Any]:
        out = {key: secret[key] for key in ("secret_id", "secret_name", "created", "modified")}
        if secret.get("description"):
            out["description"] = secret["description"]
        if with_value:
            out["secret_value"] = secret["secret_value"]
        return out

    def add_secret(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        name = form.text("secret_name")
        if any(s["secret_name"] == name for s in self.secrets_of(account, app)):
            raise already_exists(f"Secret '{name}'")
        now = self.now()
        secret = {
            "secret_id": self.new_id("secret", 701),
            "application_id": app["application_id"],
            "secret_name": name,
            "secret_value": form.text("secret_value"),
            "description": form.text("description")[:DESCRIPTION_LIMIT],
            "created": now,
            "modified": now,
        }
        self.save(account, "secret", secret["secret_id"], secret)
        return self.ok(result=[{"secret_id": secret["secret_id"]}])

    def set_secret_info(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        secret = only(self.pick_secrets(account, form, app), "secret")
        if form.has("new_secret_name"):
            new = form.text("new_secret_name")
            if any(
                s["secret_name"] == new and s["secret_id"] != secret["secret_id"]
                for s in self.secrets_of(account, app)
            ):
                raise already_exists(f"Secret '{new}'")
            secret["secret_name"] = new
        if form.has("secret_value"):
            secret["secret_value"] = form.text("secret_value")
        if form.has("description"):
            secret["description"] = form.text("description")[:DESCRIPTION_LIMIT]
        secret["modified"] = self.now()
        self.save(account, "secret", secret["secret_id"], secret)
        return self.ok(result=1)

    def del_secret(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        for secret in self.pick_secrets(account, form, app):
            self.drop(account, "secret", secret["secret_id"])
        return self.ok(result=1)

    def get_secrets(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        secrets = self.secrets_of(account, app)
        if form.has("secret_name_part"):
            secrets = [s for s in secrets if form.text("secret_name_part") in s["secret_name"]]
        return self.ok(**listing([self.listed(s) for s in secrets], form))

    def get_secret_value(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        secret = only(self.pick_secrets(account, form, app), "secret")
        return self.ok(result=[self.listed(secret, with_value=True)])
