"""The call object CCAI returns, and the status changes a call goes through."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .tenancy import iso

CALL_TYPES = {
    "Voice Outbound (API)": "Voice Outbound (API)",
    "OutboundCall": "Voice Outbound (API)",
    "Voice Inbound (API)": "Voice Inbound (API)",
    "IncomingCall": "Voice Inbound (API)",
    "Voice Scheduled (API)": "Voice Scheduled (API)",
    "ScheduledCall": "Voice Scheduled (API)",
}

# Which status may follow which. Calls move along these by themselves on the emulator clock; a test may
# force one (the control API) to stage a rare state.
TRANSITIONS: dict[str, set[str]] = {
    "selecting": {"queued", "failed", "deflected"},
    "scheduled": {"queued", "failed"},
    "queued": {"assigned", "failed", "deflected", "voicemail"},
    "assigned": {"connecting", "failed"},
    "connecting": {"connected", "failed", "switching"},
    "switching": {"connecting", "failed"},
    "connected": {"finished"},
    "failed": {"recovered"},
    "deflected": {"voicemail", "scheduled"},
    "voicemail": {"voicemail_received"},
    "voicemail_received": {"voicemail_read"},
    "finished": set(),
    "recovered": set(),
    "voicemail_read": set(),
}

_TIMESTAMP_FOR_STATUS = {
    "queued": "queued_at",
    "assigned": "assigned_at",
    "connected": "connected_at",
    "finished": "ends_at",
    "failed": "ends_at",
}


def agent_info(agent: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": agent["id"],
        "agent_number": agent.get("agent_number"),
        "name": f"{agent['first_name']} {agent['last_name']}",
        "last_name": agent["last_name"],
        "first_name": agent["first_name"],
        "avatar_url": agent.get("avatar_url"),
    }


def menu_summary(menu: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": menu["id"],
        "name": menu["name"],
        "parent_id": menu.get("parent_id"),
        "position": menu.get("position", 0),
        "deleted": False,
        "hidden": False,
        "menu_type": menu["menu_type"],
        "output_msg": f"You selected {menu['name']}.",
    }


def menu_path(menu: dict[str, Any], path_ids: list[int]) -> dict[str, Any]:
    return {
        "items_count": len(path_ids),
        "name": menu["name"],
        "materialized_path": "/".join(str(i) for i in path_ids),
    }


def participant(
    participant_id: int,
    call_id: int,
    kind: str,
    *,
    user_id: int | None = None,
    end_user_id: int | None = None,
) -> dict[str, Any]:
    return {
        "id": participant_id,
        "type": kind,
        "status": "waiting",
        "call_id": call_id,
        "user_id": user_id,
        "end_user_id": end_user_id,
        "call_duration": None,
        "hold_duration": None,
        "connected_at": None,
        "ended_at": None,
        "fail_reason": "nothing",
    }


def new_call(call_id: int, call_type: str, status: str, lang: str, now: datetime) -> dict[str, Any]:
    return {
        "id": call_id,
        "parent_id": None,
        "lang": lang,
        "call_type": call_type,
        "status": status,
        "created_at": iso(now),
        "queued_at": None,
        "assigned_at": None,
        "connected_at": None,
        "ends_at": None,
        "scheduled_at": None,
        "wait_duration": 0,
        "call_duration": 0,
        "hold_duration": 0,
        "rating": None,
        "has_feedback": False,
        "voip_provider": "voip_provider_twilio",
        "out_ticket_id": None,
        "out_ticket_url": None,
        "verified": False,
        "recording_url": None,
        # The example responses report "not_asked" even when the request grants permission: the
        # value only changes when the queue asks users for permission, which no API call sets.
        "recording_permission": "not_asked",
        "voicemail_reason": "not_voicemail",
        "deflection": "no_deflection",
        "disconnected_by": "disconnected_by_unknown",
        "fail_details": None,
        "fail_reason": "nothing",
        "support_number": None,
        "selected_menu": None,
        "menu_path": None,
        "agent_info": None,
        "end_user": None,
        "photos": [],
        "videos": [],
        "transfers": [],
        "deflection_details": [],
        "participants": [],
        "offer_type": None,
        "offer_events": [],
        "answer_type": "manual",
        "outbound_number": None,
        # Emulator bookkeeping (never in a vendor reply): every status the call went through, and when.
        "x_status_history": [{"status": status, "at": iso(now)}],
    }


def public_end_user(end_user: dict[str, Any] | None) -> dict[str, Any] | None:
    if end_user is None:
        return None
    return {k: end_user[k] for k in ("id", "identifier", "out_contact_id")}


def advance(
    call: dict[str, Any],
    status: str,
    now: datetime,
    fail_reason: str | None = None,
    fail_details: str | None = None,
) -> None:
    """Move a call to `status`, stamping the times and durations that status implies."""
    call["status"] = status
    call["x_status_history"] = [*call.get("x_status_history", []), {"status": status, "at": iso(now)}]
    stamp = _TIMESTAMP_FOR_STATUS.get(status)
    if stamp:
        call[stamp] = iso(now)
    if status == "connecting":  # the agent has picked up: their leg is live while the end user is dialled
        for person in call["participants"]:
            if person["type"] == "agent" and person["status"] == "waiting":
                _connect(person, now)
    if status == "connected":
        for person in call["participants"]:
            if person["status"] == "waiting":
                _connect(person, now)
        if call.get("queued_at"):
            call["wait_duration"] = _seconds_between(call["queued_at"], now)
    if status in ("finished", "failed"):
        if call.get("connected_at"):
            call["call_duration"] = _seconds_between(call["connected_at"], now)
        for person in call["participants"]:
            if person["status"] in ("finished", "failed"):
                continue
            person["status"] = "finished" if person["connected_at"] else "failed"
            person["ended_at"] = iso(now)
            if person["connected_at"]:
                person["call_duration"] = _seconds_between(person["connected_at"], now)
                person["hold_duration"] = 0
    if status == "failed":
        call["fail_reason"] = fail_reason or "unknown"
        call["fail_details"] = fail_details


def _connect(person: dict[str, Any], now: datetime) -> None:
    person["status"] = "connected"
    person["connected_at"] = iso(now)


def _seconds_between(earlier: str, now: datetime) -> int:
    start = datetime.fromisoformat(earlier.replace("Z", "+00:00"))
    return max(0, round((now - start).total_seconds()))
