"""Placing a call: decide how it ends, record it with its completion code, charge it, notify."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import orjson

from ...core.store import Document, Store
from .outcomes import Outcome, completion_code, digits, is_dialable, result_code
from .tenancy import kit_time, put_account


@dataclass(slots=True)
class Dial:
    """One call to place (or, for inbound calls, to record)."""

    call_type: str
    phone_a: str
    phone_b: str
    scenario_id: int | None = None
    campaign_id: int | None = None
    attempt_num: int | None = None
    calllist_item_id: int | None = None
    user_id: int | None = None
    queue_id: int | None = None
    variables: dict[str, Any] = field(default_factory=dict)
    dnc_lists: list[int] = field(default_factory=list)
    incoming: bool = False
    outcome: Outcome | None = None  # set for inbound calls and automatic callbacks injected by tests


def on_dnc(store: Store, ns: str, number: str, lists: list[int]) -> bool:
    wanted = digits(number)
    return any(e["number"] == wanted for e in store.list(ns, "dnc") if e["list_id"] in lists)


def decide(store: Store, ns: str, account: Document, dial: Dial) -> Outcome:
    """How the dialed number ends: DNC first, then a malformed number, an empty balance, the test's rule."""
    if dial.outcome is not None:
        return dial.outcome
    if dial.dnc_lists and on_dnc(store, ns, dial.phone_b, dial.dnc_lists):
        return Outcome("dnc")
    if not is_dialable(dial.phone_b):
        return Outcome("call_failed", 404)
    if float(account["balance"]) + float(account["credit"]) <= 0:
        return Outcome("call_failed", 402)
    rule = store.get(ns, "outcome", digits(dial.phone_b))
    return Outcome.from_rule(rule) if rule else Outcome("answered")


def place(store: Store, ns: str, account: Document, dial: Dial, now: datetime) -> Document:
    outcome = decide(store, ns, account, dial)
    code = completion_code(dial.call_type, outcome)
    connected = result_code(outcome, code) == 200
    duration = outcome.duration if connected else 0
    cost = round(duration / 60 * float(account["price_per_minute"]), 4) if connected else 0.0
    call_id = store.next_id(ns, "call", start=5001)
    record: Document = {
        "id": call_id,
        "domain_id": account["id"],
        "session_id": 880000 + call_id,
        "scenario_id": dial.scenario_id,
        "datetime_start": kit_time(now),
        "phone_a": digits(dial.phone_a),
        "phone_b": digits(dial.phone_b) or dial.phone_b,
        "is_incoming": dial.incoming,
        "call_result_code": result_code(outcome, code),
        "duration": duration,
        "record_url": None,
        "call_cost": cost,
        "call_data": orjson.dumps(dial.variables).decode(),
        "call_resources": "[]",
        "call_calls": "[]",
        "call_records": "[]",
        "call_status": 1 if connected else 0,
        "recalc": False,
        "campaign_id": dial.campaign_id,
        "processing": False,
        "attempt_num": dial.attempt_num,
        "calllist_item_id": dial.calllist_item_id,
        "completion_code": code,
        "user_id": dial.user_id,
        "queue_id": dial.queue_id,
        "tags": [],
        "_call_type": dial.call_type,
        "_datetime_end": kit_time(now + timedelta(seconds=duration)),
    }
    store.put(ns, "call", str(call_id), record)
    if cost:
        account["balance"] = round(float(account["balance"]) - cost, 4)
        put_account(store, account)
    notify(
        store, ns, account, "finished_call", {k: v for k, v in record.items() if not k.startswith("_")}, now
    )
    return record


def notify(store: Store, ns: str, account: Document, event: str, data: Document, now: datetime) -> None:
    """Record the callback events Kit would POST to every enabled subscription of this event type."""
    for subscription in store.list(ns, "callback"):
        if not subscription["is_enabled"] or event not in subscription["callbacks"]:
            continue
        digest = hashlib.md5(f"{subscription['salt']}{account['domain']}{event}".encode()).hexdigest()
        event_id = store.next_id(ns, "callback_event")
        store.put(
            ns,
            "callback_event",
            str(event_id),
            {
                "id": event_id,
                "subscription_id": subscription["id"],
                "url": subscription["url"],
                "sent_at": kit_time(now),
                "body": {"callbacks": [{"hash": digest, "type": event, event: data}]},
            },
        )
