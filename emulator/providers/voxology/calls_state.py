"""Call records: creating, finding and ending calls, their timers on the timeline, recordings and logs."""

from __future__ import annotations

import uuid
from typing import Any

from ...core.store import Document
from .base import VoxologyBase
from .history import hour_of
from .tenancy import API_ID, Scope, iso_ts

LIVE = ("live-queued", "live-ringing", "live-in-progress")
FINAL = ("completed", "no-answer", "busy", "canceled", "failed", "restricted", "error", "unknown")

# Timeline topics of a call, all scheduled under the call's ID (so that ending it cancels them).
FAR_END = f"{API_ID}.call.far_end"  # the far end answers, is busy, fails or hangs up
RING_TIMEOUT = f"{API_ID}.call.ring_timeout"
MAX_CALL_TIME = f"{API_ID}.call.max_call_time"
PICKUP = f"{API_ID}.call.pickup"  # an inbound call is answered after its rings, its first actions known
DTMF = f"{API_ID}.call.dtmf"  # the far end presses keys
FLOW_RESUME = f"{API_ID}.flow.resume"  # a SAY, PLAY or PAUSE has finished
COLLECT_TIMEOUT = f"{API_ID}.flow.collect_timeout"
CALL_TOPICS = (FAR_END, RING_TIMEOUT, MAX_CALL_TIME, PICKUP, DTMF, FLOW_RESUME, COLLECT_TIMEOUT)


class CallsState(VoxologyBase):
    # --- records ---------------------------------------------------------------------------------

    def new_call(
        self,
        scope: Scope,
        *,
        direction: str,
        far_no: str,
        api_no: str,
        config_no: str,
        session_data: Any = None,
        parent_call_id: str | None = None,
        timeout: float = 50,
        max_call_time: float = 86400,
        origin_api: str = "CallFlows",
        call_id: str | None = None,
    ) -> Document:
        if call_id is None:
            seq = self.store.next_id(scope.app_ns, "call", start=142877)
            call_id = f"{seq}@{7875 + seq % 1000}"
        now = self.clock.time()
        call: Document = {
            "id": call_id,
            "no": far_no,
            "caller_id_no": api_no,
            "status": "live-queued",
            "detection": None,
            "date": None,
            "session_data": session_data if isinstance(session_data, dict) else None,
            "connected_time": 0,
            "error": None,
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id,
            "x_direction": direction,
            "x_parent_call_id": parent_call_id,
            "x_created": now,
            "x_answered": None,
            "x_ended": None,
            "x_timeout": float(timeout),
            "x_max_call_time": float(max_call_time),
            "x_config_no": config_no,
            "x_origin_api": origin_api,
            "x_error_code": None,
            "x_hangup_end": None,
            "x_key_presses": [],
            "x_recordings": [],
            "x_heard": [],
            "x_conference": None,
            "x_queue": None,
            "x_recording": None,
            "x_message": None,
            "x_last_poll_connect": None,
            "x_bridged_to": None,
            "x_farend": None,  # the far-end rule the call was placed or received under
            "x_failed_to": None,  # where a failed_call callback goes: the originating Call Flow's callback
            "x_answer_at": None,  # an inbound call: when its rings are over
            "x_flow": {
                "actions": [],
                "pc": 0,
                "vars": {},
                "waiting": None,
                "callback": None,
                "failover": None,
                "attempts": {},
                "executed": 0,
                "last_collect": None,
                "last_digits": "",
                "webhook_data": None,
                "epoch": 0,  # counts waits: a timer of an earlier wait finds another epoch and does nothing
                "pending": None,  # an inbound call's first actions, run once it is answered
                "typed": "",  # keys pressed in a conference, for its key combinations
            },
        }
        self.save_call(scope, call)
        return call

    def save_call(self, scope: Scope, call: Document) -> None:
        self.store.put(scope.ns, "call", call["id"], call)

    def find_call(self, scope: Scope, call_id: str) -> Document | None:
        return self.store.get(scope.ns, "call", call_id)

    def live_calls(self, scope: Scope) -> list[Document]:
        """The scope's live calls, found by status: ended calls (however many) are not read."""
        found = [c for status in LIVE for c in self.store.find(scope.ns, "call", "status", status)]
        return sorted(found, key=lambda c: c["x_created"])

    # --- timers ----------------------------------------------------------------------------------

    def schedule(self, scope: Scope, call: Document, seconds: float, topic: str, **payload: Any) -> None:
        data = {"app_id": scope.app_id, "sub": scope.subaccount_id, "call_id": call["id"], **payload}
        self.env.timeline.after(seconds, topic, data, key=call["id"])

    def cancel_timers(self, call: Document) -> None:
        for topic in CALL_TOPICS:
            self.env.timeline.cancel(topic, call["id"])

    def event_call(self, payload: Document) -> tuple[Scope, Document] | None:
        """The scope and call a timeline event is about, while that call is live."""
        scope = self.scope_for(payload["app_id"], payload["sub"])
        call = self.find_call(scope, payload["call_id"]) if scope is not None else None
        if scope is None or call is None or call["status"] not in LIVE:
            return None
        return scope, call

    def view(self, call: Document) -> Document:
        """The LiveCalls form of a call."""
        view = {k: v for k, v in call.items() if not k.startswith("x_")}
        view["connected_time"] = self.connected_ms(call)
        return view

    def connected_ms(self, call: Document) -> int:
        if call["x_answered"] is None:
            return 0
        end = call["x_ended"] if call["x_ended"] is not None else self.clock.time()
        return max(0, round((float(end) - float(call["x_answered"])) * 1000))  # float seconds, whole ms

    # --- lifecycle -------------------------------------------------------------------------------

    def end(
        self,
        scope: Scope,
        call: Document,
        status: str,
        *,
        hangup_end: str = "api",
        error: str | None = None,
        error_code: int | None = None,
        save: bool = True,
    ) -> None:
        if call["status"] in FINAL:
            return
        if status == "completed" and call["x_answered"] is None:
            status = "canceled"  # hung up on while queued or ringing
        call["status"] = status
        call["x_ended"] = self.clock.time()
        call["x_hangup_end"] = hangup_end
        call["error"] = error
        call["x_error_code"] = error_code
        call["x_flow"]["waiting"] = None
        self.cancel_timers(call)
        self.leave_everything(scope, call)
        if call["x_message"] is not None:  # a RECORDMESSAGE not discarded is saved when the call ends
            self.save_recording(scope, call, call["x_message"])
            call["x_message"] = None
        if call["x_recording"] is not None:
            self.save_recording(scope, call, call["x_recording"])
            call["x_recording"] = None
        if call["x_flow"]["callback"] is not None:
            self.send_callback(scope, call, "end_call")
        elif call["x_answered"] is None and status in ("busy", "no-answer", "failed"):
            self.send_failed_call(scope, call)
        self.unanswered(scope, call)
        self.store.put(scope.ns, "log", call["id"], self.log_entry(scope, call))
        if save:
            self.save_call(scope, call)

    def leave_everything(self, scope: Scope, call: Document) -> None:
        """Overridden by conferences and queues: the call leaves them when it ends."""

    def unanswered(self, scope: Scope, call: Document) -> None:
        """Overridden by transfers: a transfer leg that ends without answering lets its caller go on."""

    def send_callback(
        self, scope: Scope, call: Document, kind: str, endpoint: Document | None = None
    ) -> None:
        """Overridden by callbacks.py."""

    def send_failed_call(self, scope: Scope, call: Document) -> None:
        """Overridden by callbacks.py."""

    # --- recordings ------------------------------------------------------------------------------

    def save_recording(self, scope: Scope, call: Document, recording: Document) -> Document:
        now = self.clock.time()
        duration = recording["x_elapsed"] + (now - recording["x_since"] if recording["x_since"] else 0)
        saved = {
            "id": recording["id"],
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id,
            "group": recording.get("group"),
            "caller_no": call["no"] if call["x_direction"] == "inbound" else call["caller_id_no"],
            "start_time": iso_ts(recording["x_started"]),
            "end_time": iso_ts(now),
            "duration": int(duration * 1000),
            "x_call_id": call["id"],
            "x_direction": call["x_direction"],
            "x_started": recording["x_started"],
            "x_saved": now,
            "x_hour": hour_of(recording["x_started"]),
        }
        self.store.put(scope.ns, "recording", saved["id"], saved)
        call["x_recordings"].append({"name": recording.get("name"), "id": saved["id"]})
        return saved

    def new_recording(self, group: str | None, name: str | None = None) -> Document:
        now = self.clock.time()
        rid = uuid.uuid4().hex.upper()[:32]
        return {
            "id": rid,
            "group": group,
            "name": name,
            "state": "recording",
            "x_started": now,
            "x_since": now,
            "x_elapsed": 0.0,
        }

    # --- configuration and callbacks ---------------------------------------------------------------

    def config_for(self, scope: Scope, no: str) -> Document | None:
        return self.store.get(scope.ns, "config", no) or self.store.get(scope.ns, "config", "DEFAULT")

    # --- logs ------------------------------------------------------------------------------------

    def log_entry(self, scope: Scope, call: Document) -> Document:
        connected = self.connected_ms(call)
        config = self.config_for(scope, call["x_config_no"])
        snapshot = None
        if config is not None:
            snapshot = {k: v for k, v in config.items() if k != "no"}
            snapshot["no"] = call["x_config_no"]
        return {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{scope.app_id}/{call['id']}")),
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id,
            "call_id": call["id"],
            "parent_call_id": call["x_parent_call_id"],
            "caller_no": call["no"],
            "api_no": call["caller_id_no"],
            "start_time": iso_ts(call["x_created"]),
            "end_time": iso_ts(call["x_ended"] or self.clock.time()),
            "type": "voice",
            "direction": call["x_direction"],
            "hangup_end": call["x_hangup_end"],
            "duration": round(((call["x_ended"] or self.clock.time()) - call["x_created"]) * 1000),
            "status": call["status"],
            "detection": call["detection"],
            "error": call["error"],
            "error_code": call["x_error_code"],
            "connect_time_billed": -(-connected // 60000) if connected else 0,
            "connect_time_sec": connected // 1000,
            "origin_api": call["x_origin_api"],
            "text_message": None,
            "config": snapshot,
            "sip": None,
            "charge": {"total": round(0.01 * -(-connected // 60000), 4)},
            "service": "programmable_voice",
            "lrn": None,
            "x_start": call["x_created"],
            "x_end": call["x_ended"] or self.clock.time(),
            "x_hour": hour_of(call["x_created"]),
        }
