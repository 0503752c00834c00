"""Push credentials (APNs, FCM, HMS) of the account's mobile applications, and their binding to
Voximplant applications."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account
from .bindings import AppBindings
from .errors import RULE_VIOLATED, invalid, not_found, vox_error
from .form import ALL, Form

PROVIDERS = {"APPLE": 1, "GOOGLE": 2, "APPLE_VOIP": 3, "HUAWEI": 4}
PROVIDER_NAMES = {number: name for name, number in PROVIDERS.items()}
# Per provider: the settings it takes, and the secret ones GetPushCredential shows only with_cert.
SETTINGS = {
    "APPLE": ("cert_content", "cert_file_name", "cert_password", "is_dev_mode"),
    "APPLE_VOIP": ("cert_content", "cert_file_name", "cert_password", "is_dev_mode"),
    "GOOGLE": ("sender_id", "server_key", "service_account_file"),
    "HUAWEI": ("huawei_client_id", "huawei_client_secret", "huawei_application_id"),
}
SECRETS = frozenset(
    {"cert_content", "cert_password", "server_key", "service_account_file", "huawei_client_secret"}
)
# What a provider cannot do without: one of these (the official client sends one setting per request).
CREDENTIALS = {
    "APPLE": ("cert_content",),
    "APPLE_VOIP": ("cert_content",),
    "GOOGLE": ("service_account_file", "server_key", "sender_id"),
    "HUAWEI": ("huawei_client_id", "huawei_client_secret", "huawei_application_id"),
}
KIND = "push_credential"


class PushCredentials(AppBindings):
    def _credential(self, account: Account, credential_id: int) -> dict[str, Any]:
        doc = self.one(account, KIND, credential_id)
        if doc is None:
            raise not_found(f"Push credential {credential_id}")
        return doc

    @staticmethod
    def _provider(form: Form) -> str:
        if form.has("push_provider_id"):
            name = PROVIDER_NAMES.get(form.integer("push_provider_id"))
            if name is None:
                raise invalid(f"push_provider_id must be one of {', '.join(map(str, PROVIDER_NAMES))}")
            return name
        return form.text("push_provider_name")

    @staticmethod
    def _apply_settings(doc: dict[str, Any], form: Form) -> None:
        for name in SETTINGS[doc["push_provider_name"]]:
            if form.has(name):
                doc["settings"][name] = form.get(name)

    def add_push_credential(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        provider = self._provider(form)
        if not any(form.has(name) for name in CREDENTIALS[provider]):
            raise vox_error(
                RULE_VIOLATED, f"{provider} push credentials need {' or '.join(CREDENTIALS[provider])}"
            )
        foreign = [k for v in SETTINGS.values() for k in v if form.has(k) and k not in SETTINGS[provider]]
        if foreign:
            raise vox_error(
                RULE_VIOLATED,
                f"{', '.join(sorted(set(foreign)))} do not apply to {provider} push credentials",
            )
        app = self.application(account, form, required=False)
        doc: dict[str, Any] = {
            "push_credential_id": self.new_id(KIND, 1),
            "push_provider_name": provider,
            "push_provider_id": PROVIDERS[provider],
            "credential_bundle": form.text("credential_bundle"),
            "settings": {},
            "application_ids": [app["application_id"]] if app else [],
        }
        self._apply_settings(doc, form)
        self.save(account, KIND, doc["push_credential_id"], doc)
        return self.ok(result=1, push_credential_id=doc["push_credential_id"])

    def set_push_credential(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self._credential(account, form.integer("push_credential_id"))
        provider = doc["push_provider_name"]
        foreign = [k for v in SETTINGS.values() for k in v if form.has(k) and k not in SETTINGS[provider]]
        if foreign:
            raise vox_error(
                RULE_VIOLATED,
                f"{', '.join(sorted(set(foreign)))} do not apply to {provider} push credentials",
            )
        self._apply_settings(doc, form)
        self.save(account, KIND, doc["push_credential_id"], doc)
        return self.ok(result=1)

    def del_push_credential(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self._credential(account, form.integer("push_credential_id"))
        self.drop(account, KIND, doc["push_credential_id"])
        return self.ok(result=1)

    def bind_push_credential(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        wanted = form.ids("push_credential_id")
        assert wanted is not None
        docs = (
            self.all_of(account, KIND)
            if wanted == ALL
            else [self._credential(account, i) for i in dict.fromkeys(wanted)]
        )
        app_ids = self.application_ids(account, form)
        for doc in docs:
            if form.flag("bind", True):
                doc["application_ids"] += [a for a in app_ids if a not in doc["application_ids"]]
            else:
                doc["application_ids"] = [a for a in doc["application_ids"] if a not in app_ids]
            self.save(account, KIND, doc["push_credential_id"], doc)
        return self.ok(result=1)

    def get_push_credential(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        docs = self.all_of(account, KIND)
        if form.has("push_credential_id"):
            docs = [d for d in docs if d["push_credential_id"] == form.integer("push_credential_id")]
        if form.has("push_provider_name") or form.has("push_provider_id"):
            docs = [d for d in docs if d["push_provider_name"] == self._provider(form)]
        app = self.application(account, form, required=False)
        if app is not None:
            docs = [d for d in docs if app["application_id"] in d["application_ids"]]
        views = []
        for doc in sorted(docs, key=lambda d: int(d["push_credential_id"])):
            content = {"credential_bundle": doc["credential_bundle"]}
            content.update(
                {k: v for k, v in doc["settings"].items() if form.flag("with_cert") or k not in SECRETS}
            )
            views.append(
                {
                    "push_credential_id": doc["push_credential_id"],
                    "push_provider_id": doc["push_provider_id"],
                    "push_provider_name": doc["push_provider_name"],
                    "credential_bundle": doc["credential_bundle"],
                    "content": [content],
                    "applications": self.bound_applications(account, doc["application_ids"]),
                }
            )
        return self.ok(result=views)
