"""Control route for what the control panel files outside this API: a regulation address, with the
status its verification reached."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from .base import Account
from .catalogue_data import country

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider

ADDRESS_STATUSES = ("VERIFIED", "IN_PROGRESS", "DECLINED")
ADDRESS_TEXT = ("salutation", "company", "first_name", "last_name", "city", "zip_code", "street")
ADDRESS_OPTIONAL = ("phone_category_name", "phone_region_code", "builder_number", "house_number")


def regulation_routes(
    provider: VoximplantManagementProvider, account_of: Callable[[Request], Account]
) -> list[BaseRoute]:
    async def regulation_addresses(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        code = _field(data, "country_code", str)
        if country(code) is None:
            raise ControlError(400, f"country_code {code} is not in the number catalogue")
        status = _field(data, "status", str, "VERIFIED")
        if status not in ADDRESS_STATUSES:
            raise ControlError(400, f"status must be one of {', '.join(ADDRESS_STATUSES)}")
        with provider.store.transaction():
            address = {
                "regulation_address_id": provider.new_id("regulation_address", 501),
                "country_code": code,
                "status": status,
                **{name: _field(data, name, str, "") for name in ADDRESS_TEXT},
                **{name: _field(data, name, str, None) for name in ADDRESS_OPTIONAL},
            }
            provider.save(found, "regulation_address", address["regulation_address_id"], address)
        return JSONResponse({k: v for k, v in address.items() if k != "_key"}, status_code=201)

    return [Route("/accounts/{account_id}/regulation-addresses", regulation_addresses, methods=["POST"])]
