"""Control routes of the role system and ACD history: a sub-user's service-account key (what the control
panel hands a sub-user) and a request that went through an ACD queue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from .base import DATETIME, Account
from .tenancy import create_service_account

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider


def access_routes(
    provider: VoximplantManagementProvider, account_of: Callable[[Request], Account]
) -> list[BaseRoute]:
    store = provider.store

    async def subuser_service_accounts(request: Request) -> Response:
        found = account_of(request)
        subuser_id = request.path_params["subuser_id"]
        with store.transaction():
            if provider.one(found, "subuser", subuser_id) is None:
                raise ControlError(404, f"no sub-user {subuser_id} on account {found.account_id}")
            # The key acts for the sub-user: its roles are the sub-user's, whatever they become.
            credentials = create_service_account(
                store, found.account_id, subuser_id=subuser_id, created=provider.now(), key_name="subuser"
            )
        return JSONResponse(credentials, status_code=201)

    async def acd_requests(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        queue_id = _field(data, "acd_queue_id", int)
        user_id = _field(data, "user_id", int, None)
        begin = _field(data, "begin_time", str, provider.now())
        try:
            datetime.strptime(begin, DATETIME)
        except ValueError:
            raise ControlError(400, f"begin_time must be YYYY-MM-DD HH:mm:ss, got {begin!r}") from None
        rejected = _field(data, "rejected", bool, False)
        unserviced = _field(data, "unserviced", bool, user_id is None)
        numbers = {
            name: _field(data, name, int, 0)
            for name in ("waiting_time", "talk_time", "acw_time", "queue_length")
        }
        if any(value < 0 for value in numbers.values()):
            raise ControlError(400, "waiting_time, talk_time, acw_time and queue_length must be >= 0")
        with store.transaction():
            if provider.one(found, "acd_queue", queue_id) is None:
                raise ControlError(404, f"no ACD queue {queue_id} on account {found.account_id}")
            if user_id is not None and provider.one(found, "user", user_id) is None:
                raise ControlError(404, f"no user {user_id} on account {found.account_id}")
            doc = provider.record_acd_request(
                found,
                {
                    "acd_queue_id": queue_id,
                    "user_id": user_id,
                    "begin_time": begin,
                    **numbers,
                    "callerid": _field(data, "callerid", str, ""),
                    "custom_data": _field(data, "custom_data", str, ""),
                    "operator_hangup": _field(data, "operator_hangup", bool, False),
                    "unserviced": unserviced and not rejected,
                    "rejected": rejected,
                },
            )
        return JSONResponse({k: v for k, v in doc.items() if not k.startswith("_")}, status_code=201)

    return [
        Route(
            "/accounts/{account_id}/subusers/{subuser_id:int}/service-accounts",
            subuser_service_accounts,
            methods=["POST"],
        ),
        Route("/accounts/{account_id}/acd-requests", acd_requests, methods=["POST"]),
    ]
