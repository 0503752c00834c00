"""Campaigns of the current dialer (campaigns/*): ongoing campaigns dial their lists' due contacts."""

from __future__ import annotations

from datetime import datetime

from ...core.store import Document, Store
from .agent_campaigns import FINAL_CODES
from .calls import Dial, place
from .outcomes import OUTBOUND, PDS
from .tenancy import parse_kit_time

PENDING = ("sent", "ongoing")


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


def interval_minutes(campaign: Document, attempt: int) -> int:
    strategy = campaign["dialing_strategy"][0] if campaign["dialing_strategy"] else {}
    intervals = strategy.get("interval_min") or [10]
    return int(intervals[min(attempt - 1, len(intervals) - 1)])


def tick(store: Store, ns: str, account: Document, now: datetime) -> None:
    campaigns = store.list(ns, "dialer_campaign")
    if not campaigns:
        return
    lists = {lst["id"]: lst for lst in store.list(ns, "dialer_list")}
    contacts = store.list(ns, "dialer_contact")
    for campaign in campaigns:
        start = parse_kit_time(campaign["planned_date_start"]) if campaign["planned_date_start"] else None
        if campaign["status"] == "scheduled" and start is not None and start <= now:
            campaign["status"] = "ongoing"
            store.put(ns, "dialer_campaign", str(campaign["id"]), campaign)
        if campaign["status"] != "ongoing":
            continue
        for contact in contacts:
            lst = lists.get(contact["list_id"])
            if lst is None or lst["_campaign_id"] != campaign["id"] or lst["status"] != "ongoing":
                continue
            if contact["status"] in PENDING and contact["_next_at"] <= now.timestamp():
                _attempt(store, ns, account, campaign, contact, now)


def _attempt(
    store: Store, ns: str, account: Document, campaign: Document, contact: Document, now: datetime
) -> None:
    phones = list(contact["phones"].values())
    number = phones[contact["attempts_count"] % len(phones)]
    operator = campaign["type"] == "operator"
    record = place(
        store,
        ns,
        account,
        Dial(
            call_type=PDS if operator else OUTBOUND,
            phone_a=caller_of(store, ns, campaign),
            phone_b=number,
            scenario_id=campaign["scenario_id"],
            campaign_id=campaign["id"],
            attempt_num=contact["attempts_count"] + 1,
            calllist_item_id=contact["id"],
            user_id=(campaign["user_ids"] or [None])[0] if operator else None,
            queue_id=campaign["queue"]["id"] if operator and campaign["queue"] else None,
            variables={k: v for item in contact["variables"] for k, v in item.items()},
            dnc_lists=list(campaign["dnc_list_ids"]),
        ),
        now,
    )
    code = record["completion_code"]
    contact["attempts_count"] += 1
    contact["completion_code"] = code
    if code == "Call_Answered":
        contact["status"] = "success"
    elif code in FINAL_CODES or contact["attempts_count"] >= contact["max_attempts"]:
        contact["status"] = "failed"
    else:
        contact["status"] = "ongoing"
        contact["_next_at"] = now.timestamp() + interval_minutes(campaign, contact["attempts_count"]) * 60
    store.put(ns, "dialer_contact", str(contact["id"]), contact)
