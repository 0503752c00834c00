"""Plans, prices and what the next charge will take: the plan catalogue, the account's plan of each type
(changing it reserves the new plan's monthly fee from the balance), resource and subscription prices."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...core.provider import ApiCall, Reply
from .accounts import RATES
from .base import ACCOUNTS, DATE, Account
from .catalogue_data import (
    MONTHLY,
    PHONE_SUBSCRIPTION,
    PLAN_SUBSCRIPTION,
    PLANS,
    REGIONS,
    RESOURCE_PRICES,
    Plan,
    plan,
)
from .errors import RULE_VIOLATED, invalid, not_found, vox_error
from .form import listing, matches
from .number_purchase import NumberPurchase, insufficient_funds
from .number_renewal import SUBSCRIPTION_DAYS


def plan_view(found: Plan) -> dict[str, Any]:
    return {
        "plan_subscription_template_id": found.template_id,
        "plan_type": found.plan_type,
        "plan_name": found.name,
        "periodic_charge": found.periodic_charge,
        "packages": [
            {"package_name": name, "units": units, "price": price} for name, units, price in found.packages
        ],
    }


class Plans(NumberPurchase):
    def account_plans(self, account: Account) -> dict[str, dict[str, Any]]:
        """The account's plan per type ({"template_id", "next_charge"}); until changed, the type's first."""
        doc = self.account_doc(account)
        plans: dict[str, dict[str, Any]] = dict(doc.get("plans") or {})
        for found in PLANS:
            if found.plan_type not in plans:
                start = date.fromisoformat(str(doc["created"])[:10])
                plans[found.plan_type] = {
                    "template_id": found.template_id,
                    "next_charge": (start + timedelta(days=SUBSCRIPTION_DAYS)).isoformat(),
                }
        return plans

    def get_account_plans(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        result = []
        for plan_type, held in sorted(self.account_plans(account).items()):
            found = plan(int(held["template_id"]))
            assert found is not None
            if not matches(plan_type, form.names("plan_type")) or not matches(
                found.template_id, form.ids("plan_subscription_template_id")
            ):
                continue
            view = plan_view(found)
            view["next_charge"] = held["next_charge"]
            for package in view["packages"]:
                package["units_left"] = package["units"]  # the emulator meters no usage against plans
            result.append(view)
        return self.ok(result=result)

    def get_available_plans(self, call: ApiCall) -> Reply:
        form = self.form(call)
        result = [
            plan_view(p)
            for p in PLANS
            if matches(p.plan_type, form.names("plan_type"))
            and matches(p.template_id, form.ids("plan_subscription_template_id"))
        ]
        return self.ok(result=result)

    def change_account_plan(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        found = plan(form.integer("plan_subscription_template_id"))
        if found is None:
            raise not_found(f"Plan {form.integer('plan_subscription_template_id')}")
        if form.has("plan_type") and form.text("plan_type") != found.plan_type:
            raise vox_error(
                RULE_VIOLATED,
                f"plan {found.template_id} is an {found.plan_type} plan, not {form.text('plan_type')}",
            )
        plans = self.account_plans(account)
        if plans[found.plan_type]["template_id"] == found.template_id:
            return self.ok(result=1)  # already on it: nothing to change or charge
        doc = self.account_doc(account)
        if float(doc["balance"]) + float(doc.get("credit_limit") or 0.0) < found.periodic_charge:
            raise insufficient_funds(found.periodic_charge, float(doc["balance"]), str(doc["currency"]))
        if found.periodic_charge > 0:
            self.record_charge(account, found.periodic_charge, f"Plan {found.name}: the first month")
        plans[found.plan_type] = {
            "template_id": found.template_id,
            "next_charge": (self.clock.now().date() + timedelta(days=SUBSCRIPTION_DAYS)).isoformat(),
        }
        doc = self.account_doc(account)  # re-read: the charge changed the balance
        doc["plans"] = plans
        self.store.put(ACCOUNTS, "account", str(account.account_id), doc)
        return self.ok(result=1)

    def get_money_amount_to_charge(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.account_doc(account)
        until = form.text("charge_date") or (
            self.clock.now().date() + timedelta(days=SUBSCRIPTION_DAYS)
        ).strftime(DATE)
        subscriptions = [
            {
                "subscription_id": p["subscription_id"],
                "subscription_name": f"Phone number {p['phone_number']}",
                "price": float(p["phone_price"]),
                "subscription_next_renewal": p["phone_next_renewal"],
            }
            for p in self.phones(account)
            if p.get("auto_charge") and not p.get("deactivated") and p["phone_next_renewal"] <= until
        ]
        for plan_type, held in sorted(self.account_plans(account).items()):
            found = plan(int(held["template_id"]))
            if found is not None and found.periodic_charge > 0 and held["next_charge"] <= until:
                subscriptions.append(
                    {
                        "subscription_id": found.template_id,
                        "subscription_name": f"{plan_type} plan {found.name}",
                        "price": found.periodic_charge,
                        "subscription_next_renewal": held["next_charge"],
                    }
                )
        total = sum(s["price"] for s in subscriptions)
        needed = max(0.0, total - float(doc["balance"]))
        currency = form.text("currency") or str(doc["currency"])
        if currency not in RATES:
            raise invalid(f"currency {currency} is not one of {', '.join(RATES)}")
        rate = RATES[currency] / RATES.get(str(doc["currency"]), 1.0)
        return self.ok(
            result={
                "amount_to_charge": round(needed * rate, 2),
                "bank_amount_to_charge": round(needed * rate, 2),
                "currency": currency,
                "subscriptions": subscriptions,
            }
        )

    def get_resource_price(self, call: ApiCall) -> Reply:
        form = self.form(call)
        types, groups, params = (
            form.names("resource_type"),
            form.ids("price_group_id"),
            form.names("resource_param"),
        )
        by_type: dict[str, list[dict[str, Any]]] = {}
        for resource_type, group_id, group_name, price, param in RESOURCE_PRICES:
            if not (matches(resource_type, types) and matches(group_id, groups)):
                continue
            if form.has("price_group_name") and group_name != form.text("price_group_name"):
                continue
            if isinstance(params, list) and param not in params:
                continue
            by_type.setdefault(resource_type, []).append(
                {
                    "price_group_id": group_id,
                    "price_group_name": group_name,
                    "price": price,
                    "params": {"country_code": param} if param else {},
                }
            )
        result = [{"resource_type": kind, "price_groups": groups} for kind, groups in by_type.items()]
        return self.ok(result=result)

    def get_subscription_price(self, call: ApiCall) -> Reply:
        form = self.form(call)
        templates = [
            {
                "subscription_template_id": r.region_id,
                "subscription_template_type": PHONE_SUBSCRIPTION,
                "subscription_template_name": f"{r.country} {r.category} {r.name}",
                "price": r.price,
                "installation_price": r.installation_price,
                "period": MONTHLY,
            }
            for r in REGIONS
        ] + [
            {
                "subscription_template_id": p.template_id,
                "subscription_template_type": PLAN_SUBSCRIPTION,
                "subscription_template_name": p.name,
                "price": p.periodic_charge,
                "installation_price": 0.0,
                "period": MONTHLY,
            }
            for p in PLANS
        ]
        templates = [
            t
            for t in templates
            if matches(t["subscription_template_id"], form.ids("subscription_template_id"))
        ]
        if form.has("subscription_template_type"):
            templates = [
                t
                for t in templates
                if t["subscription_template_type"] == form.text("subscription_template_type")
            ]
        if form.has("subscription_template_name"):
            wanted = form.text("subscription_template_name").lower()
            templates = [t for t in templates if wanted in str(t["subscription_template_name"]).lower()]
        templates.sort(key=lambda t: str(t["subscription_template_id"]).zfill(12))
        return self.ok(**listing(templates, form))
