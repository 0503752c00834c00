"""CCAI Platform Apps API behaviour: SMS, wait times, CRM data and Do-Not-Call here; calls and bulk users
in their own modules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.routing import BaseRoute

from ...core.auth import parse_basic, secrets_match
from ...core.environment import Environment
from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply, RequestView
from ...core.ratelimit import RateLimit
from . import phones
from .base import public
from .bulk_api import BulkUsersApi
from .calls import public_end_user
from .calls_api import CallsApi
from .control import control_routes
from .demo import seed_demo
from .inspect import inspector_calls
from .lifecycle import CallLife
from .tenancy import API_ID, get_customer, iso

_UNAUTHORIZED = {"WWW-Authenticate": 'Basic realm="CCAI Platform Apps API"'}
_DNC_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S %Z", "%Y-%m-%d %H:%M:%S.%f %z", "%Y-%m-%d %H:%M:%S %z")


class CcaiPlatformProvider(CallsApi, BulkUsersApi):
    api_id = API_ID

    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.life = CallLife(env)
        self._register_bulk_worker(env)
        # An end user's open SMS session is found by the end user, not by reading every chat.
        self.store.index("chat", "x_active_end_user")
        self.store.index("ticket", "x_number")  # a number's CRM contact, for end users without a ticket
        self.store.index("outbound_number", "default")

    # --- protocol hooks ------------------------------------------------------------------------

    def authenticate(self, request: RequestView) -> Any:
        credentials = parse_basic(request.headers.get("authorization"))
        if credentials is None:
            raise ApiError(401, "Unauthorized: HTTP Basic credentials are required", headers=_UNAUTHORIZED)
        subdomain, token = credentials
        customer = get_customer(self.store, subdomain)
        if customer is None or not secrets_match(token, customer["token"]):
            raise ApiError(401, "Unauthorized: unknown subdomain or wrong API token", headers=_UNAUTHORIZED)
        return customer

    def rate_limit(self, principal: Any) -> tuple[str, RateLimit] | None:
        return f"{API_ID}/{principal['subdomain']}", RateLimit(requests=1, per_seconds=1.0)

    def seed_demo(self) -> None:
        seed_demo(self)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    def inspector_calls(self) -> list[dict[str, Any]]:
        return inspector_calls(self.store)

    # --- SMS -----------------------------------------------------------------------------------

    def create_sms(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        settings = self._settings(call)
        if not settings["sms_enabled"]:
            raise ApiError(400, "SMS is not enabled")
        if not settings["outbound_sms_enabled"]:
            raise ApiError(400, "Outbound SMS is not enabled")
        number = body["end_user_number"]
        if not phones.is_well_formed(number):
            raise ApiError(400, "end_user_number is invalid")
        outbound = body["outbound_number"]
        if not phones.is_well_formed(outbound):
            raise ApiError(400, "outbound_number is invalid")
        if not phones.is_us(number) or not phones.is_us(outbound):  # SMS is US-only at both ends
            raise ApiError(400, "Non-US phone number not allowed")
        if self._managed_number(ns, outbound) is None:
            raise ApiError(400, "outbound_number is not found")
        end_user = self._end_user(ns, number, None)
        if self.store.find(ns, "chat", "x_active_end_user", end_user["id"]):
            raise ApiError(400, "Outbound SMS failed. Consumer is already in an active SMS session.")
        chat_id = self._next_id(ns, "chat")
        chat = {
            "id": chat_id,
            "lang": "en",
            "chat_type": body["chat_type"],
            "status": "selecting",
            "created_at": iso(now),
            "queued_at": None,
            "assigned_at": None,
            "ends_at": None,
            "wait_duration": 0,
            "chat_duration": 0,
            "rating": None,
            "has_feedback": False,
            "out_ticket_id": body.get("ticket_id"),
            "out_ticket_url": None,
            "verified": False,
            "disconnected_by": "disconnected_by_unknown",
            "fail_reason": None,
            "selected_menu": None,
            "menu_path": None,
            "agent_info": None,
            "end_user": public_end_user(end_user),
            "photos": [],
            "videos": [],
            "transfers": [],
            "participants": [
                {
                    "id": self._next_id(ns, "participant"),
                    "type": "end_user",
                    "status": "connected",
                    "chat_id": chat_id,
                    "user_id": None,
                    "end_user_id": end_user["id"],
                    "chat_duration": None,
                    "connected_at": iso(now),
                    "ended_at": None,
                    "fail_reason": "nothing",
                }
            ],
            "offer_type": None,
            "offer_events": [],
            "answer_type": "manual",
            "outbound_number": phones.e164(outbound),
            "x_active_end_user": end_user["id"],  # until the session ends
        }
        self.store.put(ns, "chat", str(chat_id), chat)
        self.store.put(
            ns,
            "sms",
            str(chat_id),
            {
                "chat_id": chat_id,
                "to": number,
                "from": outbound,
                "message": body["message"],
                "ticket_id": body.get("ticket_id"),
                "sent_at": iso(now),
            },
        )
        return Reply(status=200, body=public(chat))

    # --- Wait times ----------------------------------------------------------------------------

    def get_wait_times(self, call: ApiCall) -> Reply:
        ns, query = self._ns(call), call.query
        menus = self.store.list(ns, "menu")  # the answer covers every menu (a customer's configured few)
        if "menu_id" in query:
            root = query["menu_id"]
            menus = [m for m in menus if root in self._menu_chain(ns, m)]
        lang = query["lang"]
        channels = [query["channel_type"]] if "channel_type" in query else ["chat", "voice_call"]
        low, high = query.get("wait[from]"), query.get("wait[to]")
        result = []
        for menu in menus:
            if lang not in menu.get("languages", []):
                continue
            if "menu_type" in query and menu["menu_type"] != query["menu_type"]:
                continue
            entry: dict[str, Any] = {"menu_id": menu["id"], "menu_type": menu["menu_type"]}
            for channel in channels:
                wait = menu.get("wait_times", {}).get(channel)
                if wait is None or (low is not None and wait <= low) or (high is not None and wait >= high):
                    continue
                entry[channel] = wait
            if len(entry) == 2:
                continue  # no channel of this menu has a wait in range
            entry["materialized_path"] = menu["name"]
            result.append(entry)
        return Reply(body=result)

    # --- CRM -----------------------------------------------------------------------------------

    def post_crm_contact_data(self, call: ApiCall) -> Reply:
        ns = self._ns(call)
        key = self._next_id(ns, "contact_data")
        self.store.put(ns, "contact_data", str(key), {"received_at": iso(self.clock.now()), **call.body})
        return Reply(status=200)

    # --- Do Not Call ---------------------------------------------------------------------------

    def add_dnc_contacts(self, call: ApiCall) -> Reply:
        ns, now = self._ns(call), self.clock.time()
        results = []
        for contact in call.body["contacts"]:
            number = contact["phone_number"]
            result: dict[str, Any] = {"phone_number": number}
            expires_text = contact.get("expires_at")
            if expires_text is not None:
                result["expires_at"] = expires_text
            expires_ts, error = _dnc_expiry(expires_text, now)
            if error is None and phones.is_emergency(number):
                error = "emergency phone number is not allowed"
            elif error is None and not phones.is_well_formed(number):
                error = "phone_number is invalid"
            if error is not None:
                results.append({**result, "error": error, "status": "failed"})
                continue
            key = phones.digits(number)
            existed = self.store.get(ns, "dnc", key)
            self.store.put(ns, "dnc", key, {"phone_number": number, "expires_ts": expires_ts})
            live = existed is not None and not self._dnc_expired(existed)
            results.append({**result, "status": "updated" if live else "created"})
        return Reply(body=results)

    def remove_dnc_numbers(self, call: ApiCall) -> Reply:
        ns = self._ns(call)
        for number in call.body["phone_numbers"]:
            self.store.delete(ns, "dnc", phones.digits(number))
        return Reply(status=200)

    def check_dnc_number(self, call: ApiCall) -> Reply:
        number = call.query["phone_number"]
        entry = self.store.get(self._ns(call), "dnc", phones.digits(number))
        listed = entry is not None and not self._dnc_expired(entry)
        expired_at = None
        if entry is not None and entry["expires_ts"] is not None:
            expired_at = datetime.fromtimestamp(entry["expires_ts"], tz=self.clock.now().tzinfo).strftime(
                "%Y-%m-%d %H:%M:%S.%f %z"
            )
        return Reply(body={"phone_number": number, "expired_at": expired_at, "do_not_call": listed})


def _dnc_expiry(text: str | None, now: float) -> tuple[float | None, str | None]:
    if text is None:
        return None, None
    for layout in _DNC_TIME_FORMATS:
        try:
            moment = datetime.strptime(text.replace(" UTC", " +0000"), layout.replace("%Z", "%z"))
            break
        except ValueError:
            continue
    else:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None, "expires_at is invalid"
    if moment.tzinfo is None:
        return None, "expires_at is invalid"
    if moment.timestamp() <= now:
        return None, "expires_at cannot be past date/time"
    return moment.timestamp(), None
