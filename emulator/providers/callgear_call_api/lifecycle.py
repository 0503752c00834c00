"""How a CallGear call plays out on the emulator clock, by the far-end model.

A leg that is dialed rings its party (the contact's or an operator's number, an employee by id): the
far end answers after `answer_after_s`, or is busy / fails / rejects then, and an unanswered leg ends
at the dialing timeout. Who is dialed when, and when the conversation starts, follow the documented
`first_call` / `switch_at_once` rules; messages play for their length (playback.py). Each party hangs
up after its far end's `talk_s` of conversation, and presses its far end's `dtmf` keys (an operator
asked for `operator_confirmation` confirms with them). An employee is busy from the moment a leg rings
them until that leg ends, so a second call reaching them finds them busy at once.

Every event carries the account and the call session; a leg's event that finds the leg no longer in
the state it was scheduled for (answered through the control API, say) does nothing.
"""

from __future__ import annotations

from typing import Any

from ...core.store import Document, Event
from . import calls, playback
from .accounts import API_ID, namespace
from .base import CallgearProviderBase

# The documentation gives a dialing timeout only for start.informer_call (30 s by default); every
# other leg that nobody answers gives up after the same 30 seconds.
DEFAULT_DIALING_TIMEOUT = 30.0

RING_END = f"{API_ID}.leg.ring_end"
MESSAGE_END = f"{API_ID}.leg.message_end"
HANGUP = f"{API_ID}.leg.hangup"
DTMF = f"{API_ID}.leg.dtmf"
KEYS = f"{API_ID}.leg.keys"
CONFIRM_TIMEOUT = f"{API_ID}.leg.confirm_timeout"
TOPICS = (RING_END, MESSAGE_END, HANGUP, DTMF, KEYS, CONFIRM_TIMEOUT)
PARTIES = ("contact", "staff")  # the two sides of the conversation (consultants and coaches join it)


def event_key(session: Document) -> str:
    return f"{session['account_id']}:{session['call_session_id']}"


class CallLifecycle(CallgearProviderBase):
    def __init__(self, env: Any) -> None:
        super().__init__(env)
        self.store.index("call", "active")  # list.calls reads only the calls in progress
        self.env.timeline.on(RING_END, self._on_ring_end)
        self.env.timeline.on(MESSAGE_END, self._on_message_end)
        self.env.timeline.on(HANGUP, self._on_hangup)
        self.env.timeline.on(DTMF, self._on_dtmf)
        self.env.timeline.on(KEYS, self._on_keys)
        self.env.timeline.on(CONFIRM_TIMEOUT, self._on_confirm_timeout)

    # --- saving: what a change of state implies ----------------------------------------------------

    def save_call(self, ns: str, session: Document) -> None:
        """Store the session; free the employees of legs that have ended, and when the session has ended,
        stamp it and drop whatever it still had scheduled."""
        tenant = str(session["account_id"])
        for leg in session["legs"]:
            if leg.get("occupies") and leg["state"] == calls.LEG_GONE:
                self.env.farend.release(API_ID, tenant, leg["party"], str(session["call_session_id"]))
                leg["occupies"] = False
        session["active"] = session["state"] != calls.ENDED
        if not session["active"] and session.get("ended_at") is None:
            now = self.clock.time()
            session["ended_at"] = now
            session["duration_s"] = round(now - session["started_at"], 3)
            for topic in TOPICS:
                self.env.timeline.cancel(topic, event_key(session))
        super().save_call(ns, session)

    # --- dialing ----------------------------------------------------------------------------------

    def ring(self, session: Document, leg: Document) -> None:
        """`leg` starts ringing: the far end decides how it ends; an employee on another call is busy."""
        now = self.clock.time()
        tenant = str(session["account_id"])
        leg["state"] = calls.LEG_DIALING
        leg["dialed_at"] = now
        calls.event(session, now, "dialing", leg_id=leg["leg_id"], party=leg["party"])
        if leg["employee_id"] is not None:
            if not self.env.farend.occupy(API_ID, tenant, leg["party"], str(session["call_session_id"])):
                calls.event(
                    session, now, "employee_busy", leg_id=leg["leg_id"], employee_id=leg["employee_id"]
                )
                calls.disconnect(session, leg, now, "busy")  # on every number: nothing else to try
                return
            leg["occupies"] = True
        far_end = self.env.farend.rule(API_ID, tenant, leg["party"])
        leg["talk_s"] = far_end.talk_s
        leg["keys"] = [[at, digits] for at, digits in far_end.dtmf]  # pressed after answering
        timeout = float(session.get("dialing_timeout") or DEFAULT_DIALING_TIMEOUT)
        outcome, after = "no_answer", timeout
        if far_end.outcome != "no_answer" and far_end.answer_after_s < timeout:
            outcome, after = far_end.outcome, far_end.answer_after_s
        self._schedule(session, leg, RING_END, after, outcome=outcome)

    def inbound_caller(self, session: Document, leg: Document) -> None:
        """A subscriber who called in is on the line already; they hang up by their far end's talk_s."""
        far_end = self.env.farend.rule(API_ID, str(session["account_id"]), leg["party"])
        leg["talk_s"] = far_end.talk_s
        leg["answered_at"] = self.clock.time()

    def ring_all_dialing(self, session: Document) -> None:
        """A new session: the legs it set ringing ring (the others wait their turn)."""
        for leg in list(session["legs"]):
            if leg["state"] == calls.LEG_DIALING and "dialed_at" not in leg:
                self.ring(session, leg)

    def _on_ring_end(self, event: Event) -> None:
        found = self._leg_of(event, calls.LEG_DIALING)
        if found is None:
            return
        ns, session, leg = found
        if event.payload["outcome"] in ("answered", "machine"):
            self.answered(session, leg)
        else:
            self._ring_failed(session, leg, event.payload["outcome"])
        self.save_call(ns, session)

    def _ring_failed(self, session: Document, leg: Document, outcome: str) -> None:
        """Busy, failed, rejected or not answered in time: the employee's next active number rings, if
        there is one; else the leg disconnects with that reason."""
        now = self.clock.time()
        if leg.get("numbers_left"):
            calls.event(session, now, outcome, leg_id=leg["leg_id"], number=leg["called_phone_number"])
            leg["called_phone_number"] = leg["numbers_left"].pop(0)
            self.ring(session, leg)
            return
        calls.disconnect(session, leg, now, outcome)

    # --- answering --------------------------------------------------------------------------------

    def answered(self, session: Document, leg: Document) -> None:
        """`leg`'s party picks up (by the far end, or forced through the control API)."""
        now = self.clock.time()
        role = leg["role"]
        leg["answered_at"] = now
        calls.event(session, now, "answered", leg_id=leg["leg_id"])
        for at, digits in leg.get("keys") or []:
            self._schedule(session, leg, KEYS, float(at), digits=digits)
        if role == "consultant":
            leg["state"] = calls.LEG_OPERATORS
            for staff in calls.legs_of(session, "staff"):
                staff["state"] = calls.LEG_OPERATORS
            session["state"] = calls.CONSULT_TALK
            self._talk_timer(session, leg, now)
            return
        leg["state"] = calls.LEG_TALK
        if role == "coach":
            self._talk_timer(session, leg, now)
            return
        if role == "contact":
            for at, digits in playback.dtmf_steps(session.get("dtmf_string") or ""):
                self._schedule(session, leg, DTMF, at, digits=digits)
        if session["kind"] == "informer":  # the message plays; the call ends when it has
            session["state"] = calls.INFORMING
            self._play(session, leg, session["message"])
            self._talk_timer(session, leg, now)  # a listener may hang up before the end
            return
        message = session.get("messages", {}).get(role)
        if session.get("talk_started_at") is None and message is not None:
            self._play(session, leg, message)
        if (
            role == "staff"
            and session.get("operator_confirmation")
            and session.get("talk_started_at") is None
        ):
            leg["awaiting_confirmation"] = True  # start.simple_call: the operator presses a key first
            self._schedule(session, leg, CONFIRM_TIMEOUT, DEFAULT_DIALING_TIMEOUT)
        for contact in calls.legs_of(session, "contact"):
            if contact["state"] == calls.LEG_TRANSFERRING:  # the party the contact was transferred to
                contact["state"] = calls.LEG_TALK
        if not (role == "staff" and _held_back(leg)):
            self._dial_next(session)  # the first party answered (an employee hears its message first)
        if session["state"] == calls.ENDED:  # the next party was an employee busy on another call
            return
        if role == "contact" and not calls.legs_of(session, "staff") and leg.get("message_ends_at") is None:
            calls.end(session, now, "scenario_finished")  # a scenario with nobody to put the contact to
            return
        self._try_connect(session)

    def force_answer(self, session: Document, leg: Document) -> None:
        """`leg` answers now (control API). A leg still next in line is dialed first, so that an employee
        is taken (or found busy) as on any call."""
        if leg["state"] == calls.LEG_WAITING:
            self.ring(session, leg)
        if leg["state"] == calls.LEG_DIALING:
            self.answered(session, leg)

    def answer_ringing(self, session: Document) -> None:
        """Everyone rings through at once (control API): ringing legs first, then those next in line."""
        for _ in range(2 * len(session["legs"]) + 1):
            live = calls.live_legs(session)
            ringing = [leg for leg in live if leg["state"] == calls.LEG_DIALING]
            ringing = ringing or [leg for leg in live if leg["state"] == calls.LEG_WAITING]
            if not ringing or session["state"] == calls.ENDED:
                return
            self.force_answer(session, ringing[0])

    def _dial_next(self, session: Document) -> None:
        for leg in calls.live_legs(session):
            if leg["state"] == calls.LEG_WAITING:
                self.ring(session, leg)

    def _try_connect(self, session: Document) -> None:
        """The conversation starts once both sides have answered and, unless switch_at_once, once their
        messages have played to the end."""
        if session["state"] not in (calls.DIALING, calls.MESSAGE):
            return
        parties = [leg for leg in calls.live_legs(session) if leg["role"] in PARTIES]
        if not calls.legs_of(session, "staff") or any(leg["state"] != calls.LEG_TALK for leg in parties):
            return
        if any(leg.get("awaiting_confirmation") for leg in parties):
            return
        playing = any(leg.get("message_ends_at") is not None for leg in parties)
        if playing and not session.get("switch_at_once"):
            session["state"] = calls.MESSAGE
            return
        now = self.clock.time()
        session["state"] = calls.TALK
        if session.get("talk_started_at") is None:
            session["talk_started_at"] = now
        calls.event(session, now, "conversation")
        for leg in parties:
            leg["message_ends_at"] = None  # switch_at_once interrupts a message still playing
            self._talk_timer(session, leg, now)

    # --- messages, talk, DTMF ---------------------------------------------------------------------

    def _play(self, session: Document, leg: Document, message: dict[str, Any]) -> None:
        media = None
        if message["type"] == "media":
            media = self.store.get(namespace(session["account_id"]), "media", str(message["value"]))
        seconds = playback.message_seconds(message, media)
        leg["message_ends_at"] = self.clock.time() + seconds
        calls.event(session, self.clock.time(), "message_started", leg_id=leg["leg_id"], seconds=seconds)
        self._schedule(session, leg, MESSAGE_END, seconds)

    def _on_message_end(self, event: Event) -> None:
        found = self._leg_of(event, calls.LEG_TALK)
        if found is None or found[2].get("message_ends_at") is None:
            return
        ns, session, leg = found
        now = self.clock.time()
        leg["message_ends_at"] = None
        calls.event(session, now, "message_played", leg_id=leg["leg_id"])
        if session["kind"] == "informer":
            calls.end(session, now, "message_played")
        elif leg["role"] == "contact" and not calls.legs_of(session, "staff"):
            calls.end(session, now, "scenario_finished")
        else:
            if leg["role"] == "staff" and not _held_back(leg):
                self._dial_next(session)
            self._try_connect(session)
        self.save_call(ns, session)

    def _talk_timer(self, session: Document, leg: Document, now: float) -> None:
        """The far end hangs up after its talk_s (counted from when it starts talking), once per leg."""
        if leg.get("talking_since") is not None:
            return
        leg["talking_since"] = now
        if leg.get("talk_s") is not None:
            self._schedule(session, leg, HANGUP, float(leg["talk_s"]))

    def _on_hangup(self, event: Event) -> None:
        found = self._leg_of(event, None)
        if found is None:
            return
        ns, session, leg = found
        calls.disconnect(session, leg, self.clock.time(), "hangup")
        self.save_call(ns, session)

    def _on_dtmf(self, event: Event) -> None:
        found = self._leg_of(event, None)
        if found is None:
            return
        ns, session, leg = found
        calls.event(
            session, self.clock.time(), "dtmf_sent", leg_id=leg["leg_id"], digits=event.payload["digits"]
        )
        self.save_call(ns, session)

    def _on_keys(self, event: Event) -> None:
        """The far end presses keys; an operator asked for operator_confirmation confirms with them."""
        found = self._leg_of(event, None)
        if found is None:
            return
        ns, session, leg = found
        now, digits = self.clock.time(), event.payload["digits"]
        calls.event(session, now, "keys_pressed", leg_id=leg["leg_id"], digits=digits)
        wanted = str(session.get("operator_confirmation") or "")
        if leg.get("awaiting_confirmation") and (wanted == "any" or wanted in digits):
            leg["awaiting_confirmation"] = False
            calls.event(session, now, "operator_confirmed", leg_id=leg["leg_id"])
            if not _held_back(leg):
                self._dial_next(session)
            self._try_connect(session)
        self.save_call(ns, session)

    def _on_confirm_timeout(self, event: Event) -> None:
        """An operator who never confirms is taken as not answering (the wait is the dialing timeout)."""
        found = self._leg_of(event, calls.LEG_TALK)
        if found is None or not found[2].get("awaiting_confirmation"):
            return
        ns, session, leg = found
        calls.disconnect(session, leg, self.clock.time(), "operator_not_confirmed")
        self.save_call(ns, session)

    # --- events -----------------------------------------------------------------------------------

    def _schedule(self, session: Document, leg: Document, topic: str, seconds: float, **extra: Any) -> None:
        payload = {"account_id": session["account_id"], "call_session_id": session["call_session_id"]}
        self.env.timeline.after(
            seconds, topic, {**payload, "leg_id": leg["leg_id"], **extra}, key=event_key(session)
        )

    def _leg_of(self, event: Event, state: str | None) -> tuple[str, Document, Document] | None:
        """The live session and leg an event is about, if the leg is still in `state` (any live state)."""
        ns = namespace(event.payload["account_id"])
        session = self.load_call(ns, event.payload["call_session_id"])
        if session is None or session["state"] == calls.ENDED:
            return None
        leg = calls.find_leg(session, event.payload["leg_id"])
        if leg is None or (state is not None and leg["state"] != state):
            return None
        return ns, session, leg


def _held_back(leg: Document) -> bool:
    """An operator or employee who answered first is still hearing its message or has yet to confirm:
    the other side is not dialed yet."""
    return leg.get("message_ends_at") is not None or bool(leg.get("awaiting_confirmation"))
