"""Campaigns of the current dialer: campaigns/* campaigns and their status (third-party evidence)."""

from __future__ import annotations

import uuid

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import dialer
from .handlers_dialer_lists import DialerListHandlers
from .handlers_outbound import valid_zone
from .pacing import window_error
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


class DialerHandlers(DialerListHandlers):
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
            problem = window_error(value) if name == "working_time" and value is not None else None
            if problem:
                raise ApiError(400, problem)
            if value is not None:
                campaign[f"_{name}"] = value
        if body.get("timezone") is not None and not valid_zone(body["timezone"]):
            raise ApiError(400, f"timezone {str(body['timezone'])[:64]!r} is not a time zone")
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


def _between(moment: str | None, start: str | None, end: str | None) -> bool:
    if not start and not end:
        return True
    if moment is None:
        return False
    return (not start or moment >= start) and (not end or moment <= end)
