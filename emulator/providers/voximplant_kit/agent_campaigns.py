"""PDS campaigns (agentCampaigns/*): ongoing campaigns dial their ongoing lists' due contacts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...core.store import Document, Store
from .calls import Dial, place
from .outcomes import PDS
from .tenancy import kit_time, parse_kit_time

FINAL_CODES = ("Call_Answered", "Restricted_By_DNC", "Invalid_Number")


def caller_of(store: Store, ns: str, campaign: Document) -> str:
    if campaign.get("phone_number_id"):
        number = store.get(ns, "number", str(campaign["phone_number_id"]))
        if number:
            return str(number["phone_number"])
    if campaign.get("caller_id"):
        caller = store.get(ns, "callerid", str(campaign["caller_id"]))
        if caller:
            return str(caller["callerid_number"])
    return ""


def tick(store: Store, ns: str, account: Document, now: datetime) -> None:
    campaigns = store.list(ns, "pds_campaign")
    if not campaigns:
        return
    lists = {lst["id"]: lst for lst in store.list(ns, "pds_list")}
    contacts = store.list(ns, "pds_contact")
    for campaign in campaigns:
        start = parse_kit_time(campaign["date_start"]) if campaign["date_start"] else None
        if campaign["status"] == "scheduled" and start is not None and start <= now:
            campaign["status"] = "ongoing"
            store.put(ns, "pds_campaign", str(campaign["id"]), campaign)
        if campaign["status"] != "ongoing":
            continue
        for contact in contacts:
            lst = lists.get(contact["agent_campaign_list_id"])
            if contact["agent_campaign_id"] != campaign["id"] or lst is None or lst["status"] != "ongoing":
                continue
            if contact["status"] == "ongoing" and contact["_next_at"] <= now.timestamp():
                _attempt(store, ns, account, campaign, contact, now)
        for lst in lists.values():
            mine = [c for c in contacts if c["agent_campaign_list_id"] == lst["id"]]
            finished = mine and all(c["status"] != "ongoing" for c in mine)
            if lst["agent_campaign_id"] == campaign["id"] and lst["status"] == "ongoing" and finished:
                lst["status"] = "completed"
                store.put(ns, "pds_list", str(lst["id"]), lst)


def _attempt(
    store: Store, ns: str, account: Document, campaign: Document, contact: Document, now: datetime
) -> None:
    record = place(
        store,
        ns,
        account,
        Dial(
            call_type=PDS,
            phone_a=caller_of(store, ns, campaign),
            phone_b=contact["phone"],
            campaign_id=campaign["id"],
            attempt_num=contact["current_attempt"] + 1,
            calllist_item_id=contact["id"],
            user_id=(campaign["user_ids"] or [None])[0],
            queue_id=campaign["queue"]["id"],
            variables=contact["custom_data"],
            dnc_lists=list(campaign["dnc_lists"]),
        ),
        now,
    )
    code = record["completion_code"]
    contact["current_attempt"] += 1
    contact["last_attempt_date"] = kit_time(now)
    contact["completion_code"] = code
    contact["edit_date"] = kit_time(now)
    contact["_cost"] = round(contact.get("_cost", 0.0) + record["call_cost"], 4)
    contact["_talk"] = contact.get("_talk", 0) + (record["duration"] if code == "Call_Answered" else 0)
    if code == "Call_Answered":
        contact["status"] = "success"
        contact["callback_at"] = None
    elif code in FINAL_CODES or contact["current_attempt"] >= contact["max_attempts"]:
        contact["status"] = "failed"
        contact["callback_at"] = None
    else:
        minutes = int(contact.get("_interval") or campaign["interval"] or 0)
        contact["_next_at"] = now.timestamp() + minutes * 60
        contact["callback_at"] = kit_time(datetime.fromtimestamp(contact["_next_at"], tz=now.tzinfo))
    store.put(ns, "pds_contact", str(contact["id"]), contact)


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
