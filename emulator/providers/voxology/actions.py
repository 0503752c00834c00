"""Call Flow actions that reach beyond the call: conferences, queues, recordings, SMS, DIAL, TRANSFER,
DETECT and WEBHOOK, and the key presses they listen to."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ...core.store import Document
from . import jsexpr
from .base import E164, SIP
from .engine import CallFlowEngine
from .rooms import KEY_CONTROLS
from .tenancy import Scope

WEBHOOK_TIMEOUT_S = 30  # the documented default (1 to 30 s)


class CallActions(CallFlowEngine):
    def _do_conference(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        events = action.get("events") or {}
        name = str(self.text(scope, call, params["name"]))
        error = self.join(scope, call, name, params)
        if error is not None:
            self.splice(call, (events.get(error) or []) + (events.get("on_enter_error") or []))
            return
        conference = self.conference(scope, name) or {"participants": []}
        handlers: list[Any] = []
        if len(conference["participants"]) == 1:
            handlers += events.get("on_enter_alone") or []
        handlers += (
            events.get(
                "on_enter_started" if conference.get("status") == "in-progress" else "on_enter_waiting"
            )
            or []
        )
        handlers += events.get("on_enter") or []
        self.splice(call, [*handlers, {"x_wait": "conference"}])

    def _do_queue(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        events = action.get("events") or {}
        name = str(self.text(scope, call, params["name"]))
        event = params.get("event", "offer")
        if event == "offer":
            error = self.offer(scope, call, name, params.get("max_calls"))
            if error is not None:
                self.splice(call, (events.get(error) or []) + (events.get("on_enter_error") or []))
                return
            tail = [] if params.get("async") else [{"x_wait": "queue"}]
            self.splice(call, [*(events.get("on_enter") or []), *tail])
        elif event in ("poll", "poll_connect"):
            queue = self.queue(scope, name)
            if queue is None or not queue["calls"]:
                self.splice(call, events.get("on_enter_error"))
                return
            polled = self.find_call(scope, queue["calls"][0]["call_id"])
            if polled is None:
                return
            self.dequeue(scope, polled, resume=event == "poll")
            if event == "poll_connect":
                polled["x_bridged_to"], call["x_bridged_to"] = call["id"], polled["id"]
                polled["x_flow"]["waiting"] = {"kind": "bridged"}
                call["x_last_poll_connect"] = {"id": polled["id"], "no": polled["no"]}
            self.save_call(scope, polled)
        elif event == "remove":
            self.dequeue(scope, call, resume=False)

    def _do_record(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.recording_action(
            scope, call, params.get("action", "start"), params.get("group") or call["no"], action.get("name")
        )

    def recording_action(self, scope: Scope, call: Document, what: str, group: str | None, name: Any) -> bool:
        """Start, pause, resume or stop the call recording; False when that makes no sense now."""
        recording = call["x_recording"]
        now = self.clock.time()
        if what == "start":
            if recording is not None:
                return False
            call["x_recording"] = self.new_recording(group, name)
        elif recording is None:
            return False
        elif what == "pause":
            if recording["state"] != "recording":
                return False
            recording["x_elapsed"] += now - recording["x_since"]
            recording["x_since"], recording["state"] = None, "paused"
        elif what == "resume":
            if recording["state"] != "paused":
                return False
            recording["x_since"], recording["state"] = now, "recording"
        else:
            self.save_recording(scope, call, recording)
            call["x_recording"] = None
        return True

    def _do_recordmessage(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        what = params.get("action", "start")
        events = action.get("events") or {}
        if what == "start":
            call["x_message"] = self.new_recording(
                params.get("group") or call["caller_id_no"], action.get("name")
            )
        elif call["x_message"] is None:
            self.splice(call, events.get("on_error"))
        elif what == "play":
            self.heard(call, "PLAY", recording=call["x_message"]["id"])
        elif what == "discard":
            call["x_message"] = None
        else:
            self.save_recording(scope, call, call["x_message"])
            call["x_message"] = None
            self.splice(call, events.get("on_save"))

    def _do_sms(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        sender = params.get("caller_id_no") or call["caller_id_no"]
        to = params.get("no") or call["no"]
        if self.number(scope, sender) is None:
            self.heard(call, "SMS", error=f"{sender} is not a number of this application")
            return
        self.send_sms(scope, sender, to, str(self.text(scope, call, params["message"])), origin="CallFlows")

    def _do_dial(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        """A new, independent outbound call; when it never connects (a bad number, busy, unanswered, failed),
        the failed_call callback goes to this call's Call Flow."""
        to = str(self.text(scope, call, params["no"]))
        caller_id = params.get("caller_id_no") or call["caller_id_no"]
        session = action.get("session_data", params.get("session_data"))
        if isinstance(session, str):
            session = jsexpr.evaluate(session, self.variables(scope, call))
        leg = self.new_call(
            scope,
            direction="outbound",
            far_no=to,
            api_no=caller_id,
            config_no=params.get("override_callback_config") or caller_id,
            session_data=session,
            parent_call_id=call["id"],
            timeout=params.get("timeout", 50),
            max_call_time=params.get("max_call_time", 86400),
        )
        if not (E164.fullmatch(to) or SIP.fullmatch(to)) or self.caller_identity(scope, caller_id) is None:
            leg["x_failed_to"] = call["x_flow"]["callback"]
            why = (
                f"{to} is not a number or SIP address"
                if not (E164.fullmatch(to) or SIP.fullmatch(to))
                else (f"{caller_id} is neither a routed CallFlows number nor a verified Caller ID here")
            )
            self.end(scope, leg, "failed", hangup_end="api", error=why, error_code=400001)
            self.splice(call, (action.get("events") or {}).get("on_error"))
            return
        self.dial_out(scope, leg, call["x_flow"]["callback"])

    def _do_transfer(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.transfer(
            scope,
            call,
            params.get("no"),
            params.get("caller_id_no"),
            params.get("event", "start"),
            bool(params.get("async", False)),
        )

    def transfer(
        self, scope: Scope, call: Document, to: Any, caller_id: Any, event: str, is_async: bool
    ) -> None:
        """The caller is connected to another number once it answers (its far-end rule decides); a blocking
        transfer holds the flow until that leg ends, or goes on at once if it never connects."""
        if event == "stop":
            leg = self.find_call(scope, call["x_bridged_to"] or call["x_flow"].get("transfer_leg") or "")
            if leg is not None:
                self.end(scope, leg, "completed", hangup_end="api")
                self.save_call(scope, leg)
            call["x_bridged_to"] = None
            return
        leg = self.new_call(
            scope,
            direction="outbound",
            far_no=str(self.text(scope, call, to)),
            api_no=caller_id or call["no"],
            config_no="",
            parent_call_id=call["id"],
            origin_api="Transfer",
        )
        call["x_flow"]["transfer_leg"] = leg["id"]
        self.dial_out(scope, leg, None)
        if not is_async:
            self.wait(call, {"kind": "transfer", "leg": leg["id"]})

    def bridge_transfer(self, scope: Scope, leg: Document) -> None:
        caller = self.find_call(scope, leg["x_parent_call_id"] or "")
        if caller is None or caller["status"] != "live-in-progress":
            self.end(scope, leg, "completed", hangup_end="api")
            return
        leg["x_bridged_to"], caller["x_bridged_to"] = caller["id"], leg["id"]
        self.wait(leg, {"kind": "bridged"})
        self.save_call(scope, caller)

    def unanswered(self, scope: Scope, call: Document) -> None:
        if call["x_origin_api"] != "Transfer" or call["x_answered"] is not None:
            return
        caller = self.find_call(scope, call["x_parent_call_id"] or "")
        waiting = (caller or {}).get("x_flow", {}).get("waiting") or {}
        if caller is not None and waiting.get("kind") == "transfer" and waiting.get("leg") == call["id"]:
            self.resume(scope, caller)
            self.save_call(scope, caller)

    def _do_detect(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        events = action.get("events") or {}
        detected = call["detection"] or "live_person"
        call["detection"] = detected
        if detected == "voicemail":
            self.splice(call, (events.get("on_voicemail_early") or []) + (events.get("on_voicemail") or []))
        else:
            self.splice(call, events.get("on_live_person"))

    def _do_webhook(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        flow = call["x_flow"]
        base = flow["callback"] or {}
        endpoint = {
            "url": urljoin(base.get("url", ""), params.get("url", base.get("url", ""))),
            "method": params.get("method", base.get("method", "POST")),
            "content_type": params.get("content_type", base.get("content_type", "application/json")),
            "headers": params.get("headers", base.get("headers") or {}),
        }
        data = params.get("webhook_data", {})
        if isinstance(data, str):
            data = jsexpr.evaluate(data, self.variables(scope, call))
        payload = self.callback_payload(scope, call, "live_call")
        payload.update({"is_webhook": True, "event_name": params["event_name"], "webhook_data": data})
        on_error = (action.get("events") or {}).get("on_error")
        awaited = bool(params.get("await_response") or on_error)
        delivery = self.deliver(
            scope,
            "webhook",
            endpoint,
            payload,
            reply=awaited,
            timeout_s=float(params.get("timeout", WEBHOOK_TIMEOUT_S)),
            call_id=call["id"],
        )
        if awaited:
            self.wait(call, {"kind": "webhook", "delivery": delivery["id"], "on_error": on_error})

    # --- keys ------------------------------------------------------------------------------------

    def conference_keys(self, scope: Scope, call: Document, digits: str) -> None:
        """A participant's mute_on_key, unmute_on_key and exit_on_key combinations (e.g. "#0")."""
        name = call["x_conference"]
        conference = self.conference(scope, name) if name else None
        me = next(
            (p for p in (conference or {}).get("participants", []) if p["call"]["id"] == call["id"]), None
        )
        if me is None:
            return
        keys = {k: v for k, v in (me.get("x_keys") or {}).items() if v and v != "off"}
        flow = call["x_flow"]
        for key in digits:
            flow["typed"] = (flow.get("typed", "") + key)[-8:]
            matched = [k for k in KEY_CONTROLS if k in keys and flow["typed"].endswith(keys[k])]
            if not matched:
                continue
            flow["typed"] = ""
            what = max(matched, key=lambda k: len(keys[k]))  # the longest combination that was just typed
            if what == "exit_on_key":
                self.exit_conference(scope, call)
                return
            self.set_participant(scope, call, name, muted=what == "mute_on_key")

    def rest_collect_keys(self, scope: Scope, call: Document, waiting: Document, digits: str) -> None:
        """Collect Digits (REST): the keys go to its callback as a Live Collect request."""
        finish = waiting.get("finish_on_key", "#")
        kept = digits.split(finish)[0] if finish and finish != "off" else digits
        kept = kept[: waiting.get("num_digits", len(kept))]
        call["x_key_presses"].append({"name": "collect", "digits": kept, "history": [kept]})
        payload = self.callback_payload(scope, call, "live_call")
        self.deliver(scope, "live_collect", waiting["callback"], payload, call_id=call["id"])
        call["x_flow"]["waiting"] = None
