"""The Call Flow engine: runs a call's actions until one blocks (COLLECT, CONFERENCE, QUEUE, TRANSFER, an
awaited WEBHOOK) or they run out, then asks the customer server for more (a live_call callback)."""

from __future__ import annotations

import copy
import json
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

from ...core.specs import dereference, load_spec, standalone
from ...core.store import Document
from ...core.validation import SchemaValidator
from . import jsexpr, outbox
from .base import E164, SIP
from .messages import MessagesState
from .rooms import Rooms
from .tenancy import API_ID, Scope

MAX_STEPS = 1000  # actions per run: a GOTO loop without a blocking action ends the call
WRITABLE = ("$sessionData", "$webhookData")


class CallFlowEngine(Rooms, MessagesState):
    @cached_property
    def response_validator(self) -> SchemaValidator:
        document = load_spec(API_ID)
        schema = dereference(document, document["components"]["schemas"]["CallFlowResponse"])
        return SchemaValidator(standalone(schema, document))

    # --- running ---------------------------------------------------------------------------------

    def start_actions(self, scope: Scope, call: Document, actions: list[Any]) -> None:
        """Replace what the call was doing with these actions (a callback answer or injected actions)."""
        if call["x_conference"] is not None:
            self.exit_conference(scope, call, resume=False)
        if call["x_queue"] is not None:
            self.dequeue(scope, call, resume=False)
        flow = call["x_flow"]
        flow["actions"] = copy.deepcopy(actions)
        flow["pc"] = 0
        flow["waiting"] = None
        self.run(scope, call)

    def resume(self, scope: Scope, call: Document) -> None:
        call["x_flow"]["waiting"] = None
        self.run(scope, call)

    def run(self, scope: Scope, call: Document) -> None:
        flow = call["x_flow"]
        steps = 0
        while call["status"] == "live-in-progress" and flow["waiting"] is None:
            if flow["pc"] >= len(flow["actions"]):
                if flow["callback"] is not None:
                    self.send_callback(scope, call, "live_call")
                break
            steps += 1
            if steps > MAX_STEPS:
                self.end(
                    scope,
                    call,
                    "error",
                    error="The call flow ran more than 1000 actions without waiting",
                    error_code=400902,
                )
                break
            action = flow["actions"][flow["pc"]]
            flow["pc"] += 1
            flow["executed"] += 1
            try:
                self.execute(scope, call, action)
            except jsexpr.ExpressionError as error:
                self.end(scope, call, "error", error=f"Expression error: {error}", error_code=400902)
        self.save_call(scope, call)

    def splice(self, call: Document, actions: list[Any] | None) -> None:
        flow = call["x_flow"]
        if actions:
            flow["actions"][flow["pc"] : flow["pc"]] = copy.deepcopy(actions)

    def variables(self, scope: Scope, call: Document) -> dict[str, Any]:
        flow = call["x_flow"]
        last = flow["last_collect"]
        presses = next((p["digits"] for p in reversed(call["x_key_presses"]) if p["name"] == last), "")
        conference = self.conference(scope, call["x_conference"] or "") if call["x_conference"] else None
        now_ms = int(self.clock.time() * 1000)
        natives = {
            "$config": self.config_for(scope, call["x_config_no"]),
            "$lastQueuePollConnectCall": call["x_last_poll_connect"],
            "$direction": call["x_direction"].upper(),
            "$keyPresses": presses,
            "$now": now_ms,
            "$callTime": now_ms - int(call["x_created"] * 1000),
            "$startTime": int(call["x_created"] * 1000),
            "$numConferenceParticipants": str(len(conference["participants"])) if conference else "0",
            "$callId": call["id"],
            "$parentCallID": call["x_parent_call_id"],
            "$appId": scope.app_id,
            "$collectAttempt": flow["attempts"].get(str(last), 0),
            "$callerNo": call["no"],
            "$apiNo": call["caller_id_no"],
            "$sessionData": call["session_data"] if call["session_data"] is not None else {},
            "$webhookData": flow["webhook_data"],
        }
        return {
            **natives,
            **flow["vars"],
            "$sessionData": natives["$sessionData"],
            "$webhookData": natives["$webhookData"],
        }

    def text(self, scope: Scope, call: Document, value: Any) -> Any:
        if not isinstance(value, str) or ("${" not in value and "{{" not in value):
            return value
        data = self.callback_payload(scope, call, "live_call")
        return jsexpr.interpolate(value, self.variables(scope, call), data)

    # --- actions ---------------------------------------------------------------------------------

    def execute(self, scope: Scope, call: Document, action: Document) -> None:
        if "x_wait" in action:
            call["x_flow"]["waiting"] = {"kind": action["x_wait"]}
            return
        kind = action.get("type")
        if kind is None:
            self.assign(scope, call, action)
            return
        params = action.get("params") or {}
        handler = getattr(self, f"_do_{kind.lower()}")
        handler(scope, call, action, params)

    def assign(self, scope: Scope, call: Document, assignments: dict[str, str]) -> None:
        before = self.variables(scope, call)
        after = jsexpr.assign(assignments, before)
        natives = set(before) - set(call["x_flow"]["vars"]) - set(WRITABLE)
        call["x_flow"]["vars"] = {k: v for k, v in after.items() if k not in natives and k not in WRITABLE}
        session = after.get("$sessionData")
        call["session_data"] = session if isinstance(session, dict) else call["session_data"]
        call["x_flow"]["webhook_data"] = after.get("$webhookData")

    def heard(self, call: Document, kind: str, **what: Any) -> None:
        call["x_heard"].append({"type": kind, **what})

    def _do_say(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.heard(
            call,
            "SAY",
            text=self.text(scope, call, params.get("text", "")),
            repeat=params.get("repeat", params.get("loop", 1)),
            voice=params.get("voice", "Kate"),
        )

    def _do_play(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.heard(
            call,
            "PLAY",
            url=self.text(scope, call, params.get("url")),
            dtmf=params.get("dtmf"),
            repeat=params.get("repeat", 1),
        )

    def _do_pause(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.heard(call, "PAUSE", seconds=params.get("seconds", 5))

    def _do_stop(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.heard(call, "STOP", actions=params.get("actions", "AUDIO"))

    def _do_label(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        return

    def _do_goto(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        flow = call["x_flow"]
        for index, candidate in enumerate(flow["actions"]):
            if candidate.get("type") == "LABEL" and candidate.get("name") == params["label"]:
                flow["pc"] = index + 1
                return
        self.end(scope, call, "error", error=f"GOTO: no LABEL named {params['label']!r}", error_code=400902)

    def _do_if(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        chosen = (
            action["then"]
            if jsexpr.truthy(action["condition"], self.variables(scope, call))
            else (action.get("orElse"))
        )
        self.splice(call, chosen)

    def _do_foreach(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        collection = jsexpr.evaluate(params["iterator"], self.variables(scope, call))
        items = (
            list(collection.items()) if isinstance(collection, dict) else list(enumerate(collection or []))
        )
        value_var = params.get("valueVar", "$val")
        key_var = params.get("keyVar", "$key")
        index_var = params.get("indexVar", "$index")
        block: list[Any] = []
        for index, (key, value) in enumerate(items):
            block.append({value_var: json.dumps(value), key_var: json.dumps(key), index_var: str(index)})
            block.extend(action["then"])
        self.splice(call, block)

    def _do_collect(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        flow = call["x_flow"]
        name = action.get("name") or f"collect_{flow['pc']}"
        flow["attempts"][name] = flow["attempts"].get(name, 0) + 1
        flow["last_collect"] = name
        for child in action.get("actions") or []:
            self.execute(scope, call, child)
        flow["waiting"] = {
            "kind": "collect",
            "name": name,
            "num_digits": params.get("num_digits", 1),
            "finish_on_key": params.get("finish_on_key", "#"),
        }

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

    def _do_hangup(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.end(scope, call, "completed", hangup_end="api")

    def _do_reject(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        if call["x_flow"]["executed"] == 1 and call["x_direction"] == "inbound":
            call["x_answered"] = None  # rejected before answering: connect time 0
            self.end(
                scope, call, "busy" if params.get("reason", "busy") == "busy" else "failed", hangup_end="api"
            )
        else:
            self.end(scope, call, "completed", hangup_end="api")

    def _do_sessiondata(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        call["session_data"] = action["session_data"]

    def _do_redirect(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        flow = call["x_flow"]
        current = flow["callback"] or {}
        flow["callback"] = {
            **current,
            "url": urljoin(current.get("url", ""), str(self.text(scope, call, params["url"]))),
            **{k: params[k] for k in ("method", "headers", "content_type") if k in params},
        }

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
        to = str(self.text(scope, call, params["no"]))
        caller_id = params.get("caller_id_no") or call["caller_id_no"]
        session = action.get("session_data", params.get("session_data"))
        if isinstance(session, str):
            session = jsexpr.evaluate(session, self.variables(scope, call))
        if not (E164.fullmatch(to) or SIP.fullmatch(to)) or self.caller_identity(scope, caller_id) is None:
            self.send_callback(scope, call, "failed_call")
            call["x_flow"]["waiting"] = None
            self.splice(call, (action.get("events") or {}).get("on_error"))
            return
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
        self.ring(scope, leg)
        self.run(scope, leg)

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
        if event == "stop":
            leg = self.find_call(scope, call["x_bridged_to"]) if call["x_bridged_to"] else None
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
        leg["status"], leg["x_answered"], leg["detection"] = (
            "live-in-progress",
            self.clock.time(),
            "live_person",
        )
        leg["x_bridged_to"], call["x_bridged_to"] = call["id"], leg["id"]
        leg["x_flow"]["waiting"] = {"kind": "bridged"}
        self.save_call(scope, leg)
        if not is_async:
            call["x_flow"]["waiting"] = {"kind": "transfer", "leg": leg["id"]}

    def _do_detect(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        events = action.get("events") or {}
        detected = call["detection"] or self.app_settings(scope)["answered_by"]
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
            "timeout": params.get("timeout", 30),
        }
        data = params.get("webhook_data", {})
        if isinstance(data, str):
            data = jsexpr.evaluate(data, self.variables(scope, call))
        payload = self.callback_payload(scope, call, "live_call")
        payload.update({"is_webhook": True, "event_name": params["event_name"], "webhook_data": data})
        on_error = (action.get("events") or {}).get("on_error")
        delivery = outbox.enqueue(self.store, scope, "webhook", endpoint, payload, call_id=call["id"])
        if params.get("await_response") or on_error:
            flow["waiting"] = {"kind": "webhook", "delivery": delivery["id"], "on_error": on_error}

    # --- answers from customer servers -----------------------------------------------------------

    def on_answer(self, scope: Scope, delivery: Document) -> None:
        call = self.find_call(scope, delivery.get("call_id") or "") if delivery.get("call_id") else None
        if call is None or call["status"] != "live-in-progress":
            return
        flow = call["x_flow"]
        status = delivery["response_status"]
        if delivery["kind"] == "webhook":
            waiting = flow["waiting"] or {}
            if waiting.get("kind") == "webhook" and waiting.get("delivery") == delivery["id"]:
                flow["waiting"] = None
                if status is not None and 200 <= status < 300:
                    if isinstance(delivery["response_body"], dict):
                        flow["webhook_data"] = delivery["response_body"]
                elif delivery["state"] != "recorded":
                    self.splice(call, waiting.get("on_error"))
                self.run(scope, call)
            return
        if delivery["kind"] != "voice_callback" or delivery["callback_type"] not in (
            "init_call",
            "live_call",
        ):
            return
        if (flow["waiting"] or {}).get("kind") != "callback":
            return
        if delivery["state"] == "recorded":
            return  # not a loopback URL: nobody can answer, the call waits for the REST API
        inbound = call["x_direction"] == "inbound"
        if status is None or not 200 <= status < 300:
            if flow["failover"] is not None and not delivery.get("failover"):
                self.send_callback(scope, call, delivery["callback_type"], endpoint=flow["failover"])
                self.save_call(scope, call)
                return
            code = 400901 if inbound else 400911
            why = delivery["error"] or f"The callback answered {status}"
            self.end(scope, call, "completed", error=why, error_code=code)
            self.save_call(scope, call)
            return
        if status == 204 or delivery["response_body"] in (None, ""):
            self.end(scope, call, "completed", hangup_end="api")
            self.save_call(scope, call)
            return
        body = delivery["response_body"]
        if isinstance(body, list):
            body = {"actions": body}
        elif isinstance(body, dict) and "actions" not in body and "type" in body:
            body = {"actions": [body]}
        problem = self.response_validator.message(body)
        if problem is not None:
            self.end(
                scope,
                call,
                "completed",
                error=f"Your callback response did not contain JSON actions: {problem}",
                error_code=400902 if inbound else 400913,
            )
            self.save_call(scope, call)
            return
        self.start_actions(scope, call, body["actions"])
