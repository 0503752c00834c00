"""Control route of calls that reach an account from outside: an inbound call, routed by the rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from .base import Account

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider


def session_routes(
    provider: VoximplantManagementProvider, account_of: Callable[[Request], Account]
) -> list[BaseRoute]:
    async def inbound_call(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        to = _field(data, "to", str).strip().lstrip("+")
        caller = _field(data, "from", str, "").strip().lstrip("+")
        if not to:
            raise ControlError(400, "to must name the dialled number or SIP user")
        with provider.store.transaction():
            try:
                session = provider.route_inbound(found, to, caller)
            except LookupError as error:
                raise ControlError(404, str(error)) from None
        view = {
            "call_session_history_id": session["call_session_history_id"],
            "application_id": session["application_id"],
            "rule_name": session["rule_name"],
            "scenario_ids": session["scenario_ids"],
        }
        return JSONResponse(view, status_code=201)

    return [Route("/accounts/{account_id}/inbound-calls", inbound_call, methods=["POST"])]
