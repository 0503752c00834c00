"""Call sessions and their legs, and the documented call state rules.

A session's `state` (emulator-internal, shown by the control API):
  dialing           a start.* call is ringing its first party (or the second one)
  message           both sides have answered; a message plays before the conversation (switch_at_once false)
  informing         an informer call's message is playing to the contact
  talk              the contact talks to the employee / operator
  hold              hold.call: the contact is on hold
  consult_dialing   make.call (only on hold): a third party is being dialed
  consult_talk      ... and talks to the operator
  ended             released, hung up, disconnected, or not answered in time

Method rules: hold.call only in talk; unhold.call only in hold; make.call only in hold; transfer.talk
and restore.talk only after make.call (consult_dialing or consult_talk).
Each leg's `state` is one of the documented leg states (the list.calls example's "Talk" for talking).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ...core.store import Document

DIALING, MESSAGE, INFORMING, TALK, HOLD = "dialing", "message", "informing", "talk", "hold"
CONSULT_DIALING, CONSULT_TALK, ENDED = "consult_dialing", "consult_talk", "ended"
CONSULTING = (CONSULT_DIALING, CONSULT_TALK)

LEG_DIALING, LEG_WAITING, LEG_TALK = "Redial", "Next in line", "Talk"
LEG_ON_HOLD, LEG_OPERATORS, LEG_GONE = "On hold", "Operators' conversation", "Disconnect"
LEG_TRANSFERRING = "Transferring call"

# Roles: contact (the subscriber), staff (employee / operator taking the call), consultant (make.call),
# coach (add.coach).
PUBLIC_LEG_FIELDS = (
    "leg_id",
    "calling_phone_number",
    "called_phone_number",
    "is_operator",
    "employee_id",
    "employee_full_name",
    "record_call_enabled",
    "state",
)


def start_time(moment: datetime) -> str:
    """The list.calls example's form: 2016-10-19T12:26:48.418."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def new_session(call_id: int, kind: str, params: dict[str, Any], now: datetime, account_id: int) -> Document:
    contact_message = params.get("contact_message")
    staff_message = params.get("employee_message") or params.get("operator_message")
    # Documented: with a TTS contact_message, switch_at_once=true does not work.
    tts_contact = isinstance(contact_message, dict) and contact_message.get("type") == "tts"
    return {
        "call_session_id": call_id,
        "account_id": account_id,
        "kind": kind,
        "direction": params.get("direction", "in"),
        "start_time": start_time(now),
        "started_at": now.timestamp(),
        "virtual_phone_number": params["virtual_phone_number"],
        "contact_phone_number": params["contact"],
        "external_id": params.get("external_id"),
        "tags": [],
        "legs": [],
        "state": DIALING,
        "recording": False,
        "universal_recording": False,
        "first_call": params.get("first_call", "contact"),
        "switch_at_once": bool(params.get("switch_at_once")) and not tts_contact,
        "messages": {"contact": contact_message, "staff": staff_message},
        "dtmf_string": params.get("dtmf_string"),
        "operator_confirmation": params.get("operator_confirmation"),
        "dialing_timeout": params.get("dialing_timeout"),
        "dtmf_sent": [],
        "talk_options_called": [],
        "events": [],
        "active": True,
        "ended_reason": None,
        "ended_at": None,
    }


def new_leg(
    leg_id: int,
    role: str,
    calling: str,
    called: str,
    *,
    party: str,
    state: str,
    employee: Document | None = None,
    is_operator: bool = False,
    recording: bool = False,
) -> Document:
    return {
        "leg_id": leg_id,
        "role": role,
        "party": party,  # who the far-end model asks: the number dialed, or the employee's id
        "calling_phone_number": calling,
        "called_phone_number": called,
        "is_operator": is_operator,
        "employee_id": employee["id"] if employee else None,
        "employee_full_name": employee["full_name"] if employee else None,
        "record_call_enabled": recording,
        "state": state,
    }


def live_legs(call: Document) -> list[Document]:
    return [leg for leg in call["legs"] if leg["state"] != LEG_GONE]


def legs_of(call: Document, role: str) -> list[Document]:
    return [leg for leg in live_legs(call) if leg["role"] == role]


def find_leg(call: Document, leg_id: int) -> Document | None:
    return next((leg for leg in live_legs(call) if leg["leg_id"] == leg_id), None)


def event(call: Document, at: float, what: str, **details: Any) -> None:
    call["events"].append({"at": at, "event": what, **details})


def end(call: Document, at: float, reason: str) -> None:
    for leg in call["legs"]:
        leg["state"] = LEG_GONE
    call["state"] = ENDED
    call["ended_reason"] = reason
    event(call, at, "ended", reason=reason)


def set_recording(call: Document, on: bool) -> None:
    call["recording"] = on
    for leg in call["legs"]:
        leg["record_call_enabled"] = on


def public_view(call: Document) -> dict[str, Any]:
    """The call as list.calls shows it."""
    return {
        "call_session_id": call["call_session_id"],
        "direction": call["direction"],
        "start_time": call["start_time"],
        "virtual_phone_number": call["virtual_phone_number"],
        "contact_phone_number": call["contact_phone_number"],
        "external_id": call["external_id"],
        "tags": list(call["tags"]),
        "legs": [{name: leg[name] for name in PUBLIC_LEG_FIELDS} for leg in live_legs(call)],
    }


def disconnect(call: Document, leg: Document, at: float, reason: str) -> None:
    """A leg leaves. The contact leaving ends the session, as does the last party the contact talks to."""
    if leg["role"] == "contact":
        end(call, at, reason)
        return
    leg["state"] = LEG_GONE
    event(call, at, "leg_disconnected", leg_id=leg["leg_id"], reason=reason)
    if leg["role"] == "consultant" and call["state"] in CONSULTING:
        for staff in legs_of(call, "staff"):
            staff["state"] = LEG_TALK
        call["state"] = HOLD  # back on hold, as before make.call
        return
    if leg["role"] == "staff" and not legs_of(call, "staff") and not legs_of(call, "consultant"):
        end(call, at, reason)
