"""Account, settings, calls, history, reports, scenarios, numbers, caller IDs, time zones, tags, storage."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import phonenumbers
from phonenumbers import timezone as number_timezones

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import reports
from .base import KitBase
from .calls import Dial
from .outcomes import OUTBOUND, digits
from .tenancy import kit_time, parse_kit_time
from .wire import DEFAULT_PER_PAGE, MAX_PER_PAGE, arg, json_field, ok, paged, public, require


def _offset(zone: str, now: datetime) -> int:
    delta = now.astimezone(ZoneInfo(zone)).utcoffset()
    return int(delta.total_seconds()) if delta else 0


def filter_calls(
    calls: list[Document],
    *,
    call_id: Any = None,
    direction: str | None = None,
    scenario_ids: list[int] | None = None,
    campaign_ids: list[int] | None = None,
    phone: Any = None,
    start: str | None = None,
    end: str | None = None,
) -> list[Document]:
    """The calls matching Kit's call-search filters (a phone filter matches digits in A or B)."""
    begin, finish = (parse_kit_time(start) if start else None), (parse_kit_time(end) if end else None)
    wanted_phone = digits(str(phone)) if phone is not None else None
    out = []
    for call in calls:
        if call_id is not None and call["id"] != int(call_id):
            continue
        if (direction == "outgoing" and call["is_incoming"]) or (
            direction == "incoming" and not call["is_incoming"]
        ):
            continue
        if scenario_ids is not None and call["scenario_id"] not in scenario_ids:
            continue
        if campaign_ids is not None and call["campaign_id"] not in campaign_ids:
            continue
        if wanted_phone and wanted_phone not in call["phone_a"] + " " + call["phone_b"]:
            continue
        moment = parse_kit_time(call["datetime_start"])
        if (begin and moment and moment < begin) or (finish and moment and moment > finish):
            continue
        out.append(call)
    return out


# Anything but paging makes a v3 history search look at more than one page of the history.
HISTORY_V3_FILTERS = (
    "id",
    "call_direction",
    "scenario_ids",
    "campaign_ids",
    "phone",
    "datetime_start",
    "datetime_end",
    "sort",
    "fields",
)


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
        meta = {
            "total_count": len(chosen),
            "page_count": 1 if chosen else 0,
            "current_page": 1,
            "per_page": max(20, len(chosen)),
        }
        return ok({s["key"]: public(s) for s in chosen}, meta)

    # --- calls and history ---------------------------------------------------------------------

    def _calls(
        self, call: ApiCall, call_id: Any = None, scenario_ids: Any = None, campaign_ids: Any = None
    ) -> list[Document]:
        """The calls a search can match, by the narrowest indexed filter it names (filter_calls applies
        them all); without one, a phone, direction or date filter looks at the account's whole history."""
        ns = self.ns(call)
        if call_id is not None:
            found = self.store.get(ns, "call", str(call_id))
            return [found] if found else []
        for field, ids in (("campaign_id", campaign_ids), ("scenario_id", scenario_ids)):
            if isinstance(ids, list):
                return [c for i in dict.fromkeys(ids) for c in self.store.find(ns, "call", field, i)]
        return self.store.list(ns, "call")

    def calls_search_calls(self, call: ApiCall) -> Reply:
        scenario = arg(call, "scenario_id")
        found = filter_calls(
            self._calls(call, arg(call, "id"), None if scenario is None else [scenario]),
            call_id=arg(call, "id"),
            direction=arg(call, "call_direction"),
            scenario_ids=None if scenario is None else [scenario],
            phone=arg(call, "phone"),
            start=arg(call, "datetime_start"),
            end=arg(call, "datetime_end"),
        )
        return paged(call, [_calls_type(c) for c in found])

    def _history_v3(self, call: ApiCall, call_id: Any = None) -> list[Document]:
        """The calls the v3 history methods select: the same filters for searching and exporting."""
        scenario_ids, campaign_ids = json_field(call, "scenario_ids"), json_field(call, "campaign_ids")
        return filter_calls(
            self._calls(call, call_id, scenario_ids, campaign_ids),
            call_id=call_id,
            direction=arg(call, "call_direction"),
            scenario_ids=scenario_ids,
            campaign_ids=campaign_ids,
            phone=arg(call, "phone"),
            start=arg(call, "datetime_start"),
            end=arg(call, "datetime_end"),
        )

    def history_search_calls_v3(self, call: ApiCall) -> Reply:
        every = arg(call, "per-page") is not None and int(arg(call, "per-page")) == 0
        if not every and not any(arg(call, name) is not None for name in HISTORY_V3_FILTERS):
            return self._history_page(call)
        return paged(call, self._history_v3(call, call_id=arg(call, "id")))

    def _history_page(self, call: ApiCall) -> Reply:
        """An unfiltered history search reads one page: the calls that ended last come first."""
        ns = self.ns(call)
        per_page = min(int(arg(call, "per-page") or DEFAULT_PER_PAGE), MAX_PER_PAGE)
        page = min(max(1, int(arg(call, "page") or 1)), 2**31 - 1)
        total = self.store.count(ns, "call")
        rows = [
            public(c) for c in self.store.page(ns, "call", (page - 1) * per_page, per_page, newest_first=True)
        ]
        meta = {
            "total_count": total,
            "page_count": math.ceil(total / per_page),
            "current_page": page,
            "per_page": per_page,
        }
        return ok(rows, meta)

    def history_search_calls_v4(self, call: ApiCall) -> Reply:
        found = filter_calls(
            self._calls(call, arg(call, "id")),
            call_id=arg(call, "id"),
            direction=arg(call, "call_direction"),
            phone=arg(call, "phone"),
            start=arg(call, "from"),
            end=arg(call, "to"),
        )
        found.sort(key=lambda c: c["id"], reverse=True)
        cursor = arg(call, "cursor")
        if cursor:
            if not str(cursor).isdigit():
                raise ApiError(400, "cursor is not a cursor of a previous response")
            found = [c for c in found if c["id"] < int(cursor)]
        limit = int(arg(call, "limit") or 50)
        page, rest = found[:limit], found[limit:]
        next_cursor = str(page[-1]["id"]) if rest else None
        return Reply(body={"success": True, "result": [public(c) for c in page], "cursor": next_cursor})

    def bind_tags(self, call: ApiCall) -> Reply:
        record = self.entity(call, "call", require(call, "call_id"), "Call")
        ids = json_field(call, "tags", [])
        tags = []
        for tag_id in ids:
            tags.append(public(self.entity(call, "tag", tag_id, "Tag")))
        known = {t["id"] for t in record["tags"]}
        record["tags"] += [t for t in tags if t["id"] not in known]
        self.store.put(self.ns(call), "call", str(record["id"]), record)
        return ok(True)

    def bind_topics(self, call: ApiCall) -> Reply:
        record = self.entity(call, "call", require(call, "call_id"), "Call")
        ids = json_field(call, "topics", [])
        for topic_id in ids:
            self.entity(call, "topic", topic_id, "Topic")
        record["_topics"] = sorted(set(record.get("_topics", [])) | set(ids))
        self.store.put(self.ns(call), "call", str(record["id"]), record)
        return ok(True)

    # --- reports ---------------------------------------------------------------------------------

    def export_history_report(self, call: ApiCall) -> Reply:
        scenario = arg(call, "scenario_id")
        found = filter_calls(
            self._calls(call, None, None if scenario is None else [scenario]),
            direction=arg(call, "call_direction"),
            scenario_ids=None if scenario is None else [scenario],
            start=arg(call, "from"),
            end=arg(call, "to"),
        )
        report = reports.export(
            self.store,
            self.ns(call),
            self.account(call),
            "history",
            found,
            reports.CALL_COLUMNS,
            "xlsx",
            self.now(),
        )
        return ok({"report_id": report["id"]})

    def export_calls_history_report(self, call: ApiCall) -> Reply:
        found = self._history_v3(call)
        file_format = arg(call, "format") or "xlsx"
        report = reports.export(
            self.store,
            self.ns(call),
            self.account(call),
            "calls",
            found,
            reports.CALL_COLUMNS,
            file_format,
            self.now(),
        )
        return ok({"report_id": report["id"]})

    def _status(self, call: ApiCall, kinds: tuple[str, ...] | None) -> Reply:
        report = reports.find(self.store, self.ns(call), require(call, "report_id"), kinds)
        return ok({"report_id": report["id"], "processed": reports.processed(report, self.now())})

    def _download(self, call: ApiCall, kinds: tuple[str, ...] | None) -> Reply:
        report = reports.find(self.store, self.ns(call), require(call, "report_id"), kinds)
        data, media_type = reports.render(report, self.now())
        return Reply(body=data, media_type=media_type)

    def get_history_report_status(self, call: ApiCall) -> Reply:
        return self._status(call, ("history",))

    def download_history_report(self, call: ApiCall) -> Reply:
        return self._download(call, ("history",))

    def get_report_status(self, call: ApiCall) -> Reply:
        return self._status(call, None)

    def download_report(self, call: ApiCall) -> Reply:
        return self._download(call, None)

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


def _calls_type(record: Document) -> Document:
    """A history record in the older calls/searchCalls shape (no campaign row fields)."""
    return {k: v for k, v in record.items() if k not in ("attempt_num", "calllist_item_id")}


__all__ = ["CoreHandlers", "filter_calls", "kit_time"]
