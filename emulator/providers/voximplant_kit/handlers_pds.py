"""PDS (agent) campaigns: agentCampaigns/* (third-party evidence)."""

from __future__ import annotations

from typing import Any

from ...core.errors import ApiError
from ...core.operations import MAX_INTEGER_DIGITS
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import agent_campaigns
from .base import KitBase
from .handlers_outbound import valid_zone
from .outcomes import digits, is_dialable
from .tenancy import kit_time, parse_kit_time
from .wire import arg, caller_pool, json_field, ok, paged, public, require

TRANSITIONS = {
    "draft": {"ongoing", "completed"},
    "scheduled": {"ongoing", "paused", "completed"},
    "ongoing": {"paused", "completed"},
    "paused": {"ongoing", "completed"},
    "completed": set(),
}
LIST_TRANSITIONS = {
    "ongoing": {"paused", "canceled"},
    "paused": {"ongoing", "canceled"},
    "processing": {"canceled"},
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


class PdsHandlers(KitBase):
    def _pds(self, call: ApiCall, campaign_id: Any) -> Document:
        return self.entity(call, "pds_campaign", campaign_id, "Campaign")

    def _pds_out(self, call: ApiCall, campaign: Document) -> Document:
        contacts = [
            c
            for c in self.store.list(self.ns(call), "pds_contact")
            if c["agent_campaign_id"] == campaign["id"]
        ]
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
            if working and len(working) != 2:
                raise ApiError(400, "working_time must hold a start and an end time")
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
        for contact in self.store.list(ns, "pds_contact"):
            if contact["agent_campaign_id"] == campaign["id"]:
                self.store.delete(ns, "pds_contact", str(contact["id"]))
        for lst in self.store.list(ns, "pds_list"):
            if lst["agent_campaign_id"] == campaign["id"]:
                self.store.delete(ns, "pds_list", str(lst["id"]))
        self.store.delete(ns, "pds_campaign", str(campaign["id"]))
        return ok(True)

    def agent_campaigns_search_campaigns(self, call: ApiCall) -> Reply:
        statuses = json_field(call, "status")
        title = arg(call, "title")
        chosen = []
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
        self.tick(self.account(call))
        return ok(True)

    def set_list_status(self, call: ApiCall) -> Reply:
        lst = self.entity(call, "pds_list", call.body["id"], "List")
        target = call.body["status"]
        if target not in LIST_TRANSITIONS.get(lst["status"], set()):
            raise ApiError(422, f"Can not update status from {lst['status']} to {target}")
        lst["status"] = target
        lst["edit_date"] = kit_time(self.now())
        ns = self.ns(call)
        if target == "canceled":
            for contact in self.store.list(ns, "pds_contact"):
                if contact["agent_campaign_list_id"] == lst["id"] and contact["status"] == "ongoing":
                    self._cancel(call, contact, "List canceled")
        self.store.put(ns, "pds_list", str(lst["id"]), lst)
        self.tick(self.account(call))
        return ok(True)

    def _cancel(self, call: ApiCall, contact: Document, reason: str | None) -> None:
        contact.update(
            status="canceled",
            canceled_by=self.user_id(call),
            cancel_reason=reason,
            cancel_date=kit_time(self.now()),
            callback_at=None,
        )
        self.store.put(self.ns(call), "pds_contact", str(contact["id"]), contact)

    def agent_campaigns_search_contacts(self, call: ApiCall) -> Reply:
        lists = arg(call, "campaign_list_id")
        list_ids = None
        if lists is not None and str(lists).startswith("["):
            list_ids = json_field(call, "campaign_list_id")
        elif lists is not None:
            if len(str(lists)) > MAX_INTEGER_DIGITS:  # a digit string Python will not convert
                raise ApiError(400, "campaign_list_id is out of range")
            list_ids = [int(lists)]
        statuses = json_field(call, "status")
        start, end = arg(call, "from"), arg(call, "to")
        chosen = []
        for contact in self.store.list(self.ns(call), "pds_contact"):
            if arg(call, "id") is not None and contact["id"] != arg(call, "id"):
                continue
            if arg(call, "campaign_id") is not None and contact["agent_campaign_id"] != arg(
                call, "campaign_id"
            ):
                continue
            if list_ids is not None and contact["agent_campaign_list_id"] not in list_ids:
                continue
            if arg(call, "phone") and digits(arg(call, "phone")) not in contact["phone"]:
                continue
            if statuses is not None and contact["status"] not in statuses:
                continue
            if (start and contact["create_date"] < start) or (end and contact["create_date"] > end):
                continue
            chosen.append(contact)
        return paged(call, chosen)

    def agent_campaigns_append_contacts(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["campaign_id"])
        if campaign["status"] == "completed":
            raise ApiError(422, f"Campaign {campaign['id']} is completed")
        rows = json_field(call, "rows", [])
        if rows and any(set(row) != set(rows[0]) for row in rows):
            raise ApiError(422, "Every row must have the same keys")
        ns, now = self.ns(call), self.now()
        list_id = self.store.next_id(ns, "pds_list", start=62)
        fails, added, bad_phone, bad_zone = [], 0, 0, 0
        for row in rows:
            errors = []
            if not is_dialable(str(row.get("phone", ""))):
                errors.append("Invalid phone number")
                bad_phone += 1
            if not valid_zone(row.get("UTC")):
                errors.append("Invalid time zone")
                bad_zone += 1
            if errors:
                fails.append(
                    {
                        "phone": str(row.get("phone", "")),
                        "utc": str(row.get("UTC", "")),
                        "custom_field": "",
                        "errors": errors,
                    }
                )
                continue
            contact_id = self.store.next_id(ns, "pds_contact")
            self.store.put(
                ns,
                "pds_contact",
                str(contact_id),
                {
                    "id": contact_id,
                    "agent_campaign_list_id": list_id,
                    "agent_campaign_id": campaign["id"],
                    "phone": digits(row["phone"]),
                    "timezone": row["UTC"],
                    "status": "ongoing",
                    "max_attempts": campaign["max_attempts"],
                    "current_attempt": 0,
                    "custom_data": row,
                    "last_attempt_date": None,
                    "completion_code": None,
                    "create_date": kit_time(now),
                    "created_by": self.user_id(call),
                    "edit_date": kit_time(now),
                    "edited_by": None,
                    "canceled_by": None,
                    "cancel_reason": None,
                    "cancel_date": None,
                    "interval": [campaign["interval"]],
                    "callback_at": None,
                    "_next_at": now.timestamp(),
                },
            )
            added += 1
        self.store.put(
            ns,
            "pds_list",
            str(list_id),
            {
                "id": list_id,
                "agent_campaign_id": campaign["id"],
                "status": "ongoing",
                "is_from_api": True,
                "file_name": None,
                "file_size": None,
                "processing_status": {
                    "processed": len(rows),
                    "invalid_phone": bad_phone,
                    "invalid_timezone": bad_zone,
                },
                "create_date": kit_time(now),
                "created_by": self.user_id(call),
                "edit_date": kit_time(now),
                "edited_by": None,
            },
        )
        self.tick(self.account(call))
        return ok(
            {
                "list_id": list_id,
                "count": len(rows),
                "success_count": added,
                "errors_count": len(fails),
                "fail_list": fails,
            }
        )

    def search_campaign_lists(self, call: ApiCall) -> Reply:
        statuses = json_field(call, "status")
        contacts = self.store.list(self.ns(call), "pds_contact")
        chosen = []
        for lst in self.store.list(self.ns(call), "pds_list"):
            if arg(call, "id") is not None and lst["id"] != arg(call, "id"):
                continue
            if arg(call, "agent_campaign_id") is not None and lst["agent_campaign_id"] != arg(
                call, "agent_campaign_id"
            ):
                continue
            if statuses is not None and lst["status"] not in statuses:
                continue
            mine = [c for c in contacts if c["agent_campaign_list_id"] == lst["id"]]
            chosen.append({**lst, **agent_campaigns.counters(mine)})
        return paged(call, chosen)

    def cancel_contacts(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["campaign_id"])
        mine = {
            c["id"]: c
            for c in self.store.list(self.ns(call), "pds_contact")
            if c["agent_campaign_id"] == campaign["id"]
        }
        if str(arg(call, "cancel_all") or "") in ("1", "true"):
            chosen = [c for c in mine.values() if c["status"] == "ongoing"]
        else:
            ids = json_field(call, "contact_ids", [])
            missing = [i for i in ids if i not in mine]
            if missing:
                raise ApiError(
                    404, f"Contacts not found in campaign {campaign['id']}: {', '.join(map(str, missing))}"
                )
            chosen = [mine[i] for i in ids if mine[i]["status"] == "ongoing"]
        for contact in chosen:
            self._cancel(call, contact, arg(call, "comment"))
        return ok(True)

    def add_attempts(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["campaign_id"])
        mine = {
            c["id"]: c
            for c in self.store.list(self.ns(call), "pds_contact")
            if c["agent_campaign_id"] == campaign["id"]
        }
        ids = json_field(call, "contact_ids", [])
        missing = [i for i in ids if i not in mine]
        if missing:
            raise ApiError(
                404, f"Contacts not found in campaign {campaign['id']}: {', '.join(map(str, missing))}"
            )
        now = self.now().timestamp()
        for contact_id in ids:
            contact = mine[contact_id]
            if contact["status"] == "canceled":
                raise ApiError(422, f"Contact {contact_id} is canceled")
            contact["max_attempts"] = contact["current_attempt"] + call.body["max_attempts"]
            contact["status"] = "ongoing"
            contact["_interval"] = call.body["interval"]
            contact["interval"] = [call.body["interval"]]
            contact["_next_at"] = now
            self.store.put(self.ns(call), "pds_contact", str(contact_id), contact)
            lst = self.store.get(self.ns(call), "pds_list", str(contact["agent_campaign_list_id"]))
            if lst is not None and lst["status"] == "completed":  # a finished list takes the new attempts
                lst["status"] = "ongoing"
                self.store.put(self.ns(call), "pds_list", str(lst["id"]), lst)
        self.tick(self.account(call))
        return ok(True)

    def get_stat(self, call: ApiCall) -> Reply:
        counts = dict.fromkeys(("draft", "paused", "ongoing", "scheduled", "completed"), 0)
        campaigns = self.store.list(self.ns(call), "pds_campaign")
        for campaign in campaigns:
            counts[campaign["status"]] += 1
        return ok({**counts, "total": len(campaigns)})


__all__ = ["PdsHandlers", "require"]
