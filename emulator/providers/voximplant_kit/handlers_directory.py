"""Queues, users, groups, DNC lists, callback subscriptions, agent metrics and the CTI host."""

from __future__ import annotations

from datetime import timedelta

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .base import KitBase
from .calls import Dial
from .outcomes import SOFTPHONE, digits
from .tenancy import kit_time, parse_kit_time
from .wire import arg, json_field, ok, paged, public

MAX_SUBSCRIPTIONS = 5


class DirectoryHandlers(KitBase):
    def search_queues(self, call: ApiCall) -> Reply:
        return paged(call, self.store.list(self.ns(call), "queue"))  # the account's queues: configuration

    def search_users(self, call: ApiCall) -> Reply:
        users = self.store.list(self.ns(call), "user")  # the account's users: configuration
        if arg(call, "id") is not None:
            users = [u for u in users if u["id"] == arg(call, "id")]
        return paged(call, users)

    def search_groups(self, call: ApiCall) -> Reply:
        groups = self.store.list(self.ns(call), "group")  # the account's groups: configuration
        ids = json_field(call, "id")
        if ids is not None:
            groups = [g for g in groups if g["id"] in ids]
        return paged(call, groups)

    # --- DNC ------------------------------------------------------------------------------------------

    def add_dnc_contacts(self, call: ApiCall) -> Reply:
        dnc_list = self.entity(call, "dnc_list", call.body["id"], "DNC list")
        numbers = json_field(call, "contacts", [])
        ns = self.ns(call)
        existing: set[str] = set()
        for number in numbers:
            wanted = digits(number)  # the spec holds every entry to at least one digit
            if wanted in existing or any(
                e["list_id"] == dnc_list["id"] for e in self.store.find(ns, "dnc", "number", wanted)
            ):
                continue
            entry_id = self.store.next_id(ns, "dnc")
            self.store.put(
                ns,
                "dnc",
                str(entry_id),
                {
                    "id": entry_id,
                    "list_id": dnc_list["id"],
                    "number": wanted,
                    "comment": arg(call, "comment"),
                    "create_date": kit_time(self.now()),
                },
            )
            existing.add(wanted)
        return ok(True)

    def search_dnc_contacts(self, call: ApiCall) -> Reply:
        ns = self.ns(call)
        if arg(call, "list_id") is not None:
            entries = self.store.find(ns, "dnc", "list_id", arg(call, "list_id"))
        else:  # a search over every list: the number filter is a substring, so it reads every entry
            entries = self.store.list(ns, "dnc")
        if arg(call, "id") is not None:
            entries = [e for e in entries if e["id"] == arg(call, "id")]
        if arg(call, "number"):
            entries = [e for e in entries if digits(arg(call, "number")) in e["number"]]
        return paged(call, entries)

    def delete_dnc_contact(self, call: ApiCall) -> Reply:
        ns = self.ns(call)
        if arg(call, "id") is not None:
            entry = self.entity(call, "dnc", arg(call, "id"), "DNC entry")
        else:
            self.entity(call, "dnc_list", arg(call, "list_id"), "DNC list")
            wanted = digits(arg(call, "number"))
            found = [
                e
                for e in self.store.find(ns, "dnc", "number", wanted)
                if e["list_id"] == arg(call, "list_id")
            ]
            if not found:
                raise ApiError(404, f"{arg(call, 'number')} is not on DNC list {arg(call, 'list_id')}")
            entry = found[0]
        self.store.delete(ns, "dnc", str(entry["id"]))
        return ok(True)

    # --- callback subscriptions ------------------------------------------------------------------------

    def callback_create(self, call: ApiCall) -> Reply:
        ns = self.ns(call)
        if self.store.count(ns, "callback") >= MAX_SUBSCRIPTIONS:
            raise ApiError(422, f"An account can have at most {MAX_SUBSCRIPTIONS} callback subscriptions")
        subscription_id = self.store.next_id(ns, "callback")
        subscription: Document = {
            "id": subscription_id,
            "name": call.body["name"],
            "url": call.body["url"],
            "salt": call.body["salt"],
            "callbacks": json_field(call, "callbacks", []),
            "is_enabled": call.body["is_enabled"],
        }
        self.store.put(ns, "callback", str(subscription_id), subscription)
        return ok(subscription)

    def callback_update(self, call: ApiCall) -> Reply:
        subscription = self.entity(call, "callback", call.body["id"], "Callback subscription")
        for name in ("name", "url", "salt", "is_enabled"):
            if name in call.body:
                subscription[name] = call.body[name]
        if "callbacks" in call.body:
            subscription["callbacks"] = json_field(call, "callbacks", [])
        self.store.put(self.ns(call), "callback", str(subscription["id"]), subscription)
        return ok(subscription)

    def callback_search(self, call: ApiCall) -> Reply:
        chosen = []
        for subscription in self.store.list(self.ns(call), "callback"):  # at most 5 per account
            if arg(call, "id") is not None and subscription["id"] != arg(call, "id"):
                continue
            if arg(call, "name") and arg(call, "name") not in subscription["name"]:
                continue
            if arg(call, "url") and arg(call, "url") not in subscription["url"]:
                continue
            chosen.append(subscription)
        return ok(chosen)

    def callback_delete(self, call: ApiCall) -> Reply:
        subscription = self.entity(call, "callback", call.body["id"], "Callback subscription")
        self.store.delete(self.ns(call), "callback", str(subscription["id"]))
        return ok(True)

    # --- metrics ------------------------------------------------------------------------------------------

    def get_agents_metrics_calls(self, call: ApiCall) -> Reply:
        interval = arg(call, "interval") or "last24h"
        now = self.now()
        if interval == "since12am":
            since = now.replace(hour=0, minute=0, second=0, microsecond=0)
        elif interval == "last24h":
            since = now - timedelta(hours=24)
        else:
            raise ApiError(400, "interval must be last24h or since12am")
        agent_ids = json_field(call, "agent_ids")
        if not agent_ids:  # every agent: the account's users are configuration
            agent_ids = [u["id"] for u in self.store.list(self.ns(call), "user")]
        stat = {}
        for agent_id in agent_ids:
            mine = [
                c
                for c in self.store.find(self.ns(call), "call", "user_id", agent_id)
                if (parse_kit_time(c["datetime_start"]) or now) >= since
            ]
            answered = [c for c in mine if c["completion_code"] == "Call_Answered"]
            stat[str(agent_id)] = {
                interval: {
                    "metrics": {
                        "calls_count": len(mine),
                        "answered_calls_count": len(answered),
                        "total_talk_time": sum(c["duration"] for c in answered),
                    }
                }
            }
        return ok({"stat": stat})

    # --- CTI ----------------------------------------------------------------------------------------------

    def make_call(self, call: ApiCall) -> Reply:
        account = self.account(call)
        if call.path_params["domain"] != account["domain"]:
            raise ApiError(403, "The path names another account")
        user = self.entity(call, "user", call.body["user_id"], "User")
        caller = arg(call, "callerid") or _first_number(self, call)
        variables = json_field(call, "variables", {})
        self.calls.place(
            self.ns(call),
            account,
            Dial(
                call_type=SOFTPHONE,
                phone_a=caller,
                phone_b=call.body["number"],
                user_id=user["id"],
                variables=variables or {},
            ),
        )
        return ok(True)

    def make_transfer(self, call: ApiCall) -> Reply:
        self.entity(call, "user", call.body["user_id"], "User")
        ns, call_id = self.ns(call), call.body["call_id"]
        live = self.store.get(ns, "live_call", str(call_id))
        if live is None:
            self.entity(call, "call", call_id, "Call")  # 404 for a call that never was
            raise ApiError(422, f"Call {call_id} has ended: only a connected call can be transferred")
        answered = live.get("answered_at")
        if (
            answered is None
            or answered > self.clock.time()
            or live["dial"]["user_id"] != call.body["user_id"]
        ):
            raise ApiError(422, f"Call {call_id} is not a connected call of user {call.body['user_id']}")
        direction = call.body["direction_type"]
        data = json_field(call, f"{direction}_transfer_data")
        if data is None:
            raise ApiError(400, f"{direction}_transfer_data is required for a {direction} transfer")
        live["transfers"] = [
            *live.get("transfers", []),
            {
                "type": call.body["transfer_type"],
                "direction": direction,
                "data": data,
                "at": kit_time(self.now()),
            },
        ]
        self.store.put(ns, "live_call", str(call_id), live)
        return ok(True)


def _first_number(handlers: KitBase, call: ApiCall) -> str:
    numbers = handlers.store.page(handlers.ns(call), "number", 0, 1)
    return str(numbers[0]["phone_number"]) if numbers else ""


__all__ = ["DirectoryHandlers", "public"]
