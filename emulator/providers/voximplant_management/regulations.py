"""Regulation addresses (some countries sell numbers only to a verified local address), the regulation
catalogue (countries, regions, ZIP codes) and the account's verification documents.

Addresses are filed and verified in the control panel, outside this API: the control API and the demo
account put them on an account; the methods here find them and link them to numbers.
"""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import ACCOUNTS, Account
from .catalogue_data import CATEGORIES, COUNTRIES, REGIONS, ZIP_CODES, region_of_number
from .child_accounts import ChildAccounts
from .errors import RULE_VIOLATED, invalid, not_found, vox_error
from .form import listing
from .number_purchase import NumberPurchase

ADDRESS_FIELDS = (
    "regulation_address_id",
    "country_code",
    "phone_category_name",
    "phone_region_code",
    "salutation",
    "company",
    "first_name",
    "last_name",
    "city",
    "zip_code",
    "street",
    "builder_number",
    "house_number",
    "status",
)


def address_view(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: doc[key] for key in ADDRESS_FIELDS if doc.get(key) is not None}


class Regulations(NumberPurchase, ChildAccounts):
    def addresses(self, account: Account) -> list[dict[str, Any]]:
        return self.all_of(account, "regulation_address")

    def get_countries(self, call: ApiCall) -> Reply:
        form = self.form(call)
        result = []
        for country in COUNTRIES:
            if form.has("country_code") and country.code != form.text("country_code"):
                continue
            categories = []
            for category in (c for c in CATEGORIES if c.country == country.code):
                regions = [r for r in REGIONS if (r.country, r.category) == (country.code, category.name)]
                categories.append(
                    {
                        "phone_category_name": category.name,
                        "is_need_regulation_address": any(r.needs_address for r in regions),
                    }
                )
            result.append({"country_code": country.code, "phone_categories": categories})
        return self.ok(result=result)

    def get_regions(self, call: ApiCall) -> Reply:
        form = self.form(call)
        code, category = form.text("country_code"), form.text("phone_category_name")
        regions = [r for r in REGIONS if (r.country, r.category) == (code, category)]
        if form.has("city_name"):
            regions = [r for r in regions if r.name.lower().startswith(form.text("city_name").lower())]
        views = [
            {
                "phone_region_name": r.name,
                "phone_region_code": r.code,
                "is_need_regulation_address": r.needs_address,
            }
            for r in regions
        ]
        return self.ok(**listing(views, form))

    def get_zipcodes(self, call: ApiCall) -> Reply:
        form = self.form(call)
        code = form.text("country_code")
        codes = [
            {"city": city, "zip_code": zip_code}
            for (country, region_code), places in ZIP_CODES.items()
            if country == code
            and (not form.has("phone_region_code") or region_code == form.text("phone_region_code"))
            for city, zip_code in places
        ]
        return self.ok(**listing(codes, form))

    def get_available_regulations(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        code, category = form.text("country_code"), form.text("phone_category_name")
        regions = [r for r in REGIONS if (r.country, r.category) == (code, category)]
        if form.has("phone_region_code"):
            regions = [r for r in regions if r.code == form.text("phone_region_code")]
        needed = any(r.needs_address for r in regions)
        usable = [
            address_view(a)
            for a in self.addresses(account)
            if a["country_code"] == code
            and a.get("phone_category_name", category) == category
            and a["status"] == "VERIFIED"
            and (
                not form.has("phone_region_code")
                or a.get("phone_region_code") == form.text("phone_region_code")
            )
        ]
        return self.ok(result=needed, available_address=usable)

    def get_regulations_address(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        found = self.addresses(account)
        for field in ("country_code", "phone_category_name", "phone_region_code"):
            if form.has(field):
                found = [a for a in found if a.get(field) == form.text(field)]
        if form.has("regulation_address_id"):
            found = [a for a in found if a["regulation_address_id"] == form.integer("regulation_address_id")]
        if form.has("verified"):
            found = [a for a in found if (a["status"] == "VERIFIED") == form.flag("verified")]
        if form.has("in_progress"):
            found = [a for a in found if (a["status"] == "IN_PROGRESS") == form.flag("in_progress")]
        return self.ok(result=[address_view(a) for a in found])

    def linkregulation_address(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        address = self.one(account, "regulation_address", form.integer("regulation_address_id"))
        if address is None:
            raise not_found(f"Regulation address {form.integer('regulation_address_id')}")
        if form.has("phone_id"):
            phone = self.one(account, "phone", form.integer("phone_id"))
        elif form.has("phone_number"):
            phone = self.phone_by_number(account, form.text("phone_number"))
        else:
            raise invalid("phone_id or phone_number is required")
        if phone is None:
            raise not_found("Phone number on the account")
        if address["country_code"] != phone["phone_country_code"]:
            raise vox_error(
                RULE_VIOLATED,
                f"regulation address {address['regulation_address_id']} is in {address['country_code']}, "
                f"phone number {phone['phone_number']} in {phone['phone_country_code']}",
            )
        region = region_of_number(phone["phone_number"])
        if region is not None and not region.needs_address:
            raise vox_error(
                RULE_VIOLATED, f"phone number {phone['phone_number']} needs no regulation address"
            )
        verified = address["status"] == "VERIFIED"
        phone.update(
            regulation_address_id=address["regulation_address_id"],
            verification_status="VERIFIED" if verified else "IN_PROGRESS",
            can_be_used=verified,
            modified=self.now(),
        )
        self.save(account, "phone", phone["phone_id"], phone)
        return self.ok(result=True)

    # --- the account's own verification -------------------------------------------------------

    def _verification(self, doc: dict[str, Any]) -> dict[str, Any]:
        status = str(doc.get("verification_status") or "VERIFIED")
        return {"verification_name": "individual", "verification_status": status}

    def get_account_documents(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        docs = [] if form.flag("children_verifications_only") else [self.account_doc(account)]
        children = form.ids("child_account_id")
        if children is not None:
            docs += [c for c in self.children_of(account) if children == "all" or c["account_id"] in children]
        result = []
        for doc in docs:
            verification = self._verification(doc)
            if form.has("verification_status") and verification["verification_status"] not in (
                form.names("verification_status") or []
            ):
                continue
            if form.has("verification_name") and verification["verification_name"] != form.text(
                "verification_name"
            ):
                continue
            result.append({"account_id": doc["account_id"], "verifications": [verification]})
        return self.ok(result=result)

    def get_account_verifications(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        wanted = form.integer("account_id", account.account_id)
        own = wanted == account.account_id
        if not own and all(c["account_id"] != wanted for c in self.children_of(account)):
            raise not_found(f"Account {wanted} (the caller's own or a child account)")
        doc = self.store.get(ACCOUNTS, "account", str(wanted))
        assert doc is not None
        verification = self._verification(doc)
        return self.ok(
            result=[
                {
                    "verification_id": doc["account_id"],
                    "account_id": doc["account_id"],
                    "verification_name": verification["verification_name"],
                    "status": verification["verification_status"],
                    "active": True,
                }
            ]
        )
