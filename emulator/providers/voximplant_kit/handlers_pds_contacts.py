"""PDS (agent) campaigns' lists and contacts: agentCampaigns/* (third-party evidence)."""

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
from .pacing import wait
from .tenancy import kit_time
from .wire import arg, json_field, ok, paged

LIST_TRANSITIONS = {
    "ongoing": {"paused", "canceled"},
    "paused": {"ongoing", "canceled"},
    "processing": {"canceled"},
}


class PdsContactHandlers(KitBase):
    def _pds(self, call: ApiCall, campaign_id: Any) -> Document:
        return self.entity(call, "pds_campaign", campaign_id, "Campaign")

    def set_list_status(self, call: ApiCall) -> Reply:
        lst = self.entity(call, "pds_list", call.body["id"], "List")
        target = call.body["status"]
        if target not in LIST_TRANSITIONS.get(lst["status"], set()):
            raise ApiError(422, f"Can not update status from {lst['status']} to {target}")
        lst["status"] = target
        lst["edit_date"] = kit_time(self.now())
        ns = self.ns(call)
        if target == "canceled":
            for contact in self.store.find(ns, "pds_contact", "agent_campaign_list_id", lst["id"]):
                if contact["status"] == "ongoing":
                    self._cancel(call, contact, "List canceled")
        self.store.put(ns, "pds_list", str(lst["id"]), lst)
        self.kick(call, agent_campaigns.FAMILY, lst["agent_campaign_id"])
        return ok(True)

    def _cancel(self, call: ApiCall, contact: Document, reason: str | None) -> None:
        contact.update(
            status="canceled",
            canceled_by=self.user_id(call),
            cancel_reason=reason,
            cancel_date=kit_time(self.now()),
            callback_at=None,
            _waiting=None,
        )
        self.store.put(self.ns(call), "pds_contact", str(contact["id"]), contact)

    def _contact_candidates(self, call: ApiCall, list_ids: list[int] | None) -> list[Document]:
        """The contacts a search can match, by the narrowest indexed filter it names."""
        ns = self.ns(call)
        if arg(call, "id") is not None:
            found = self.store.get(ns, "pds_contact", str(arg(call, "id")))
            return [found] if found else []
        if list_ids is not None:
            return [
                c for i in list_ids for c in self.store.find(ns, "pds_contact", "agent_campaign_list_id", i)
            ]
        if arg(call, "campaign_id") is not None:
            return self.store.find(ns, "pds_contact", "agent_campaign_id", arg(call, "campaign_id"))
        return self.store.list(ns, "pds_contact")  # no filter: the search is over every contact

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
        for contact in self._contact_candidates(call, list_ids):
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
                        "UTC": str(row.get("UTC", "")),
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
                    "_waiting": campaign["id"],
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
        self.kick(call, agent_campaigns.FAMILY, campaign["id"])
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
        ns = self.ns(call)
        campaign_id = arg(call, "agent_campaign_id")
        # One campaign's lists when it is named; else the search is over every list of the account.
        lists = (
            self.store.find(ns, "pds_list", "agent_campaign_id", campaign_id)
            if campaign_id is not None
            else self.store.list(ns, "pds_list")
        )
        chosen = []
        for lst in lists:
            if arg(call, "id") is not None and lst["id"] != arg(call, "id"):
                continue
            if arg(call, "agent_campaign_id") is not None and lst["agent_campaign_id"] != arg(
                call, "agent_campaign_id"
            ):
                continue
            if statuses is not None and lst["status"] not in statuses:
                continue
            mine = self.store.find(ns, "pds_contact", "agent_campaign_list_id", lst["id"])
            chosen.append({**lst, **agent_campaigns.counters(mine)})
        return paged(call, chosen)

    def cancel_contacts(self, call: ApiCall) -> Reply:
        campaign = self._pds(call, call.body["campaign_id"])
        mine = {
            c["id"]: c
            for c in self.store.find(self.ns(call), "pds_contact", "agent_campaign_id", campaign["id"])
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
            for c in self.store.find(self.ns(call), "pds_contact", "agent_campaign_id", campaign["id"])
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
            wait(contact, campaign["id"])
            self.store.put(self.ns(call), "pds_contact", str(contact_id), contact)
            lst = self.store.get(self.ns(call), "pds_list", str(contact["agent_campaign_list_id"]))
            if lst is not None and lst["status"] == "completed":  # a finished list takes the new attempts
                lst["status"] = "ongoing"
                self.store.put(self.ns(call), "pds_list", str(lst["id"]), lst)
        self.kick(call, agent_campaigns.FAMILY, campaign["id"])
        return ok(True)
