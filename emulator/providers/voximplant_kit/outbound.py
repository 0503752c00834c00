"""Automated outbound campaigns (outbound/*): status by the calendar, rows dialed with retries.

Calls are instantaneous in the emulator: a due row is dialed when the account is next touched, so
line limits never bind; a failed row is dialed again `interval` minutes later (advance the clock).
Rows are dialed only on the campaign's working days, between time_start and time_end in the row's own
time zone (`UTC` column); a row due outside that window waits for the next opening.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from ...core.store import Document, Store
from .calls import Dial, place
from .outcomes import OUTBOUND
from .tenancy import kit_time, parse_kit_time

FINAL_CODES = ("Call_Answered", "Restricted_By_DNC", "Invalid_Number")  # never dialed again


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


def _clock_time(text: str) -> time:
    parts = [int(p) for p in text.split(":")] + [0, 0]
    return time(parts[0], parts[1], parts[2])


def next_opening(campaign: Document, zone: str, now: datetime) -> datetime:
    """`now` when the row's local time is inside the campaign's calling window, else the next opening."""
    start, end = _clock_time(campaign["time_start"]), _clock_time(campaign["time_end"])
    local = now.astimezone(ZoneInfo(zone))
    for day in range(8):
        candidate = (
            local if day == 0 else datetime.combine(local.date() + timedelta(days=day), start, local.tzinfo)
        )
        if candidate.isoweekday() not in campaign["working_days"]:
            continue
        if candidate.time() < start:
            candidate = datetime.combine(candidate.date(), start, local.tzinfo)
        if candidate.time() <= end:
            return candidate.astimezone(now.tzinfo)
    return now + timedelta(days=7)  # no working day at all: look again in a week


def tick(store: Store, ns: str, account: Document, now: datetime) -> None:
    rows = store.list(ns, "row")
    for campaign in store.list(ns, "campaign"):
        status = calendar_status(campaign, now)
        mine = [r for r in rows if r["campaign_id"] == campaign["id"]]
        if status == "started":
            for row in mine:
                if row["done"] or row["next_at"] > now.timestamp():
                    continue
                opening = next_opening(campaign, row["utc"], now)
                if opening > now:
                    row["next_at"] = opening.timestamp()
                    store.put(ns, "row", str(row["id"]), row)
                    continue
                _attempt(store, ns, account, campaign, row, now)
            if mine and not campaign["permanent"] and all(r["done"] for r in mine):
                status = "completed"
        if status != campaign["status"]:
            campaign["status"] = status
            campaign["date_update"] = kit_time(now)
            store.put(ns, "campaign", str(campaign["id"]), campaign)


def _attempt(
    store: Store, ns: str, account: Document, campaign: Document, row: Document, now: datetime
) -> None:
    row["attempts"] += 1
    variables = {"phone": row["phone"], "UTC": row["utc"], **row["custom"]}
    record = place(
        store,
        ns,
        account,
        Dial(
            call_type=OUTBOUND,
            phone_a=campaign["_caller"],
            phone_b=row["phone"],
            scenario_id=campaign["scenario_id"],
            campaign_id=campaign["id"],
            attempt_num=row["attempts"],
            calllist_item_id=row["id"],
            variables=variables,
        ),
        now,
    )
    code = record["completion_code"]
    attempt_id = store.next_id(ns, "attempt", start=9001)
    store.put(
        ns,
        "attempt",
        str(attempt_id),
        {
            "id": str(attempt_id),
            "calllist_item_id": row["id"],
            "datetime_start": record["datetime_start"],
            "datetime_end": kit_time(now + timedelta(seconds=record["duration"])),
            "attempt_num": row["attempts"],
            "record_url": None,
            "attempt_status": code == "Call_Answered",
            "call_data": orjson.dumps(variables).decode(),
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
    row["cost"] = round(row["cost"] + record["call_cost"], 4)
    row["last_code"] = code
    if code == "Call_Answered":
        row["done"], row["success"] = True, True
    elif code in FINAL_CODES or row["attempts"] >= campaign["max_attempts"]:
        row["done"] = True
    else:
        row["next_at"] = now.timestamp() + campaign["interval"] * 60
    store.put(ns, "row", str(row["id"]), row)


def stat(store: Store, ns: str, campaign: Document) -> dict[str, Any]:
    rows = [r for r in store.list(ns, "row") if r["campaign_id"] == campaign["id"]]
    return {
        "campaign_id": campaign["id"],
        "status": campaign["status"],
        "call_item_count": len(rows),
        "call_ended": sum(1 for r in rows if r["done"]),
        "call_success": sum(1 for r in rows if r["success"]),
        "call_failed": sum(1 for r in rows if r["done"] and not r["success"]),
        "cost": round(sum(r["cost"] for r in rows), 4),
    }
