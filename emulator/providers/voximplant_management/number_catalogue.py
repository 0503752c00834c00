"""Searching what numbers Voximplant sells: countries, categories, states, regions and the numbers in stock.

A number is in stock until an account buys it: bought numbers are noted across accounts (kind
`sold_number` in the accounts namespace), so two accounts never get the same number.
"""

from __future__ import annotations

import re
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import ACCOUNTS
from .catalogue_data import CATEGORIES, COUNTRIES, MONTHLY, REGIONS, STATES, Region, region
from .errors import not_found
from .form import Form, listing, matches
from .numbers import PhoneNumbers

BULK_COUNT = 10  # the quantity from which a region's bulk price applies
BULK_DISCOUNT = 0.9


def region_view(found: Region, in_stock: int) -> dict[str, Any]:
    return {
        "phone_region_id": found.region_id,
        "phone_region_name": found.name,
        "phone_region_code": found.code,
        "phone_count": in_stock,
        "phone_price": found.price,
        "phone_installation_price": found.installation_price,
        "phone_period": MONTHLY,
        "is_need_regulation_address": found.needs_address,
        "regulation_address_type": "LOCAL" if found.needs_address else "",
        "is_sms_supported": found.sms,
        "multiple_numbers_price": [
            {
                "count": BULK_COUNT,
                "price": round(found.price * BULK_DISCOUNT, 4),
                "installation_price": found.installation_price,
            }
        ],
    }


def mask_pattern(mask: str) -> re.Pattern[str]:
    """A number mask: digits, `*` for any run of digits, `?` for one digit; without wildcards, a prefix."""
    parts = (".*" if char == "*" else "." if char == "?" else re.escape(char) for char in mask.lstrip("+"))
    return re.compile("^" + "".join(parts) + "$" if "*" in mask or "?" in mask else "^" + re.escape(mask))


class NumberCatalogue(PhoneNumbers):
    def in_stock(self, found: Region) -> list[str]:
        """The region's numbers no account holds (a region's stock is bounded: STOCK_PER_REGION gets)."""
        return [n for n in found.numbers() if self.store.get(ACCOUNTS, "sold_number", n) is None]

    def regions_for(self, form: Form) -> list[Region]:
        """The regions a request's country / category / state / region id select."""
        found = list(REGIONS)
        if form.has("country_code"):
            found = [r for r in found if r.country == form.text("country_code")]
        if form.has("phone_category_name"):
            found = [r for r in found if r.category == form.text("phone_category_name")]
        if form.has("country_state"):
            found = [r for r in found if r.state == form.text("country_state")]
        if form.has("phone_region_id"):
            found = [r for r in found if r.region_id == form.integer("phone_region_id")]
        return found

    def get_phone_number_categories(self, call: ApiCall) -> Reply:
        form = self.form(call)
        wanted = form.names("country_code")
        result = []
        for country in COUNTRIES:
            if not matches(country.code, wanted):
                continue
            categories = [
                {
                    "phone_category_name": c.name,
                    "country_has_states": c.has_states,
                    "localized_name": c.localized_name,
                }
                for c in CATEGORIES
                if c.country == country.code
            ]
            result.append(
                {
                    "country_code": country.code,
                    "phone_prefix": country.prefix,
                    "can_list_phone_numbers": True,
                    "phone_categories": categories,
                }
            )
        return self.ok(result=result)

    def get_phone_number_country_states(self, call: ApiCall) -> Reply:
        form = self.form(call)
        code = form.text("country_code")
        categories = [c for c in CATEGORIES if c.country == code and c.has_states]
        if form.has("phone_category_name"):
            categories = [c for c in categories if c.name == form.text("phone_category_name")]
        states = STATES.get(code, ()) if categories else ()
        result = [
            {"country_state": state, "country_state_name": name}
            for state, name in states
            if not form.has("country_state") or state == form.text("country_state")
        ]
        return self.ok(result=result)

    def get_phone_number_regions(self, call: ApiCall) -> Reply:
        form = self.form(call)
        views = [region_view(r, len(self.in_stock(r))) for r in self.regions_for(form)]
        if form.has("phone_region_name"):
            views = [v for v in views if v["phone_region_name"] == form.text("phone_region_name")]
        if form.has("phone_region_code"):
            views = [v for v in views if v["phone_region_code"] == form.text("phone_region_code")]
        if form.flag("omit_empty"):
            views = [v for v in views if v["phone_count"] > 0]
        return self.ok(result=views)

    def get_actual_phone_number_region(self, call: ApiCall) -> Reply:
        form = self.form(call)
        found = self.regions_for(form)
        if not found:
            raise not_found(
                f"Phone region {form.integer('phone_region_id')} of {form.text('country_code')} "
                f"{form.text('phone_category_name')}"
            )
        return self.ok(result=region_view(found[0], len(self.in_stock(found[0]))))

    def get_new_phone_numbers(self, call: ApiCall) -> Reply:
        form = self.form(call)
        pattern = mask_pattern(form.text("phone_number_mask")) if form.has("phone_number_mask") else None
        offers = []
        for found in self.regions_for(form):
            for number in self.in_stock(found):
                if pattern is None or pattern.match(number):
                    offers.append(
                        {
                            "phone_number": number,
                            "phone_price": found.price,
                            "phone_installation_price": found.installation_price,
                            "phone_period": MONTHLY,
                            "phone_region_id": found.region_id,
                            "phone_region_name": found.name,
                            "phone_category_name": found.category,
                            "country_code": found.country,
                        }
                    )
        return self.ok(**listing(offers, form))

    def get_account_phone_number_countries(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app_ids = form.ids("application_id")
        countries = {
            p["phone_country_code"] for p in self.phones(account) if matches(p.get("application_id"), app_ids)
        }
        return self.ok(result=sorted(countries))

    def region(self, region_id: int) -> Region:
        found = region(region_id)
        if found is None:
            raise not_found(f"Phone region {region_id}")
        return found
