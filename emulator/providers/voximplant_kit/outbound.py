"""Automated outbound campaigns (outbound/*): status by the calendar, rows dialled on the clock.

At most `max_lines` rows are on a call at once (and never more than the account's lines). Rows are dialled
only on the campaign's working days, between time_start and time_end in the row's own time zone (`UTC`
column); a row due outside that window waits for the next opening. A failed row is dialled again
`interval` minutes after its call ended.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson

from ...core.store import Document
from .calls import Dial
from .outcomes import OUTBOUND
from .pacing import Family, clock_time, next_opening
from .tenancy import kit_time, parse_kit_time

FINAL_CODES = ("Call_Answered", "Restricted_By_DNC", "Invalid_Number")  # never dialed again
FAMILY = "outbound"


def calendar_status(campaign: Document, now: datetime) -> str:
    """The status the calendar gives a running campaign: ready before date_start, completed after date_end."""
    status: str = campaign["status"]
    start = parse_kit_time(campaign["date_start"])
    end = parse_kit_time(campaign["date_end"])
    if status in ("started", "ready", "paused") and end is not None and now > end:
        return "completed"
    if status == "ready" and (start is None or start <= now):
        return "started"
    return status


def new_stat() -> Document:
    return {"call_item_count": 0, "call_ended": 0, "call_success": 0, "call_failed": 0, "cost": 0.0}


class OutboundFamily(Family):
    name, kind, item_kind = FAMILY, "campaign", "row"

    def runnable(self, ns: str, campaign: Document, now: datetime) -> tuple[bool, float | None]:
        status = calendar_status(campaign, now)
        stat = campaign.get("_stat") or new_stat()
        ended = stat["call_item_count"] and stat["call_ended"] >= stat["call_item_count"]
        if status == "started" and not campaign["permanent"] and ended and not campaign.get("_live"):
            status = "completed"
        if status != campaign["status"]:
            campaign["status"] = status
            campaign["date_update"] = kit_time(now)
            self.store.put(ns, self.kind, str(campaign["id"]), campaign)
        start, end = parse_kit_time(campaign["date_start"]), parse_kit_time(campaign["date_end"])
        if status == "ready" and start is not None:
            return False, start.timestamp()
        if status == "paused" and end is not None:  # a paused campaign still ends on its date
            return False, end.timestamp() + 1
        return status == "started", None

    def later(self, campaign: Document) -> list[float]:
        end = parse_kit_time(campaign["date_end"])
        return [end.timestamp() + 1] if end is not None else []

    def lines(self, ns: str, account: Document, campaign: Document) -> int:
        return min(int(campaign["max_lines"] or 1), int(account["max_lines_count"]))

    def due_at(self, ns: str, campaign: Document, item: Document, now: datetime) -> float:
        moment = max(now, datetime.fromtimestamp(float(item["_next_at"]), tz=now.tzinfo))
        opening = next_opening(
            moment,
            item["utc"],
            clock_time(campaign["time_start"]),
            clock_time(campaign["time_end"]),
            campaign["working_days"],
        )
        return opening.timestamp()

    def dial(self, ns: str, account: Document, campaign: Document, item: Document) -> Dial:
        item["attempts"] += 1
        return Dial(
            call_type=OUTBOUND,
            phone_a=campaign["_caller"],
            phone_b=item["phone"],
            scenario_id=campaign["scenario_id"],
            campaign_id=campaign["id"],
            attempt_num=item["attempts"],
            calllist_item_id=item["id"],
            variables=row_variables(item),
        )

    def finished(self, ns: str, campaign: Document, item: Document, record: Document) -> None:
        code = record["completion_code"]
        attempt_id = self.store.next_id(ns, "attempt", start=9001)
        self.store.put(
            ns,
            "attempt",
            str(attempt_id),
            {
                "id": str(attempt_id),
                "calllist_item_id": item["id"],
                "datetime_start": record["datetime_start"],
                "datetime_end": record["_datetime_end"],
                "attempt_num": item["attempts"],
                "record_url": None,
                "attempt_status": code == "Call_Answered",
                "call_data": orjson.dumps(row_variables(item)).decode(),
                "attempt_cost": record["call_cost"],
                "session_id": str(record["session_id"]),
                "duration": record["duration"],
                "recalc": False,
                "campaign_id": campaign["id"],
                "call_result_code": record["call_result_code"],
                "call_resources": "[]",
                "call_calls": "[]",
                "call_records": "[]",
                "processing": False,
                "completion_code": code,
                "_call_id": record["id"],
            },
        )
        stat = campaign.get("_stat") or new_stat()
        item["cost"] = round(item["cost"] + record["call_cost"], 4)
        stat["cost"] = round(stat["cost"] + record["call_cost"], 4)
        item["last_code"] = code
        if code == "Call_Answered":
            item["done"], item["success"] = True, True
        elif code in FINAL_CODES or item["attempts"] >= campaign["max_attempts"]:
            item["done"] = True
        else:
            item["_next_at"] = float(record["_ended_at"]) + campaign["interval"] * 60
            item["_waiting"] = campaign["id"]
        if item["done"]:
            stat["call_ended"] += 1
            stat["call_success" if item["success"] else "call_failed"] += 1
        campaign["_stat"] = stat
        self.store.put(ns, "row", str(item["id"]), item)
        self.store.put(ns, self.kind, str(campaign["id"]), campaign)


def row_variables(row: Document) -> dict[str, Any]:
    return {"phone": row["phone"], "UTC": row["utc"], **row["custom"]}


# outbound/stat's wire keys are capitalised, all but campaign_id (the official client's CampaignStatType map).
_STAT_KEYS = {
    "call_item_count": "CallItemCount",
    "call_ended": "CallEnded",
    "call_success": "CallSuccess",
    "call_failed": "CallFailed",
    "cost": "Cost",
}


def stat(campaign: Document) -> dict[str, Any]:
    """A campaign's outbound/stat entry, in the wire's keys."""
    counts = campaign.get("_stat") or new_stat()
    wire = {_STAT_KEYS[key]: value for key, value in counts.items()}
    return {"campaign_id": campaign["id"], "Status": campaign["status"], **wire}


__all__ = ["OutboundFamily", "calendar_status", "stat"]
