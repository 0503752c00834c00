"""Campaigns of the current dialer: campaigns/* (third-party evidence)."""

from __future__ import annotations

import uuid
from typing import Any

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import dialer
from .base import KitBase
from .dialer import PENDING
from .handlers_outbound import valid_zone
from .outcomes import is_dialable
from .tenancy import kit_time, parse_kit_time
from .wire import arg, caller_pool, json_field, ok, paged, public

TRANSITIONS = {
    "pause": ({"ongoing"}, "paused"),
    "schedule": ({"draft"}, "scheduled"),
    "start": ({"draft", "scheduled", "paused"}, "ongoing"),
    "resume": ({"paused"}, "ongoing"),
    "stop": ({"ongoing", "paused", "scheduled"}, "completed"),
    "draft": ({"scheduled", "paused"}, "draft"),
}
PLAIN = ("title", "max_lines", "region", "max_attempts", "task_priority_strategy", "folder_id", "timezone")


class DialerHandlers(KitBase):
    def _dialer(self, call: ApiCall, campaign_id: Any) -> Document:
        return self.entity(call, "dialer_campaign", campaign_id, "Campaign")

    def _save_dialer(self, call: ApiCall, campaign: Document) -> None:
        self.store.put(self.ns(call), "dialer_campaign", str(campaign["id"]), campaign)

    def _apply_dialer(self, call: ApiCall, campaign: Document) -> None:
        body = call.body or {}
        for name in PLAIN:
            if name in body:
                campaign[name] = body[name]
        if "scenario_id" in body:
            scenario = self.entity(call, "scenario", body["scenario_id"], "Scenario")
            if scenario["scenario_type"] != 1:
                raise ApiError(422, f"Scenario {scenario['id']} is not an outbound call scenario")
            campaign["scenario_id"] = scenario["id"]
        for name in ("planned_date_start", "planned_date_end"):
            if name in body:
                moment = parse_kit_time(str(body[name]))
                if moment is None:
                    raise ApiError(400, f"{name} must be YYYY-MM-DD HH:mm:ss")
                campaign[name] = kit_time(moment)
        strategy = json_field(call, "dialing_strategy")
        if strategy is not None:
            for item in strategy if isinstance(strategy, list) else [None]:
                intervals = item.get("interval_min", []) if isinstance(item, dict) else None
                if not isinstance(item, dict) or not isinstance(item.get("key"), str):
                    raise ApiError(400, "every dialing_strategy item needs a key (phone1, phone2, ...)")
                if not isinstance(intervals, list) or not all(
                    isinstance(i, int) and i >= 0 for i in intervals
                ):
                    raise ApiError(400, "dialing_strategy interval_min must be an array of minutes")
            campaign["dialing_strategy"] = strategy
        pool = caller_pool(call)
        if pool is not None:
            if pool.get("sip_number_ids") and (pool.get("phone_number_ids") or pool.get("caller_id_ids")):
                raise ApiError(422, "sip_number_ids cannot be mixed with phone_number_ids or caller_id_ids")
            for number_id in pool.get("phone_number_ids", []):
                self.entity(call, "number", number_id, "Phone number")
            for caller_id in pool.get("caller_id_ids", []):
                self.entity(call, "callerid", caller_id, "Caller ID")
            for sip_id in pool.get("sip_number_ids", []):
                self.entity(call, "sip_number", sip_id, "SIP number")
            campaign["phone_numbers"] = pool
        for name, kind, label in (("dnc_list_ids", "dnc_list", "DNC list"), ("user_ids", "user", "User")):
            ids = json_field(call, name)
            if ids is not None:
                for entity_id in ids:
                    self.entity(call, kind, entity_id, label)
                campaign[name] = ids
        for name in ("working_time", "supervisors"):
            value = json_field(call, name)
            if value is not None:
                campaign[f"_{name}"] = value
        for flag in ("use_tags", "use_topics"):
            if flag in body:
                campaign[flag] = body[flag]

    def _new(self, call: ApiCall, kind: str) -> Document:
        ns = self.ns(call)
        campaign_id = self.store.next_id(ns, "dialer_campaign", start=81)
        campaign: Document = {
            "id": campaign_id,
            "title": "",
            "status": "draft",
            "type": kind,
            "vox_call_list_id": 9000 + campaign_id,
            "call_list_session_id": None,
            "dialing_strategy": [],
            "phone_numbers": {},
            "scenario_id": None,
            "max_lines": None,
            "max_attempts": 10 if kind == "automated" else 1,
            "region": None,
            "planned_date_start": None,
            "planned_date_end": None,
            "timezone": None,
            "user_ids": [],
            "dnc_list_ids": [],
            "use_tags": False,
            "use_topics": False,
            "queue": None,
            "date_start": None,
            "date_end": None,
        }
        self._apply_dialer(call, campaign)
        if kind == "operator":
            queue_id = self.store.next_id(ns, "queue", start=71)
            campaign["queue"] = {
                "id": queue_id,
                "title": campaign["title"],
                "operator_priority_strategy": "MAX_WAITING_TIME",
                "request_priority_strategy": "MAX_PRIORITY",
                "afterservice_time_limit_enabled": "afterservice_time_limit_sec" in (call.body or {}),
                "afterservice_time_limit": (call.body or {}).get("afterservice_time_limit_sec"),
                "agents_can_end_calls": (call.body or {}).get("agents_can_end_calls", True),
                "agents_can_decline_calls": True,
            }
            self.store.put(ns, "queue", str(queue_id), {"id": queue_id, "acd_queue_title": campaign["title"]})
        self._save_dialer(call, campaign)
        return campaign

    def campaigns_create(self, call: ApiCall) -> Reply:
        return ok(public(self._new(call, "automated")))

    def create_agent(self, call: ApiCall) -> Reply:
        return ok(public(self._new(call, "operator")))

    def _update(self, call: ApiCall, kind: str) -> Reply:
        campaign = self._dialer(call, call.body["id"])
        if campaign["type"] != kind:
            raise ApiError(422, f"Campaign {campaign['id']} is an {campaign['type']} campaign")
        if campaign["status"] == "completed":
            raise ApiError(422, f"Campaign {campaign['id']} is completed and cannot be edited")
        self._apply_dialer(call, campaign)
        if campaign["queue"] is not None:
            campaign["queue"]["title"] = campaign["title"]
        self._save_dialer(call, campaign)
        return ok(public(campaign))

    def campaigns_update(self, call: ApiCall) -> Reply:
        return self._update(call, "automated")

    def update_agent(self, call: ApiCall) -> Reply:
        return self._update(call, "operator")

    def campaigns_search(self, call: ApiCall) -> Reply:
        ids = json_field(call, "ids")
        statuses = json_field(call, "statuses")
        kinds = json_field(call, "type") or ["operator"]
        title = arg(call, "title")
        chosen = []
        # A search over the account's campaigns (its filters are substrings and date bounds).
        for campaign in self.store.list(self.ns(call), "dialer_campaign"):
            if ids is not None and campaign["id"] not in ids:
                continue
            if statuses is not None and campaign["status"] not in statuses:
                continue
            if campaign["type"] not in kinds:
                continue
            if title and title.lower() not in campaign["title"].lower():
                continue
            if arg(call, "folder_id") is not None and campaign.get("folder_id") != arg(call, "folder_id"):
                continue
            if not _between(campaign["date_start"], arg(call, "from"), arg(call, "to")):
                continue
            if not _between(campaign["date_end"], arg(call, "completed_from"), arg(call, "completed_to")):
                continue
            chosen.append(campaign)
        return paged(call, chosen)

    def _transition(self, call: ApiCall, action: str) -> Reply:
        campaign = self._dialer(call, call.body["id"])
        allowed, target = TRANSITIONS[action]
        if campaign["status"] not in allowed:
            raise ApiError(422, f"Can not update status from {campaign['status']} to {target}")
        if action == "schedule":
            if not campaign["planned_date_start"]:
                raise ApiError(422, "planned_date_start is required to schedule a campaign")
            account = self.account(call)
            if float(account["balance"]) + float(account["credit"]) <= 0:
                raise ApiError(402, "Insufficient funds")
        if target == "ongoing":
            if campaign["type"] == "operator" and not campaign["user_ids"]:
                raise ApiError(422, "No agents are assigned to the campaign")
            if campaign["type"] == "automated" and not campaign["scenario_id"]:
                raise ApiError(422, "The campaign has no scenario")
            campaign["date_start"] = campaign["date_start"] or kit_time(self.now())
            campaign["call_list_session_id"] = campaign["call_list_session_id"] or str(uuid.uuid4())
        if target == "completed":
            campaign["date_end"] = kit_time(self.now())
        campaign["status"] = target
        self._save_dialer(call, campaign)
        self.kick(call, dialer.FAMILY, campaign["id"])
        return ok(True)

    def campaigns_pause(self, call: ApiCall) -> Reply:
        return self._transition(call, "pause")

    def campaigns_schedule(self, call: ApiCall) -> Reply:
        return self._transition(call, "schedule")

    def campaigns_start(self, call: ApiCall) -> Reply:
        return self._transition(call, "start")

    def campaigns_resume(self, call: ApiCall) -> Reply:
        return self._transition(call, "resume")

    def campaigns_stop(self, call: ApiCall) -> Reply:
        return self._transition(call, "stop")

    def campaigns_draft(self, call: ApiCall) -> Reply:
        return self._transition(call, "draft")

    def campaigns_delete(self, call: ApiCall) -> Reply:
        campaign = self._dialer(call, call.body["id"])
        if campaign["status"] == "ongoing":
            raise ApiError(422, "Can not update status from ongoing to deleted")
        ns = self.ns(call)
        lists = self.store.find(ns, "dialer_list", "_campaign_id", campaign["id"])
        for lst in lists:
            for contact in self.store.find(ns, "dialer_contact", "list_id", lst["id"]):
                self.store.delete(ns, "dialer_contact", str(contact["id"]))
        for lst in lists:
            self.store.delete(ns, "dialer_list", str(lst["id"]))
        self.store.delete(ns, "dialer_campaign", str(campaign["id"]))
        return ok(True)

    # --- lists and contacts --------------------------------------------------------------------------

    def _list_out(self, call: ApiCall, lst: Document) -> Document:
        mine = self.store.find(self.ns(call), "dialer_contact", "list_id", lst["id"])
        done = [c for c in mine if c["status"] in ("success", "failed", "cancelled")]
        return {
            **public(lst),
            "total_contacts_count": len(mine),
            "completed_contacts_count": len(done),
            "success_contacts_count": sum(1 for c in mine if c["status"] == "success"),
            "failed_contacts_count": sum(1 for c in mine if c["status"] == "failed"),
            "canceled_contacts_count": sum(1 for c in mine if c["status"] == "cancelled"),
        }

    def search_lists(self, call: ApiCall) -> Reply:
        campaign = self._dialer(call, call.body["campaign_id"])
        lists = self.store.find(self.ns(call), "dialer_list", "_campaign_id", campaign["id"])
        return ok([self._list_out(call, lst) for lst in sorted(lists, key=lambda x: x["id"], reverse=True)])

    def campaigns_search_contacts(self, call: ApiCall) -> Reply:
        lst = self.entity(call, "dialer_list", call.body["list_id"], "List")
        status = arg(call, "status")
        chosen = [
            c
            for c in self.store.find(self.ns(call), "dialer_contact", "list_id", lst["id"])
            if status is None or c["status"] == status
        ]
        return paged(call, chosen, newest_first=False)

    def campaigns_append_contacts(self, call: ApiCall) -> Reply:
        campaign = self._dialer(call, call.body["campaign_id"])
        if campaign["status"] == "completed":
            raise ApiError(422, f"Campaign {campaign['id']} is completed")
        rows = json_field(call, "rows", [])
        ns, now = self.ns(call), self.now()
        list_id = self.store.next_id(ns, "dialer_list", start=91)
        added, bad_phone, bad_zone = 0, 0, 0
        seen: set[str] = set()
        for row in rows:
            phones = {k: str(v) for k, v in row.items() if k.startswith("phone") and k[5:].isdigit()}
            zone = row.get("timezone")
            if not phones or not all(is_dialable(p) for p in phones.values()):
                bad_phone += 1
                continue
            if zone is not None and not valid_zone(zone):
                bad_zone += 1
                continue
            contact_id = self.store.next_id(ns, "dialer_contact")
            duplicate = phones["phone1"] in seen if "phone1" in phones else False
            seen.update(phones.values())
            variables = row.get("variables") or {}
            self.store.put(
                ns,
                "dialer_contact",
                str(contact_id),
                {
                    "id": contact_id,
                    "list_id": list_id,
                    "phones": dict(sorted(phones.items())),
                    "variables": [variables] if isinstance(variables, dict) else list(variables),
                    "status": "duplicated" if duplicate else "sent",
                    "attempts_count": 0,
                    "max_attempts": int(campaign["max_attempts"] or 1),
                    "task_uuid": str(uuid.uuid4()),
                    "task_priority": int(row.get("task_priority", 1)),
                    "completion_code": None,
                    "_next_at": now.timestamp(),
                    "_waiting": None if duplicate else campaign["id"],
                    "_timezone": zone or campaign["timezone"],
                },
            )
            added += 1
        self.store.put(
            ns,
            "dialer_list",
            str(list_id),
            {
                "id": list_id,
                "_campaign_id": campaign["id"],
                "is_from_api": True,
                "file_name": None,
                "status": "ongoing",
                "processing_status": {
                    "processed": len(rows),
                    "invalid_phone": bad_phone,
                    "invalid_timezone": bad_zone,
                },
                "properties": {"timezone_column": "timezone"},
                "tz_autodetection_enabled": False,
                "always_autodetect_tz": False,
                "on_autodetect_tz_error": "exclude",
                "default_timezone": campaign["timezone"],
            },
        )
        self.kick(call, dialer.FAMILY, campaign["id"])
        failed = bad_phone + bad_zone
        return ok(
            {
                "success_contacts": added,
                "failed_contacts": failed,
                "total_contacts": len(rows),
                "invalid_phones": bad_phone,
                "invalid_tz": bad_zone,
            }
        )

    def cancel_contact(self, call: ApiCall) -> Reply:
        ids = json_field(call, "contact_ids", [])
        if len(ids) > 100:
            raise ApiError(422, "At most 100 contacts can be canceled at once")
        ns = self.ns(call)
        for contact_id in ids:
            contact = self.entity(call, "dialer_contact", contact_id, "Contact")
            if contact["status"] in PENDING or contact["status"] == "paused":
                contact["status"], contact["_waiting"] = "cancelled", None
                self.store.put(ns, "dialer_contact", str(contact_id), contact)
        return ok(True)

    def campaigns_cancel_lists(self, call: ApiCall) -> Reply:
        campaign = self._dialer(call, call.body["campaign_id"])
        ns = self.ns(call)
        ids = json_field(call, "list_ids", [])
        lists = []
        for list_id in ids:
            lst = self.entity(call, "dialer_list", list_id, "List")
            if lst["_campaign_id"] != campaign["id"]:
                raise ApiError(404, f"List {list_id} not found in campaign {campaign['id']}")
            lists.append(lst)
        for lst in lists:
            lst["status"] = "canceled"
            self.store.put(ns, "dialer_list", str(lst["id"]), lst)
            for contact in self.store.find(ns, "dialer_contact", "list_id", lst["id"]):
                if contact["status"] in PENDING:
                    contact["status"], contact["_waiting"] = "cancelled", None
                    self.store.put(ns, "dialer_contact", str(contact["id"]), contact)
        return ok(True)

    def edit_call_list_tasks_priority(self, call: ApiCall) -> Reply:
        lst = self.entity(call, "dialer_list", call.body["list_id"], "List")
        tasks = json_field(call, "tasks", [])
        by_uuid = {
            c["task_uuid"]: c for c in self.store.find(self.ns(call), "dialer_contact", "list_id", lst["id"])
        }
        changed = succeeded = failed = invalid = 0
        for task in tasks:
            contact = by_uuid.get(str(task.get("task_uuid")))
            priority = task.get("task_priority")
            if contact is None or not isinstance(priority, int) or not 1 <= priority <= 250000:
                invalid += 1
            elif contact["status"] == "success":
                succeeded += 1
            elif contact["status"] == "failed":
                failed += 1
            else:
                contact["task_priority"] = priority
                self.store.put(self.ns(call), "dialer_contact", str(contact["id"]), contact)
                changed += 1
        return ok(
            {
                "changed_priority": changed,
                "already_succeed_tasks": succeeded,
                "already_failed_tasks": failed,
                "invalid_tasks": invalid,
            }
        )


def _between(moment: str | None, start: str | None, end: str | None) -> bool:
    if not start and not end:
        return True
    if moment is None:
        return False
    return (not start or moment >= start) and (not end or moment <= end)
