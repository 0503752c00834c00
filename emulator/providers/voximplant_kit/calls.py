"""A call on the emulator clock: it rings, is answered or fails as the far end says, and ends later.

Placing a call asks Kit's own checks first (DNC, a malformed number, an empty balance: these end the call
before anything rings), then the far-end model for the dialled number: how long it rings, whether it
answers and how long it talks. The call's end is a timeline event; only then is the history record
written, the call charged, the `finished_call` callback sent and the campaign that placed it told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from ...core.environment import Environment
from ...core.store import Document, Event
from . import callbacks
from .outcome_rules import kit_outcome
from .outcomes import Outcome, completion_code, digits, is_dialable, result_code
from .tenancy import API_ID, get_account, kit_time, namespace, put_account

END_TOPIC = f"{API_ID}.call.end"
DEFAULT_DIAL_TIMEOUT_S = 60.0  # a scenario's dialling timeout when nothing configures another
NO_RING = ("dnc", "system_error")  # Kit's own refusals: nothing rings


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
    origin: str | None = None  # the campaign family that placed it, told when it ends
    dial_timeout_s: float | None = None

    def to_doc(self) -> Document:
        doc = asdict(self)
        doc["outcome"] = None if self.outcome is None else asdict(self.outcome)
        return doc

    @classmethod
    def from_doc(cls, doc: Document) -> Dial:
        data = dict(doc)
        data["outcome"] = None if data.get("outcome") is None else Outcome(**data["outcome"])
        return cls(**data)


# A campaign family's reaction to the end of a call it placed: (namespace, history record, dial).
FinishedHook = Callable[[str, Document, Dial], None]


def on_dnc(env: Environment, ns: str, number: str, lists: list[int]) -> bool:
    return any(e["list_id"] in lists for e in env.store.find(ns, "dnc", "number", digits(number)))


START_DAY = "_start_day"  # the UTC day a call started on: a date window reads its days only


def start_day(record: Document) -> str | None:
    text = str(record.get("datetime_start") or "")
    return text[:10] if len(text) >= 10 else None


class Calls:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.store = env.store
        self.hooks: dict[str, FinishedHook] = {}
        self.line_freed: Callable[[str], None] = lambda ns: None  # the campaigns' pacer listens
        env.store.index("dnc", "number", "list_id")
        env.store.index("call", "campaign_id", "scenario_id", "user_id")
        env.store.index_derived("call", START_DAY, start_day)
        env.timeline.on(END_TOPIC, self._on_end)

    def place(self, ns: str, account: Document, dial: Dial) -> int:
        """Start the call; its id. It ends (and is recorded) when the timeline says."""
        now = self.env.clock.time()
        call_id = self.store.next_id(ns, "call", start=5001)
        if dial.outcome is not None:  # injected by a test: recorded as it says, at once
            self.finish(ns, call_id, dial, dial.outcome, now, now)
            return call_id
        refusal = self._refusal(ns, account, dial)
        far_end = self.env.farend.rule(API_ID, account["domain"], dial.phone_b)
        outcome = refusal or kit_outcome(far_end)
        ring = far_end.answer_after_s
        timeout = dial.dial_timeout_s or DEFAULT_DIAL_TIMEOUT_S
        connected = result_code(outcome, completion_code(dial.call_type, outcome)) == 200
        answered: float | None = None
        if refusal is not None:  # Kit refuses before dialling: it ends now, nothing rings
            end = now
        elif far_end.outcome == "no_answer" and not connected:  # it rings until the dialling timeout
            end = now + timeout
        elif outcome.condition == "dialing_timeout" or (connected and ring >= timeout):
            outcome, end = Outcome("dialing_timeout", None, 0), now + timeout
        elif connected and outcome.condition not in NO_RING:
            answered = now + ring
            end = answered + outcome.duration
        else:
            end = now + (0.0 if outcome.condition in NO_RING else ring)
        live = {
            "id": call_id,
            "dial": dial.to_doc(),
            "started_at": now,
            "answered_at": answered,
            "outcome": asdict(outcome),
            "transfers": [],
        }
        self.store.put(ns, "live_call", str(call_id), live)
        if dial.user_id is not None:  # the agent is on this call until it ends
            self.env.farend.occupy(API_ID, account["domain"], str(dial.user_id), str(call_id))
        self.env.timeline.at(
            end, END_TOPIC, {"domain": account["domain"], "call_id": call_id}, key=f"{ns}/{call_id}"
        )
        return call_id

    def _refusal(self, ns: str, account: Document, dial: Dial) -> Outcome | None:
        """What ends a call before it rings: DNC first, then a malformed number, then an empty balance."""
        if dial.dnc_lists and on_dnc(self.env, ns, dial.phone_b, dial.dnc_lists):
            return Outcome("dnc")
        if not is_dialable(dial.phone_b):
            return Outcome("call_failed", 404)
        if float(account["balance"]) + float(account["credit"]) <= 0:
            return Outcome("call_failed", 402)
        return None

    def _on_end(self, event: Event) -> None:
        ns = namespace(str(event.payload["domain"]))
        live = self.store.get(ns, "live_call", str(event.payload["call_id"]))
        if live is None:
            return
        self.store.delete(ns, "live_call", str(live["id"]))
        dial = Dial.from_doc(live["dial"])
        if dial.user_id is not None:
            self.env.farend.release(API_ID, str(event.payload["domain"]), str(dial.user_id), str(live["id"]))
        self.line_freed(ns)  # first: a campaign that waited for the line takes it before this one's next call
        record = self.finish(
            ns, int(live["id"]), dial, Outcome(**live["outcome"]), live["started_at"], event.due
        )
        if live.get("transfers"):
            self.store.put(ns, "call", str(record["id"]), {**record, "_transfers": live["transfers"]})

    def finish(
        self, ns: str, call_id: int, dial: Dial, outcome: Outcome, started: float, ended: float
    ) -> Document:
        """Record the ended call, charge it, send `finished_call`, tell the campaign."""
        domain = ns.split("/", 1)[1]
        account = get_account(self.store, domain)
        assert account is not None
        code = completion_code(dial.call_type, outcome)
        connected = result_code(outcome, code) == 200
        duration = outcome.duration if connected else 0
        cost = round(duration / 60 * float(account["price_per_minute"]), 4) if connected else 0.0
        record: Document = {
            "id": call_id,
            "domain_id": account["id"],
            "session_id": 880000 + call_id,
            "scenario_id": dial.scenario_id,
            "datetime_start": kit_time(_moment(started)),
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
            "_datetime_end": kit_time(_moment(max(ended, started + duration))),
            "_ended_at": max(ended, started + duration),
        }
        self.store.put(ns, "call", str(call_id), record)
        if cost:
            account["balance"] = round(float(account["balance"]) - cost, 4)
            put_account(self.store, account)
        public = {k: v for k, v in record.items() if not k.startswith("_")}
        callbacks.notify(self.env, ns, domain, "finished_call", public, {"call_id": call_id})
        hook = self.hooks.get(dial.origin or "")
        if hook is not None:
            hook(ns, record, dial)
        return record


def _moment(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, tz=UTC)
