"""Buying numbers from the catalogue, binding them to applications and rules, and releasing them.

A purchase is charged to the account's balance (the first month and the installation fee, one
transaction per number, as GetTransactionHistory shows); a release puts the number back in stock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from .base import ACCOUNTS, DATE, DATETIME, Account
from .catalogue_data import Region, region_of_number
from .errors import RULE_VIOLATED, already_exists, invalid, not_found, vox_error
from .form import Form, listing
from .number_renewal import SUBSCRIPTION_DAYS, NumberRenewal

REPORT_KEPT_DAYS = 30


def _days_after(moment: str, days: int) -> str:
    return (datetime.strptime(moment, DATETIME) + timedelta(days=days)).strftime(DATE)


def insufficient_funds(cost: float, balance: float, currency: str) -> Exception:
    return vox_error(
        RULE_VIOLATED,
        f"Insufficient funds: the purchase costs {cost:g} {currency}, the balance is {balance:g}",
    )


class NumberPurchase(NumberRenewal):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index("report", "type")

    # --- lookups ------------------------------------------------------------------------------

    def named_phones(self, account: Account, form: Form) -> list[dict[str, Any]]:
        """The account's numbers a request names by `phone_id` or `phone_number` (lists)."""
        ids, numbers = form.ids("phone_id"), form.names("phone_number")
        found: list[dict[str, Any]] = []
        if isinstance(ids, list):
            for phone_id in ids:
                phone = self.one(account, "phone", phone_id)
                if phone is None:
                    raise not_found(f"Phone number {phone_id}")
                found.append(phone)
        elif isinstance(numbers, list):
            for number in numbers:
                phone = self.phone_by_number(account, number)
                if phone is None:
                    raise not_found(f"Phone number {number.lstrip('+')} on the account")
                found.append(phone)
        elif ids is None and numbers is None:
            raise invalid("phone_id or phone_number is required")
        else:
            found = self.phones(account)  # `all`
        return found

    def verification_of(self, account: Account, found: Region, form: Form) -> tuple[str, int | None]:
        """The verification status of a number of the region, with the regulation address it uses."""
        if not form.has("regulation_address_id"):
            return ("REQUIRED" if found.needs_address else "VERIFIED"), None
        address = self.one(account, "regulation_address", form.integer("regulation_address_id"))
        if address is None:
            raise not_found(f"Regulation address {form.integer('regulation_address_id')}")
        if address["country_code"] != found.country:
            raise vox_error(
                RULE_VIOLATED,
                f"regulation address {address['regulation_address_id']} is in {address['country_code']}, "
                f"the numbers in {found.country}",
            )
        status = "VERIFIED" if address["status"] == "VERIFIED" else "IN_PROGRESS"
        return status, address["regulation_address_id"]

    # --- buying -------------------------------------------------------------------------------

    def attach_phone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.has("phone_number"):
            wanted = [self._offered(account, n.lstrip("+")) for n in form.names("phone_number") or []]
            if len({n for n, _ in wanted}) != len(wanted):
                raise vox_error(RULE_VIOLATED, "phone_number names a number twice")
        else:
            for name in ("country_code", "phone_category_name", "phone_region_id"):
                if not form.has(name):
                    raise invalid(f"{name} is required unless phone_number is given")
            found = self.region(form.integer("phone_region_id"))
            if (found.country, found.category) != (
                form.text("country_code"),
                form.text("phone_category_name"),
            ):
                raise not_found(
                    f"Phone region {found.region_id} of {form.text('country_code')} "
                    f"{form.text('phone_category_name')}"
                )
            count = form.integer("phone_count", 1)
            stock = self.in_stock(found)
            if count < 1 or count > len(stock):
                raise vox_error(
                    RULE_VIOLATED, f"{count} numbers asked for, {len(stock)} available in {found.name}"
                )
            wanted = [(number, found) for number in stock[:count]]
        statuses = [self.verification_of(account, found, form) for _, found in wanted]
        cost = round(sum(r.price + r.installation_price for _, r in wanted), 4)
        doc = self.account_doc(account)
        if float(doc["balance"]) + float(doc.get("credit_limit") or 0.0) < cost:
            raise insufficient_funds(cost, float(doc["balance"]), str(doc["currency"]))
        attached = []
        for (number, found), (status, address_id) in zip(wanted, statuses, strict=True):
            phone = self._new_phone(account, number, found, status, address_id)
            self.record_charge(
                account,
                found.price + found.installation_price,
                f"Phone number {number} ({found.name}): installation and the first month",
            )
            attached.append(
                {
                    "phone_id": phone["phone_id"],
                    "phone_number": number,
                    "required_verification": "REGULATION_ADDRESS" if found.needs_address else "",
                    "verification_status": status,
                }
            )
        return self.ok(result=1, phone_numbers=attached)

    def _offered(self, account: Account, number: str) -> tuple[str, Region]:
        found = region_of_number(number)
        if found is None or number not in found.numbers():
            raise not_found(f"Phone number {number} among the numbers for sale")
        if self.phone_by_number(account, number) is not None:
            raise already_exists(f"Phone number {number} on the account")
        if self.store.get(ACCOUNTS, "sold_number", number) is not None:
            raise vox_error(RULE_VIOLATED, f"Phone number {number} is no longer available")
        return number, found

    def _new_phone(
        self, account: Account, number: str, found: Region, status: str, address_id: int | None
    ) -> dict[str, Any]:
        now = self.clock.now()
        phone_id = self.new_id("phone", 100001)
        phone = {
            "phone_id": phone_id,
            "phone_number": number,
            "phone_country_code": found.country,
            "category_name": found.category,
            "phone_region_name": found.name,
            "phone_region_id": found.region_id,
            "phone_price": found.price,
            "phone_purchase_date": now.strftime(DATETIME),
            "phone_next_renewal": (now + timedelta(days=SUBSCRIPTION_DAYS)).strftime(DATE),
            "subscription_id": self.new_id("subscription", 200001),
            "auto_charge": True,
            "can_be_used": status == "VERIFIED",
            "canceled": False,
            "deactivated": False,
            "emergency_calls_enabled": False,
            "emergency_calls_to_be_enabled": False,
            "is_sms_supported": found.sms,
            "is_sms_enabled": found.sms,
            "activation_status": "ACTIVE",
            "verification_status": status,
            "regulation_address_id": address_id,
            "modified": now.strftime(DATETIME),
            "application_id": None,
            "rule_id": None,
        }
        self.save(account, "phone", phone_id, phone)
        self.store.put(
            ACCOUNTS, "sold_number", number, {"account_id": account.account_id, "phone_id": phone_id}
        )
        self.schedule_renewal(account, phone_id)
        return phone

    # --- using and releasing ------------------------------------------------------------------

    def bind_phone_number_to_application(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        phones = self.named_phones(account, form)
        bind = form.flag("bind", True)
        app = self.application(account, form, required=bind)
        rule: dict[str, Any] | None = None
        if form.has("rule_id") or form.has("rule_name"):
            if app is None:
                raise invalid("application_id or application_name is required with rule_id or rule_name")
            key, value = (
                ("rule_id", form.integer("rule_id"))
                if form.has("rule_id")
                else ("rule_name", form.text("rule_name"))
            )
            rules = [r for r in self.all_of(account, "rule") if r["application_id"] == app["application_id"]]
            rule = next((r for r in rules if r[key] == value), None)
            if rule is None:
                raise not_found(f"Rule {value} of application {app['application_id']}")
        for phone in phones:
            if bind:
                assert app is not None
                phone.update(
                    application_id=app["application_id"],
                    rule_id=rule["rule_id"] if rule else None,
                    rule_name=rule["rule_name"] if rule else None,
                )
            elif app is None or phone.get("application_id") == app["application_id"]:
                phone.update(application_id=None, rule_id=None, rule_name=None)
            phone["modified"] = self.now()
            self.save(account, "phone", phone["phone_id"], phone)
        return self.ok(result=1)

    def set_phone_number_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        for phone in self.named_phones(account, form):
            if form.has("incoming_sms_callback_url"):
                phone["incoming_sms_callback_url"] = form.text("incoming_sms_callback_url") or None
            if form.has("auto_charge"):
                phone["auto_charge"] = form.flag("auto_charge")
            phone["modified"] = self.now()
            self.save(account, "phone", phone["phone_id"], phone)
        return self.ok(result=1)

    def deactivate_phone_number(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        for phone in self.named_phones(account, form):
            self.drop(account, "phone", phone["phone_id"])
            self.cancel_renewal(int(phone["phone_id"]))
            sold = self.store.get(ACCOUNTS, "sold_number", phone["phone_number"])
            if sold is not None and sold["account_id"] == account.account_id:
                self.store.delete(ACCOUNTS, "sold_number", phone["phone_number"])  # back in stock
        return self.ok(result=1)

    def get_phone_number_reports(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        # Only this account's phone-number reports: found by their type, never a scan of all reports.
        reports = self.store.find(account.ns, "report", "type", "phone_numbers")
        if form.has("report_id"):
            reports = [r for r in reports if r["history_report_id"] == form.integer("report_id")]
        types = form.names("report_type")
        if isinstance(types, list) and "phone_numbers" not in types:
            reports = []
        if form.has("created_from"):
            reports = [r for r in reports if r["created"] >= form.text("created_from")]
        if form.has("created_to"):
            reports = [r for r in reports if r["created"] <= form.text("created_to")]
        if form.has("is_completed") and not form.flag("is_completed"):
            reports = []  # the emulator builds a report at once: every report is completed
        reports.sort(key=lambda r: int(r["history_report_id"]), reverse=form.flag("desc_order"))
        views = [
            {
                "report_id": r["history_report_id"],
                "report_type": "phone_numbers",
                "created": r["created"],
                "completed": r["created"],
                "store_until": _days_after(r["created"], REPORT_KEPT_DAYS),
            }
            for r in reports
        ]
        return self.ok(**listing(views, form))
