"""The Call Flow engine: runs a call's actions until one takes time (SAY, PLAY, PAUSE), blocks (COLLECT,
CONFERENCE, QUEUE, TRANSFER, an awaited WEBHOOK) or they run out, then asks the customer server for more (a
live_call callback). Timed actions and COLLECT timeouts resume the call from the timeline."""

from __future__ import annotations

import copy
import json
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

from ...core.specs import dereference, load_spec, standalone
from ...core.store import Document, Event
from ...core.validation import SchemaValidator
from . import jsexpr, timing
from .callbacks import location_fields
from .calls_state import COLLECT_TIMEOUT, FLOW_RESUME
from .lifecycle import Lifecycle
from .messages import MessagesState
from .tenancy import API_ID, Scope

MAX_STEPS = 1000  # actions per run: a GOTO loop without a blocking action ends the call
WRITABLE = ("$sessionData", "$webhookData")


class CallFlowEngine(Lifecycle, MessagesState):
    def register_engine(self) -> None:
        self.env.timeline.on(FLOW_RESUME, self._on_flow_resume)
        self.env.timeline.on(COLLECT_TIMEOUT, self._on_collect_timeout)

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
        flow["frames"] = []
        flow["waiting"] = None
        self.run(scope, call)

    def resume(self, scope: Scope, call: Document) -> None:
        call["x_flow"]["waiting"] = None
        self.run(scope, call)

    def run(self, scope: Scope, call: Document) -> None:
        """Run actions from the flow's position while the call is in progress and nothing is awaited."""
        flow = call["x_flow"]
        steps = 0
        while call["status"] == "live-in-progress" and flow["waiting"] is None:
            # The innermost block running: an IF branch, a loop body, event handlers, else the answer.
            frame = flow["frames"][-1] if flow.get("frames") else flow
            if frame["pc"] >= len(frame["actions"]):
                if frame is not flow:
                    flow["frames"].pop()
                    continue
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
            action = frame["actions"][frame["pc"]]
            frame["pc"] += 1
            flow["executed"] += 1
            try:
                self.execute(scope, call, action)
            except jsexpr.ExpressionError as error:
                self.end(scope, call, "error", error=f"Expression error: {error}", error_code=400902)
        self.save_call(scope, call)

    def splice(self, call: Document, actions: list[Any] | None) -> None:
        """Run these actions next, as a block of their own: once done, the flow goes on after the action
        that chose them (the block is not kept in the call's actions, so a loop meets the choice afresh)."""
        if actions:
            call["x_flow"].setdefault("frames", []).append({"actions": copy.deepcopy(actions), "pc": 0})

    def variables(self, scope: Scope, call: Document) -> dict[str, Any]:
        flow = call["x_flow"]
        last = flow["last_collect"]
        conference = self.conference(scope, call["x_conference"] or "") if call["x_conference"] else None
        now_ms = int(self.clock.time() * 1000)
        natives = {
            "$config": self.config_for(scope, call["x_config_no"]),
            "$lastQueuePollConnectCall": call["x_last_poll_connect"],
            "$direction": call["x_direction"].upper(),
            "$keyPresses": flow.get("last_digits", ""),
            "$now": now_ms,
            "$callTime": round((self.clock.time() - call["x_created"]) * 1000),
            "$startTime": int(call["x_created"] * 1000),
            "$numConferenceParticipants": str(len(conference["participants"])) if conference else "0",
            "$callId": call["id"],
            "$parentCallID": call["x_parent_call_id"],
            "$appId": scope.app_id,
            "$collectAttempt": flow["attempts"].get(str(last), 0),
            "$callerNo": call["no"],
            **_location_variables("$callerNo", call["no"]),
            "$apiNo": call["caller_id_no"],
            **_location_variables("$apiNo", call["caller_id_no"]),
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
            self.wait(call, {"kind": action["x_wait"]})
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

    def media(self, scope: Scope, call: Document, action: Document) -> float:
        """Start a SAY, PLAY or PAUSE (what the caller hears); how long it takes."""
        params = action.get("params") or {}
        kind = action.get("type")
        if kind == "SAY":
            text = str(self.text(scope, call, params.get("text", "")))
            repeat = params.get("repeat", params.get("loop", 1))
            self.heard(call, "SAY", text=text, repeat=repeat, voice=params.get("voice", "Kate"))
            return timing.say_seconds(text, params)
        if kind == "PLAY":
            url = self.text(scope, call, params.get("url"))
            self.heard(call, "PLAY", url=url, dtmf=params.get("dtmf"), repeat=params.get("repeat", 1))
            return timing.play_seconds(params)
        if kind == "PAUSE":
            self.heard(call, "PAUSE", seconds=params.get("seconds", 5))
            return timing.pause_seconds(params)
        return 0.0

    def play_for(self, scope: Scope, call: Document, seconds: float, stop_on_key: bool) -> None:
        """The flow goes on once the audio has played (or a key stops it, with stop_on_key)."""
        if seconds <= 0:
            return
        epoch = self.wait(call, {"kind": "media", "stop_on_key": stop_on_key})
        self.schedule(scope, call, seconds, FLOW_RESUME, epoch=epoch)

    def _do_say(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.play_for(scope, call, self.media(scope, call, action), bool(params.get("stop_on_key")))

    def _do_play(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.play_for(scope, call, self.media(scope, call, action), bool(params.get("stop_on_key")))

    def _do_pause(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.play_for(scope, call, self.media(scope, call, action), False)

    def _do_stop(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.heard(call, "STOP", actions=params.get("actions", "AUDIO"))

    def _do_label(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        return

    def _do_goto(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        flow = call["x_flow"]
        frames = [flow, *flow.get("frames", [])]
        for depth in range(len(frames) - 1, -1, -1):  # the nearest block holding the LABEL
            for index, candidate in enumerate(frames[depth]["actions"]):
                if candidate.get("type") == "LABEL" and candidate.get("name") == params["label"]:
                    flow["frames"] = flow.get("frames", [])[:depth]
                    frames[depth]["pc"] = index + 1
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
        """Its child SAY / PLAY / PAUSE play first (the first key press stops them); then it waits `timeout`
        ms for each key press. Without one, the flow goes on with $keyPresses == ''."""
        flow = call["x_flow"]
        name = action.get("name") or f"collect_{flow['pc']}"
        flow["attempts"][name] = flow["attempts"].get(name, 0) + 1
        flow["last_collect"] = name
        flow["last_digits"] = ""
        prompts = sum(self.media(scope, call, child) for child in action.get("actions") or [])
        timeout = params.get("timeout", 5000)
        timeout_s = float(timeout) / 1000 if isinstance(timeout, int | float) else 5.0
        waiting = {
            "kind": "collect",
            "name": name,
            "num_digits": params.get("num_digits", 1),
            "finish_on_key": params.get("finish_on_key", "#"),
            "timeout_s": timeout_s,
            "digits": "",
        }
        epoch = self.wait(call, waiting)
        self.schedule(scope, call, prompts + timeout_s, COLLECT_TIMEOUT, epoch=epoch)

    def collected(self, scope: Scope, call: Document, digits: str) -> None:
        """A COLLECT is over: its digits are the call's key presses under its name, the flow goes on."""
        flow = call["x_flow"]
        name = flow["waiting"]["name"]
        flow["last_digits"] = digits
        if digits:
            previous = next((p for p in call["x_key_presses"] if p["name"] == name), None)
            if previous is None:
                call["x_key_presses"].append({"name": name, "digits": digits, "history": [digits]})
            else:
                previous["digits"] = digits
                previous["history"].append(digits)
        self.resume(scope, call)

    # --- key presses -----------------------------------------------------------------------------

    def press(self, scope: Scope, call: Document, digits: str) -> None:
        """Keys the far end presses: what a waiting COLLECT, conference or playing audio makes of them."""
        waiting = call["x_flow"]["waiting"] or {}
        kind = waiting.get("kind")
        if kind == "collect":
            self.collect_keys(scope, call, waiting, digits)
        elif kind == "rest_collect":
            self.rest_collect_keys(scope, call, waiting, digits)
        elif kind == "conference":
            self.conference_keys(scope, call, digits)
        else:
            call["x_heard"].append({"type": "DTMF", "digits": digits})
            if kind == "media" and waiting.get("stop_on_key"):
                self.resume(scope, call)
        self.save_call(scope, call)

    def collect_keys(self, scope: Scope, call: Document, waiting: Document, digits: str) -> None:
        finish = {"pound": "#"}.get(waiting["finish_on_key"], waiting["finish_on_key"])
        wanted = waiting["num_digits"]
        for key in digits:
            if finish not in ("off", "", None) and key == finish:
                self.collected(scope, call, waiting["digits"])
                return
            waiting["digits"] += key
            if isinstance(wanted, int | float) and len(waiting["digits"]) >= wanted:
                self.collected(scope, call, waiting["digits"])
                return
        # More keys are wanted: the prompts have stopped, and the timeout starts again from this press.
        epoch = self.wait(call, waiting)
        self.schedule(scope, call, waiting["timeout_s"], COLLECT_TIMEOUT, epoch=epoch)

    def rest_collect_keys(self, scope: Scope, call: Document, waiting: Document, digits: str) -> None:
        """Overridden by the REST Collect Digits method."""

    def conference_keys(self, scope: Scope, call: Document, digits: str) -> None:
        """Overridden by the CONFERENCE action: its mute, unmute and exit key combinations."""

    # --- timers ----------------------------------------------------------------------------------

    def waiting_for(self, event: Event, kind: str) -> tuple[Scope, Document] | None:
        """The call of a flow timer, when it still waits for what the timer was set for."""
        found = self.event_call(event.payload)
        if found is None or found[1]["status"] != "live-in-progress":
            return None
        waiting = found[1]["x_flow"]["waiting"] or {}
        if waiting.get("kind") != kind or waiting.get("epoch") != event.payload.get("epoch"):
            return None
        return found

    def _on_flow_resume(self, event: Event) -> None:
        found = self.waiting_for(event, "media")
        if found is not None:
            self.resume(*found)

    def _on_collect_timeout(self, event: Event) -> None:
        found = self.waiting_for(event, "collect")
        if found is not None:
            scope, call = found
            self.collected(scope, call, call["x_flow"]["waiting"]["digits"])

    def _do_hangup(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        self.end(scope, call, "completed", hangup_end="api")

    def _do_reject(self, scope: Scope, call: Document, action: Document, params: Document) -> None:
        # A first REJECT refuses an inbound call before it is answered (lifecycle.py); later, it hangs up.
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


def _location_variables(prefix: str, no: str) -> dict[str, Any]:
    """$callerNoLatitude ... $apiNoTimeZone, from the callback's location fields."""
    names = {"rate_center": "RateCenter", "postal_code": "PostalCode", "timezone": "TimeZone"}
    fields = location_fields("x", no)
    return {f"{prefix}{names.get(k[2:], k[2:].capitalize())}": v for k, v in fields.items()}
