"""CallGear control routes under /_emulator/callgear-call-api/: accounts, users and keys, what an
account owns (virtual numbers, employees, scenarios, media, tags, talk options); the call routes are in
control_calls.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from ...core.control_base import whole_number
from ...core.store import Document, Store
from . import accounts, limits
from .accounts import DEFAULT_SETTINGS
from .control_calls import account_in, call_routes
from .demo import COMPONENTS, create_account

if TYPE_CHECKING:
    from .provider import CallgearCallApiProvider

Endpoint = Callable[[Request], Awaitable[Response]]


def _phone_numbers(data: dict[str, Any]) -> list[dict[str, Any]]:
    numbers = []
    for entry in _field(data, "phone_numbers", list, []):
        if isinstance(entry, str):
            numbers.append({"number": entry, "active": True})
        elif isinstance(entry, dict) and isinstance(entry.get("number"), str):
            numbers.append({"number": entry["number"], "active": _field(entry, "active", bool, True)})
        else:
            raise ControlError(400, "phone_numbers holds numbers or {number, active} objects")
    return numbers


# Each collection an account owns: (store kind, key field, how to build a document from a body).
def _virtual_number(data: dict[str, Any], next_id: int) -> Document:
    return {
        "number": _field(data, "number", str),
        "scenario_id": _field(data, "scenario_id", (int, type(None)), None),
    }


def _employee(data: dict[str, Any], next_id: int) -> Document:
    return {
        "id": _field(data, "id", int, next_id),
        "full_name": _field(data, "full_name", str),
        "extension": _field(data, "extension", (str, type(None)), None),
        "phone_numbers": _phone_numbers(data),
        "record_calls": _field(data, "record_calls", bool, False),
    }


def _scenario(data: dict[str, Any], next_id: int) -> Document:
    return {
        "id": _field(data, "id", int, next_id),
        "name": _field(data, "name", str, f"Scenario {next_id}"),
        "employee_id": _field(data, "employee_id", (int, type(None)), None),
    }


def _named(data: dict[str, Any], next_id: int) -> Document:
    return {"id": _field(data, "id", int, next_id), "name": _field(data, "name", str)}


def _media(data: dict[str, Any], next_id: int) -> Document:
    """A media file; `duration_s` is how long it plays (playback.py assumes 10 s without one)."""
    duration = _field(data, "duration_s", (int, float, type(None)), None)
    if duration is not None and not 0 < duration <= 3600:
        raise ControlError(400, "duration_s must be a number of seconds above 0, at most 3600")
    return {**_named(data, next_id), "duration_s": duration}


_MNEMONICS = (
    "finish_conversation",
    "tag_call",
    "record_talk",
    "transfer_call",
    "run_scenario",
    "call_coach",
    "receive_fax",
    "save_numa",
)


def _talk_option(data: dict[str, Any], next_id: int) -> Document:
    mnemonic = _field(data, "mnemonic", str)
    if mnemonic not in _MNEMONICS:
        raise ControlError(400, f"mnemonic must be one of {', '.join(_MNEMONICS)}")
    option = {"button": _field(data, "button", str), "mnemonic": mnemonic, "name": _field(data, "name", str)}
    value = _field(data, "button_value", (dict, type(None)), None)
    if value is not None:
        option["button_value"] = {"id": _field(value, "id", int), "value": _field(value, "value", str)}
    return option


COLLECTIONS: dict[str, tuple[str, str, Callable[[dict[str, Any], int], Document]]] = {
    "virtual_numbers": ("virtual_number", "number", _virtual_number),
    "employees": ("employee", "id", _employee),
    "scenarios": ("scenario", "id", _scenario),
    "media": ("media", "id", _media),
    "tags": ("tag", "id", _named),
    "talk_options": ("talk_option", "button", _talk_option),
}


def control_routes(provider: CallgearCallApiProvider) -> list[BaseRoute]:
    store, clock = provider.store, provider.clock

    def account_of(request: Request) -> tuple[Document, str]:
        return account_in(store, request)

    async def accounts_route(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse(store.list(accounts.DIRECTORY, "account"))
        data = await json_body(request)
        account_id = _field(data, "id", int, None) or store.next_id(accounts.DIRECTORY, "account", start=1000)
        if accounts.get_account(store, account_id) is not None:
            raise ControlError(409, f"account {account_id} exists")
        settings = _settings(_field(data, "settings", dict, {}))
        with store.transaction():
            create_account(store, account_id, _field(data, "name", str, f"Account {account_id}"), settings)
        return JSONResponse(accounts.get_account(store, account_id), status_code=201)

    async def settings_route(request: Request) -> Response:
        account, _ = account_of(request)
        account["settings"].update(_settings(await json_body(request)))
        with store.transaction():
            accounts.put_account(store, account)
        return JSONResponse(account["settings"])

    async def users_route(request: Request) -> Response:
        account, _ = account_of(request)
        data = await json_body(request)
        login = _field(data, "login", str)
        if not login or accounts.get_user(store, login) is not None:
            raise ControlError(409, f"login {login!r} is empty or taken")
        user = {
            "login": login,
            "password": _field(data, "password", str),
            "account_id": account["id"],
            "components": _components(data, COMPONENTS),
        }
        with store.transaction():
            accounts.put_user(store, user)
        return JSONResponse(user, status_code=201)

    async def user_route(request: Request) -> Response:
        user = accounts.get_user(store, request.path_params["login"])
        if user is None:
            raise ControlError(404, "no such user")
        data = await json_body(request)
        user["components"] = _components(data, user["components"])
        user["password"] = _field(data, "password", str, user["password"])
        with store.transaction():
            accounts.put_user(store, user)
        return JSONResponse(user)

    async def keys_route(request: Request) -> Response:
        account, _ = account_of(request)
        data = await json_body(request)
        login = _field(data, "login", str)
        user = accounts.get_user(store, login)
        if user is None or user["account_id"] != account["id"]:
            raise ControlError(400, f"login {login!r} is not a user of account {account['id']}")
        key = {
            "token": _field(data, "key", str),
            "login": login,
            "account_id": account["id"],
            "kind": "permanent",
            "expires_at": _field(data, "expires_at", (int, float, type(None)), None),
            "revoked": False,
            "blocked": _field(data, "blocked", bool, False),
        }
        with store.transaction():
            accounts.put_token(store, key)
        return JSONResponse(key, status_code=201)

    async def key_route(request: Request) -> Response:
        key = accounts.get_token(store, request.path_params["key"])
        if key is None:
            raise ControlError(404, "no such key")
        data = await json_body(request)
        key["blocked"] = _field(data, "blocked", bool, key["blocked"])
        key["expires_at"] = _field(data, "expires_at", (int, float, type(None)), key["expires_at"])
        with store.transaction():
            accounts.put_token(store, key)
        return JSONResponse(key)

    def collection(name: str) -> Endpoint:
        kind, key_field, build = COLLECTIONS[name]

        async def endpoint(request: Request) -> Response:
            _, ns = account_of(request)
            if request.method == "GET":
                return JSONResponse(store.list(ns, kind))
            data = await json_body(request)
            with store.transaction():
                document = build(data, _next_id(store, ns, kind, key_field, data))
                store.put(ns, kind, str(document[key_field]), document)
            return JSONResponse(document, status_code=201)

        return endpoint

    async def blacklist(request: Request) -> Response:
        _, ns = account_of(request)
        return JSONResponse(store.list(ns, "blacklist"))

    async def usage(request: Request) -> Response:
        account, ns = account_of(request)
        now = clock.time()
        return JSONResponse(limits.metadata(account["settings"], limits.usage(store, ns, now), now))

    prefix = "/accounts/{account_id}"
    routes: list[BaseRoute] = [
        Route("/accounts", accounts_route, methods=["GET", "POST"]),
        Route(f"{prefix}/settings", settings_route, methods=["PATCH"]),
        Route(f"{prefix}/users", users_route, methods=["POST"]),
        Route("/users/{login}", user_route, methods=["PATCH"]),
        Route(f"{prefix}/keys", keys_route, methods=["POST"]),
        Route("/keys/{key}", key_route, methods=["PATCH"]),
        Route(f"{prefix}/blacklist", blacklist, methods=["GET"]),
        Route(f"{prefix}/usage", usage, methods=["GET"]),
    ]
    routes += call_routes(provider, prefix)
    routes += [Route(f"{prefix}/{name}", collection(name), methods=["GET", "POST"]) for name in COLLECTIONS]
    return routes


def _next_id(store: Store, ns: str, kind: str, key_field: str, data: dict[str, Any]) -> int:
    """The id counter advances only for an entry that takes its id from it: one with an explicit id
    (or keyed by number or button) leaves it as it was, so a seeded account equals the built-in demo."""
    given = data.get(key_field)
    if key_field != "id" or (isinstance(given, int) and not isinstance(given, bool)):
        return given if isinstance(given, int) else 0
    return store.next_id(ns, kind, start=100)


def _settings(data: dict[str, Any]) -> dict[str, Any]:
    unknown = set(data) - set(DEFAULT_SETTINGS)
    if unknown:
        raise ControlError(400, f"unknown settings: {', '.join(sorted(unknown))}")
    for name in ("minute_limit", "day_limit", "tts_max_length"):
        if name in data:
            _field(data, name, int)
    if "active" in data:
        _field(data, "active", bool)
    if "ip_whitelist" in data:
        whitelist = _field(data, "ip_whitelist", (list, type(None)))
        if whitelist is not None and not all(isinstance(address, str) for address in whitelist):
            raise ControlError(400, "ip_whitelist is a list of IP addresses")
    if "method_points" in data:
        points = _field(data, "method_points", dict)
        for method, given in points.items():
            value = points[method] = whole_number(given)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ControlError(400, "method_points maps method names to non-negative integers")
    if "coach_employee_id" in data:
        _field(data, "coach_employee_id", (int, type(None)))
    return data


def _components(data: dict[str, Any], default: list[str]) -> list[str]:
    components = _field(data, "components", list, default)
    unknown = [c for c in components if c not in COMPONENTS]
    if unknown:
        raise ControlError(400, f"unknown components {unknown}; known: {', '.join(COMPONENTS)}")
    return list(components)
