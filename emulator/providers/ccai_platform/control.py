"""CCAI control routes under /_emulator/ccai-platform/: tenants, agents, menus, and what was recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from ...core.control_base import checked_settings
from ...core.store import Document
from . import phones
from .calls import TRANSITIONS
from .lifecycle import NoFreeAgent
from .tenancy import DEFAULT_SETTINGS, get_customer, iso, list_customers, namespace, put_customer

if TYPE_CHECKING:
    from .provider import CcaiPlatformProvider

_MENU_TYPES = ("ivr_menu", "mobile_menu", "web_menu")
_MENU_STATES = ("open", "after_hours", "manual_redirection")


def control_routes(provider: CcaiPlatformProvider) -> list[BaseRoute]:
    store, clock = provider.store, provider.clock

    def customer_ns(request: Request) -> tuple[Document, str]:
        subdomain = request.path_params["subdomain"]
        customer = get_customer(store, subdomain)
        if customer is None:
            raise ControlError(404, f"no customer with subdomain {subdomain!r}")
        return customer, namespace(subdomain)

    async def customers(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse([{"subdomain": c["subdomain"]} for c in list_customers(store)])
        data = await json_body(request)
        subdomain = _field(data, "subdomain", str)
        if not subdomain or get_customer(store, subdomain) is not None:
            raise ControlError(409, f"subdomain {subdomain!r} is empty or taken")
        settings = dict(DEFAULT_SETTINGS)
        settings.update(checked_settings(_field(data, "settings", dict, {}), DEFAULT_SETTINGS))
        customer = {
            "subdomain": subdomain,
            "token": _field(data, "token", str),
            "api_user_name": _field(data, "api_user_name", str, f"{subdomain}_api_user"),
            "settings": settings,
        }
        # Every installation has a global default outbound number; calls report it when none is chosen.
        default_number = _field(data, "outbound_number", str, "+1 555-555-0100")
        if not phones.is_well_formed(default_number):
            raise ControlError(400, "outbound_number is not well-formed")
        with store.transaction():
            put_customer(store, customer)
            store.put(
                namespace(subdomain),
                "outbound_number",
                phones.digits(default_number),
                {"number": default_number, "default": True},
            )
        return JSONResponse(customer, status_code=201)

    async def settings(request: Request) -> Response:
        customer, _ = customer_ns(request)
        data = checked_settings(await json_body(request), DEFAULT_SETTINGS)
        customer["settings"].update(data)
        with store.transaction():
            put_customer(store, customer)
        return JSONResponse(customer["settings"])

    async def agents(request: Request) -> Response:
        _, ns = customer_ns(request)
        if request.method == "GET":
            return JSONResponse(store.list(ns, "agent"))
        data = await json_body(request)
        email = _field(data, "email", str).lower()
        status = _field(data, "status", str, "available")
        if status not in ("available", "unavailable"):
            raise ControlError(400, "status must be available or unavailable")
        with store.transaction():
            agent = {
                "id": store.next_id(ns, "agent"),
                "email": email,
                "first_name": _field(data, "first_name", str, "Agent"),
                "last_name": _field(data, "last_name", str, str(email.split("@")[0])),
                "agent_number": _field(data, "agent_number", (str, type(None)), None),
                "avatar_url": _field(data, "avatar_url", (str, type(None)), None),
                "status": status,
                "can_make_calls": _field(data, "can_make_calls", bool, True),
            }
            store.put(ns, "agent", email, agent)
            if status == "available" and store.find(ns, "call", "status", "queued"):
                provider.life.queued(request.path_params["subdomain"])  # waiting calls may now be taken
        return JSONResponse(agent, status_code=201)

    async def menus(request: Request) -> Response:
        _, ns = customer_ns(request)
        if request.method == "GET":
            return JSONResponse(store.list(ns, "menu"))
        data = await json_body(request)
        menu_type = _field(data, "menu_type", str)
        state = _field(data, "state", str, "open")
        if menu_type not in _MENU_TYPES or state not in _MENU_STATES:
            raise ControlError(400, f"menu_type must be one of {_MENU_TYPES}; state one of {_MENU_STATES}")
        parent_id = _field(data, "parent_id", (int, type(None)), None)
        if parent_id is not None and store.get(ns, "menu", str(parent_id)) is None:
            raise ControlError(400, f"parent menu {parent_id} does not exist")
        languages = _field(data, "languages", list, ["en"])
        if not all(isinstance(language, str) for language in languages):
            raise ControlError(400, "languages is a list of language codes")
        with store.transaction():
            menu_id = _field(data, "id", int, None) or store.next_id(ns, "menu", start=1000)
            menu = {
                "id": menu_id,
                "name": _field(data, "name", str),
                "menu_type": menu_type,
                "parent_id": parent_id,
                "state": state,
                "languages": languages,
                "wait_times": _field(data, "wait_times", dict, {}),
            }
            store.put(ns, "menu", str(menu_id), menu)
        return JSONResponse(menu, status_code=201)

    async def outbound_numbers(request: Request) -> Response:
        _, ns = customer_ns(request)
        if request.method == "GET":
            return JSONResponse(store.list(ns, "outbound_number"))
        data = await json_body(request)
        number = _field(data, "number", str)
        if not phones.is_well_formed(number):
            raise ControlError(400, "number is not well-formed")
        entry = {"number": number, "default": _field(data, "default", bool, False)}
        with store.transaction():
            if entry["default"]:
                for other in store.list(ns, "outbound_number"):
                    store.put(
                        ns, "outbound_number", phones.digits(other["number"]), {**other, "default": False}
                    )
            store.put(ns, "outbound_number", phones.digits(number), entry)
        return JSONResponse(entry, status_code=201)

    async def tickets(request: Request) -> Response:
        _, ns = customer_ns(request)
        data = await json_body(request)
        ticket = {
            "ticket_id": str(_field(data, "ticket_id", (str, int))),
            "end_user_number": _field(data, "end_user_number", str),
            "out_contact_id": _field(data, "out_contact_id", (str, type(None)), None),
        }
        ticket["x_number"] = phones.digits(ticket["end_user_number"])
        with store.transaction():
            store.put(ns, "ticket", ticket["ticket_id"], ticket)
        return JSONResponse(ticket, status_code=201)

    def recorded(kind: str) -> Any:
        async def endpoint(request: Request) -> Response:
            _, ns = customer_ns(request)
            return JSONResponse(store.list(ns, kind))

        return endpoint

    async def one_call(request: Request) -> Response:
        _, ns = customer_ns(request)
        call = store.get(ns, "call", request.path_params["call_id"])
        if call is None:
            raise ControlError(404, "no such call")
        return JSONResponse(call)

    async def call_status(request: Request) -> Response:
        _, ns = customer_ns(request)
        call = store.get(ns, "call", request.path_params["call_id"])
        if call is None:
            raise ControlError(404, "no such call")
        data = await json_body(request)
        status = _field(data, "status", str)
        if status not in TRANSITIONS.get(call["status"], set()):
            allowed = ", ".join(sorted(TRANSITIONS.get(call["status"], set()))) or "none"
            raise ControlError(409, f"a {call['status']} call cannot become {status}; allowed: {allowed}")
        fail_reason = _field(data, "fail_reason", str, None)
        try:
            with store.transaction():
                provider.life.force(request.path_params["subdomain"], call, status, fail_reason)
        except NoFreeAgent as error:
            raise ControlError(409, str(error)) from None
        return JSONResponse(call)

    async def end_chat(request: Request) -> Response:
        _, ns = customer_ns(request)
        chat = store.get(ns, "chat", request.path_params["chat_id"])
        if chat is None:
            raise ControlError(404, "no such chat")
        chat["ends_at"] = iso(clock.now())
        chat["status"] = "finished"
        chat["x_active_end_user"] = None
        with store.transaction():
            store.put(ns, "chat", str(chat["id"]), chat)
        return JSONResponse(chat)

    prefix = "/customers/{subdomain}"
    return [
        Route("/customers", customers, methods=["GET", "POST"]),
        Route(f"{prefix}/settings", settings, methods=["PATCH"]),
        Route(f"{prefix}/agents", agents, methods=["GET", "POST"]),
        Route(f"{prefix}/menus", menus, methods=["GET", "POST"]),
        Route(f"{prefix}/outbound_numbers", outbound_numbers, methods=["GET", "POST"]),
        Route(f"{prefix}/tickets", tickets, methods=["POST"]),
        Route(f"{prefix}/calls", recorded("call"), methods=["GET"]),
        Route(f"{prefix}/calls/{{call_id}}", one_call, methods=["GET"]),
        Route(f"{prefix}/calls/{{call_id}}/status", call_status, methods=["POST"]),
        Route(f"{prefix}/sms", recorded("sms"), methods=["GET"]),
        Route(f"{prefix}/chats", recorded("chat"), methods=["GET"]),
        Route(f"{prefix}/chats/{{chat_id}}/end", end_chat, methods=["POST"]),
        Route(f"{prefix}/contact_data", recorded("contact_data"), methods=["GET"]),
        Route(f"{prefix}/users", recorded("user"), methods=["GET"]),
        Route(f"{prefix}/dnc", recorded("dnc"), methods=["GET"]),
    ]
