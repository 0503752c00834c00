"""A call's life by the far-end model: ringing, then answered, busy, failed or unanswered; the far end's
key presses and hang-up; the ring timeout and max_call_time. Each step is a timeline event."""

from __future__ import annotations

from typing import Any

from ...core.farend import FarEnd
from ...core.store import Document, Event
from .calls_state import DTMF, FAR_END, MAX_CALL_TIME, PICKUP, RING_TIMEOUT
from .rooms import Rooms
from .tenancy import API_ID, Scope, iso_ts
from .timing import inbound_answer_after

# The documentation gives no error codes for calls that never connect; the emulator reports the SIP response
# the far end's network would give (a far-end rule's details {"sip_code": N} chooses another).
FAILURES = {
    "busy": (486, "The far end was busy"),
    "no-answer": (480, "The far end did not answer before the ring timeout"),
    "failed": (503, "The call could not be connected"),
}
STATUS_OF_OUTCOME = {"busy": "busy", "rejected": "busy", "failed": "failed"}


class Lifecycle(Rooms):
    def register_lifecycle(self) -> None:
        timeline = self.env.timeline
        timeline.on(FAR_END, self._on_far_end)
        timeline.on(RING_TIMEOUT, self._on_ring_timeout)
        timeline.on(MAX_CALL_TIME, self._on_max_call_time)
        timeline.on(PICKUP, self._on_pickup)
        timeline.on(DTMF, self._on_dtmf)

    def far_end_rule(self, scope: Scope, no: str) -> FarEnd:
        return self.env.farend.rule(API_ID, scope.app_id, no)

    # --- outbound --------------------------------------------------------------------------------

    def dial_out(self, scope: Scope, call: Document, failed_to: Document | None) -> None:
        """An outbound call (Make Call, DIAL, TRANSFER) rings the dialled number, which answers, refuses or
        lets it ring until the call's timeout, as its far-end rule says."""
        rule = self.far_end_rule(scope, call["no"])
        call["status"] = "live-ringing"
        call["x_farend"] = rule.to_json()
        call["x_failed_to"] = failed_to
        if rule.outcome != "no_answer" and rule.answer_after_s < call["x_timeout"]:
            what = "answer" if rule.answers else STATUS_OF_OUTCOME[rule.outcome]
            self.schedule(scope, call, rule.answer_after_s, FAR_END, what=what)
        self.schedule(scope, call, call["x_timeout"], RING_TIMEOUT)
        self.save_call(scope, call)

    def never_connected(self, scope: Scope, call: Document, status: str) -> None:
        code, why = FAILURES[status]
        sip_code = ((call["x_farend"] or {}).get("details") or {}).get("sip_code")
        if isinstance(sip_code, int) and not isinstance(sip_code, bool):
            code = sip_code
        self.end(scope, call, status, hangup_end="caller", error=why, error_code=code)

    # --- inbound ---------------------------------------------------------------------------------

    def receive_call(self, scope: Scope, call: Document, number: Document) -> None:
        """A call to one of our numbers rings while its init_call callback asks what to do (pre-connect);
        it is answered after its configuration's answer_on_ring rings, the answer's actions known."""
        call["status"] = "live-ringing"
        config = self.config_for(scope, call["x_config_no"])
        if number["assigned_to"] != "CallFlows" or config is None:
            self.end(
                scope, call, "failed", hangup_end="api", error="No Call Flow configuration", error_code=400900
            )
            return
        call["x_farend"] = self.far_end_rule(scope, call["no"]).to_json()  # the caller: its keys, its hang-up
        call["x_answer_at"] = self.clock.time() + inbound_answer_after(config.get("answer_on_ring"))
        flow = call["x_flow"]
        flow["callback"] = config["callback"]
        flow["failover"] = config.get("callback_failover")
        self.send_callback(scope, call, "init_call")
        self.save_call(scope, call)

    def pick_up_after_rings(self, scope: Scope, call: Document, actions: list[Any]) -> None:
        """The init_call answer is in: pick up once the rings are over (at once if they already are)."""
        call["x_flow"]["pending"] = actions
        self.wait(call, {"kind": "ringing"})
        self.schedule(scope, call, max(0.0, (call["x_answer_at"] or 0) - self.clock.time()), PICKUP)

    def _on_pickup(self, event: Event) -> None:
        found = self.event_call(event.payload)
        if found is None or found[1]["status"] != "live-ringing":
            return
        scope, call = found
        actions = call["x_flow"]["pending"] or []
        call["x_flow"]["pending"] = None
        first = actions[0] if actions and isinstance(actions[0], dict) else {}
        if first.get("type") == "REJECT":  # rejected before answering: a connect time of 0
            reason = (first.get("params") or {}).get("reason", "busy")
            self.end(scope, call, "busy" if reason == "busy" else "failed", hangup_end="api")
            return
        self.answer(scope, call, "live_person")
        self.start_actions(scope, call, actions)

    # --- both ------------------------------------------------------------------------------------

    def answer(self, scope: Scope, call: Document, detection: str = "live_person") -> None:
        """The call connects: the far end's own timers start, and an outbound call asks its Call Flow."""
        call["status"] = "live-in-progress"
        call["x_answered"] = self.clock.time()
        call["date"] = iso_ts(call["x_answered"])
        call["detection"] = detection
        rule = call["x_farend"] or {}
        if rule.get("talk_s") is not None:
            self.schedule(scope, call, float(rule["talk_s"]), FAR_END, what="hangup")
        for step in rule.get("dtmf") or []:
            self.schedule(scope, call, float(step["at_s"]), DTMF, digits=str(step["digits"]))
        self.schedule(scope, call, call["x_max_call_time"], MAX_CALL_TIME)
        if call["x_origin_api"] == "Transfer":
            self.bridge_transfer(scope, call)
        elif call["x_direction"] == "outbound":
            config = self.config_for(scope, call["x_config_no"])
            if config is not None:
                call["x_flow"]["callback"] = config["callback"]
                call["x_flow"]["failover"] = config.get("callback_failover")
                self.send_callback(scope, call, "init_call")
        self.save_call(scope, call)

    def bridge_transfer(self, scope: Scope, leg: Document) -> None:
        """Overridden by the TRANSFER action: an answered transfer leg is bridged to its caller."""

    def _on_far_end(self, event: Event) -> None:
        found = self.event_call(event.payload)
        if found is None:
            return
        scope, call = found
        what = event.payload["what"]
        if what == "hangup":
            if call["status"] == "live-in-progress":
                self.end(scope, call, "completed", hangup_end="caller")
        elif call["status"] == "live-ringing":
            if what == "answer":
                machine = (call["x_farend"] or {}).get("outcome") == "machine"
                self.answer(scope, call, "voicemail" if machine else "live_person")
                self.run(scope, call)
            else:
                self.never_connected(scope, call, what)

    def _on_ring_timeout(self, event: Event) -> None:
        found = self.event_call(event.payload)
        if found is not None and found[1]["status"] in ("live-queued", "live-ringing"):
            self.never_connected(found[0], found[1], "no-answer")

    def _on_max_call_time(self, event: Event) -> None:
        found = self.event_call(event.payload)
        if found is not None and found[1]["status"] == "live-in-progress":
            self.end(found[0], found[1], "completed", hangup_end="api")

    def _on_dtmf(self, event: Event) -> None:
        found = self.event_call(event.payload)
        if found is not None and found[1]["status"] == "live-in-progress":
            self.press(found[0], found[1], event.payload["digits"])

    # --- what the call flow engine provides ------------------------------------------------------

    def run(self, scope: Scope, call: Document) -> None:
        """Overridden by the call flow engine."""

    def start_actions(self, scope: Scope, call: Document, actions: list[Any]) -> None:
        """Overridden by the call flow engine."""

    def press(self, scope: Scope, call: Document, digits: str) -> None:
        """Overridden by the call flow engine."""
