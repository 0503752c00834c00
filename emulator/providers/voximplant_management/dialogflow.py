"""Dialogflow keys: a Google service account's credentials, bound to the applications whose scenarios
talk to Dialogflow."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account
from .bindings import AppBindings
from .errors import invalid, not_found

KIND = "dialogflow_key"
REQUIRED_CREDENTIALS = ("project_id", "client_email", "private_key")


class DialogflowKeys(AppBindings):
    def _dialogflow_key(self, account: Account, key_id: int) -> dict[str, Any]:
        key = self.one(account, KIND, key_id)
        if key is None:
            raise not_found(f"Dialogflow key {key_id}")
        return key

    def add_dialogflow_key(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form)
        assert app is not None
        credentials = form.json("json_credentials")
        missing = (
            [f for f in REQUIRED_CREDENTIALS if not isinstance(credentials.get(f), str)]
            if isinstance(credentials, dict)
            else list(REQUIRED_CREDENTIALS)
        )
        if missing:
            raise invalid(
                f"json_credentials must be a Google service account file; missing {', '.join(missing)}"
            )
        key = {
            "dialogflow_key_id": self.new_id(KIND, 1),
            "description": form.text("description").strip(),
            # The public part: the private key is used by scenarios, never shown again.
            "content": {"project_id": credentials["project_id"], "client_email": credentials["client_email"]},
            "application_ids": [app["application_id"]],
        }
        self.save(account, KIND, key["dialogflow_key_id"], key)
        return self.ok(result=1, dialogflow_key_id=key["dialogflow_key_id"])

    def set_dialogflow_key(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._dialogflow_key(account, form.integer("dialogflow_key_id"))
        key["description"] = form.text("description").strip()
        self.save(account, KIND, key["dialogflow_key_id"], key)
        return self.ok(result=1)

    def del_dialogflow_key(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._dialogflow_key(account, form.integer("dialogflow_key_id"))
        self.drop(account, KIND, key["dialogflow_key_id"])
        return self.ok(result=1)

    def bind_dialogflow_keys(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        key = self._dialogflow_key(account, form.integer("dialogflow_key_id"))
        app_ids = self.application_ids(account, form)
        bound = key.get("application_ids", [])
        if form.flag("bind", True):
            key["application_ids"] = bound + [a for a in app_ids if a not in bound]
        else:
            key["application_ids"] = [a for a in bound if a not in app_ids]
        self.save(account, KIND, key["dialogflow_key_id"], key)
        return self.ok(result=1)

    def get_dialogflow_keys(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        keys = self.all_of(account, KIND)
        if form.has("dialogflow_key_id"):
            keys = [k for k in keys if k["dialogflow_key_id"] == form.integer("dialogflow_key_id")]
        app = self.application(account, form, required=False)
        if app is not None:
            keys = [k for k in keys if app["application_id"] in k.get("application_ids", [])]
        views = []
        for key in sorted(keys, key=lambda k: int(k["dialogflow_key_id"])):
            view = {
                "dialogflow_key_id": key["dialogflow_key_id"],
                # A key the control API made carries no credentials file: its content is empty.
                "content": key.get("content", {}),
                "applications": self.bound_applications(account, key.get("application_ids", [])),
            }
            if key.get("description"):
                view["description"] = key["description"]
            views.append(view)
        return self.ok(result=views)
