"""PDS campaigns (agentCampaigns/*): ongoing campaigns dial their ongoing lists' due contacts on the clock.

One line per agent of the campaign who is not on another call (never more than the account's lines); each
call goes to a free agent. Contacts are dialled only inside the campaign's `working_time` in their own time
zone, and again `interval` minutes after a failed call ended.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...core.store import Document, Store
from .calls import Dial
from .outcomes import PDS
from .pacing import Family, next_opening, window
from .tenancy import API_ID, kit_time, parse_kit_time

FINAL_CODES = ("Call_Answered", "Restricted_By_DNC", "Invalid_Number")
FAMILY = "pds"


def caller_of(campaign: Document, store: Store, ns: str) -> str:
    if campaign.get("phone_number_id"):
        number = store.get(ns, "number", str(campaign["phone_number_id"]))
        if number:
            return str(number["phone_number"])
    if campaign.get("caller_id"):
        caller = store.get(ns, "callerid", str(campaign["caller_id"]))
        if caller:
            return str(caller["callerid_number"])
    return ""


class PdsFamily(Family):
    name, kind, item_kind = FAMILY, "pds_campaign", "pds_contact"

    def runnable(self, ns: str, campaign: Document, now: datetime) -> tuple[bool, float | None]:
        start = parse_kit_time(campaign["date_start"]) if campaign["date_start"] else None
        if campaign["status"] == "scheduled":
            if start is not None and start > now:
                return False, start.timestamp()
            campaign["status"] = "ongoing"
            self.store.put(ns, self.kind, str(campaign["id"]), campaign)
        return campaign["status"] == "ongoing", None

    def lines(self, ns: str, account: Document, campaign: Document) -> int:
        """One per agent who is free or on one of this campaign's calls (not on a call of another)."""
        own = {str(call_id) for call_id in campaign.get("_live", [])}
        domain = account["domain"]
        agents = [
            u
            for u in campaign["user_ids"]
            if self.env.farend.busy_with(API_ID, domain, str(u)) in (None, *own)
        ]
        return min(len(agents), int(account["max_lines_count"]))

    def due_at(self, ns: str, campaign: Document, item: Document, now: datetime) -> float | None:
        lst = self.store.get(ns, "pds_list", str(item["agent_campaign_list_id"]))
        if lst is None or lst["status"] != "ongoing":
            return None
        moment = max(now, datetime.fromtimestamp(float(item["_next_at"]), tz=now.tzinfo))
        start, end = window(campaign.get("working_time"))
        return next_opening(moment, item.get("timezone"), start, end).timestamp()

    def dial(self, ns: str, account: Document, campaign: Document, item: Document) -> Dial:
        domain = account["domain"]
        # An agent who is not on a call takes it (agents are busy while on one: the far-end model).
        agent = next(
            (u for u in campaign["user_ids"] if self.env.farend.busy_with(API_ID, domain, str(u)) is None),
            (campaign["user_ids"] or [None])[0],
        )
        return Dial(
            call_type=PDS,
            phone_a=caller_of(campaign, self.store, ns),
            phone_b=item["phone"],
            campaign_id=campaign["id"],
            attempt_num=item["current_attempt"] + 1,
            calllist_item_id=item["id"],
            user_id=agent,
            queue_id=campaign["queue"]["id"],
            variables=item["custom_data"],
            dnc_lists=list(campaign["dnc_lists"]),
            dial_timeout_s=float(campaign["settings"].get("dial_up_time_sec") or 40),
        )

    def finished(self, ns: str, campaign: Document, item: Document, record: Document) -> None:
        code = record["completion_code"]
        ended = float(record["_ended_at"])
        stamp = kit_time(datetime.fromtimestamp(ended, tz=self.env.clock.now().tzinfo))
        item["current_attempt"] += 1
        item["last_attempt_date"] = record["datetime_start"]
        item["completion_code"] = code
        item["edit_date"] = stamp
        item["_cost"] = round(item.get("_cost", 0.0) + record["call_cost"], 4)
        item["_talk"] = item.get("_talk", 0) + (record["duration"] if code == "Call_Answered" else 0)
        if item["status"] != "ongoing":  # canceled while on the call: the result is kept, nothing more
            item["callback_at"] = None
        elif code == "Call_Answered":
            item["status"], item["callback_at"] = "success", None
        elif code in FINAL_CODES or item["current_attempt"] >= item["max_attempts"]:
            item["status"], item["callback_at"] = "failed", None
        else:
            minutes = int(item.get("_interval") or campaign["interval"] or 0)
            item["_next_at"] = ended + minutes * 60
            item["_waiting"] = campaign["id"]
            item["callback_at"] = kit_time(
                datetime.fromtimestamp(item["_next_at"], tz=self.env.clock.now().tzinfo)
            )
        self.store.put(ns, self.item_kind, str(item["id"]), item)
        complete_finished_list(self.store, ns, int(item["agent_campaign_list_id"]))


def complete_finished_list(store: Store, ns: str, list_id: int) -> None:
    """An ongoing list whose contacts are all done is completed."""
    lst = store.get(ns, "pds_list", str(list_id))
    if lst is None or lst["status"] != "ongoing":
        return
    mine = store.find(ns, "pds_contact", "agent_campaign_list_id", list_id)
    if mine and all(c["status"] != "ongoing" for c in mine):
        lst["status"] = "completed"
        store.put(ns, "pds_list", str(lst["id"]), lst)


def counters(contacts: list[Document]) -> dict[str, Any]:
    ended = [c for c in contacts if c["status"] in ("success", "failed", "canceled")]
    return {
        "call_item_count": len(contacts),
        "call_ended": len(ended),
        "call_success": sum(1 for c in contacts if c["status"] == "success"),
        "call_failed": sum(1 for c in contacts if c["status"] == "failed"),
        "call_canceled": sum(1 for c in contacts if c["status"] == "canceled"),
        "cost": f"{sum(c.get('_cost', 0.0) for c in contacts):.2f}",
        "success_calls_duration": sum(c.get("_talk", 0) for c in contacts),
    }
