"""CallGear Call API behaviour: sessions, call starts, call management, points limits.

Errors are the documented ones of each method, looked up in the spec by mnemonic, so each method
answers with its own code and message (contact_in_blacklist is -32002 in one method, -32602 in another).
"""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from ...core.auth import secrets_match
from ...core.jsonrpc import ParamsProblem, RpcError, RpcMethod, fill
from ...core.jsonrpc_provider import JsonRpcProvider, RequestContext, RpcCall
from ...core.specs import load_spec
from ...core.store import Document
from . import accounts, calls, limits
from .accounts import API_ID, SESSION_SECONDS, namespace
from .control import control_routes
from .demo import seed_demo

KEY = "mnemonic"
# Replies that carry no limits (documented: limits are not recognized for these).
NO_METADATA = {
    "parse_error",
    "invalid_request",
    "method_not_found",
    "access_token_blocked",
    "access_token_invalid",
    "access_token_expired",
    "auth_error",
    "ip_not_whitelisted",
}
_PROTOCOL_MNEMONICS = {
    "parse_error": "parse_error",
    "invalid_request": "invalid_request",
    "method_not_found": "method_not_found",
    "batch": "batch_opreations_not_supported",
    "notification": "notifications_not_supported",
    "encoding": "character_encoding_not_allowed",
}
_PARAMS_MNEMONICS = {
    "missing": "required_parameter_missed",
    "type": "data_type_error",
    "unknown": "invalid_parameter_value",
    "value": "invalid_parameter_value",
}
_MISSING = object()


def _with_details(
    error: RpcError, *, field: str | None = None, value: Any = _MISSING, params: dict[str, Any] | None = None
) -> RpcError:
    """The documented error data: mnemonic, field, value (when there is one), params, extended_helper."""
    data: dict[str, Any] = {KEY: (error.data or {}).get(KEY), "field": field}
    if value is not _MISSING:
        data["value"] = value
    data["params"] = params
    data["extended_helper"] = None
    return RpcError(error.code, error.message, data)


class CallgearCallApiProvider(JsonRpcProvider):
    api_id = API_ID

    def __init__(self, env: Any) -> None:
        super().__init__(env)
        document = load_spec(self.api_id, self.spec_filename)
        self._shared_errors = [e for e in document["components"]["errors"].values()]
        # Points are taken only from results that report success or a call session ID.
        self._chargeable = {
            method["name"]
            for method in document["methods"]
            if {"success", "call_session_id"} & set(_data_properties(document, method))
        }

    # --- errors ------------------------------------------------------------------------------------

    def error(
        self,
        call: RpcCall,
        mnemonic: str,
        params: dict[str, Any] | None = None,
        *,
        field: str | None = None,
        value: Any = _MISSING,
    ) -> RpcError:
        documented = call.method.documented_error(KEY, mnemonic, params)
        return _with_details(documented, field=field, value=value, params=params)

    def _shared(self, mnemonic: str, params: dict[str, Any] | None = None) -> RpcError:
        for error in self._shared_errors:
            if error["data"][KEY] == mnemonic:
                shared = RpcError(error["code"], fill(error["message"], params or {}), {KEY: mnemonic})
                return _with_details(shared, params=params)
        raise LookupError(mnemonic)

    def protocol_error(self, kind: str, detail: str) -> RpcError:
        return self._shared(_PROTOCOL_MNEMONICS[kind])

    def params_error(self, call: RpcCall, problem: ParamsProblem) -> RpcError:
        value = _MISSING if problem.kind == "missing" else problem.value
        return self.error(call, _PARAMS_MNEMONICS[problem.kind], field=problem.field, value=value)

    def internal_error(self, method: RpcMethod | None) -> RpcError:
        return self._shared("internal_error")

    # --- protocol hooks ----------------------------------------------------------------------------

    def authenticate_call(self, method: RpcMethod, params: dict[str, Any], context: RequestContext) -> Any:
        stub = RpcCall(method, params, None, 0, context)
        if method.name == "login.user":
            login, password = params.get("login"), params.get("password")
            if not isinstance(login, str) or not isinstance(password, str):
                return None  # the params check words this
            user = accounts.get_user(self.store, login)
            if user is None or not secrets_match(password, user["password"]):
                raise self.error(stub, "auth_error")
            token = None
        else:
            key = params.get("access_token")
            if not isinstance(key, str):
                return None
            token = accounts.get_token(self.store, key)
            if token is None or token.get("revoked"):
                raise self.error(stub, "access_token_invalid")
            if token.get("blocked"):
                raise self.error(stub, "access_token_blocked")
            if token.get("expires_at") is not None and self.clock.time() >= token["expires_at"]:
                raise self.error(stub, "access_token_expired")
            user = accounts.get_user(self.store, token["login"])
            if user is None:
                raise self.error(stub, "access_token_invalid")
        account = accounts.get_account(self.store, user["account_id"])
        if account is None:
            raise self.error(stub, "access_token_invalid")
        return {"account": account, "user": user, "token": token}

    def check_call(self, call: RpcCall) -> None:
        """The account's own refusals (they carry the limits, unlike authentication errors), then limits."""
        if call.principal is None:  # the params check refuses such calls before this point
            raise self.error(call, "access_token_invalid")
        account, user = call.principal["account"], call.principal["user"]
        if not account["settings"]["active"]:
            raise self.error(call, "account_inactive")
        whitelist = account["settings"]["ip_whitelist"]
        if whitelist is not None and call.context.client_ip not in whitelist:
            raise self.error(call, "ip_not_whitelisted", {"ip": call.context.client_ip})
        component = call.method.extensions.get("x-component")
        if component is not None and component not in user["components"]:
            raise self.error(call, "component_disabled", {"component_name": component})
        if call.method.name not in self._chargeable or not self.env.settings.rate_limit:
            return
        settings = call.principal["account"]["settings"]
        used = limits.usage(self.store, self._ns(call), self.clock.time())
        over = limits.exceeded(settings, used, limits.cost(settings, call.method.name))
        if over is not None:
            limit_type, limit_max = over
            raise self.error(call, "limit_exceeded", {"limit_type": limit_type, "limit_max_value": limit_max})

    def finish_result(self, call: RpcCall, result: Any) -> Any:
        settings = call.principal["account"]["settings"]
        now = self.clock.time()
        used = limits.usage(self.store, self._ns(call), now)
        data = result.get("data") if isinstance(result, dict) else None
        succeeded = isinstance(data, dict) and (
            data.get("success") in (True, "true") or "call_session_id" in data
        )
        if call.method.name in self._chargeable and succeeded:
            used = limits.charge(self.store, self._ns(call), used, limits.cost(settings, call.method.name))
        return {**result, "metadata": limits.metadata(settings, used, now)}

    def finish_error(self, call: RpcCall | None, error: RpcError) -> RpcError:
        data = error.data or {}
        if call is None or call.principal is None or data.get(KEY) in NO_METADATA:
            return error
        settings = call.principal["account"]["settings"]
        now = self.clock.time()
        used = limits.usage(self.store, self._ns(call), now)
        return RpcError(error.code, error.message, {**data, "metadata": limits.metadata(settings, used, now)})

    def seed_demo(self) -> None:
        seed_demo(self.store)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    # --- helpers -----------------------------------------------------------------------------------

    def _ns(self, call: RpcCall) -> str:
        return namespace(call.principal["account"]["id"])

    def _settings(self, call: RpcCall) -> dict[str, Any]:
        settings: dict[str, Any] = call.principal["account"]["settings"]
        return settings

    def load_call(self, ns: str, call_session_id: int) -> Document | None:
        """A call session, with the clock applied: an informer call not answered in time has ended."""
        session = self.store.get(ns, "call", str(call_session_id))
        if session is None:
            return None
        timeout = session.get("dialing_timeout")
        if session["kind"] == "informer" and session["state"] == calls.DIALING:
            deadline = session["started_at"] + (timeout if timeout is not None else 30)
            if self.clock.time() >= deadline:
                calls.end(session, deadline, "no_answer")
                self.save_call(ns, session)
        return session

    def save_call(self, ns: str, session: Document) -> None:
        self.store.put(ns, "call", str(session["call_session_id"]), session)

    def _active_call(self, call: RpcCall) -> Document:
        session = self.load_call(self._ns(call), call.params["call_session_id"])
        if session is None or session["state"] == calls.ENDED:
            raise self.error(call, "call_session_not_found", field="call_session_id")
        return session

    def _require_state(self, call: RpcCall, session: Document, *states: str) -> None:
        if session["state"] not in states:
            raise self.error(call, "invalid_state")

    def _check_message(self, call: RpcCall, message: dict[str, Any] | None, field: str) -> None:
        if message is None:
            return
        if message["type"] == "media":
            if self.store.get(self._ns(call), "media", message["value"]) is None:
                raise self.error(
                    call,
                    "media_file_not_found",
                    {"media_file_id": message["value"]},
                    field=f"{field}.value",
                    value=message["value"],
                )
            return
        limit = self._settings(call)["tts_max_length"]
        if len(message["value"]) > limit:
            raise self.error(
                call,
                "tts_text_exceeded",
                {"tts_message_max_length": limit, "sent_tts_message_length": len(message["value"])},
                field=f"{field}.value",
            )

    def _success(self) -> dict[str, Any]:
        return {"data": {"success": "true"}}

    def _employee(self, ns: str, employee_id: Any) -> Document | None:
        return self.store.get(ns, "employee", str(employee_id))

    # --- Authentication ----------------------------------------------------------------------------

    def login_user(self, call: RpcCall) -> Any:
        expires_at = int(self.clock.time()) + SESSION_SECONDS
        token = {
            "token": accounts.new_session_token(),
            "login": call.principal["user"]["login"],
            "account_id": call.principal["account"]["id"],
            "kind": "session",
            "expires_at": expires_at,
            "revoked": False,
            "blocked": False,
        }
        accounts.put_token(self.store, token)
        return {"data": {"access_token": token["token"], "expire_at": expires_at}}

    def logout_user(self, call: RpcCall) -> Any:
        token = call.principal["token"]
        if token["kind"] == "session":  # a permanent key outlives sessions; it is blocked in the client area
            accounts.put_token(self.store, {**token, "revoked": True})
        return {"data": {"success": True}}

    # --- Call making -------------------------------------------------------------------------------

    def _start_checks(self, call: RpcCall, messages: tuple[str, ...]) -> str:
        """The checks every start.* method documents, in the order a call is set up."""
        ns, params = self._ns(call), call.params
        if self.store.get(ns, "virtual_number", params["virtual_phone_number"]) is None:
            raise self.error(
                call,
                "virtual_phone_number_not_found",
                {"virtual_phone_number": params["virtual_phone_number"]},
                field="virtual_phone_number",
                value=params["virtual_phone_number"],
            )
        if self.store.get(ns, "virtual_number", params["contact"]) is not None:
            raise self.error(
                call, "own_virtual_phone_number_not_allowed", field="contact", value=params["contact"]
            )
        if self.store.get(ns, "blacklist", params["contact"]) is not None:
            raise self.error(
                call,
                "contact_in_blacklist",
                {"contact": params["contact"]},
                field="contact",
                value=params["contact"],
            )
        if "media_file_id" in params and self.store.get(ns, "media", str(params["media_file_id"])) is None:
            raise self.error(
                call,
                "media_file_not_found",
                {"media_file_id": params["media_file_id"]},
                field="media_file_id",
                value=params["media_file_id"],
            )
        for name in messages:
            self._check_message(call, params.get(name), name)
        return ns

    def _early_switching_allowed(self, call: RpcCall, dialer: str) -> None:
        params = call.params
        if params.get("early_switching") and not (
            params["first_call"] == dialer and params.get("switch_at_once") is True
        ):
            raise self.error(call, "invalid_parameters_combination", field="early_switching", value=True)

    def _open_session(self, call: RpcCall, kind: str) -> Document:
        ns = self._ns(call)
        call_id = self.store.next_id(ns, "call_session", start=237859081)
        session = calls.new_session(
            call_id, kind, call.params, self.clock.now(), call.principal["account"]["id"]
        )
        calls.event(session, self.clock.time(), "started", method=call.method.name)
        return session

    def _contact_leg(self, call: RpcCall, session: Document, state: str) -> None:
        params = call.params
        called = params["contact"] + params.get("dtmf_string", "")  # as the list.calls example shows it
        leg_id = self.store.next_id(self._ns(call), "leg", start=287866221)
        session["legs"].append(
            calls.new_leg(leg_id, "contact", params["virtual_phone_number"], called, state=state)
        )

    def _staff_leg(
        self, call: RpcCall, session: Document, number: str, employee: Document | None, state: str
    ) -> None:
        params = call.params
        shown = (
            params["virtual_phone_number"]
            if params.get("show_virtual_phone_number", True)
            else params["contact"]
        )
        universal = bool(employee and employee.get("record_calls"))
        leg_id = self.store.next_id(self._ns(call), "leg", start=287866221)
        session["legs"].append(
            calls.new_leg(leg_id, "staff", shown, number, state=state, employee=employee, is_operator=True)
        )
        if universal:
            session["universal_recording"] = True
            calls.set_recording(session, True)

    def _dial_order(self, call: RpcCall, staff_first: str) -> tuple[str, str]:
        """(contact leg state, staff leg state): the first party rings, the second waits its turn."""
        if call.params["first_call"] == staff_first:
            return calls.LEG_WAITING, calls.LEG_DIALING
        return calls.LEG_DIALING, calls.LEG_WAITING

    def _scenario_staff(self, call: RpcCall, session: Document, scenario: Document) -> None:
        employee = self._employee(self._ns(call), scenario.get("employee_id"))
        contact_state, staff_state = self._dial_order(call, "employee")
        self._contact_leg(call, session, contact_state)
        if employee is not None:
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            self._staff_leg(call, session, active[0] if active else "", employee, staff_state)

    def start_employee_call(self, call: RpcCall) -> Any:
        self._early_switching_allowed(call, "employee")
        ns = self._start_checks(call, ("contact_message", "employee_message"))
        target = call.params["employee"]
        employee = self._employee(ns, target["id"])
        if employee is None:
            raise self.error(
                call,
                "employee_not_found",
                {"employee_id": target["id"]},
                field="employee.id",
                value=target["id"],
            )
        active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
        number = target.get("phone_number")
        if not active or (number is not None and number not in active):
            raise self.error(call, "no_active_phone_number", field="employee.phone_number", value=number)
        session = self._open_session(call, "employee")
        contact_state, staff_state = self._dial_order(call, "employee")
        self._contact_leg(call, session, contact_state)
        self._staff_leg(call, session, number or active[0], employee, staff_state)
        self.save_call(ns, session)
        return {"data": {"call_session_id": session["call_session_id"]}}

    def start_scenario_call(self, call: RpcCall) -> Any:
        ns = self._start_checks(call, ("contact_message", "employee_message"))
        scenario = self.store.get(ns, "scenario", str(call.params["scenario_id"]))
        if scenario is None:
            scenario_id = call.params["scenario_id"]
            raise self.error(
                call,
                "scenario_not_found",
                {"scenario_id": scenario_id},
                field="scenario_id",
                value=scenario_id,
            )
        session = self._open_session(call, "scenario")
        self._scenario_staff(call, session, scenario)
        self.save_call(ns, session)
        return {"data": {"call_session_id": session["call_session_id"]}}

    def start_vnumber_call(self, call: RpcCall) -> Any:
        ns = self._start_checks(call, ("contact_message",))
        number = self.store.get(ns, "virtual_number", call.params["virtual_phone_number"])
        assert number is not None  # _start_checks refused unknown numbers
        scenario = self.store.get(ns, "scenario", str(number.get("scenario_id")))
        if scenario is None:
            raise self.error(
                call,
                "scenario_not_found",
                field="virtual_phone_number",
                value=call.params["virtual_phone_number"],
            )
        session = self._open_session(call, "vnumber")
        self._scenario_staff(call, session, scenario)
        self.save_call(ns, session)
        return {"data": {"call_session_id": session["call_session_id"]}}

    def start_informer_call(self, call: RpcCall) -> Any:
        ns = self._start_checks(call, ("contact_message",))
        session = self._open_session(call, "informer")
        session["dialing_timeout"] = call.params.get("dialing_timeout", 30)
        session["message"] = call.params["contact_message"]
        self._contact_leg(call, session, calls.LEG_DIALING)
        self.save_call(ns, session)
        return {"data": {"call_session_id": session["call_session_id"]}}

    def start_simple_call(self, call: RpcCall) -> Any:
        self._early_switching_allowed(call, "operator")
        ns = self._start_checks(call, ("contact_message", "operator_message"))
        session = self._open_session(call, "simple")
        contact_state, staff_state = self._dial_order(call, "operator")
        self._contact_leg(call, session, contact_state)
        # The operator is not an employee: no employee ID or name on its leg.
        self._staff_leg(call, session, call.params["operator"], None, staff_state)
        self.save_call(ns, session)
        return {"data": {"call_session_id": session["call_session_id"]}}

    # --- Call management ---------------------------------------------------------------------------

    def make_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.HOLD)
        ns, to = self._ns(call), call.params["to"]
        employee = next((e for e in self.store.list(ns, "employee") if e.get("extension") == to), None)
        number = to
        if employee is not None:
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            if not active:
                raise self.error(call, "no_active_phone_number", field="to", value=to)
            number = active[0]
        elif to.isdigit() and len(to) <= 5:  # an extension nobody has
            raise self.error(call, "no_active_phone_number", field="to", value=to)
        leg_id = self.store.next_id(ns, "leg", start=287866221)
        session["legs"].append(
            calls.new_leg(
                leg_id,
                "consultant",
                session["virtual_phone_number"],
                number,
                state=calls.LEG_DIALING,
                employee=employee,
                recording=session["recording"],
            )
        )
        session["state"] = calls.CONSULT_DIALING
        calls.event(session, self.clock.time(), "make.call", to=to, to_message=call.params.get("to_message"))
        self.save_call(ns, session)
        return self._success()

    def transfer_talk(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, *calls.CONSULTING)
        answered = session["state"] == calls.CONSULT_TALK
        for staff in calls.legs_of(session, "staff"):
            staff["state"] = calls.LEG_GONE
        for consultant in calls.legs_of(session, "consultant"):
            consultant["role"] = "staff"
            consultant["is_operator"] = True
            consultant["state"] = calls.LEG_TALK if answered else calls.LEG_DIALING
        for contact in calls.legs_of(session, "contact"):
            contact["state"] = calls.LEG_TALK if answered else calls.LEG_TRANSFERRING
        session["state"] = calls.TALK if answered else calls.DIALING
        calls.event(session, self.clock.time(), "transfer.talk")
        self.save_call(self._ns(call), session)
        return self._success()

    def restore_talk(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, *calls.CONSULTING)
        for consultant in calls.legs_of(session, "consultant"):
            consultant["state"] = calls.LEG_GONE
        for leg in calls.legs_of(session, "contact") + calls.legs_of(session, "staff"):
            leg["state"] = calls.LEG_TALK
        session["state"] = calls.TALK
        calls.event(session, self.clock.time(), "restore.talk")
        self.save_call(self._ns(call), session)
        return self._success()

    def hold_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.TALK)
        self._check_message(call, call.params["contact_message"], "contact_message")
        for contact in calls.legs_of(session, "contact"):
            contact["state"] = calls.LEG_ON_HOLD
        session["state"] = calls.HOLD
        calls.event(session, self.clock.time(), "hold.call", message=call.params["contact_message"])
        self.save_call(self._ns(call), session)
        return self._success()

    def unhold_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.HOLD)
        for contact in calls.legs_of(session, "contact"):
            contact["state"] = calls.LEG_TALK
        session["state"] = calls.TALK
        calls.event(session, self.clock.time(), "unhold.call")
        self.save_call(self._ns(call), session)
        return self._success()

    def add_coach(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        ns, number = self._ns(call), call.params.get("phone_number")
        employee = None
        if number is None:
            employee = self._employee(ns, self._settings(call)["coach_employee_id"])
            if employee is None:
                raise self.error(call, "coach_not_found")
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            if not active:
                raise self.error(call, "no_active_phone_number")
            number = active[0]
        leg_id = self.store.next_id(ns, "leg", start=287866221)
        session["legs"].append(
            calls.new_leg(
                leg_id,
                "coach",
                session["virtual_phone_number"],
                number,
                state=calls.LEG_DIALING,
                employee=employee,
                recording=session["recording"],
            )
        )
        calls.event(session, self.clock.time(), "add.coach", phone_number=number)
        self.save_call(ns, session)
        return self._success()

    def tag_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        tag_id = call.params["tag_id"]
        tag = self.store.get(self._ns(call), "tag", str(tag_id))
        if tag is None:
            raise self.error(call, "tag_not_found", {"tag_id": tag_id}, field="tag_id", value=tag_id)
        if any(existing["tag_id"] == tag_id for existing in session["tags"]):
            raise self.error(call, "duplicate_tag", field="tag_id", value=tag_id)
        session["tags"].append({"tag_id": tag_id, "tag_name": tag["name"]})
        self.save_call(self._ns(call), session)
        return self._success()

    def record_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        if call.params["action"] == "on":
            if session["recording"]:
                raise self.error(call, "record_already_started")
            calls.set_recording(session, True)
        else:
            if session["universal_recording"]:
                raise self.error(call, "forbidden")
            if not session["recording"]:
                raise self.error(call, "record_already_stopped")
            calls.set_recording(session, False)
        calls.event(session, self.clock.time(), "record.call", action=call.params["action"])
        self.save_call(self._ns(call), session)
        return self._success()

    def disconnect_leg(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        leg = calls.find_leg(session, call.params["leg_id"])
        if leg is None:
            raise self.error(call, "leg_not_found", field="leg_id", value=call.params["leg_id"])
        calls.disconnect(session, leg, self.clock.time(), "disconnect.leg")
        self.save_call(self._ns(call), session)
        return self._success()

    def send_dtmf(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        session["dtmf_sent"].append(call.params["dtmf_string"])
        calls.event(session, self.clock.time(), "send.dtmf", dtmf_string=call.params["dtmf_string"])
        self.save_call(self._ns(call), session)
        return self._success()

    def block_contact(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        ns, number = self._ns(call), session["contact_phone_number"]
        if self.store.get(ns, "blacklist", number) is not None:
            raise self.error(call, "duplicate_contact", {"contact_phone_number": number})
        self.store.put(
            ns, "blacklist", number, {"number": number, "call_session_id": session["call_session_id"]}
        )
        return self._success()

    def list_talk_options(self, call: RpcCall) -> Any:
        options = sorted(self.store.list(self._ns(call), "talk_option"), key=lambda o: o["button"])
        return {"data": options}

    def call_talk_option(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.TALK)
        ns = self._ns(call)
        option = self.store.get(ns, "talk_option", call.params["button"])
        if option is None:
            raise self.error(call, "talk_option_not_found", field="button", value=call.params["button"])
        now, mnemonic = self.clock.time(), option["mnemonic"]
        session["talk_options_called"].append(option["button"])
        calls.event(session, now, "call.talk_option", button=option["button"], mnemonic=mnemonic)
        if mnemonic == "finish_conversation":
            calls.end(session, now, "finish_conversation")
        elif mnemonic == "tag_call" and "button_value" in option:
            tag_id = option["button_value"]["id"]
            if not any(existing["tag_id"] == tag_id for existing in session["tags"]):
                session["tags"].append({"tag_id": tag_id, "tag_name": option["button_value"]["value"]})
        elif mnemonic == "record_talk":  # calling it again switches it off
            if session["recording"] and session["universal_recording"]:
                raise self.error(call, "forbidden")
            calls.set_recording(session, not session["recording"])
        elif mnemonic == "call_coach":  # calling it again drops the coach
            self._toggle_coach(call, session)
        self.save_call(ns, session)
        return self._success()

    def _toggle_coach(self, call: RpcCall, session: Document) -> None:
        coaches = calls.legs_of(session, "coach")
        if coaches:
            for coach in coaches:
                calls.disconnect(session, coach, self.clock.time(), "call_coach")
            return
        employee = self._employee(self._ns(call), self._settings(call)["coach_employee_id"])
        active = [n["number"] for n in employee["phone_numbers"] if n["active"]] if employee else []
        if employee is None or not active:
            return  # no coach set up: the option does nothing, as a button without a target would
        leg_id = self.store.next_id(self._ns(call), "leg", start=287866221)
        session["legs"].append(
            calls.new_leg(
                leg_id,
                "coach",
                session["virtual_phone_number"],
                active[0],
                state=calls.LEG_DIALING,
                employee=employee,
                recording=session["recording"],
            )
        )

    def list_calls(self, call: RpcCall) -> Any:
        ns, params = self._ns(call), call.params
        found = []
        for stored in self.store.list(ns, "call"):
            session = self.load_call(ns, stored["call_session_id"])
            if session is None or session["state"] == calls.ENDED:
                continue
            if "direction" in params and session["direction"] != params["direction"]:
                continue
            if (
                "virtual_phone_number" in params
                and session["virtual_phone_number"] != params["virtual_phone_number"]
            ):
                continue
            found.append(calls.public_view(session))
        return {"data": found}

    def release_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        calls.end(session, self.clock.time(), "release.call")
        self.save_call(self._ns(call), session)
        return self._success()


def _data_properties(document: dict[str, Any], method: dict[str, Any]) -> list[str]:
    schema = method.get("result", {}).get("schema", {})
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = document["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    data = schema.get("properties", {}).get("data", {})
    return list(data.get("properties", {}))
