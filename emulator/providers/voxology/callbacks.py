"""Callback Requests // Voice: what a call's Call Flow callback URL receives, and when."""

from __future__ import annotations

from typing import Any

from ...core.store import Document
from .calls_state import CallsState
from .catalogue import location_of
from .tenancy import Scope, iso_ts

# The location fields of each number in a callback, by their names there (and as $callerNo... variables).
LOCATION_FIELDS = {
    "latitude": "latitude",
    "longitude": "longitude",
    "postal_code": "postal_code",
    "city": "city",
    "rate_center": "rate_center",
    "lata": "lata",
    "region": "region",
    "country": "country",
    "timezone": "timezone",
}


def location_fields(prefix: str, no: str) -> dict[str, Any]:
    """`{prefix}_latitude`, ... `{prefix}_timezone` of a number: strings, null where unknown (SIP addresses,
    numbers outside the emulator's exchanges)."""
    place = location_of(no) if no.startswith("+") else {}
    out: dict[str, Any] = {}
    for name, key in LOCATION_FIELDS.items():
        value = place.get(key)
        known = value is not None and not (name in ("latitude", "longitude") and value == 0)
        out[f"{prefix}_{name}"] = str(value) if known else None
    return out


# live_call rounds at one emulator instant: a customer server that always answers actions taking no time
# would otherwise keep the call asking forever without the clock moving.
MAX_INSTANT_ROUNDS = 50


class Callbacks(CallsState):
    def callback_payload(self, scope: Scope, call: Document, kind: str) -> Document:
        inbound = call["x_direction"] == "inbound"
        config = self.config_for(scope, call["x_config_no"]) or {}
        payload: Document = {
            "service": "programmable_voice",
            "type": kind,
            "is_webhook": False,
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id,
            "call_id": call["id"],
            "parent_call_id": call["x_parent_call_id"],
            "caller_no": call["no"],
            **location_fields("caller_no", call["no"]),
            "api_no": call["caller_id_no"],
            **location_fields("api_no", call["caller_id_no"]),
            "start_time": iso_ts(call["x_created"]),
            "direction": "inbound" if inbound else "outbound",
            "duration": round(((call["x_ended"] or self.clock.time()) - call["x_created"]) * 1000),
            "connect_time_sec": self.connected_ms(call) // 1000,
            "status": call["status"],
            "detection": call["detection"],
            "key_presses": call["x_key_presses"],
            "recordings": call["x_recordings"],
            "last_queue_poll_connect_call": call["x_last_poll_connect"],
            "custom_data": config.get("custom_data"),
            "session_data": call["session_data"],
            "sip_domain": self.sip_domain(scope),
            "sip_forwarded_for": None,
            "error_code": call["x_error_code"],
            "error": call["error"],
        }
        if call["x_ended"] is not None:
            payload["end_time"] = iso_ts(call["x_ended"])
        return payload

    def send_callback(
        self, scope: Scope, call: Document, kind: str, endpoint: Document | None = None
    ) -> None:
        """A Callback Request to the Call Flow's URL (or its failover); init_call and live_call wait for the
        answer, which says what the call does next."""
        flow = call["x_flow"]
        target = endpoint or flow["callback"]
        if target is None:
            return
        asks = kind in ("init_call", "live_call")
        if kind == "live_call" and self.instant_round(call) > MAX_INSTANT_ROUNDS:
            why = f"The call flow asked for more actions {MAX_INSTANT_ROUNDS} times without any taking time"
            self.end(scope, call, "completed", hangup_end="api", error=why, error_code=400902)
            return
        delivery = self.deliver(
            scope,
            "voice_callback",
            target,
            self.callback_payload(scope, call, kind),
            reply=asks,
            call_id=call["id"],
            callback_type=kind,
            failover=endpoint is not None,
        )
        if asks:
            self.wait(call, {"kind": "callback", "delivery": delivery["id"], "type": kind})

    def instant_round(self, call: Document) -> int:
        """How many live_call rounds this call has had at the present instant, this one included."""
        flow = call["x_flow"]
        now = self.clock.time()
        rounds = flow.get("rounds_at") or [None, 0]
        flow["rounds_at"] = [now, rounds[1] + 1 if rounds[0] == now else 1]
        count: int = flow["rounds_at"][1]
        return count

    def send_failed_call(self, scope: Scope, call: Document) -> None:
        """An outbound call or DIAL leg that never connected tells the Call Flow that placed it."""
        if call["x_failed_to"] is None:
            return
        self.deliver(
            scope,
            "voice_callback",
            call["x_failed_to"],
            self.callback_payload(scope, call, "failed_call"),
            call_id=call["id"],
            callback_type="failed_call",
        )

    def wait(self, call: Document, waiting: Document) -> int:
        """The call's flow now waits for `waiting`; the epoch its timers must carry."""
        flow = call["x_flow"]
        flow["epoch"] += 1
        flow["waiting"] = {**waiting, "epoch": flow["epoch"]}
        epoch: int = flow["epoch"]
        return epoch
