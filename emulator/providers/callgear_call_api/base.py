"""The CallGear provider's foundation: documented errors by mnemonic, the protocol hooks (who calls,
params errors, limits and metadata) and the helpers every method handler uses.

Errors are the documented ones of each method, looked up in the spec by mnemonic, so each method
answers with its own code and message (contact_in_blacklist is -32002 in one method, -32602 in another).
"""

from __future__ import annotations

from typing import Any

from ...core.auth import secrets_match
from ...core.jsonrpc import ParamsProblem, RpcError, RpcMethod, fill
from ...core.jsonrpc_provider import JsonRpcProvider, RequestContext, RpcCall
from ...core.specs import load_spec
from ...core.store import Document
from . import accounts, calls, limits
from .accounts import API_ID, namespace

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


class CallgearProviderBase(JsonRpcProvider):
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

    # --- helpers -----------------------------------------------------------------------------------

    def _ns(self, call: RpcCall) -> str:
        return namespace(call.principal["account"]["id"])

    def _settings(self, call: RpcCall) -> dict[str, Any]:
        settings: dict[str, Any] = call.principal["account"]["settings"]
        return settings

    def load_call(self, ns: str, call_session_id: int) -> Document | None:
        return self.store.get(ns, "call", str(call_session_id))

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


def _data_properties(document: dict[str, Any], method: dict[str, Any]) -> list[str]:
    schema = method.get("result", {}).get("schema", {})
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = document["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    data = schema.get("properties", {}).get("data", {})
    return list(data.get("properties", {}))
