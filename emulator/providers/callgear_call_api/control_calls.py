"""CallGear control routes for call sessions: read them, and stage what the far-end model would not do
by itself (answer or hang up a leg now, a subscriber calling a virtual number). A call goes on playing
out by itself afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from ...core.store import Document, Store
from . import accounts, calls
from .accounts import namespace

if TYPE_CHECKING:
    from .provider import CallgearCallApiProvider


def account_in(store: Store, request: Request) -> tuple[Document, str]:
    """The account a control route names, and its namespace."""
    raw = request.path_params["account_id"]
    account = accounts.get_account(store, int(raw)) if raw.isdigit() else None
    if account is None:
        raise ControlError(404, f"no account {raw}")
    return account, namespace(account["id"])


def call_routes(provider: CallgearCallApiProvider, prefix: str) -> list[BaseRoute]:
    store, clock = provider.store, provider.clock

    def session_of(ns: str, request: Request) -> Document:
        raw = request.path_params["call_id"]
        session = provider.load_call(ns, int(raw)) if raw.isdigit() and len(raw) < 19 else None
        if session is None:
            raise ControlError(404, "no such call session")
        return session

    def live_session_of(ns: str, request: Request) -> Document:
        session = session_of(ns, request)
        if session["state"] == calls.ENDED:
            raise ControlError(409, f"the call has ended ({session['ended_reason']})")
        return session

    async def calls_route(request: Request) -> Response:
        _, ns = account_in(store, request)
        return JSONResponse(store.list(ns, "call"))  # the whole collection, as asked

    async def call_route(request: Request) -> Response:
        _, ns = account_in(store, request)
        return JSONResponse(session_of(ns, request))

    def leg_of(session: Document, data: dict[str, Any]) -> Document | None:
        leg_id = _field(data, "leg_id", (int, type(None)), None)
        if leg_id is None:
            return None
        leg = calls.find_leg(session, leg_id)
        if leg is None:
            raise ControlError(404, f"call {session['call_session_id']} has no live leg {leg_id}")
        return leg

    async def answer(request: Request) -> Response:
        """The leg_id given (or every party still to answer) answers now, whatever its far end says."""
        _, ns = account_in(store, request)
        data = await json_body(request)
        with store.transaction():
            session = live_session_of(ns, request)
            leg = leg_of(session, data)
            if leg is None:
                provider.answer_ringing(session)
            elif leg["state"] in (calls.LEG_DIALING, calls.LEG_WAITING):
                provider.force_answer(session, leg)
            else:
                raise ControlError(409, f"leg {leg['leg_id']} is not ringing (it is {leg['state']})")
            provider.save_call(ns, session)
        return JSONResponse(session)

    async def hangup(request: Request) -> Response:
        """The leg_id given hangs up now; without one the contact does (which ends the session)."""
        _, ns = account_in(store, request)
        data = await json_body(request)
        with store.transaction():
            session = live_session_of(ns, request)
            leg = leg_of(session, data)
            if leg is None:
                calls.end(session, clock.time(), "hangup")
            else:
                calls.disconnect(session, leg, clock.time(), "hangup")
            provider.save_call(ns, session)
        return JSONResponse(session)

    async def inbound(request: Request) -> Response:
        """A subscriber calls a virtual number: the caller is on the line and the number's scenario rings
        its employee, who answers (or not) by the far-end model."""
        account, ns = account_in(store, request)
        data = await json_body(request)
        number = store.get(ns, "virtual_number", _field(data, "virtual_phone_number", str))
        if number is None:
            raise ControlError(400, "virtual_phone_number is not a number of this account")
        scenario = store.get(ns, "scenario", str(number.get("scenario_id")))
        employee = store.get(ns, "employee", str(scenario.get("employee_id"))) if scenario else None
        if employee is None:
            raise ControlError(400, "the virtual number has no scenario with an employee")
        contact = _field(data, "contact", str)
        if not contact:
            raise ControlError(400, "contact is the caller's number")
        with store.transaction():
            call_id = store.next_id(ns, "call_session", start=237859081)
            params = {"virtual_phone_number": number["number"], "contact": contact, "direction": "in"}
            session = calls.new_session(call_id, "inbound", params, clock.now(), account["id"])
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            caller = calls.new_leg(
                store.next_id(ns, "leg", start=287866221),
                "contact",
                contact,
                number["number"],
                party=contact,
                state=calls.LEG_TALK,
            )
            staff = calls.new_leg(
                store.next_id(ns, "leg", start=287866221),
                "staff",
                contact,
                active[0] if active else "",
                party=str(employee["id"]),
                state=calls.LEG_WAITING,
                employee=employee,
                is_operator=True,
            )
            session["legs"] = [caller, staff]
            if employee.get("record_calls"):
                session["universal_recording"] = True
                calls.set_recording(session, True)
            calls.event(session, clock.time(), "inbound", contact=contact)
            provider.inbound_caller(session, caller)
            provider.ring(session, staff)
            provider.save_call(ns, session)
        return JSONResponse(session, status_code=201)

    return [
        Route(f"{prefix}/calls", calls_route, methods=["GET"]),
        Route(f"{prefix}/calls/inbound", inbound, methods=["POST"]),
        Route(f"{prefix}/calls/{{call_id}}", call_route, methods=["GET"]),
        Route(f"{prefix}/calls/{{call_id}}/answer", answer, methods=["POST"]),
        Route(f"{prefix}/calls/{{call_id}}/hangup", hangup, methods=["POST"]),
    ]
