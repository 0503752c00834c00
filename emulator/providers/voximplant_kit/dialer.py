"""Campaigns of the current dialer (campaigns/*): ongoing campaigns dial their lists' due contacts.

At most `max_lines` calls at once (the account's lines when unset); contacts are dialled only inside the
campaign's `working_time` in their own time zone (the list's default, else the campaign's, else UTC), and
again after the dialing strategy's interval once a failed call ended.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...core.store import Document, Store
from .agent_campaigns import FINAL_CODES
from .calls import Dial
from .outcomes import OUTBOUND, PDS
from .pacing import Family, next_opening, window
from .tenancy import parse_kit_time

PENDING = ("sent", "ongoing")
FAMILY = "dialer"


def caller_of(store: Store, ns: str, campaign: Document) -> str:
    pool = campaign["phone_numbers"]
    for number_id in pool.get("phone_number_ids", []):
        number = store.get(ns, "number", str(number_id))
        if number:
            return str(number["phone_number"])
    for caller_id in pool.get("caller_id_ids", []):
        caller = store.get(ns, "callerid", str(caller_id))
        if caller:
            return str(caller["callerid_number"])
    return ""


def strategy_of(campaign: Document) -> Document:
    strategy: Document = campaign["dialing_strategy"][0] if campaign["dialing_strategy"] else {}
    return strategy


def interval_minutes(campaign: Document, attempt: int) -> int:
    intervals = strategy_of(campaign).get("interval_min") or [10]
    return int(intervals[min(attempt - 1, len(intervals) - 1)])


class DialerFamily(Family):
    name, kind, item_kind = FAMILY, "dialer_campaign", "dialer_contact"

    def runnable(self, ns: str, campaign: Document, now: datetime) -> tuple[bool, float | None]:
        if campaign["status"] == "scheduled":
            start = parse_kit_time(campaign["planned_date_start"] or "")
            if start is not None and start > now:
                return False, start.timestamp()
            campaign["status"] = "ongoing"
            self.store.put(ns, self.kind, str(campaign["id"]), campaign)
        return campaign["status"] == "ongoing", None

    def lines(self, ns: str, account: Document, campaign: Document) -> int:
        limit = int(account["max_lines_count"])
        return min(int(campaign["max_lines"] or limit), limit)

    def due_at(self, ns: str, campaign: Document, item: Document, now: datetime) -> float | None:
        lst = self.store.get(ns, "dialer_list", str(item["list_id"]))
        if lst is None or lst["status"] != "ongoing" or item["status"] not in PENDING:
            return None
        moment = max(now, datetime.fromtimestamp(float(item["_next_at"]), tz=now.tzinfo))
        start, end = window(campaign.get("_working_time"))
        zone = item.get("_timezone") or campaign.get("timezone") or None
        return next_opening(moment, zone, start, end).timestamp()

    def order(self, campaign: Document, item: Document) -> tuple[Any, ...]:
        """`task_priority_strategy`: first attempts before repeated ones, or the other way round."""
        repeated = item["attempts_count"] > 0
        first = repeated if campaign.get("task_priority_strategy") == "repeated_attempts" else not repeated
        return (not first, *super().order(campaign, item))

    def dial(self, ns: str, account: Document, campaign: Document, item: Document) -> Dial:
        phones = list(item["phones"].values())
        operator = campaign["type"] == "operator"
        timeout = strategy_of(campaign).get("dial_up_time_sec")
        return Dial(
            call_type=PDS if operator else OUTBOUND,
            phone_a=caller_of(self.store, ns, campaign),
            phone_b=phones[item["attempts_count"] % len(phones)],
            scenario_id=campaign["scenario_id"],
            campaign_id=campaign["id"],
            attempt_num=item["attempts_count"] + 1,
            calllist_item_id=item["id"],
            user_id=(campaign["user_ids"] or [None])[0] if operator else None,
            queue_id=campaign["queue"]["id"] if operator and campaign["queue"] else None,
            variables={k: v for entry in item["variables"] for k, v in entry.items()},
            dnc_lists=list(campaign["dnc_list_ids"]),
            dial_timeout_s=float(timeout) if isinstance(timeout, int | float) and timeout > 0 else None,
        )

    def finished(self, ns: str, campaign: Document, item: Document, record: Document) -> None:
        code = record["completion_code"]
        item["attempts_count"] += 1
        item["completion_code"] = code
        if item["status"] not in PENDING:  # cancelled while on the call: the result is kept, nothing more
            pass
        elif code == "Call_Answered":
            item["status"] = "success"
        elif code in FINAL_CODES or item["attempts_count"] >= item["max_attempts"]:
            item["status"] = "failed"
        else:
            item["status"] = "ongoing"
            item["_next_at"] = (
                float(record["_ended_at"]) + interval_minutes(campaign, item["attempts_count"]) * 60
            )
            item["_waiting"] = campaign["id"]
        self.store.put(ns, self.item_kind, str(item["id"]), item)
