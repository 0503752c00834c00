"""Voxology control routes under /_emulator/voxology/: tenants, inbound calls, SMS, digits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, control_field, json_body
from ...core.control_base import checked_settings
from ...core.errors import ApiError
from .base import E164
from .farend_settings import SettingError, apply_far_end_settings, far_end_settings
from .new_tenant import create_tenant
from .numbers_api import number_document
from .tenancy import API_ID, DEFAULT_APP_SETTINGS, DIRECTORY, Scope, get_app_by_key, iso_ts, public

FAR_END_SETTINGS = ("answer", "answered_by")  # views of the far-end model (farend_settings.py)
MESSAGE_OUTCOMES = ("delivered", "sent", "undelivered", "failed")  # where a sent message's statuses end

if TYPE_CHECKING:
    from .provider import VoxologyProvider


def _text(data: dict[str, Any], name: str, default: Any = ...) -> Any:
    if name not in data:
        if default is ...:
            raise ControlError(400, f"{name} is required")
        return default
    if not isinstance(data[name], str):
        raise ControlError(400, f"{name} must be a string")
    return data[name]


def control_routes(provider: VoxologyProvider) -> list[BaseRoute]:
    store = provider.store

    def app_scope(request: Request) -> Scope:
        app = get_app_by_key(store, request.path_params["api_key"])
        if app is None:
            raise ControlError(404, "no application with that API key")
        sub = request.query_params.get("subaccount_id")
        if sub is None:
            return provider.parent_scope(app)
        try:
            return provider.subaccount_scope(app, sub)
        except ApiError as error:
            raise ControlError(404, error.message) from None

    async def tenants(request: Request) -> Response:
        data = await json_body(request)
        with store.transaction():
            if get_app_by_key(store, _text(data, "api_key")) is not None:
                raise ControlError(409, "that API key is taken")
            create_tenant(
                store,
                _text(data, "account_id"),
                _text(data, "username"),
                _text(data, "password"),
                _text(data, "app_id"),
                data["api_key"],
                float(control_field(data, "balance", (int, float), 100.0)),
            )
        return JSONResponse(
            {k: data[k] for k in ("account_id", "username", "app_id", "api_key")}, status_code=201
        )

    async def settings(request: Request) -> Response:
        app = get_app_by_key(store, request.path_params["api_key"])
        if app is None:
            raise ControlError(404, "no application with that API key")
        data = await json_body(request)
        unknown = set(data) - set(DEFAULT_APP_SETTINGS) - set(FAR_END_SETTINGS)
        if unknown:
            raise ControlError(400, f"unknown settings: {', '.join(sorted(unknown))}")
        own = checked_settings(
            {k: v for k, v in data.items() if k not in FAR_END_SETTINGS}, DEFAULT_APP_SETTINGS
        )
        if own.get("message_outcome", "delivered") not in MESSAGE_OUTCOMES:
            raise ControlError(400, f"message_outcome must be one of {', '.join(MESSAGE_OUTCOMES)}")
        app["settings"] = {**DEFAULT_APP_SETTINGS, **app.get("settings", {}), **own}
        with store.transaction():
            try:
                apply_far_end_settings(provider.env.farend, app["app_id"], data)
            except SettingError as error:
                raise ControlError(400, str(error)) from None
            store.put(DIRECTORY, "app", app["app_id"], app)
        return JSONResponse({**app["settings"], **far_end_settings(provider.env.farend, app["app_id"])})

    async def inbound_call(request: Request) -> Response:
        scope = app_scope(request)
        data = await json_body(request)
        to, caller = _text(data, "to"), _text(data, "from")
        # A call ID of the test's choosing, e.g. a SIP Call-ID with `+`, `@` or `:` in it.
        call_id = _text(data, "call_id", None)
        if not E164.fullmatch(caller):
            raise ControlError(400, "from must be an E.164 number")
        if call_id is not None and (not call_id or "/" in call_id):
            raise ControlError(400, "call_id must be a non-empty string without a slash")
        with store.transaction():
            number = provider.number(scope, to)
            if number is None or "voice_inbound" not in number["capabilities"]:
                raise ControlError(404, f"{to} is not a voice number of this scope")
            if call_id is not None and store.get(scope.ns, "call", call_id) is not None:
                raise ControlError(409, f"there already is a call {call_id}")
            call = provider.new_call(
                scope,
                direction="inbound",
                far_no=caller,
                api_no=to,
                config_no=to,
                session_data=None,
                call_id=call_id,
            )
            provider.receive_call(scope, call, number)
        return JSONResponse(provider.view(call), status_code=201)

    async def inbound_sms(request: Request) -> Response:
        scope = app_scope(request)
        data = await json_body(request)
        to, caller, text = _text(data, "to"), _text(data, "from"), _text(data, "text")
        with store.transaction():
            number = provider.number(scope, to)
            if number is None or "sms_inbound" not in number["capabilities"]:
                raise ControlError(404, f"{to} is not an SMS number of this scope")
            message = provider.receive_sms(scope, number, caller, text)
        return JSONResponse(public(message), status_code=201)

    async def call_detail(request: Request) -> Response:
        scope = app_scope(request)
        call = provider.find_call(scope, request.path_params["call_id"])
        if call is None:
            raise ControlError(404, "no such call")
        flow = call["x_flow"]
        return JSONResponse(
            {
                **provider.view(call),
                "heard": call["x_heard"],
                "waiting": flow["waiting"],
                "key_presses": call["x_key_presses"],
                "variables": flow["vars"],
                "conference": call["x_conference"],
                "queue": call["x_queue"],
                "recording": call["x_recording"],
                "bridged_to": call["x_bridged_to"],
            }
        )

    async def digits(request: Request) -> Response:
        scope = app_scope(request)
        data = await json_body(request)
        pressed = _text(data, "digits")
        with store.transaction():
            call = provider.find_call(scope, request.path_params["call_id"])
            if call is None or call["status"] != "live-in-progress":
                raise ControlError(404, "no call in progress with that ID")
            provider.press(scope, call, pressed)
        return JSONResponse(provider.view(provider.find_call(scope, call["id"]) or call))

    async def far_end(request: Request) -> Response:
        """The far end acts: answer a ringing call, or hang up / end it with a final status."""
        scope = app_scope(request)
        data = await json_body(request)
        status = _text(data, "status")
        with store.transaction():
            call = provider.find_call(scope, request.path_params["call_id"])
            if call is None or call["status"] in ("completed", "no-answer", "busy", "canceled", "failed"):
                raise ControlError(404, "no live call with that ID")
            if status == "live-in-progress":
                if call["status"] != "live-ringing":
                    raise ControlError(409, f"a {call['status']} call cannot be answered")
                provider.answer(scope, call, data.get("answered_by", "live_person"))
                provider.run(scope, call)
            elif status == "completed":
                provider.end(scope, call, status, hangup_end="caller")
            elif status in ("busy", "no-answer", "failed"):
                if call["status"] == "live-in-progress":
                    raise ControlError(409, f"an answered call cannot end {status}")
                provider.never_connected(scope, call, status)
            else:
                raise ControlError(
                    400, "status must be live-in-progress, completed, busy, no-answer or failed"
                )
        return JSONResponse(provider.view(provider.find_call(scope, call["id"]) or call))

    async def verify(request: Request) -> Response:
        scope = app_scope(request)
        data = await json_body(request)
        with store.transaction():
            caller = store.get(scope.ns, "caller_id", request.path_params["no"])
            if caller is None or caller.get("x_pin") is None:
                raise ControlError(404, "no verification call is running for that Caller ID")
            if _text(data, "pin") != caller["x_pin"]:
                raise ControlError(409, "wrong PIN")
            caller["status"] = "verified"
            store.put(scope.ns, "caller_id", caller["no"], caller)
        return JSONResponse(public(caller))

    async def numbers(request: Request) -> Response:
        """A number the application already owns, as if provisioned long ago (a seed file's numbers)."""
        scope = app_scope(request)
        data = await json_body(request)
        no = _text(data, "number")  # not "no": YAML reads a bare `no` key as false
        if not E164.fullmatch(no):
            raise ControlError(400, "number must be an E.164 number")
        price = data.get("price")
        if price is not None and (not isinstance(price, int | float) or isinstance(price, bool) or price < 0):
            raise ControlError(400, "price must be a non-negative number")
        assigned_to = _text(data, "assigned_to", "CallFlows")
        with store.transaction():
            if store.get(API_ID, "number", no) is not None:
                raise ControlError(409, f"{no} is already assigned")
            try:
                assigned_to = provider.destination(scope, assigned_to)
            except ApiError as error:
                raise ControlError(400, error.message) from None
            ts = provider.clock.time()
            number = number_document(no, assigned_to, ts, iso_ts(ts), _text(data, "description", ""), price)
            store.put(scope.ns, "number", no, number)
            store.put(API_ID, "number", no, {"no": no, "app_id": scope.app_id, "sub": scope.subaccount_id})
        return JSONResponse(public(number), status_code=201)

    async def deliveries(request: Request) -> Response:
        app = get_app_by_key(store, request.path_params["api_key"])
        if app is None:
            raise ControlError(404, "no application with that API key")
        found = provider.env.outbox.log(api=API_ID, tenant=app["app_id"])
        kind = request.query_params.get("kind")
        return JSONResponse([d for d in found if kind is None or d["kind"] == kind])

    prefix = "/apps/{api_key}"
    return [
        Route("/tenants", tenants, methods=["POST"]),
        Route(f"{prefix}/settings", settings, methods=["PATCH"]),
        Route(f"{prefix}/numbers", numbers, methods=["POST"]),
        Route(f"{prefix}/inbound/calls", inbound_call, methods=["POST"]),
        Route(f"{prefix}/inbound/sms", inbound_sms, methods=["POST"]),
        Route(f"{prefix}/calls/{{call_id}}", call_detail, methods=["GET"]),
        Route(f"{prefix}/calls/{{call_id}}/digits", digits, methods=["POST"]),
        Route(f"{prefix}/calls/{{call_id}}/far-end", far_end, methods=["POST"]),
        Route(f"{prefix}/caller-ids/{{no}}/verify", verify, methods=["POST"]),
        Route(f"{prefix}/deliveries", deliveries, methods=["GET"]),
    ]
