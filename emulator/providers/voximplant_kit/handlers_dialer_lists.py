"""Lists and contacts of the current dialer's campaigns: campaigns/* (third-party evidence)."""

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
from .wire import arg, json_field, ok, paged, public


class DialerListHandlers(KitBase):
    def _dialer(self, call: ApiCall, campaign_id: Any) -> Document:
        return self.entity(call, "dialer_campaign", campaign_id, "Campaign")

    def _save_dialer(self, call: ApiCall, campaign: Document) -> None:
        self.store.put(self.ns(call), "dialer_campaign", str(campaign["id"]), campaign)

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
