"""Kit's outcome names as a view of the core far-end model.

The control route `PUT …/outcomes/{number}` speaks Kit's words (`busy`, `call_failed` + `sip_code`, `amd`,
`agent_missed`, ...); what it stores is a far-end rule (outcome, ring time, talk time, details such as the
SIP code), and a generic far-end rule set through /_emulator/farend reads back as the Kit outcome it
amounts to. Conditions the far end alone cannot express (DNC, a system error, what happens in the queue
after the answer) travel in `details.kit_outcome`.
"""

from __future__ import annotations

from typing import Any

from ...core.farend import FarEnd
from .outcomes import CALL_FAILED_NAMES, OUTCOME_NAMES, Outcome

SCENARIO_TALK_S = 30  # how long a scenario talks when the far end does not hang up first

# Kit outcome -> the far-end outcome it is (CallFailed names carry their SIP code in details).
_FAR_END_OUTCOME = {
    "answered": "answered",
    "amd": "machine",
    "busy": "busy",
    "no_answer": "no_answer",
    "dialing_timeout": "no_answer",
    "rejected": "rejected",
}
_AFTER_ANSWER = ("no_agent_available", "agent_missed", "agents_offline", "missed_in_ivr")
_SIP_OF_FAR_END = {"busy": 486, "rejected": 603}


def to_far_end(name: str, sip_code: int | None, duration: int, answer_after_s: float) -> FarEnd:
    """The far-end rule a Kit outcome control stores."""
    details: dict[str, Any] = {"kit_outcome": name}
    if name in CALL_FAILED_NAMES:
        details["sip_code"] = CALL_FAILED_NAMES[name]
    elif name == "call_failed" and sip_code is not None:
        details["sip_code"] = int(sip_code)
    if name in _FAR_END_OUTCOME:
        outcome = _FAR_END_OUTCOME[name]
    elif name in _AFTER_ANSWER:
        outcome = "answered"
    else:  # the other CallFailed codes, DNC and system errors: the call never connects
        outcome = "failed"
    return FarEnd(outcome=outcome, answer_after_s=answer_after_s, talk_s=float(duration), details=details)


def kit_outcome(far_end: FarEnd) -> Outcome:
    """The Kit outcome a far-end rule amounts to (with the talk time of an answered call)."""
    talk = far_end.talk_s
    duration = SCENARIO_TALK_S if talk is None else round(talk)
    details = far_end.details
    name = details.get("kit_outcome")
    sip = details.get("sip_code")
    if isinstance(name, str) and name != "call_failed" and (name in CALL_FAILED_NAMES or name in _NAMED):
        return Outcome.from_rule({"outcome": name, "duration": duration})
    if isinstance(sip, int) and not isinstance(sip, bool):
        return Outcome("call_failed", sip, duration)
    if far_end.outcome == "answered":
        return Outcome("answered", None, duration)
    if far_end.outcome == "machine":
        return Outcome("amd", None, duration)
    if far_end.outcome == "no_answer":
        return Outcome("dialing_timeout", None, duration)
    if far_end.outcome in _SIP_OF_FAR_END:
        return Outcome("call_failed", _SIP_OF_FAR_END[far_end.outcome], duration)
    return Outcome("call_failed", 500, duration)  # a failure without a SIP code: Other_Error


def rule_view(party: str, far_end: FarEnd) -> dict[str, Any]:
    """How `GET …/outcomes` shows a far-end rule, in the Kit control's own fields."""
    outcome = kit_outcome(far_end)
    named = far_end.details.get("kit_outcome")
    name = named if isinstance(named, str) and named in OUTCOME_NAMES else outcome.condition
    if name == "call_failed":  # a documented SIP code has a name of its own (486 busy, 480 unavailable, ...)
        name = next((n for n, sip in CALL_FAILED_NAMES.items() if sip == outcome.sip), name)
    view: dict[str, Any] = {"number": party, "outcome": name, "duration": outcome.duration}
    if name == "call_failed":
        view["sip_code"] = outcome.sip
    view["answer_after_s"] = far_end.answer_after_s
    return view


_NAMED = ("answered", "amd", "dialing_timeout", "dnc", "system_error", *_AFTER_ANSWER)
