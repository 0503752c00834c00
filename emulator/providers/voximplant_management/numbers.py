"""Phone numbers, caller IDs and the outbound test number.

Numbers and caller IDs are bought or verified outside this API: the control API puts them on an
account; the methods here list, bind and switch them.
"""

from __future__ import annotations

import random
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import RULE_VIOLATED, already_exists, not_found, vox_error
from .form import ALL, listing, matches

COUNTRY_PREFIXES = (("1", "US"), ("44", "GB"), ("49", "DE"), ("7", "RU"), ("33", "FR"), ("34", "ES"))
VERIFY_ATTEMPTS_PER_DAY = 5
VERIFY_INTERVAL = 60.0


def country_of(number: str) -> str:
    digits = number.lstrip("+")
    for prefix, country in COUNTRY_PREFIXES:
        if digits.startswith(prefix):
            return country
    return "US"


PHONE_FIELDS = (
    "phone_id",
    "phone_number",
    "phone_country_code",
    "category_name",
    "phone_price",
    "phone_purchase_date",
    "phone_next_renewal",
    "subscription_id",
    "auto_charge",
    "can_be_used",
    "canceled",
    "deactivated",
    "emergency_calls_enabled",
    "emergency_calls_to_be_enabled",
    "is_sms_supported",
    "is_sms_enabled",
    "modified",
    "phone_region_name",
    "verification_status",
    "activation_status",
    "application_id",
    "application_name",
    "extended_application_name",
    "rule_id",
    "rule_name",
    "incoming_sms_callback_url",
)


class PhoneNumbers(Base):
    def phones(self, account: Account) -> list[dict[str, Any]]:
        return self.all_of(account, "phone")

    def phone_by_number(self, account: Account, number: str) -> dict[str, Any] | None:
        digits = number.lstrip("+")
        return next((p for p in self.phones(account) if p["phone_number"] == digits), None)

    def phone_view(self, account: Account, phone: dict[str, Any]) -> dict[str, Any]:
        view = {key: phone[key] for key in PHONE_FIELDS if phone.get(key) is not None}
        app = (
            self.one(account, "application", phone.get("application_id"))
            if phone.get("application_id")
            else None
        )
        if app is not None:
            view["application_name"] = app["short_name"]
            view["extended_application_name"] = app["application_name"]
        return view

    def get_phone_numbers(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        phones = self.phones(account)
        if form.flag("children_phones_only") or form.text("sandbox", "false") == "true":
            phones = []  # the emulator's accounts have no child accounts and no sandbox numbers
        app = self.application(account, form, required=False)
        if app is not None:
            phones = [p for p in phones if p.get("application_id") == app["application_id"]]
        phones = [p for p in phones if matches(p["phone_id"], form.ids("phone_id"))]
        numbers = form.names("phone_number")
        if numbers is not None and numbers != ALL:
            phones = [p for p in phones if p["phone_number"] in {n.lstrip("+") for n in numbers}]
        for field, key in (
            ("country_code", "phone_country_code"),
            ("phone_region_name", "phone_region_name"),
            ("verification_status", "verification_status"),
            ("activation_status", "activation_status"),
        ):
            phones = [p for p in phones if matches(p.get(key), form.names(field))]
        phones = [p for p in phones if matches(p.get("rule_id"), form.ids("rule_id"))]
        for flag in ("auto_charge", "can_be_used", "canceled", "deactivated"):
            if form.has(flag):
                phones = [p for p in phones if p[flag] == form.flag(flag)]
        if form.has("sms_supported"):
            phones = [p for p in phones if p["is_sms_supported"] == form.flag("sms_supported")]
        if form.has("is_bound_to_application"):
            phones = [
                p for p in phones if bool(p.get("application_id")) == form.flag("is_bound_to_application")
            ]
        if form.has("is_bound_to_rule"):
            phones = [p for p in phones if bool(p.get("rule_id")) == form.flag("is_bound_to_rule")]
        if form.has("phone_category_name"):
            phones = [p for p in phones if p["category_name"] == form.text("phone_category_name")]
        if form.has("phone_template"):
            phones = [
                p for p in phones if p["phone_number"].startswith(form.text("phone_template").lstrip("+"))
            ]
        for lower, upper, key in (
            ("from_phone_purchase_date", "to_phone_purchase_date", "phone_purchase_date"),
            ("from_phone_next_renewal", "to_phone_next_renewal", "phone_next_renewal"),
        ):
            if form.has(lower):
                phones = [p for p in phones if p[key] >= form.text(lower)]
            if form.has(upper):
                phones = [p for p in phones if p[key] <= form.text(upper)]
        order = {
            "phone_number": "phone_number",
            "phone_price": "phone_price",
            "phone_country_code": "phone_country_code",
            "purchase_date": "phone_purchase_date",
            "phone_next_renewal": "phone_next_renewal",
        }.get(form.text("order_by"), "phone_id")
        phones.sort(key=lambda p: (p.get(order) or 0, p["phone_id"]), reverse=order == "phone_purchase_date")
        return self.ok(**listing([self.phone_view(account, p) for p in phones], form))

    def get_phone_numbers_async(self, call: ApiCall) -> Reply:
        account = self.account(call)
        report_id = self.new_id("history_report", 1)
        self.save(
            account,
            "report",
            report_id,
            {"history_report_id": report_id, "type": "phone_numbers", "created": self.now()},
        )
        return self.ok(result=report_id)

    def is_account_phone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        return self.ok(result=self.phone_by_number(account, form.text("phone_number")) is not None)


class CallerIDs(Base):
    @staticmethod
    def _callerid_view(doc: dict[str, Any]) -> dict[str, Any]:
        view = {key: doc[key] for key in ("callerid_id", "callerid_number", "active")}
        if doc.get("verified_until"):
            view["verified_until"] = doc["verified_until"]
        else:
            view["code_entering_attempts_left"] = doc.get("code_entering_attempts_left", 3)
            view["verification_call_attempts_left"] = doc.get("verification_call_attempts_left", 3)
        return view

    def del_caller_id(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        docs = self.all_of(account, "callerid")
        if form.has("callerid_id"):
            found = [d for d in docs if d["callerid_id"] == form.integer("callerid_id")]
        else:
            found = [d for d in docs if d["callerid_number"] == form.text("callerid_number").lstrip("+")]
        if not found:
            raise not_found("Caller ID")
        self.drop(account, "callerid", found[0]["callerid_id"])
        return self.ok(result=1)

    def get_caller_ids(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        docs = self.all_of(account, "callerid")
        if form.has("callerid_id"):
            docs = [d for d in docs if d["callerid_id"] == form.integer("callerid_id")]
        if form.has("callerid_number"):
            docs = [d for d in docs if d["callerid_number"] == form.text("callerid_number").lstrip("+")]
        if form.has("active"):
            docs = [d for d in docs if d["active"] == form.flag("active")]
        if form.text("order_by") == "verified_until":
            docs.sort(key=lambda d: d.get("verified_until") or "")
        else:
            docs.sort(key=lambda d: d["callerid_number"])
        return self.ok(**listing([self._callerid_view(d) for d in docs], form))


class OutboundTestNumbers(Base):
    def _number(self, account: Account) -> dict[str, Any]:
        doc = self.one(account, "test_number", "personal")
        if doc is None:
            raise not_found("Outbound test phone number")
        return doc

    def add_outbound_test_phone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if self.one(account, "test_number", "personal") is not None:
            raise already_exists("A personal phone number (delete it first to add another one)")
        number = form.text("phone_number").lstrip("+")
        self.save(
            account,
            "test_number",
            "personal",
            {
                "phone_number": number,
                "country_code": country_of(number),
                "is_verified": False,
                "attempts_today": 0,
                "attempt_day": self.today(),
                "last_attempt": 0.0,
                "code": None,
            },
        )
        return self.ok(result=1)

    def verify_outbound_test_phone_number(self, call: ApiCall) -> Reply:
        account = self.account(call)
        doc = self._number(account)
        now = self.clock.time()
        if doc["attempt_day"] != self.today():
            doc["attempt_day"], doc["attempts_today"] = self.today(), 0
        if doc["attempts_today"] >= VERIFY_ATTEMPTS_PER_DAY:
            raise vox_error(RULE_VIOLATED, "No verification attempts are left for today")
        if now - doc["last_attempt"] < VERIFY_INTERVAL:
            raise vox_error(RULE_VIOLATED, "1 minute should pass between 2 verification attempts")
        doc["attempts_today"] += 1
        doc["last_attempt"] = now
        doc["code"] = f"{random.randint(0, 9999):04d}"  # what the verification call pronounces
        self.save(account, "test_number", "personal", doc)
        return self.ok(daily_attempts_left=VERIFY_ATTEMPTS_PER_DAY - doc["attempts_today"])

    def activate_outbound_test_phone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self._number(account)
        if doc["code"] is None or form.text("verification_code") != doc["code"]:
            raise vox_error(RULE_VIOLATED, "Invalid verification code")
        doc["is_verified"] = True
        self.save(account, "test_number", "personal", doc)
        return self.ok(result=1)

    def del_outbound_test_phone_number(self, call: ApiCall) -> Reply:
        account = self.account(call)
        self._number(account)
        self.drop(account, "test_number", "personal")
        return self.ok(result=1)

    def get_outbound_test_phone_numbers(self, call: ApiCall) -> Reply:
        account = self.account(call)
        doc = self.one(account, "test_number", "personal")
        result = (
            []
            if doc is None
            else [
                {
                    "phone_number": doc["phone_number"],
                    "country_code": doc["country_code"],
                    "is_verified": doc["is_verified"],
                }
            ]
        )
        return self.ok(result=result)
