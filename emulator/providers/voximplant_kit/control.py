"""Kit control routes under /_emulator/voximplant-kit/: accounts, how dialed numbers end, injected calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from ...core.control_base import checked_settings
from ...core.store import Document
from .callbacks import events_view
from .calls import Dial
from .outcome_rules import rule_view, to_far_end
from .outcomes import (
    CALL_TYPES,
    CALLBACK,
    CONDITIONS,
    INBOUND,
    OUTCOME_NAMES,
    Outcome,
    code_for_sip,
    codes_for,
    digits,
)
from .tenancy import (
    ACCOUNT_SETTINGS,
    API_ID,
    DEFAULT_ACCOUNT,
    DIRECTORY,
    get_account,
    kit_time,
    list_accounts,
    namespace,
    new_account,
    put_account,
)
from .world import seed_world

if TYPE_CHECKING:
    from .provider import VoximplantKitProvider


def _outcome(data: dict[str, Any]) -> Outcome:
    name = _field(data, "outcome", str)
    if name not in OUTCOME_NAMES:
        raise ControlError(400, f"outcome must be one of {', '.join(OUTCOME_NAMES)}")
    if (name == "call_failed" or "sip_code" in data) and not 100 <= _field(data, "sip_code", int) <= 699:
        raise ControlError(400, "sip_code must be a SIP status code, 100 to 699")
    duration = _field(data, "duration", int, 30)
    if duration < 0:
        raise ControlError(400, "duration must not be negative")
    return Outcome.from_rule({"outcome": name, "sip_code": data.get("sip_code"), "duration": duration})


def _strict(call_type: str, outcome: Outcome) -> None:
    """Injected calls take only outcomes their call type's documented table lists."""
    code = (
        code_for_sip(outcome.sip)
        if outcome.condition == "call_failed" and outcome.sip is not None
        else CONDITIONS[outcome.condition]
    )
    if code not in codes_for(call_type):
        raise ControlError(
            400,
            f"{code} is not a completion code of {call_type}: pick one of {', '.join(codes_for(call_type))}",
        )


def control_routes(provider: VoximplantKitProvider) -> list[BaseRoute]:
    store, clock, farend = provider.store, provider.clock, provider.env.farend

    def placed(ns: str, account: Document, dial: Dial) -> Response:
        """The injected call's record when its outcome was given (it ends at once), else the call id."""
        with store.transaction():
            call_id = provider.calls.place(ns, account, dial)
            record = store.get(ns, "call", str(call_id))
        shown = (
            {"id": call_id} if record is None else {k: v for k, v in record.items() if not k.startswith("_")}
        )
        return JSONResponse(shown, status_code=201)

    def account_of(request: Request) -> tuple[Document, str]:
        domain = request.path_params["domain"]
        account = get_account(store, domain)
        if account is None:
            raise ControlError(404, f"no account with domain {domain!r}")
        return account, namespace(domain)

    async def accounts(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse([{"domain": a["domain"], "id": a["id"]} for a in list_accounts(store)])
        data = await json_body(request)
        domain = _field(data, "domain", str)
        if not domain or get_account(store, domain) is not None:
            raise ControlError(409, f"domain {domain!r} is empty or taken")
        settings = checked_settings(_field(data, "settings", dict, {}), DEFAULT_ACCOUNT)
        with store.transaction():
            account = new_account(store, domain, _field(data, "access_token", str), settings)
            seed_world(store, namespace(domain), account["id"], clock.now())
        return JSONResponse({k: v for k, v in account.items() if k != "jwt_secret"}, status_code=201)

    async def settings(request: Request) -> Response:
        account, _ = account_of(request)
        data = checked_settings(await json_body(request), DEFAULT_ACCOUNT)
        account.update(data)
        with store.transaction():
            put_account(store, account)
        return JSONResponse({k: account[k] for k in ACCOUNT_SETTINGS})

    async def tokens(request: Request) -> Response:
        account, _ = account_of(request)
        data = await json_body(request)
        entry = {
            "token": _field(data, "access_token", str),
            "read_only": _field(data, "read_only", bool, False),
            "user_id": _field(data, "user_id", int, 1),
        }
        account["tokens"].append(entry)
        with store.transaction():
            put_account(store, account)
        return JSONResponse(entry, status_code=201)

    async def outcomes(request: Request) -> Response:
        """Kit's outcome names over the far-end model: what is stored is the number's far-end rule."""
        account, _ = account_of(request)
        domain = account["domain"]
        if request.method == "GET":
            rules = farend.rules(API_ID, domain)
            return JSONResponse(
                [rule_view(r["party"], farend.rule(API_ID, domain, r["party"])) for r in rules]
            )
        number = digits(request.path_params.get("number", ""))
        if not number:
            raise ControlError(400, "the number must contain digits")
        if request.method == "DELETE":
            with store.transaction():
                farend.delete_rule(API_ID, domain, number)
            return Response(status_code=204)
        data = await json_body(request)
        outcome = _outcome(data)
        ring = _field(data, "answer_after_s", (int, float), 2.0)
        if isinstance(ring, bool) or not 0 <= ring <= 86_400:
            raise ControlError(400, "answer_after_s must be a number of seconds from 0 to 86400")
        far_end = to_far_end(str(data["outcome"]), outcome.sip, outcome.duration, float(ring))
        with store.transaction():
            farend.set_rule(API_ID, domain, number, far_end)
        return JSONResponse(rule_view(number, far_end))

    async def inbound_calls(request: Request) -> Response:
        account, ns = account_of(request)
        data = await json_body(request)
        outcome = _outcome({"outcome": "answered", **data})
        _strict(INBOUND, outcome)
        caller = _field(data, "phone", str)
        number = None
        if "to" in data:
            wanted = digits(_field(data, "to", str))
            number = next((n for n in store.list(ns, "number") if str(n["phone_number"]) == wanted), None)
            if number is None:
                raise ControlError(404, f"{data['to']} is not a rented number of the account")
        number = number or next(iter(store.list(ns, "number")), None)
        scenario_id = number["_scenario_ids"][0] if number and number["_scenario_ids"] else None
        agent = outcome.condition in ("answered", "agent_missed")
        dial = Dial(
            call_type=INBOUND,
            phone_a=caller,
            phone_b=str(number["phone_number"]) if number else "",
            scenario_id=scenario_id,
            user_id=_field(data, "user_id", int, 2) if agent else None,
            queue_id=_field(data, "queue_id", int, 1) if outcome.condition != "missed_in_ivr" else None,
            incoming=True,
            outcome=outcome,
        )
        return placed(ns, account, dial)

    async def automatic_callbacks(request: Request) -> Response:
        account, ns = account_of(request)
        data = await json_body(request)
        outcome = None
        if "outcome" in data:
            outcome = _outcome(data)
            _strict(CALLBACK, outcome)
        elif "duration" in data or "sip_code" in data:
            raise ControlError(400, "duration and sip_code describe an outcome: give the outcome too")
        number = next(iter(store.list(ns, "number")), None)
        dial = Dial(
            call_type=CALLBACK,
            phone_a=str(number["phone_number"]) if number else "",
            phone_b=_field(data, "phone", str),
            user_id=_field(data, "user_id", int, 2),
            queue_id=_field(data, "queue_id", int, 1),
            outcome=outcome,
        )
        return placed(ns, account, dial)

    def creator(kind: str, fields: dict[str, tuple[type | tuple[type, ...], Any]], start: int) -> Any:
        async def endpoint(request: Request) -> Response:
            _, ns = account_of(request)
            if request.method == "GET":
                return JSONResponse(store.list(ns, kind))
            data = await json_body(request)
            doc = {name: _field(data, name, kind_, default) for name, (kind_, default) in fields.items()}
            with store.transaction():
                key = doc.get("uuid") or doc.get("id") or store.next_id(ns, kind, start=start)
                if "uuid" not in fields:
                    doc["id"] = key
                store.put(ns, kind, str(key), doc)
            return JSONResponse(doc, status_code=201)

        return endpoint

    def recorded(kind: str, directory: bool = False) -> Any:
        async def endpoint(request: Request) -> Response:
            account, ns = account_of(request)
            if directory:
                return JSONResponse(
                    [d for d in store.list(DIRECTORY, kind) if d["domain"] == account["domain"]]
                )
            return JSONResponse(store.list(ns, kind))

        return endpoint

    async def numbers(request: Request) -> Response:
        account, ns = account_of(request)
        if request.method == "GET":
            return JSONResponse(store.list(ns, "number"))
        data = await json_body(request)
        number = digits(_field(data, "phone_number", (str, int)))
        if not number:
            raise ControlError(400, "phone_number must contain digits")
        scenario_ids = _field(data, "scenario_ids", list, [])
        for scenario_id in scenario_ids:
            if store.get(ns, "scenario", str(scenario_id)) is None:
                raise ControlError(404, f"no scenario {scenario_id}")
        stamp = kit_time(clock.now())
        with store.transaction():
            number_id = store.next_id(ns, "number", start=11)
            doc = {
                "id": number_id,
                "domain_id": account["id"],
                "auto_charge": True,
                "can_be_used": _field(data, "can_be_used", bool, True),
                "category_name": _field(data, "category_name", str, "GEOGRAPHIC"),
                "phone_country_code": _field(data, "phone_country_code", str, "US"),
                "phone_purchase_date": stamp,
                "required_verification": False,
                "verification_status": None,
                "deactivated": False,
                "unverified_hold_until": None,
                "canceled": None,
                "phone_next_renewal": stamp[:10],
                "phone_number": int(number),
                "phone_price": _field(data, "phone_price", (int, float), 1.0),
                "phone_region_id": 0,
                "redirect_number": None,
                "deleted": False,
                "is_sms_enabled": False,
                "is_sms_supported": False,
                "allowed_callerids": True,
                "_scenario_ids": scenario_ids,
            }
            store.put(ns, "number", str(number_id), doc)
        return JSONResponse(doc, status_code=201)

    async def caller_ids(request: Request) -> Response:
        account, ns = account_of(request)
        if request.method == "GET":
            return JSONResponse(store.list(ns, "callerid"))
        data = await json_body(request)
        number = digits(_field(data, "callerid_number", (str, int)))
        if not number:
            raise ControlError(400, "callerid_number must contain digits")
        with store.transaction():
            caller_id = store.next_id(ns, "callerid", start=21)
            doc = {
                "id": caller_id,
                "callerid_number": number,
                "active": _field(data, "active", bool, True),
                "verified_until": _field(data, "verified_until", str, "2099-12-31"),
                "domain_id": account["id"],
            }
            store.put(ns, "callerid", str(caller_id), doc)
        return JSONResponse(doc, status_code=201)

    async def callback_events(request: Request) -> Response:
        account, _ = account_of(request)
        return JSONResponse(events_view(provider.env, account["domain"]))

    async def call_types(request: Request) -> Response:
        return JSONResponse({t: codes_for(t) for t in CALL_TYPES})

    prefix = "/accounts/{domain}"
    return [
        Route("/accounts", accounts, methods=["GET", "POST"]),
        Route("/completion_codes", call_types, methods=["GET"]),
        Route(f"{prefix}/settings", settings, methods=["PATCH"]),
        Route(f"{prefix}/tokens", tokens, methods=["POST"]),
        Route(f"{prefix}/outcomes", outcomes, methods=["GET"]),
        Route(f"{prefix}/outcomes/{{number}}", outcomes, methods=["PUT", "DELETE"]),
        Route(f"{prefix}/inbound_calls", inbound_calls, methods=["POST"]),
        Route(f"{prefix}/automatic_callbacks", automatic_callbacks, methods=["POST"]),
        Route(
            f"{prefix}/scenarios",
            creator(
                "scenario",
                {
                    "title": (str, ...),
                    "scenario_type": (int, 1),
                    "folder_id": ((int, type(None)), None),
                    "variables": (list, []),
                    "date_create": (str, ""),
                    "date_update": (str, ""),
                },
                103,
            ),
            methods=["GET", "POST"],
        ),
        Route(
            f"{prefix}/users",
            creator("user", {"email": (str, ...), "full_name": (str, "Agent")}, 3),
            methods=["GET", "POST"],
        ),
        Route(
            f"{prefix}/queues", creator("queue", {"acd_queue_title": (str, ...)}, 2), methods=["GET", "POST"]
        ),
        Route(f"{prefix}/numbers", numbers, methods=["GET", "POST"]),
        Route(f"{prefix}/caller_ids", caller_ids, methods=["GET", "POST"]),
        Route(f"{prefix}/tags", creator("tag", {"tag_name": (str, ...)}, 3), methods=["GET", "POST"]),
        Route(f"{prefix}/dnc_lists", creator("dnc_list", {"title": (str, ...)}, 2), methods=["GET", "POST"]),
        Route(
            f"{prefix}/channels",
            creator(
                "channel",
                {"uuid": (str, ...), "title": (str, "Custom channel"), "callback_url": (str, "")},
                1,
            ),
            methods=["GET", "POST"],
        ),
        Route(f"{prefix}/calls", recorded("call"), methods=["GET"]),
        Route(f"{prefix}/live_calls", recorded("live_call"), methods=["GET"]),
        Route(f"{prefix}/callback_events", callback_events, methods=["GET"]),
        Route(f"{prefix}/conversations", recorded("conversation", directory=True), methods=["GET"]),
    ]
