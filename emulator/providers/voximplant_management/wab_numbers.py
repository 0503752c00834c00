"""WhatsApp Business phone numbers: added, edited, bound to an application (and rule) and removed."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import already_exists, not_found
from .form import Form, listing
from .numbers import country_of

KIND = "wab_phone"


class WabPhoneNumbers(Base):
    def _wab_number(self, account: Account, form: Form) -> dict[str, Any]:
        number = form.text("wab_phone_number").lstrip("+")
        doc = self.one(account, KIND, number)
        if doc is None:
            raise not_found(f"WhatsApp Business phone number {number}")
        return doc

    def _bind(self, account: Account, doc: dict[str, Any], form: Form) -> None:
        """Bind to the application (and rule of it) the request names, if it names one."""
        app = self.application(account, form, required=False)
        if app is None:
            return
        doc.update(application_id=app["application_id"], rule_id=None)
        if form.has("rule_id") or form.has("rule_name"):
            rules = [r for r in self.all_of(account, "rule") if r["application_id"] == app["application_id"]]
            key, value = (
                ("rule_id", form.integer("rule_id"))
                if form.has("rule_id")
                else ("rule_name", form.text("rule_name"))
            )
            rule = next((r for r in rules if r[key] == value), None)
            if rule is None:
                raise not_found(f"Rule {value}")
            doc["rule_id"] = rule["rule_id"]

    def add_wabphone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        number = form.text("wab_phone_number").lstrip("+")
        if self.one(account, KIND, number) is not None:
            raise already_exists(f"WhatsApp Business phone number {number}")
        doc: dict[str, Any] = {
            "wab_phone_number": number,
            "country_code": country_of(number),
            "description": form.text("description"),
            "voice_password": form.text("voice_password"),
            "application_id": None,
            "rule_id": None,
            "created": self.now(),
            "modified": self.now(),
        }
        self._bind(account, doc, form)
        self.save(account, KIND, number, doc)
        return self.ok(result=1)

    def set_wabphone_number_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self._wab_number(account, form)
        for name in ("description", "voice_password"):
            if form.has(name):
                doc[name] = form.text(name)
        self._bind(account, doc, form)
        doc["modified"] = self.now()
        self.save(account, KIND, doc["wab_phone_number"], doc)
        return self.ok(result=1)

    def delete_wabphone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self._wab_number(account, form)
        self.drop(account, KIND, doc["wab_phone_number"])
        return self.ok(result=1)

    def get_wabphone_numbers(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        docs = self.all_of(account, KIND)
        app = self.application(account, form, required=False)
        if app is not None:
            docs = [d for d in docs if d.get("application_id") == app["application_id"]]
        if form.has("country_code"):
            docs = [d for d in docs if d["country_code"] == form.text("country_code")]
        if form.has("wab_phone_number"):
            docs = [d for d in docs if d["wab_phone_number"] == form.text("wab_phone_number").lstrip("+")]
        views = []
        for doc in docs:
            view = {k: doc[k] for k in ("wab_phone_number", "country_code", "created", "modified")}
            if doc.get("description"):
                view["description"] = doc["description"]
            bound = (
                self.one(account, "application", doc["application_id"]) if doc.get("application_id") else None
            )
            if bound is not None:
                view.update(
                    application_id=bound["application_id"],
                    application_name=bound["short_name"],
                    extended_application_name=bound["application_name"],
                )
                rule = self.one(account, "rule", doc["rule_id"]) if doc.get("rule_id") else None
                if rule is not None:
                    view.update(rule_id=rule["rule_id"], rule_name=rule["rule_name"])
            views.append(view)
        return self.ok(**listing(views, form))
