"""Automated outbound campaigns and their attempts (outbound/*, attempt/*)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import orjson

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import outbound, reports
from .base import KitBase
from .outcomes import digits, is_dialable
from .tenancy import kit_time, parse_kit_time
from .wire import arg, json_field, ok, paged, public, require

MAX_ROWS = 100


def valid_zone(name: Any) -> bool:
    # IANA names are short; a long one would reach the file system as a path that is too long.
    if not isinstance(name, str) or not name or len(name) > 64:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


class OutboundHandlers(KitBase):
    def _campaign(self, call: ApiCall, campaign_id: Any) -> Document:
        return self.entity(call, "campaign", campaign_id, "Campaign")

    def _save_campaign(self, call: ApiCall, campaign: Document) -> None:
        campaign["date_update"] = kit_time(self.now())
        self.store.put(self.ns(call), "campaign", str(campaign["id"]), campaign)

    def outbound_init_campaign(self, call: ApiCall) -> Reply:
        ns, body, now = self.ns(call), call.body, self.now()
        scenario = self.entity(call, "scenario", body["scenario_id"], "Scenario")
        if scenario["scenario_type"] != 1:
            raise ApiError(422, f"Scenario {scenario['id']} is not an outbound call scenario")
        number = self.store.get(ns, "number", str(body["phone_number_id"]))
        caller = self.store.get(ns, "callerid", str(body["caller_id"]))
        if number is None and caller is None:
            raise ApiError(404, "Neither phone_number_id nor caller_id names a number of the account")
        start, end = parse_kit_time(body["date_start"]), parse_kit_time(body["date_end"])
        if start is None or end is None or end <= start:
            raise ApiError(422, "date_end must be later than date_start")
        campaign_id = self.store.next_id(ns, "campaign", start=31)
        campaign: Document = {
            "id": campaign_id,
            "title": body["title"],
            "description": body["description"],
            "date_start": kit_time(start),
            "date_end": kit_time(end),
            "date_create": kit_time(now),
            "date_update": kit_time(now),
            "working_days": [1, 2, 3, 4, 5, 6, 7],
            "time_start": body["time_start"],
            "time_end": body["time_end"],
            "status": "ready",
            "max_attempts": body["max_attempts"],
            "interval": body["interval"],
            "max_lines": body["max_lines"],
            "author_id": self.user_id(call),
            "domain_id": self.account(call)["id"],
            "scenario_id": scenario["id"],
            "call_list_id": None,
            "phone_number_id": number["id"] if number else None,
            "callerid_id": caller["id"] if caller else None,
            "permanent": body["permanent"],
            "last_lunch_status": None,
            "_caller": str(number["phone_number"]) if number else caller["callerid_number"] if caller else "",
        }
        campaign["status"] = outbound.calendar_status(campaign, now)
        campaign["_stat"] = outbound.new_stat()
        self.store.put(ns, "campaign", str(campaign_id), campaign)
        self.kick(call, outbound.FAMILY, campaign_id)  # it starts and ends by its dates
        return ok(public(campaign))

    def append_to_campaign(self, call: ApiCall) -> Reply:
        ns = self.ns(call)
        campaign = self._campaign(call, require(call, "campaign_id"))
        rows = json_field(call, "rows")
        if rows is None:
            raise ApiError(400, "rows is required")
        if campaign["status"] in ("completed", "canceled"):
            raise ApiError(422, f"Can not append contacts to a {campaign['status']} campaign")
        list_id = self.store.next_id(ns, "call_list", start=41)
        fails, added = [], 0
        now = self.now()
        for row in rows:
            custom = {k: v for k, v in row.items() if k not in ("phone", "UTC")}
            errors = []
            if not is_dialable(str(row.get("phone", ""))):
                errors.append("Invalid phone number")
            if not valid_zone(row.get("UTC")):
                errors.append("Invalid time zone")
            if errors:
                fails.append(
                    {
                        "phone": str(row.get("phone", "")),
                        "UTC": str(row.get("UTC", "")),
                        "custom_field": orjson.dumps(custom).decode(),
                        "errors": errors,
                    }
                )
                continue
            row_id = self.store.next_id(ns, "row", start=51)
            self.store.put(
                ns,
                "row",
                str(row_id),
                {
                    "id": row_id,
                    "campaign_id": campaign["id"],
                    "list_id": list_id,
                    "phone": digits(row["phone"]),
                    "utc": row["UTC"],
                    "custom": custom,
                    "attempts": 0,
                    "done": False,
                    "success": False,
                    "_next_at": now.timestamp(),
                    "_waiting": campaign["id"],
                    "cost": 0.0,
                    "last_code": None,
                },
            )
            added += 1
        campaign["call_list_id"] = list_id
        stat = campaign.get("_stat") or outbound.new_stat()
        stat["call_item_count"] += added
        campaign["_stat"] = stat
        self._save_campaign(call, campaign)
        self.kick(call, outbound.FAMILY, campaign["id"])
        return ok(
            {
                "result": True,
                "list_id": list_id,
                "count": len(rows),
                "success_count": added,
                "errors_count": len(fails),
                "fail_list": fails,
            }
        )

    def outbound_delete_campaign(self, call: ApiCall) -> Reply:
        campaign = self._campaign(call, call.query["id"])
        if campaign["status"] != "draft":
            raise ApiError(
                422,
                f"Only draft campaigns can be deleted; campaign {campaign['id']} is {campaign['status']}",
            )
        self.store.delete(self.ns(call), "campaign", str(campaign["id"]))
        return ok(campaign["id"])

    def pause_campaign(self, call: ApiCall) -> Reply:
        campaign = self._campaign(call, require(call, "id"))
        if campaign["status"] not in ("started", "ready"):
            raise ApiError(422, f"Can not update status from {campaign['status']} to paused")
        campaign["status"] = "paused"
        self._save_campaign(call, campaign)
        return ok(True)

    def resume_campaign(self, call: ApiCall) -> Reply:
        campaign = self._campaign(call, require(call, "id"))
        if campaign["status"] != "paused":
            raise ApiError(422, f"Can not update status from {campaign['status']} to started")
        campaign["status"] = "ready"
        campaign["status"] = outbound.calendar_status(campaign, self.now())
        self._save_campaign(call, campaign)
        self.kick(call, outbound.FAMILY, campaign["id"])  # due rows are dialed at once
        return ok(True)

    def outbound_search_campaigns(self, call: ApiCall) -> Reply:
        title = arg(call, "title")
        chosen = []
        # A search over the account's campaigns (its filters are substrings and date bounds).
        for campaign in self.store.list(self.ns(call), "campaign"):
            if arg(call, "id") is not None and campaign["id"] != arg(call, "id"):
                continue
            if arg(call, "status") and campaign["status"] != arg(call, "status"):
                continue
            if title and title.lower() not in campaign["title"].lower():
                continue
            if not _on_or_after(campaign["date_start"], arg(call, "date_start")):
                continue
            if not _on_or_after(arg(call, "date_end"), campaign["date_end"]):
                continue
            if not _on_or_after(campaign["date_create"], arg(call, "date_create")):
                continue
            chosen.append(campaign)
        return paged(call, chosen)

    def outbound_stat(self, call: ApiCall) -> Reply:
        ids = json_field(call, "campaign_ids", [])
        return ok([outbound.stat(self._campaign(call, i)) for i in ids])

    # --- attempts ----------------------------------------------------------------------------

    def _attempts(
        self, call: ApiCall, campaign_id: Any = None, start: Any = None, end: Any = None
    ) -> list[Document]:
        ns, out = self.ns(call), []
        attempts = (
            self.store.find(ns, "attempt", "campaign_id", campaign_id)
            if campaign_id is not None
            else self.store.list(ns, "attempt")  # a search over every campaign's attempts
        )
        for attempt in attempts:
            if not _on_or_after(attempt["datetime_start"], start) or not _on_or_after(
                end, attempt["datetime_start"]
            ):
                continue
            out.append(attempt)
        return out

    def search_attempts(self, call: ApiCall) -> Reply:
        found = self._attempts(
            call, arg(call, "campaign_id"), arg(call, "datetime_start"), arg(call, "datetime_end")
        )
        if arg(call, "id") is not None:
            found = [a for a in found if a["id"] == str(arg(call, "id"))]
        # Attempt IDs are strings on the wire: order them as the numbers they are.
        found.sort(key=lambda a: int(a["id"]), reverse=True)
        return paged(call, found, newest_first=None)

    def export_stat_report(self, call: ApiCall) -> Reply:
        campaign = self._campaign(call, call.query["campaign_id"])
        found = self._attempts(call, campaign["id"], arg(call, "from"), arg(call, "to"))
        labels = reports.RUSSIAN if str(call.query["locale"]).lower().startswith("ru") else None
        report = reports.export(
            self.store,
            self.ns(call),
            self.account(call),
            "stat",
            found,
            reports.ATTEMPT_COLUMNS,
            arg(call, "format") or "xlsx",
            self.now(),
            labels,
        )
        return ok({"report_id": report["id"]})

    def get_stat_report_status(self, call: ApiCall) -> Reply:
        report = reports.find(self.store, self.ns(call), call.query["report_id"], ("stat",))
        return ok({"report_id": report["id"], "processed": reports.processed(report, self.now())})

    def download_stat_report(self, call: ApiCall) -> Reply:
        report = reports.find(self.store, self.ns(call), call.query["report_id"], ("stat",))
        data, media_type = reports.render(report, self.now())
        return Reply(body=data, media_type=media_type)


def _on_or_after(moment: str | None, bound: str | None) -> bool:
    """Whether `moment` is at or after `bound` (true when either is missing)."""
    if not moment or not bound:
        return True
    left, right = parse_kit_time(moment), parse_kit_time(bound)
    return left is None or right is None or left >= right
