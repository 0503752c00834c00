"""Control routes under /_emulator/voximplant-management/: accounts, service accounts, what Voximplant
sells or verifies outside this API (numbers, caller IDs, SIP registrations, rules, ...), and what was sent."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from .access_control import access_routes
from .base import ACCOUNTS, DATE, DATETIME, Account
from .numbers import country_of
from .regulation_control import regulation_routes
from .session_control import session_routes
from .tenancy import create_account, create_service_account
from .traffic_control import traffic_routes

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider

ACD_STATUSES = ("OFFLINE", "ONLINE", "READY", "BANNED", "IN_SERVICE", "AFTER_SERVICE", "TIMEOUT", "DND")
SQ_STATUSES = ("OFFLINE", "ONLINE", "READY", "IN_SERVICE", "AFTER_SERVICE", "DND")


def control_routes(provider: VoximplantManagementProvider) -> list[BaseRoute]:
    store, clock = provider.store, provider.clock

    def account_of(request: Request) -> Account:
        raw = request.path_params["account_id"]
        if not raw.isdigit() or store.get(ACCOUNTS, "account", raw) is None:
            raise ControlError(404, f"no account {raw}")
        return Account(int(raw))

    def application_id(account: Account, data: dict[str, Any], *, required: bool = False) -> int | None:
        app_id = _field(data, "application_id", int, None if not required else ...)
        if app_id is not None and provider.one(account, "application", app_id) is None:
            raise ControlError(404, f"no application {app_id} on account {account.account_id}")
        return app_id  # type: ignore[no-any-return]

    def created(doc: dict[str, Any]) -> Response:
        return JSONResponse({k: v for k, v in doc.items() if k != "_key"}, status_code=201)

    async def accounts(request: Request) -> Response:
        data = await json_body(request)
        for name in ("account_name", "account_email", "api_key", "currency"):
            _field(data, name, str, None)
        _field(data, "balance", (int, float), None)
        parent = _field(data, "parent_account_id", int, None)
        if parent is not None and store.get(ACCOUNTS, "account", str(parent)) is None:
            raise ControlError(404, f"no account {parent} to be the parent")
        with store.transaction():
            doc = create_account(store, clock, data)
        return created(doc)

    async def account(request: Request) -> Response:
        found = account_of(request)
        return JSONResponse(store.get(ACCOUNTS, "account", str(found.account_id)))

    async def service_accounts(request: Request) -> Response:
        found = account_of(request)
        with store.transaction():
            credentials = create_service_account(store, found.account_id)
        # The credentials file Voximplant's control panel hands out: keep it, it is not stored here.
        return JSONResponse(credentials, status_code=201)

    async def rules(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        app_id = application_id(found, data, required=True)
        with store.transaction():
            rule = {
                "rule_id": provider.new_id("rule", 3001),
                "application_id": app_id,
                "rule_name": _field(data, "rule_name", str),
                "rule_pattern": _field(data, "rule_pattern", str, ".*"),
            }
            provider.save(found, "rule", rule["rule_id"], rule)
        return created(rule)

    async def phone_numbers(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        number = _field(data, "phone_number", str).lstrip("+")
        if not number.isdigit():
            raise ControlError(400, "phone_number must be digits")
        now = clock.now()
        with store.transaction():
            if provider.phone_by_number(found, number) is not None:
                raise ControlError(409, f"{number} is already on the account")
            phone = {
                "phone_id": provider.new_id("phone", 100001),
                "phone_number": number,
                "phone_country_code": _field(data, "country_code", str, country_of(number)),
                "category_name": _field(data, "category_name", str, "GEOGRAPHIC"),
                "phone_region_name": _field(data, "phone_region_name", str, "New York"),
                "phone_price": float(_field(data, "phone_price", (int, float), 1.0)),
                "phone_purchase_date": now.strftime(DATETIME),
                "phone_next_renewal": now.replace(year=now.year + 1).strftime(DATE),
                "subscription_id": provider.new_id("subscription", 200001),
                "auto_charge": True,
                "can_be_used": True,
                "canceled": False,
                "deactivated": False,
                "emergency_calls_enabled": False,
                "emergency_calls_to_be_enabled": False,
                "is_sms_supported": _field(data, "sms_supported", bool, True),
                "is_sms_enabled": _field(data, "sms_enabled", bool, False),
                "activation_status": "ACTIVE",
                "verification_status": "VERIFIED",
                "modified": now.strftime(DATETIME),
                "application_id": application_id(found, data),
                "rule_id": _field(data, "rule_id", int, None),
            }
            provider.save(found, "phone", phone["phone_id"], phone)
            # A number of the catalogue's stock is no longer for sale (DeactivatePhoneNumber frees it).
            sold = {"account_id": found.account_id, "phone_id": phone["phone_id"]}
            store.put(ACCOUNTS, "sold_number", number, sold)
        return created(phone)

    async def caller_ids(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        verified = _field(data, "verified", bool, True)
        now = clock.now()
        with store.transaction():
            doc = {
                "callerid_id": provider.new_id("callerid", 1),
                "callerid_number": _field(data, "callerid_number", str).lstrip("+"),
                "active": verified,
                "verified_until": now.replace(year=now.year + 1).strftime(DATE) if verified else None,
            }
            provider.save(found, "callerid", doc["callerid_id"], doc)
        return created(doc)

    async def sip_registrations(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        now = clock.now()
        with store.transaction():
            doc = {
                "sip_registration_id": provider.new_id("sip_registration", 1),
                "sip_username": _field(data, "sip_username", str),
                "proxy": _field(data, "proxy", str),
                "auth_user": _field(data, "auth_user", str, None),
                "outbound_proxy": _field(data, "outbound_proxy", str, None),
                "is_persistent": _field(data, "is_persistent", bool, True),
                "deactivated": False,
                "successful": True,
                "status_code": 200,
                "last_updated": int(clock.time()),
                "purchase_date": now.strftime(DATETIME),
                "subscription_price": "0.99",
                "next_subscription_renewal": now.replace(year=now.year + 1).strftime(DATE),
            }
            provider.save(found, "sip_registration", doc["sip_registration_id"], doc)
        return created(doc)

    async def wab_phone_numbers(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        number = _field(data, "wab_phone_number", str).lstrip("+")
        with store.transaction():
            doc = {
                "wab_phone_number": number,
                "country_code": _field(data, "country_code", str, country_of(number)),
                "description": _field(data, "description", str, ""),
                "application_id": application_id(found, data),
                "created": provider.now(),
                "modified": provider.now(),
            }
            provider.save(found, "wab_phone", number, doc)
        return created(doc)

    async def dialogflow_keys(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        with store.transaction():
            app_id = application_id(found, data)
            doc = {
                "dialogflow_key_id": provider.new_id("dialogflow_key", 1),
                "description": _field(data, "description", str, ""),
                "content": {
                    "project_id": _field(data, "project_id", str, "emulator-project"),
                    "client_email": _field(
                        data, "client_email", str, "agent@emulator-project.iam.gserviceaccount.com"
                    ),
                },
                "application_ids": [] if app_id is None else [app_id],
            }
            provider.save(found, "dialogflow_key", doc["dialogflow_key_id"], doc)
        return created(doc)

    async def invoices(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        total = float(_field(data, "total_amount", (int, float)))
        currency = str(provider.account_doc(found)["currency"])
        amount = {
            "total_amount": total,
            "amount_to_pay": total,
            "discount_amount": 0.0,
            "tax_amount": 0.0,
            "currency": currency,
        }
        with store.transaction():
            invoice_id = provider.new_id("invoice", 5001)
            doc = {
                "invoice_id": invoice_id,
                "invoice_number": f"INV-{invoice_id}",
                "invoice_date": provider.today(),
                "status": _field(data, "status", str, "paid"),
                "amount": amount,
                "period": {
                    "from": _field(data, "from", str, provider.today()),
                    "to": _field(data, "to", str, provider.today()),
                },
                "rows": [
                    {
                        "service_name": _field(data, "service_name", str, "Calls"),
                        "amount": amount,
                        "taxes": [],
                    }
                ],
            }
            provider.save(found, "invoice", invoice_id, doc)
        return created(doc)

    async def call_sessions(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        app_id = application_id(found, data, required=True)
        app = provider.one(found, "application", app_id)
        assert app is not None
        duration = _field(data, "duration", int, 60)
        with store.transaction():
            session_id = provider.new_id("call_session", 900001)
            call_id = provider.new_id("call", 1)
            start = _field(data, "start_date", str, provider.now())
            try:
                datetime.strptime(start, DATETIME)
            except ValueError:
                raise ControlError(400, f"start_date must be YYYY-MM-DD HH:mm:ss, got {start!r}") from None
            session = {
                "call_session_history_id": session_id,
                "account_id": found.account_id,
                "application_id": app_id,
                "application_name": app["application_name"],
                "user_id": _field(data, "user_id", int, 0),
                "rule_name": _field(data, "rule_name", str, "inbound"),
                "start_date": start,
                "duration": duration,
                "initiator_address": "127.0.0.1",
                "media_server_address": "127.0.0.1",
                "audio_quality": "HD",
                "log_file_url": f"https://example.invalid/logs/{session_id}.log",
                "finish_reason": "Normal termination",
                "custom_data": _field(data, "custom_data", str, ""),
                "calls": [
                    {
                        "call_id": call_id,
                        "start_time": start,
                        "duration": duration,
                        "local_number": _field(data, "local_number", str, "12125550100"),
                        "remote_number": _field(data, "remote_number", str, "12125550199"),
                        "remote_number_type": "pstn",
                        "incoming": _field(data, "incoming", bool, True),
                        "successful": True,
                        "media_server_address": "127.0.0.1",
                        "cost": 0.01 * max(1, duration // 60),
                        "transaction_id": provider.new_id("transaction", 70001),
                    }
                ],
                "records": [],
                "other_resource_usage": [],
            }
            if _field(data, "record", bool, False):  # the session's scenario recorded its call
                record_id = provider.new_id("record", 1)
                url = f"https://storage.voximplant.invalid/records/{record_id}.mp3"
                record = {"record_id": record_id, "record_name": f"{record_id}.mp3", "record_url": url}
                record.update(start_time=start, duration=duration, cost=0.0, file_size=duration * 16000)
                session["records"] = [{**record, "transaction_id": provider.new_id("transaction", 70001)}]
                session["_record_ids"] = [record_id]
            provider.save_dated(found, "call_session", session_id, session, start)
        return created(session)

    async def acd_status(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        status = _field(data, "acd_status", str)
        if status not in ACD_STATUSES:
            raise ControlError(400, f"acd_status must be one of {', '.join(ACD_STATUSES)}")
        with store.transaction():
            user = provider.one(found, "user", request.path_params["user_id"])
            if user is None:
                raise ControlError(404, "no such user")
            provider.change_acd_status(found, user, status)
        return JSONResponse({"user_id": user["user_id"], "acd_status": status})

    async def sq_status(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        kind, status = _field(data, "type", str), _field(data, "sq_status_name", str)
        if kind not in ("CALL", "IM") or status not in SQ_STATUSES:
            raise ControlError(
                400, f"type must be CALL or IM and sq_status_name one of {', '.join(SQ_STATUSES)}"
            )
        with store.transaction():
            user = provider.one(found, "user", request.path_params["user_id"])
            if user is None:
                raise ControlError(404, "no such user")
            agent = provider.agent(found, user)
            agent["statuses"][kind] = {"sq_status_name": status, "from_date": provider.now()}
            provider.save_agent(found, agent)
            provider.agent_available(found, agent)  # a READY agent takes what waits in its queues
            agent = provider.agent(found, user)
        return JSONResponse(agent["statuses"])

    async def inbound_sms(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        destination = _field(data, "destination", str).lstrip("+")
        source = _field(data, "source", str).lstrip("+")
        if not source.isdigit():
            raise ControlError(400, "source must be digits")
        with store.transaction():
            phone = provider.phone_by_number(found, destination)
            if phone is None or not phone["is_sms_enabled"]:
                raise ControlError(409, f"{destination} is not an SMS-enabled number of the account")
            message_id = provider.new_id("sms", 40001)
            doc = {
                "message_id": message_id,
                "direction": "IN",
                "source_number": int(source),
                "destination_number": int(destination),
                "text": _field(data, "text", str),
                "store_body": True,
                "fragments": 1,
                "cost": 0.0,
                "status_id": "1",
                "processed_at": provider.now(),
                "transaction_id": provider.new_id("transaction", 70001),
            }
            provider.save_dated(found, "sms", message_id, doc, doc["processed_at"])
        return created(doc)

    async def sent_sms(request: Request) -> Response:
        found = account_of(request)
        sent = [
            {k: v for k, v in d.items() if k != "_key"}
            for d in store.list(found.ns, "sms")  # the control route returns the whole log
            if d["direction"] == "OUT"
        ]
        a2p = [{k: v for k, v in d.items() if k != "_key"} for d in store.list(found.ns, "a2p_sms")]
        return JSONResponse({"sms": sent, "a2p_sms": a2p})

    async def test_number(request: Request) -> Response:
        found = account_of(request)
        doc = provider.one(found, "test_number", "personal")
        if doc is None:
            raise ControlError(404, "the account has no outbound test number")
        return JSONResponse({k: v for k, v in doc.items() if k != "_key"})

    async def media_session(request: Request) -> Response:
        body = (await request.body()).decode("utf-8", "replace")
        return JSONResponse(
            {
                "call_session_history_id": int(request.path_params["session_id"]),
                "method": request.method,
                "received": body,
            }
        )

    return [
        Route("/accounts", accounts, methods=["POST"]),
        Route("/accounts/{account_id}", account, methods=["GET"]),
        Route("/accounts/{account_id}/service-accounts", service_accounts, methods=["POST"]),
        Route("/accounts/{account_id}/rules", rules, methods=["POST"]),
        Route("/accounts/{account_id}/phone-numbers", phone_numbers, methods=["POST"]),
        Route("/accounts/{account_id}/caller-ids", caller_ids, methods=["POST"]),
        Route("/accounts/{account_id}/sip-registrations", sip_registrations, methods=["POST"]),
        Route("/accounts/{account_id}/wab-phone-numbers", wab_phone_numbers, methods=["POST"]),
        Route("/accounts/{account_id}/dialogflow-keys", dialogflow_keys, methods=["POST"]),
        Route("/accounts/{account_id}/invoices", invoices, methods=["POST"]),
        Route("/accounts/{account_id}/call-sessions", call_sessions, methods=["POST"]),
        Route("/accounts/{account_id}/users/{user_id:int}/acd-status", acd_status, methods=["PATCH"]),
        Route("/accounts/{account_id}/users/{user_id:int}/sq-status", sq_status, methods=["PATCH"]),
        Route("/accounts/{account_id}/inbound-sms", inbound_sms, methods=["POST"]),
        Route("/accounts/{account_id}/sms", sent_sms, methods=["GET"]),
        Route("/accounts/{account_id}/test-number", test_number, methods=["GET"]),
        Route("/media-sessions/{session_id:int}", media_session, methods=["GET", "POST"]),
        Route("/media-sessions/{session_id:int}/{rest:path}", media_session, methods=["GET", "POST"]),
        *traffic_routes(provider, account_of),
        *access_routes(provider, account_of),
        *regulation_routes(provider, account_of),
        *session_routes(provider, account_of),
    ]
