"""What customer servers answer: the actions a Callback Request returns, an awaited WEBHOOK's data, and the
documented Call Flow Loop errors when the answer is late, too large, not 2xx or not actions."""

from __future__ import annotations

from typing import Any

from ...core.outbox import Answer, answer_of
from ...core.store import Document, Event
from .actions import CallActions
from .calls_state import LIVE
from .tenancy import Scope

# What the caller hears with each error (the documentation's Call Flow Loop errors table).
PHONE_MESSAGES = {
    4001: "We're sorry, all circuits are busy right now. Please try your call again later. Error code 4001.",
    400901: "We're sorry, something went wrong. Error code 400901. Good bye.",
    400902: "We're sorry, something went wrong. Error code 400902. Good bye.",
    400911: "We're sorry, something went wrong when trying to reach you. Error code 400911. Good bye.",
    400912: "We're sorry, something went wrong. Error code 400912. Good bye.",
    400913: "We're sorry, something went wrong when trying to reach you. Error code 400913. Good bye.",
    413900: "We're sorry, something went wrong. Error code 413900. Good bye.",
    413910: "We're sorry, something went wrong when trying to reach you. Error code 413910. Good bye.",
}


class Answers(CallActions):
    def on_reply(self, event: Event) -> None:
        """A delivery that needed its answer has settled (the core outbox's reply topic)."""
        delivery: Document = event.payload["delivery"]
        refs = delivery.get("refs") or {}
        scope = self.scope_for(delivery["tenant"], int(refs.get("subaccount_id") or 0))
        if scope is None:
            return
        if delivery["kind"] == "inbound_message":
            self.message_answered(scope, delivery)
            return
        call = self.find_call(scope, str(refs.get("call_id") or ""))
        if call is None or call["status"] not in LIVE:
            return
        waiting = call["x_flow"]["waiting"] or {}
        if waiting.get("delivery") != delivery["id"]:
            return  # the call has moved on (another answer, a REST action, its end)
        if delivery["kind"] == "webhook":
            self.webhook_answered(scope, call, waiting, answer_of(delivery))
        elif delivery["kind"] == "voice_callback":
            self.callback_answered(scope, call, delivery, answer_of(delivery))
        self.save_call(scope, call)

    def webhook_answered(self, scope: Scope, call: Document, waiting: Document, answer: Answer) -> None:
        call["x_flow"]["waiting"] = None
        if answer.ok:
            if isinstance(answer.body, dict):
                call["x_flow"]["webhook_data"] = answer.body
        elif not answer.refused:  # a late, failed or non-2xx answer; a refused one was never sent
            self.splice(call, waiting.get("on_error"))
        self.run(scope, call)

    def callback_answered(self, scope: Scope, call: Document, delivery: Document, answer: Answer) -> None:
        if answer.refused:
            # Never sent (not an allowed destination): nobody can answer, so the call waits for the REST
            # API; an inbound call is still picked up after its rings.
            if call["status"] == "live-ringing":
                self.pick_up_after_rings(scope, call, [])
            return
        refs = delivery["refs"]
        flow = call["x_flow"]
        inbound = call["x_direction"] == "inbound"
        if answer.timed_out:
            self.flow_error(scope, call, 4001, f"The request to your callback url timed out: {answer.error}")
            return
        if answer.too_large:
            self.flow_error(
                scope,
                call,
                413900 if inbound else 413910,
                "Your callback response exceeded the hard JSON callback limit of 81 KB.",
            )
            return
        if not answer.ok:
            if flow["failover"] is not None and not refs.get("failover"):
                self.send_callback(scope, call, refs["callback_type"], endpoint=flow["failover"])
                return
            why = answer.error or f"The callback answered {answer.status}"
            self.flow_error(scope, call, self.non_2xx_code(call, refs["callback_type"]), why)
            return
        if answer.status == 204 or answer.body in (None, ""):
            self.end(scope, call, "completed", hangup_end="api")
            return
        body: Any = answer.body
        if isinstance(body, list):
            body = {"actions": body}
        elif isinstance(body, dict) and "actions" not in body and "type" in body:
            body = {"actions": [body]}
        problem = self.response_validator.message(body)
        if problem is not None:
            why = f"Your callback response did not contain JSON actions: {problem}"
            self.flow_error(scope, call, 400902 if inbound else 400913, why)
            return
        if call["status"] == "live-ringing":
            self.pick_up_after_rings(scope, call, body["actions"])
        else:
            self.start_actions(scope, call, body["actions"])

    @staticmethod
    def non_2xx_code(call: Document, callback_type: str) -> int:
        if call["x_direction"] == "inbound":
            return 400900 if call["x_answered"] is None else 400901
        return 400911 if callback_type == "init_call" else 400912

    def flow_error(self, scope: Scope, call: Document, code: int, why: str) -> None:
        """The call ends with a Call Flow Loop error: the caller hears its message, unless it is pre-connect
        without one (400900); a call never answered ends failed."""
        if code in PHONE_MESSAGES:
            self.heard(call, "ERROR", message=PHONE_MESSAGES[code])
        status = "failed" if call["x_answered"] is None else "completed"
        self.end(scope, call, status, hangup_end="api", error=why, error_code=code)

    def message_answered(self, scope: Scope, delivery: Document) -> None:
        """An inbound message's callback failed: Voxology tries the SMS failover endpoint once."""
        answer = answer_of(delivery)
        refs = delivery["refs"]
        failover = refs.get("failover_endpoint")
        if answer.ok or answer.refused or refs.get("failover") or not failover:
            return
        self.deliver(
            scope,
            "inbound_message",
            failover,
            delivery["payload"],
            message_id=refs.get("message_id"),
            failover=True,
        )
