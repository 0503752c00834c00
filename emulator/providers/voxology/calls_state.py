"""Live calls: their lifecycle (queued, ringing, in progress, a final status), callbacks and logs."""

from __future__ import annotations

import uuid
from typing import Any

from ...core.store import Document
from . import outbox
from .base import VoxologyBase, country_of
from .tenancy import Scope, iso_ts

LIVE = ("live-queued", "live-ringing", "live-in-progress")
FINAL = ("completed", "no-answer", "busy", "canceled", "failed", "restricted", "error", "unknown")


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
                "webhook_data": None,
            },
        }
        self.save_call(scope, call)
        return call

    def save_call(self, scope: Scope, call: Document) -> None:
        self.store.put(scope.ns, "call", call["id"], call)

    def find_call(self, scope: Scope, call_id: str) -> Document | None:
        call = self.store.get(scope.ns, "call", call_id)
        if call is not None and self.tick(scope, call):
            self.save_call(scope, call)
        return call

    def live_calls(self, scope: Scope) -> list[Document]:
        calls = []
        for call in self.store.list(scope.ns, "call"):
            if self.tick(scope, call):
                self.save_call(scope, call)
            if call["status"] in LIVE:
                calls.append(call)
        return calls

    def tick(self, scope: Scope, call: Document) -> bool:
        """Apply what the clock decided since the call was last seen: ring timeout, max call time."""
        now = self.clock.time()
        if call["status"] in ("live-queued", "live-ringing") and now - call["x_created"] > call["x_timeout"]:
            self.end(scope, call, "no-answer", hangup_end="caller", save=False)
            return True
        if call["status"] == "live-in-progress" and now - call["x_answered"] > call["x_max_call_time"]:
            self.end(scope, call, "completed", hangup_end="api", save=False)
            return True
        return False

    def view(self, call: Document) -> Document:
        """The LiveCalls form of a call."""
        view = {k: v for k, v in call.items() if not k.startswith("x_")}
        view["connected_time"] = self.connected_ms(call)
        return view

    def connected_ms(self, call: Document) -> int:
        if call["x_answered"] is None:
            return 0
        end = call["x_ended"] if call["x_ended"] is not None else self.clock.time()
        return max(0, int((end - call["x_answered"]) * 1000))

    # --- lifecycle -------------------------------------------------------------------------------

    def ring(self, scope: Scope, call: Document) -> None:
        call["status"] = "live-ringing"
        settings = self.app_settings(scope)
        if call["x_direction"] == "inbound" or settings["answer"] == "answer":
            self.answer(scope, call, settings["answered_by"])
        elif settings["answer"] in ("busy", "no-answer", "failed"):
            self.end(scope, call, settings["answer"], hangup_end="caller")

    def answer(self, scope: Scope, call: Document, answered_by: str = "live_person") -> None:
        call["status"] = "live-in-progress"
        call["x_answered"] = self.clock.time()
        call["date"] = iso_ts(call["x_answered"])
        call["detection"] = answered_by
        config = self.config_for(scope, call["x_config_no"])
        flow = call["x_flow"]
        if config is not None:
            flow["callback"] = config["callback"]
            flow["failover"] = config.get("callback_failover")
            self.send_callback(scope, call, "init_call")
        self.save_call(scope, call)

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
        self.leave_everything(scope, call)
        if call["x_message"] is not None:  # a RECORDMESSAGE not discarded is saved when the call ends
            self.save_recording(scope, call, call["x_message"])
            call["x_message"] = None
        if call["x_recording"] is not None:
            self.save_recording(scope, call, call["x_recording"])
            call["x_recording"] = None
        if call["x_flow"]["callback"] is not None:
            self.send_callback(scope, call, "end_call")
        self.store.put(scope.ns, "log", call["id"], self.log_entry(scope, call))
        if save:
            self.save_call(scope, call)

    def leave_everything(self, scope: Scope, call: Document) -> None:
        """Overridden by conferences and queues: the call leaves them when it ends."""

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
            "api_no": call["caller_id_no"],
            "caller_no_country": country_of(call["no"]) if call["no"].startswith("+") else None,
            "api_no_country": country_of(call["caller_id_no"]),
            "start_time": iso_ts(call["x_created"]),
            "direction": "inbound" if inbound else "outbound",
            "duration": int(((call["x_ended"] or self.clock.time()) - call["x_created"]) * 1000),
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
        flow = call["x_flow"]
        target = endpoint or flow["callback"]
        if target is None:
            return
        outbox.enqueue(
            self.store,
            scope,
            "voice_callback",
            target,
            self.callback_payload(scope, call, kind),
            call_id=call["id"],
            callback_type=kind,
            failover=endpoint is not None,
        )
        if kind in ("init_call", "live_call"):
            flow["waiting"] = {"kind": "callback"}

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
            "duration": int(((call["x_ended"] or self.clock.time()) - call["x_created"]) * 1000),
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
        }
