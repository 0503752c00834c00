"""A call's life on the emulator clock, through the documented statuses.

Outbound calls start `assigned` (the agent is chosen by the request); incoming calls start `queued`, and
scheduled calls become `queued` at `scheduled_at`. The queue selects a free agent (`assigned`); the agent
answers (`connecting`: CCAI dials the end user); the end user answers (`connected`), they talk, someone
hangs up (`finished`). A leg that is busy, rejected, fails or rings out ends the call `failed` with a
reason; a failed connection to the end user is first retried once through another VOIP provider
(`switching`). What each side does comes from the far-end model: an agent by email, the end user by the
dialled number. An agent is busy from assignment to the end of the call.
"""

from __future__ import annotations

from typing import Any

from ...core.environment import Environment
from ...core.farend import FarEnd
from ...core.store import Document, Event
from .calls import advance, agent_info, participant
from .tenancy import API_ID, get_customer, namespace, setting

QUEUE = f"{API_ID}.call.queue"  # a scheduled call's time has come
DISPATCH = f"{API_ID}.call.dispatch"  # the queue offers waiting calls to free agents
AGENT_LEG = f"{API_ID}.call.agent_leg"  # the agent answers the assigned call, or does not
END_USER_LEG = f"{API_ID}.call.end_user_leg"  # the dialled end user answers, or does not
SWITCH = f"{API_ID}.call.switch"  # the retry through another VOIP provider dials again
HANGUP = f"{API_ID}.call.hangup"
CALL_TOPICS = (QUEUE, AGENT_LEG, END_USER_LEG, SWITCH, HANGUP)

SWITCH_SECONDS = 1.0  # how long `switching` lasts before the end user is dialled again
# Statuses in which the call holds its agent; any other status frees them.
HOLDS_AGENT = ("assigned", "connecting", "switching", "connected")


class NoFreeAgent(Exception):
    """No available agent is free to be assigned the call."""


def call_key(subdomain: str, call_id: int) -> str:
    return f"{subdomain}/{call_id}"


class CallLife:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.store = env.store
        self.clock = env.clock
        self.store.index("call", "status")  # the queue finds its waiting calls without a scan
        timeline = env.timeline
        timeline.on(QUEUE, self._on_queue)
        timeline.on(DISPATCH, self._on_dispatch)
        timeline.on(AGENT_LEG, self._on_agent_leg)
        timeline.on(END_USER_LEG, self._on_end_user_leg)
        timeline.on(SWITCH, self._on_switch)
        timeline.on(HANGUP, self._on_hangup)

    # --- what requests start ----------------------------------------------------------------------

    def agent_busy(self, subdomain: str, email: str) -> bool:
        return self.env.farend.busy_with(API_ID, subdomain, email) is not None

    def outbound_created(self, subdomain: str, call: Document) -> None:
        """An outbound call, `assigned` to its agent: the agent is now busy and their phone rings."""
        self.env.farend.occupy(API_ID, subdomain, call["x_agent_email"], str(call["id"]))
        self._ring_agent(subdomain, call)

    def queued(self, subdomain: str) -> None:
        """A call joined the queue: the queue selects an agent shortly."""
        delay = float(setting(self._settings(subdomain), "assign_after_seconds"))
        self.env.timeline.after(delay, DISPATCH, {"subdomain": subdomain}, key=subdomain)

    def scheduled(self, subdomain: str, call: Document, moment: float) -> None:
        self._schedule_at(moment, QUEUE, subdomain, call, "scheduled")

    def force(self, subdomain: str, call: Document, status: str, fail_reason: str | None) -> None:
        """Put a call in `status` now (the control API, for rare states) and let it carry on from there.

        Raises NoFreeAgent when `status` is `assigned` and no agent can take the call."""
        for topic in CALL_TOPICS:
            self.env.timeline.cancel(topic, call_key(subdomain, call["id"]))
        if status == "assigned" and not call.get("x_agent_email"):
            agent = self._free_agent(subdomain, call)
            if agent is None:
                raise NoFreeAgent(f"no available agent is free to take call {call['id']}")
            self._assign(subdomain, call, agent)
            return
        advance(call, status, self.clock.now(), fail_reason)
        self._save(subdomain, call)
        if status == "queued":
            self.queued(subdomain)
        elif status == "assigned":
            self._ring_agent(subdomain, call)
        elif status == "connecting":
            self._dial_end_user(subdomain, call)
        elif status == "switching":
            self._schedule(SWITCH_SECONDS, SWITCH, subdomain, call, "switching")
        elif status == "connected":
            self._schedule_hangup(subdomain, call)
        else:
            self._ended(subdomain, call)

    # --- timeline handlers ------------------------------------------------------------------------

    def _on_queue(self, event: Event) -> None:
        found = self._load(event)
        if found is None:
            return
        subdomain, call = found
        advance(call, "queued", self.clock.now())
        self._save(subdomain, call)
        self.queued(subdomain)

    def _on_dispatch(self, event: Event) -> None:
        subdomain = str(event.payload["subdomain"])
        if not self._any_agent_free(subdomain):
            return  # every queued call waits: the queue is not read (it may be long under load)
        waiting = self.store.find(namespace(subdomain), "call", "status", "queued")
        for call in sorted(waiting, key=lambda c: (c.get("queued_at") or "", c["id"])):
            agent = self._free_agent(subdomain, call)
            if agent is None:
                return  # the rest wait until an agent is free again
            self._assign(subdomain, call, agent)

    def _on_agent_leg(self, event: Event) -> None:
        found = self._load(event)
        if found is None:
            return
        subdomain, call = found
        outcome = str(event.payload["outcome"])
        if outcome not in ("answered", "machine"):
            self._fail(subdomain, call, f"agent_{outcome}", _why("agent", outcome))
            return
        advance(call, "connecting", self.clock.now())
        self._save(subdomain, call)
        self._dial_end_user(subdomain, call)

    def _on_end_user_leg(self, event: Event) -> None:
        found = self._load(event)
        if found is None:
            return
        subdomain, call = found
        outcome = str(event.payload["outcome"])
        if outcome in ("answered", "machine"):
            advance(call, "connected", self.clock.now())
            self._save(subdomain, call)
            self._schedule_hangup(subdomain, call)
        elif outcome == "failed" and not call.get("x_switched"):
            call["x_switched"] = True  # one retry through the other VOIP provider
            advance(call, "switching", self.clock.now())
            self._save(subdomain, call)
            self._schedule(SWITCH_SECONDS, SWITCH, subdomain, call, "switching")
        else:
            self._fail(subdomain, call, f"end_user_{outcome}", _why("end user", outcome))

    def _on_switch(self, event: Event) -> None:
        found = self._load(event)
        if found is None:
            return
        subdomain, call = found
        advance(call, "connecting", self.clock.now())
        self._save(subdomain, call)
        self._dial_end_user(subdomain, call)

    def _on_hangup(self, event: Event) -> None:
        found = self._load(event)
        if found is None:
            return
        subdomain, call = found
        advance(call, "finished", self.clock.now())
        call["disconnected_by"] = f"disconnected_by_{event.payload['by']}"
        self._save(subdomain, call)
        self._ended(subdomain, call)

    # --- the steps --------------------------------------------------------------------------------

    def _assign(self, subdomain: str, call: Document, agent: Document) -> None:
        call["agent_info"] = agent_info(agent)
        call["x_agent_email"] = agent["email"]
        call["participants"] = [
            *call["participants"],
            participant(
                self.store.next_id(namespace(subdomain), "participant"),
                call["id"],
                "agent",
                user_id=agent["id"],
            ),
        ]
        advance(call, "assigned", self.clock.now())
        self._save(subdomain, call)
        self._ring_agent(subdomain, call)

    def _ring_agent(self, subdomain: str, call: Document) -> None:
        rule = self.env.farend.rule(API_ID, subdomain, call["x_agent_email"])
        delay, outcome = self._leg(subdomain, rule)
        self._schedule(delay, AGENT_LEG, subdomain, call, "assigned", outcome=outcome)

    def _dial_end_user(self, subdomain: str, call: Document) -> None:
        rule = self.env.farend.rule(API_ID, subdomain, call["x_end_user_number"])
        delay, outcome = self._leg(subdomain, rule)
        self._schedule(delay, END_USER_LEG, subdomain, call, "connecting", outcome=outcome)

    def _schedule_hangup(self, subdomain: str, call: Document) -> None:
        """Whoever's far end talks for less hangs up; if neither does by itself, the agent wraps up."""
        farend = self.env.farend
        end_user_talk = farend.rule(API_ID, subdomain, call["x_end_user_number"]).talk_s
        agent_email = call.get("x_agent_email")
        agent_talk = farend.rule(API_ID, subdomain, agent_email).talk_s if agent_email else None
        if end_user_talk is not None and (agent_talk is None or end_user_talk <= agent_talk):
            by, talk = "end_user", end_user_talk
        elif agent_talk is not None:
            by, talk = "agent", agent_talk
        else:
            by, talk = "agent", float(setting(self._settings(subdomain), "default_talk_seconds"))
        self._schedule(talk, HANGUP, subdomain, call, "connected", by=by)

    def _fail(self, subdomain: str, call: Document, reason: str, details: str) -> None:
        advance(call, "failed", self.clock.now(), reason, details)
        self._save(subdomain, call)
        self._ended(subdomain, call)

    def _ended(self, subdomain: str, call: Document) -> None:
        """The call no longer holds its agent: free them for the queue; a finished call back of a failed
        call recovers its parent."""
        if call["status"] in HOLDS_AGENT:
            return
        email = call.get("x_agent_email")
        if email and self.env.farend.busy_with(API_ID, subdomain, email) == str(call["id"]):
            self.env.farend.release(API_ID, subdomain, email, str(call["id"]))
            self.queued(subdomain)
        if call["status"] == "finished" and call.get("parent_id") is not None:
            parent = self.store.get(namespace(subdomain), "call", str(call["parent_id"]))
            if parent is not None and parent["status"] == "failed":
                advance(parent, "recovered", self.clock.now())
                self._save(subdomain, parent)

    def _any_agent_free(self, subdomain: str) -> bool:
        # A customer's agents are the handful its configuration sets up: listing them is bounded.
        return any(
            agent.get("status") == "available" and not self.agent_busy(subdomain, agent["email"])
            for agent in self.store.list(namespace(subdomain), "agent")
        )

    def _free_agent(self, subdomain: str, call: Document) -> Document | None:
        """The first available agent not on another call, now marked busy with `call`."""
        # A customer's agents are the handful its configuration sets up: listing them is bounded.
        for agent in self.store.list(namespace(subdomain), "agent"):
            if agent.get("status") == "available" and self.env.farend.occupy(
                API_ID, subdomain, agent["email"], str(call["id"])
            ):
                return agent
        return None

    def _leg(self, subdomain: str, rule: FarEnd) -> tuple[float, str]:
        """When a ringing leg settles and how: it rings out unanswered at the ring timeout."""
        timeout = float(setting(self._settings(subdomain), "ring_timeout_seconds"))
        if rule.outcome == "no_answer" or (rule.answers and rule.answer_after_s > timeout):
            return timeout, "no_answer"
        return min(rule.answer_after_s, timeout), rule.outcome

    # --- plumbing ---------------------------------------------------------------------------------

    def _schedule(
        self, delay: float, topic: str, subdomain: str, call: Document, expect: str, **extra: Any
    ) -> None:
        self._schedule_at(self.clock.time() + delay, topic, subdomain, call, expect, **extra)

    def _schedule_at(
        self, moment: float, topic: str, subdomain: str, call: Document, expect: str, **extra: Any
    ) -> None:
        payload = {"subdomain": subdomain, "call_id": call["id"], "expect": expect, **extra}
        self.env.timeline.at(moment, topic, payload, key=call_key(subdomain, call["id"]))

    def _load(self, event: Event) -> tuple[str, Document] | None:
        """The event's call, if it is still in the status the event was scheduled for."""
        subdomain = str(event.payload["subdomain"])
        call = self.store.get(namespace(subdomain), "call", str(event.payload["call_id"]))
        if call is None or call["status"] != event.payload["expect"]:
            return None
        return subdomain, call

    def _save(self, subdomain: str, call: Document) -> None:
        self.store.put(namespace(subdomain), "call", str(call["id"]), call)

    def _settings(self, subdomain: str) -> dict[str, Any]:
        customer = get_customer(self.store, subdomain)
        return dict(customer["settings"]) if customer else {}


def _why(party: str, outcome: str) -> str:
    return {
        "busy": f"the {party} was busy",
        "no_answer": f"the {party} did not answer",
        "rejected": f"the {party} rejected the call",
        "failed": f"the connection to the {party} failed",
    }.get(outcome, f"the {party} did not take the call ({outcome})")
