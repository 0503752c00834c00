"""The base of a JSON-RPC provider: hooks for one vendor's authentication, errors and reply extras.

A provider method named after the JSON-RPC method (snake_case: `start.employee_call` ->
`start_employee_call`) handles it and returns the `result`; a method without one answers with the
first documented example result. The defaults here follow the JSON-RPC 2.0 specification.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from .jsonrpc import ParamsProblem, RpcError, RpcMethod
from .provider import Provider, snake_case


@dataclass(slots=True)
class RequestContext:
    """What a provider may know about the HTTP request besides the JSON-RPC body."""

    client_ip: str
    headers: dict[str, str]


@dataclass(slots=True)
class RpcCall:
    """One validated call, as a provider method sees it."""

    method: RpcMethod
    params: dict[str, Any]
    principal: Any
    request_id: str | int
    context: RequestContext

    def error(self, key: str, value: str, params: dict[str, Any] | None = None) -> RpcError:
        return self.method.documented_error(key, value, params)


RpcHandler = Callable[[RpcCall], Any]

# Protocol failures, named for the provider to word: the body is not JSON, not a request object,
# names no known method, is a batch, is a notification (no id), or is not UTF-8.
PROTOCOL_ERRORS = ("parse_error", "invalid_request", "method_not_found", "batch", "notification", "encoding")

_STANDARD = {
    "parse_error": (-32700, "Parse error"),
    "invalid_request": (-32600, "Invalid Request"),
    "method_not_found": (-32601, "Method not found"),
    "batch": (-32600, "Batch requests are not supported"),
    "notification": (-32600, "Notifications are not supported"),
    "encoding": (-32700, "Parse error: the body is not UTF-8"),
}


class JsonRpcProvider(Provider):
    spec_filename: ClassVar[str] = "openrpc.yaml"

    def authenticate_call(self, method: RpcMethod, params: dict[str, Any], context: RequestContext) -> Any:
        """Who is calling, before params are validated (so that a refusal of params can carry what the
        vendor adds for a known caller); raise RpcError to refuse."""
        return None

    def protocol_error(self, kind: str, detail: str) -> RpcError:
        code, message = _STANDARD[kind]
        return RpcError(code, message, {"detail": detail})

    def params_error(self, call: RpcCall, problem: ParamsProblem) -> RpcError:
        return RpcError(-32602, "Invalid params", {"field": problem.field, "detail": problem.message})

    def internal_error(self, method: RpcMethod | None) -> RpcError:
        return RpcError(-32603, "Internal error")

    def check_call(self, call: RpcCall) -> None:
        """Refusals that come after validation and before the handler (limits, permissions)."""

    def finish_result(self, call: RpcCall, result: Any) -> Any:
        """The result as sent: a vendor may add to it (metadata, say) or count it."""
        return result

    def finish_error(self, call: RpcCall | None, error: RpcError) -> RpcError:
        """The error as sent; `call` is None when the request never became a call."""
        return error

    def rpc_handler_for(self, method_name: str) -> RpcHandler | None:
        handler: RpcHandler | None = getattr(self, snake_case(method_name), None)
        return handler
