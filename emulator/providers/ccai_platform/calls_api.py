"""POST /calls in its documented forms: outbound, incoming and scheduled. What follows is lifecycle.py's."""

from __future__ import annotations

from datetime import datetime

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import phones
from .base import CcaiBase, public
from .calls import CALL_TYPES, agent_info, menu_path, menu_summary, new_call, participant, public_end_user
from .tenancy import iso


class CallsApi(CcaiBase):
    def create_call(self, call: ApiCall) -> Reply:
        kind = CALL_TYPES[call.body["call_type"]]
        if kind == "Voice Outbound (API)":
            return self._outbound_call(call)
        if kind == "Voice Inbound (API)":
            return self._incoming_call(call)
        return self._scheduled_call(call)

    def _outbound_call(self, call: ApiCall) -> Reply:
        ns, body, now, subdomain = self._ns(call), call.body, self.clock.now(), self._subdomain(call)
        agent = self.store.get(ns, "agent", body["agent_email"].lower())
        if agent is None:
            raise ApiError(400, "Not a valid agent email")
        if not agent.get("can_make_calls", True):
            raise ApiError(400, "Agent does not have access to make calls")
        if agent.get("status") != "available" or self.life.agent_busy(subdomain, agent["email"]):
            raise ApiError(400, "Agent is not available to take this call")
        ticket = None
        if body.get("ticket_id") is not None:  # the ticket wins over end_user_number
            ticket = self._ticket(ns, body["ticket_id"])
            if ticket is None:
                raise ApiError(400, "Contact not found")
            number = ticket["end_user_number"]
        else:
            number = body["end_user_number"]
            if not phones.is_well_formed(number):
                raise ApiError(400, "end_user_number is not well-formed")
            if self._settings(call)["require_ticket_for_outbound"]:
                return Reply(status=202)  # the agent's widget asks for a ticket first
        if self._on_dnc(ns, number):
            raise ApiError(400, "end_user_number is on the Company Do Not Call list")
        outbound = body.get("outbound_number") or self._default_number(ns)
        if outbound is None:
            return Reply(status=202)  # several numbers and no default: the widget asks the agent

        record = new_call(
            self._next_id(ns, "call"), "Voice Outbound (API)", "assigned", body.get("lang", "en"), now
        )
        record["assigned_at"] = iso(now)
        record["agent_info"] = agent_info(agent)
        record["outbound_number"] = outbound
        record["x_agent_email"] = agent["email"]
        record["x_end_user_number"] = number
        end_user = self._end_user(ns, number, ticket) if ticket else None
        if ticket:
            record["out_ticket_id"] = str(ticket["ticket_id"])
            record["end_user"] = public_end_user(end_user)
        record["participants"] = [
            participant(self._next_id(ns, "participant"), record["id"], "agent", user_id=agent["id"]),
            participant(
                self._next_id(ns, "participant"),
                record["id"],
                "end_user",
                end_user_id=end_user["id"] if end_user else None,
            ),
        ]
        reply = self._save_call(ns, record)
        self.life.outbound_created(subdomain, record)
        return reply

    def _incoming_call(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        lang = body.get("lang", "en")
        ticket = self._ticket(ns, body["ticket_id"]) if body.get("ticket_id") is not None else None
        number = ticket["end_user_number"] if ticket else body["end_user_number"]
        if not phones.is_well_formed(number):
            raise ApiError(400, "end_user_number is not well formed")
        menu = self._menu(
            ns, body["menu_id"], ("ivr_menu", "web_menu"), "Only IVR and web menu IDs are permitted"
        )
        self._language(call, lang, menu)
        record = new_call(self._next_id(ns, "call"), "Voice Inbound (API)", "queued", lang, now)
        record["queued_at"] = iso(now)
        self._attach_menu(ns, record, menu, now)
        record["outbound_number"] = self._default_outbound(ns, body.get("outbound_number"))
        reply = self._finish_customer_call(ns, record, number, ticket)
        self.life.queued(self._subdomain(call))
        return reply

    def _scheduled_call(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        lang = body.get("lang", "en")
        parent = None
        if body.get("call_id") is not None:
            parent = self.store.get(ns, "call", str(body["call_id"]))
            if parent is None:
                raise ApiError(400, "call_id is not found")
        ticket = self._ticket(ns, body["ticket_id"]) if body.get("ticket_id") is not None else None
        number = ticket["end_user_number"] if ticket else body["end_user_number"]
        if not phones.is_well_formed(number):
            raise ApiError(400, "end_user_number is not well formed")
        scheduled_at = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
        if scheduled_at.tzinfo is None or scheduled_at <= now:
            raise ApiError(400, "scheduled_at must be a valid future time")
        if self._on_dnc(ns, number):
            raise ApiError(400, "end_user_number is on the Company Do Not Call list")
        menu = None
        if body.get("menu_id") is not None:
            menu = self._menu(
                ns, body["menu_id"], ("mobile_menu", "web_menu"), "Only mobile and web menu IDs are permitted"
            )
            self._language(call, lang, menu)
        elif parent is None:
            raise ApiError(400, "menu_id is required")
        elif lang not in self._settings(call)["languages"]:
            raise ApiError(400, f"Language '{lang}' is not found")
        record = new_call(self._next_id(ns, "call"), "Voice Scheduled (API)", "scheduled", lang, now)
        record["scheduled_at"] = iso(scheduled_at)
        if parent is not None:
            record["parent_id"] = parent["id"]
        if menu is not None:
            self._attach_menu(ns, record, menu, now)
        elif parent is not None and parent.get("selected_menu"):
            # With call_id and no menu_id the call back is attributed to its parent's menu (example VII).
            record["selected_menu"] = parent["selected_menu"]
            record["menu_path"] = parent["menu_path"]
            record["offer_type"] = "cascade"
            record["offer_events"] = [{"casting_time": iso(now), "group": "Group 1"}]
        record["outbound_number"] = self._default_outbound(ns, None)
        reply = self._finish_customer_call(ns, record, number, ticket)
        self.life.scheduled(self._subdomain(call), record, scheduled_at.timestamp())
        return reply

    # --- helpers ----------------------------------------------------------------------------------

    def _language(self, call: ApiCall, lang: str, menu: Document) -> None:
        if lang not in self._settings(call)["languages"]:
            raise ApiError(400, f"Language '{lang}' is not found")
        if lang not in menu.get("languages", []):
            raise ApiError(400, f"Language '{lang}' is not available")

    def _menu(self, ns: str, menu_id: object, allowed: tuple[str, ...], refusal: str) -> Document:
        menu = self.store.get(ns, "menu", str(menu_id))
        if menu is None:
            raise ApiError(400, f"menu_id {menu_id} is not found")
        if menu["menu_type"] not in allowed:
            raise ApiError(400, refusal)
        if menu.get("state") == "after_hours":
            raise ApiError(400, "Menu is in 'after hours' state, can't accept incoming calls")
        if menu.get("state") == "manual_redirection":
            raise ApiError(400, "Menu is in 'manual redirection' state, can't accept calls")
        return menu

    def _attach_menu(self, ns: str, record: Document, menu: Document, now: datetime) -> None:
        record["selected_menu"] = menu_summary(menu)
        record["menu_path"] = menu_path(menu, self._menu_chain(ns, menu))
        record["offer_type"] = "cascade"
        record["offer_events"] = [{"casting_time": iso(now), "group": "Group 1"}]

    def _default_outbound(self, ns: str, requested: str | None) -> str | None:
        if requested and self._managed_number(ns, requested) is not None:
            return requested
        # An unknown or missing number falls back to the default, as documented for incoming calls.
        return self._default_number(ns) or self._first_number(ns)

    def _finish_customer_call(self, ns: str, record: Document, number: str, ticket: Document | None) -> Reply:
        end_user = self._end_user(ns, number, ticket)
        record["end_user"] = public_end_user(end_user)
        record["x_end_user_number"] = number
        if ticket:
            record["out_ticket_id"] = str(ticket["ticket_id"])
        record["participants"] = [
            participant(
                self._next_id(ns, "participant"), record["id"], "end_user", end_user_id=end_user["id"]
            )
        ]
        return self._save_call(ns, record)

    def _save_call(self, ns: str, record: Document) -> Reply:
        self.store.put(ns, "call", str(record["id"]), record)
        return Reply(status=201, body=public(record))
