"""How a dialed number ends, and the completion code Kit reports for it.

The codes each call type can end with, and the CallFailed (SIP) mapping, are read from the spec's
CompletionCode schema (`x-codes-by-call-type`, `x-call-failed-codes`), so the emulator reports
exactly what the documentation lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import phonenumbers

from ...core.specs import load_spec
from .tenancy import API_ID

INBOUND = "inbound_call_scenario"
OUTBOUND = "outbound_call_scenario_or_automated_campaign"
SOFTPHONE = "outbound_call_from_softphone"
PDS = "pds_campaign"
CALLBACK = "automatic_callback"
CALL_TYPES = (INBOUND, OUTBOUND, SOFTPHONE, PDS, CALLBACK)

# What can happen to a call, and the completion code each condition stands for. CallFailed conditions
# carry their SIP code instead (see `call_failed`).
CONDITIONS: dict[str, str] = {
    "answered": "Call_Answered",
    "dialing_timeout": "No_Answer",
    "amd": "AMD",
    "dnc": "Restricted_By_DNC",
    "system_error": "System_Error",
    "no_agent_available": "Abandoned",
    "agent_missed": "Lost_By_Agent",
    "agents_offline": "No_Agents",
    "missed_in_ivr": "Missed_By_Scenario",
}
# Friendly names for the documented CallFailed codes.
CALL_FAILED_NAMES: dict[str, int] = {
    "busy": 486,
    "no_answer": 408,
    "rejected": 603,
    "invalid_number": 404,
    "unavailable": 480,
    "terminated": 487,
    "insufficient_funds": 402,
    "prohibited": 403,
}
# Conditions that happen after the callee (or caller) is connected: where a call type's table has no
# code for them, the call simply ends answered.
AFTER_ANSWER = ("no_agent_available", "agent_missed", "agents_offline", "missed_in_ivr")
OUTCOME_NAMES = tuple(CONDITIONS) + tuple(CALL_FAILED_NAMES) + ("call_failed",)


@cache
def _completion_schema() -> dict[str, Any]:
    schema: dict[str, Any] = load_spec(API_ID)["components"]["schemas"]["CompletionCode"]
    return schema


def codes_for(call_type: str) -> dict[str, str]:
    """The documented codes of a call type, each with when it is returned."""
    table: dict[str, str] = _completion_schema()["x-codes-by-call-type"][call_type]
    return table


def code_for_sip(sip: int) -> str:
    mapping: dict[str, str] = _completion_schema()["x-call-failed-codes"]
    return mapping.get(str(sip), mapping["other"])


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one dial ended: a condition, or a CallFailed SIP code, and the talk time when answered."""

    condition: str  # a CONDITIONS key or "call_failed"
    sip: int | None = None
    duration: int = 30

    @classmethod
    def from_rule(cls, rule: dict[str, Any]) -> Outcome:
        name = rule["outcome"]
        duration = int(rule.get("duration", 30))
        if name in CALL_FAILED_NAMES:
            return cls("call_failed", CALL_FAILED_NAMES[name], duration)
        if name == "call_failed":
            return cls("call_failed", int(rule["sip_code"]), duration)
        return cls(name, None, duration)


def completion_code(call_type: str, outcome: Outcome) -> str:
    """The code Kit reports for an outcome on a call type, by the documented tables."""
    code = code_for_sip(outcome.sip) if outcome.condition == "call_failed" and outcome.sip else None
    code = code or CONDITIONS[outcome.condition]
    if code in codes_for(call_type):
        return code
    if outcome.condition in AFTER_ANSWER:
        return "Call_Answered"
    raise ValueError(f"{code} is not a completion code of {call_type}")


def applicable(call_type: str, outcome: Outcome) -> bool:
    try:
        completion_code(call_type, outcome)
    except ValueError:
        return False
    return True


def result_code(outcome: Outcome, code: str) -> int:
    """The numeric call_result_code: the CallFailed code of a failed call, 200 once connected."""
    if outcome.condition == "call_failed" and outcome.sip:
        return outcome.sip
    if code == "No_Answer":
        return 408
    if code == "Restricted_By_DNC":
        return 0
    if code == "System_Error":
        return 500
    return 200


def digits(number: str) -> str:
    return "".join(ch for ch in str(number) if ch.isdigit())


def is_dialable(number: str) -> bool:
    """A number Kit could dial: a possible international number, digits with an optional +."""
    text = str(number).strip()
    if not text or not digits(text) or len(digits(text)) > 15:
        return False
    try:
        parsed = phonenumbers.parse("+" + digits(text))
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(parsed))
