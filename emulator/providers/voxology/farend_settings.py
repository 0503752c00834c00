"""The `answer` / `answered_by` settings of the control API, as views of the far-end model's tenant default.

The far end of a Voxology call is the dialled number (outbound) or the caller (inbound); an application's
tenant string is its app_id. These two settings read and write the application's "default" rule.
"""

from __future__ import annotations

from typing import Any

from ...core.farend import DEFAULT_PARTY, FarEnd, FarEndModel
from .tenancy import API_ID

ANSWERS = ("answer", "ring", "busy", "no-answer", "failed")
ANSWERED_BY = ("live_person", "voicemail")
_OUTCOME_OF_ANSWER = {"busy": "busy", "no-answer": "no_answer", "ring": "no_answer", "failed": "failed"}


class SettingError(ValueError):
    pass


def far_end_settings(farend: FarEndModel, app_id: str) -> dict[str, str]:
    rule = farend.own_rule(API_ID, app_id, DEFAULT_PARTY) or FarEnd()
    answered_by = "voicemail" if rule.outcome == "machine" else "live_person"
    if rule.answers:
        answer = "answer"
    elif rule.outcome == "no_answer":
        answer = "ring" if rule.details.get("setting") == "ring" else "no-answer"
    else:
        answer = "busy" if rule.outcome in ("busy", "rejected") else "failed"
    return {"answer": answer, "answered_by": answered_by}


def apply_far_end_settings(farend: FarEndModel, app_id: str, data: dict[str, Any]) -> None:
    """Store `answer` / `answered_by` into the tenant default rule (its timings and key presses stay)."""
    current = far_end_settings(farend, app_id)
    answer = data.get("answer", current["answer"])
    answered_by = data.get("answered_by", current["answered_by"])
    if answer not in ANSWERS:
        raise SettingError(f"answer must be one of {', '.join(ANSWERS)}, got {answer!r}")
    if answered_by not in ANSWERED_BY:
        raise SettingError(f"answered_by must be one of {', '.join(ANSWERED_BY)}, got {answered_by!r}")
    base = farend.own_rule(API_ID, app_id, DEFAULT_PARTY) or FarEnd()
    if answer == "answer":
        outcome = "machine" if answered_by == "voicemail" else "answered"
    else:
        outcome = _OUTCOME_OF_ANSWER[answer]
    details = {k: v for k, v in base.details.items() if k != "setting"}
    if answer == "ring":
        details["setting"] = "ring"  # rings until answered through the control API or its timeout
    farend.set_rule(
        API_ID,
        app_id,
        DEFAULT_PARTY,
        FarEnd(outcome, base.answer_after_s, base.talk_s, base.dtmf, details),
    )
