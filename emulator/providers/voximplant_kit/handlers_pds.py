"""PDS (agent) campaigns: agentCampaigns/* campaigns and their status (third-party evidence)."""

from __future__ import annotations

from typing import Any

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import agent_campaigns
from .handlers_pds_contacts import PdsContactHandlers
from .pacing import window_error
from .tenancy import kit_time, parse_kit_time
from .wire import arg, caller_pool, json_field, ok, paged, public, require

TRANSITIONS = {
    "draft": {"ongoing", "completed"},
    "scheduled": {"ongoing", "paused", "completed"},
    "ongoing": {"paused", "completed"},
    "paused": {"ongoing", "completed"},
    "completed": set(),
}
CALLER_FIELDS = ("phone_number_id", "caller_id", "sip_number_id", "phone_numbers")
SETTINGS_FIELDS = (
    "voicemail_detection_enabled",
    "voicemail_detection_model",
    "voicemail_detection_timeout_sec",
    "voicemail_detection_timeout_continue_call",
    "dial_up_time_sec",
    "can_outbound_record",
    "outbound_record_notification_type",
    "outbound_record_notification_duration",
    "tts_language",
    "tts_voice",
    "tts_text",
    "media_id",
    "client_waiting_media_id",
    "call_auto_answer",
    "region_enabled",
    "region",
)
QUEUE_FIELDS = (
    "operator_priority_strategy",
    "request_priority_strategy",
    "afterservice_time_limit_enabled",
    "afterservice_time_limit",
    "agents_can_decline_calls",
)
PLAIN_FIELDS = (
    "title",
    "folder_id",
    "phone_number_id",
    "caller_id",
    "sip_number_id",
    "max_attempts",
    "interval",
    "mode",
    "task_multiplier",
    "abandonment_rate",
    "wrap_up_codes_set_id",
    "wrap_up_dnc_list_id",
)


class PdsHandlers(PdsContactHandlers):
    def _pds_out(self, call: ApiCall, campaign: Document) -> Document:
        contacts = self.store.find(self.ns(call), "pds_contact", "agent_campaign_id", campaign["id"])
        return {**public(campaign), "stat": agent_campaigns.counters(contacts)}

    def _check_refs(self, call: ApiCall) -> dict[str, Any]:
        """Referenced numbers, users and DNC lists must exist (404); JSON-text fields parsed."""
        parsed: dict[str, Any] = {}
        for name, kind, label in (
            ("phone_number_id", "number", "Phone number"),
            ("caller_id", "callerid", "Caller ID"),
            ("sip_number_id", "sip_number", "SIP number"),
        ):
            if arg(call, name) is not None:
                self.entity(call, kind, arg(call, name), label)
        pool = caller_pool(call)
        if pool is not None:
            for number_id in pool.get("phone_number_ids", []):
                self.entity(call, "number", number_id, "Phone number")
            for caller_id in pool.get("caller_id_ids", []):
                self.entity(call, "callerid", caller_id, "Caller ID")
            parsed["phone_numbers"] = pool
        for name, kind, label in (("user_ids", "user", "User"), ("dnc_lists", "dnc_list", "DNC list")):
            ids = json_field(call, name)
            if ids is not None:
                for entity_id in ids:
                    self.entity(call, kind, entity_id, label)
                parsed[name] = ids
        working = json_field(call, "working_time")
        if working is not None:
            problem = window_error(working)
            if problem:
                raise ApiError(400, problem)
            parsed["working_time"] = working
        return parsed

    def _apply_pds(self, call: ApiCall, campaign: Document, parsed: dict[str, Any]) -> None:
        body = call.body or {}
        for name in PLAIN_FIELDS:
            if name in body:
                campaign[name] = body[name]
        for name in ("date_start", "date_end"):
            if name in body:
                moment = parse_kit_time(str(body[name]))
                if moment is None:
                    raise ApiError(400, f"{name} must be YYYY-MM-DD HH:mm:ss")
                campaign[name] = kit_time(moment)
        campaign["settings"].update({k: body[k] for k in SETTINGS_FIELDS if k in body})
        campaign["queue"].update({k: body[k] for k in QUEUE_FIELDS if k in body})
        if "title" in body:
            campaign["queue"]["title"] = body["title"]
        if "user_ids" in parsed:
            campaign["user_ids"] = parsed["user_ids"]
        if "dnc_lists" in parsed:
            campaign["dnc_lists"] = parsed["dnc_lists"]
        if "working_time" in parsed:
            campaign["working_time"] = parsed["working_time"]
        if "phone_numbers" in parsed:
            campaign["phone_numbers"] = parsed["phone_numbers"]
        campaign["edit_date"] = kit_time(self.now())
        campaign["edited_by"] = self.user_id(call)

    def agent_campaigns_create_campaign(self, call: ApiCall) -> Reply:
        if not any(arg(call, name) is not None for name in CALLER_FIELDS):
            raise ApiError(
                422, "One of phone_number_id, caller_id, sip_number_id or phone_numbers is required"
            )
        parsed = self._check_refs(call)
        account = self.account(call)
        if float(account["balance"]) + float(account["credit"]) <= 0:
            raise ApiError(402, "Insufficient funds")
        ns, now = self.ns(call), kit_time(self.now())
        campaign_id = self.store.next_id(ns, "pds_campaign", start=61)
        queue_id = self.store.next_id(ns, "queue", start=71)
        campaign: Document = {
            "id": campaign_id,
            "title": "",
            "status": "draft",
            "mode": "predictive",
            "folder_id": None,
            "date_start": None,
            "date_end": None,
            "working_time": [],
            "max_attempts": 1,
            "interval": 60,
            "phone_number_id": None,
            "caller_id": None,
            "sip_number_id": None,
            "settings": {"voicemail_detection_enabled": False, "dial_up_time_sec": 40},
            "create_date": now,
            "created_by": self.user_id(call),
            "edit_date": now,
            "edited_by": self.user_id(call),
            "queue": {
                "id": queue_id,
                "title": "",
                "operator_priority_strategy": "MAX_WAITING_TIME",
                "request_priority_strategy": "MAX_PRIORITY",
                "afterservice_time_limit_enabled": False,
                "afterservice_time_limit": None,
                "agents_can_end_calls": True,
                "agents_can_decline_calls": True,
            },
            "timezone": None,
            "use_tags": False,
            "use_topics": False,
            "topic_set_id": None,
            "task_multiplier": None,
            "abandonment_rate": 3,
            "reference_ip": None,
            "wrap_up_codes_set_id": None,
            "wrap_up_dnc_list_id": None,
            "dnc_lists": [],
            "user_ids": [],
        }
        self._apply_pds(call, campaign, parsed)
        self.store.put(ns, "pds_campaign", str(campaign_id), campaign)
        self.store.put(ns, "queue", str(queue_id), {"id": queue_id, "acd_queue_title": campaign["title"]})
        return ok(self._pds_out(call, campaign))

    def agent_campaigns_update_campaign(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["id"])
        if campaign["status"] == "completed":
            raise ApiError(422, f"Campaign {campaign['id']} is completed and cannot be edited")
        self._apply_pds(call, campaign, self._check_refs(call))
        self.store.put(self.ns(call), "pds_campaign", str(campaign["id"]), campaign)
        return ok(self._pds_out(call, campaign))

    def agent_campaigns_delete_campaign(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["id"])
        if campaign["status"] not in ("draft", "completed", "scheduled"):
            raise ApiError(422, f"Can not delete a campaign in {campaign['status']} status")
        ns = self.ns(call)
        for contact in self.store.find(ns, "pds_contact", "agent_campaign_id", campaign["id"]):
            self.store.delete(ns, "pds_contact", str(contact["id"]))
        for lst in self.store.find(ns, "pds_list", "agent_campaign_id", campaign["id"]):
            self.store.delete(ns, "pds_list", str(lst["id"]))
        self.store.delete(ns, "pds_campaign", str(campaign["id"]))
        return ok(True)

    def agent_campaigns_search_campaigns(self, call: ApiCall) -> Reply:
        statuses = json_field(call, "status")
        title = arg(call, "title")
        chosen = []
        # A search over the account's campaigns (its filters are substrings and date bounds).
        for campaign in self.store.list(self.ns(call), "pds_campaign"):
            if arg(call, "id") is not None and campaign["id"] != arg(call, "id"):
                continue
            if arg(call, "folder_id") is not None and campaign["folder_id"] != arg(call, "folder_id"):
                continue
            if statuses is not None and campaign["status"] not in statuses:
                continue
            if title and title.lower() not in campaign["title"].lower():
                continue
            chosen.append(self._pds_out(call, campaign))
        return paged(call, chosen)

    def set_campaign_status(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["id"])
        target = call.body["status"]
        if target not in TRANSITIONS[campaign["status"]]:
            raise ApiError(422, f"Can not update status from {campaign['status']} to {target}")
        if target == "ongoing":
            if not campaign["user_ids"]:
                raise ApiError(422, "No agents are assigned to the campaign")
            account = self.account(call)
            if float(account["balance"]) + float(account["credit"]) <= 0:
                raise ApiError(402, "Insufficient funds")
            start = parse_kit_time(campaign["date_start"]) if campaign["date_start"] else None
            if campaign["status"] == "draft" and start is not None and start > self.now():
                target = "scheduled"
        campaign["status"] = target
        self.store.put(self.ns(call), "pds_campaign", str(campaign["id"]), campaign)
        self.kick(call, agent_campaigns.FAMILY, campaign["id"])
        return ok(True)

    def get_stat(self, call: ApiCall) -> Reply:
        counts = dict.fromkeys(("draft", "paused", "ongoing", "scheduled", "completed"), 0)
        campaigns = self.store.list(self.ns(call), "pds_campaign")  # a summary of every campaign
        for campaign in campaigns:
            counts[campaign["status"]] += 1
        return ok({**counts, "total": len(campaigns)})


__all__ = ["PdsHandlers", "require"]
