"""Account, settings, scenarios (runScenario), numbers, caller IDs, time zones, tags, key-value storage."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

import phonenumbers
from phonenumbers import timezone as number_timezones

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from .base import KitBase
from .calls import Dial
from .outcomes import OUTBOUND, digits
from .wire import arg, json_field, meta, ok, paged, public, require


def _offset(zone: str, now: datetime) -> int:
    delta = now.astimezone(ZoneInfo(zone)).utcoffset()
    return int(delta.total_seconds()) if delta else 0


class CoreHandlers(KitBase):
    # --- account and settings ------------------------------------------------------------------

    def get_account_info(self, call: ApiCall) -> Reply:
        account = self.account(call)
        domain = {
            "id": account["id"],
            "name": account["domain"],
            "balance": account["balance"],
            "credit": account["credit"],
            "currency": account["currency"],
            "max_lines_count": account["max_lines_count"],
            "can_change_tariff": True,
            "partner": {
                "name": "Voximplant",
                "theme": "default",
                "blocks": "",
                "default_balance": 0.0,
                "default_currency": account["currency"],
            },
            "tariff": {"id": 3, "transfer_to_tariff_id": None},
        }
        user = {"id": self.user_id(call), "domain_id": account["id"]}
        return ok({"domain": domain, "user": user, "profile": account["profile"]})

    def search_settings(self, call: ApiCall) -> Reply:
        settings = self.store.list(self.ns(call), "setting")  # the account's few settings
        key = arg(call, "key")
        chosen = [s for s in settings if key is None or s["key"] == key]
        paging = meta(len(chosen), 1 if chosen else 0, 1, max(20, len(chosen)))
        return ok({s["key"]: public(s) for s in chosen}, paging)

    # --- scenarios ---------------------------------------------------------------------------------

    def search_scenarios(self, call: ApiCall) -> Reply:
        ns = self.ns(call)
        title = arg(call, "title")
        chosen = []
        # Scenarios, numbers and caller IDs are the account's configuration (a handful, set up in Kit).
        for scenario in self.store.list(ns, "scenario"):
            if any(
                (
                    arg(call, "id") is not None and scenario["id"] != arg(call, "id"),
                    arg(call, "folder_id") is not None and scenario["folder_id"] != arg(call, "folder_id"),
                    arg(call, "scenario_type") is not None
                    and scenario["scenario_type"] != arg(call, "scenario_type"),
                    title is not None and title.lower() not in scenario["title"].lower(),
                )
            ):
                continue
            row = {
                k: scenario[k]
                for k in ("id", "title", "date_create", "date_update", "scenario_type", "folder_id")
            }
            if arg(call, "with_phones") == 1:
                row["phone_numbers"] = [
                    {"id": n["id"], "phone_number": str(n["phone_number"])}
                    for n in self.store.list(ns, "number")
                    if scenario["id"] in n["_scenario_ids"]
                ]
            if arg(call, "with_campaigns") == 1:
                row["campaigns"] = [
                    {"id": c["id"], "title": c["title"], "status": c["status"]}
                    for c in self.store.find(ns, "campaign", "scenario_id", scenario["id"])
                ]
            chosen.append(row)
        return paged(call, chosen)

    def run_scenario(self, call: ApiCall) -> Reply:
        account = self.account(call)
        scenario = self.entity(call, "scenario", call.body["scenario_id"], "Scenario")
        if scenario["scenario_type"] != 1:
            raise ApiError(422, f"Scenario {scenario['id']} is not an outbound call scenario")
        variables = json_field(call, "variables", {})
        missing = [v["name"] for v in scenario["variables"] if v["required"] and v["name"] not in variables]
        if missing:
            raise ApiError(422, f"Required scenario variables are missing: {', '.join(missing)}")
        caller = call.body["caller_id"]
        if not self._owns_caller(call, caller):
            raise ApiError(
                422, f"{caller} is neither a rented number nor a verified caller ID of the account"
            )
        if float(account["balance"]) + float(account["credit"]) <= 0:
            raise ApiError(402, "Insufficient funds")
        self.calls.place(
            self.ns(call),
            account,
            Dial(
                call_type=OUTBOUND,
                phone_a=caller,
                phone_b=call.body["phone"],
                scenario_id=scenario["id"],
                variables=variables,
            ),
        )
        return ok(True)

    def _owns_caller(self, call: ApiCall, number: str) -> bool:
        wanted = digits(number)
        ns = self.ns(call)
        return bool(self.store.find(ns, "number", "phone_number", wanted)) or any(
            c["active"] for c in self.store.find(ns, "callerid", "callerid_number", wanted)
        )

    def get_scenario_variables(self, call: ApiCall) -> Reply:
        scenario = self.entity(call, "scenario", require(call, "scenario_id"), "Scenario")
        required_only = arg(call, "required_only") is True
        return ok([v for v in scenario["variables"] if v["required"] or not required_only])

    # --- numbers, caller IDs, time zones ---------------------------------------------------------------

    def search_numbers(self, call: ApiCall) -> Reply:
        ns = self.ns(call)
        chosen = []
        for number in self.store.list(ns, "number"):  # the account's rented numbers: configuration
            if arg(call, "id") is not None and number["id"] != arg(call, "id"):
                continue
            if arg(call, "can_be_used") == 1 and not number["can_be_used"]:
                continue
            if arg(call, "phone_number") and digits(arg(call, "phone_number")) not in str(
                number["phone_number"]
            ):
                continue
            code = arg(call, "phone_country_code")
            if code and number["phone_country_code"].lower() != code.lower():
                continue
            row = dict(number)
            if arg(call, "with_campaigns") == 1:
                row["campaigns"] = [
                    {"id": c["id"], "title": c["title"], "status": c["status"]}
                    for c in self.store.find(ns, "campaign", "phone_number_id", number["id"])
                ]
            if arg(call, "with_scenarios") == 1:
                row["scenario"] = [
                    {"id": s["id"], "title": s["title"], "scenario_type": s["scenario_type"], "shared": False}
                    for s in self.store.list(ns, "scenario")
                    if s["id"] in number["_scenario_ids"]
                ]
            chosen.append(row)
        return paged(call, chosen)

    def search_caller_ids(self, call: ApiCall) -> Reply:
        chosen = []
        for caller in self.store.list(self.ns(call), "callerid"):  # verified caller IDs: configuration
            if arg(call, "id") is not None and caller["id"] != arg(call, "id"):
                continue
            if (
                arg(call, "caller_number")
                and digits(arg(call, "caller_number")) not in caller["callerid_number"]
            ):
                continue
            if arg(call, "active") == 1 and not caller["active"]:
                continue
            chosen.append(caller)
        return paged(call, chosen)

    def get_list_timezones(self, call: ApiCall) -> Reply:
        now = self.now()
        zones = sorted(
            z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))
        )
        return ok([{"name": z, "offset": _offset(z, now)} for z in zones])

    def get_timezones_by_number(self, call: ApiCall) -> Reply:
        number = require(call, "phone_number")
        country = arg(call, "country")
        try:
            parsed = phonenumbers.parse("+" + digits(str(number)))
        except phonenumbers.NumberParseException:
            raise ApiError(400, "phone_number is not a phone number") from None
        region = phonenumbers.region_code_for_number(parsed) or (country or "").upper() or None
        zones = [z for z in number_timezones.time_zones_for_number(parsed) if z != "Etc/Unknown"]
        now = self.now()
        return ok([{"name": z, "offset": _offset(z, now), "country": region} for z in zones])

    # --- tags and key-value storage --------------------------------------------------------------------

    def search_tags(self, call: ApiCall) -> Reply:
        # The account's tags: a handful of labels set up in Kit.
        return paged(call, self.store.list(self.ns(call), "tag"), newest_first=False)

    def kv_get(self, call: ApiCall) -> Reply:
        entry = self.store.get(self.ns(call), "kv", call.body["key"])
        if entry is None or (entry["expires_at"] is not None and entry["expires_at"] <= self.clock.time()):
            return Reply(body={"result": None})
        return Reply(body={"result": entry["value"]})

    def kv_put(self, call: ApiCall) -> Reply:
        json_field(call, "value")  # must be JSON text
        ttl = int(call.body["ttl"])
        expires = None if ttl == -1 else self.clock.time() + ttl
        self.store.put(
            self.ns(call),
            "kv",
            call.body["key"],
            {"key": call.body["key"], "value": call.body["value"], "expires_at": expires},
        )
        return Reply(body={"result": "ok"})


__all__ = ["CoreHandlers"]
