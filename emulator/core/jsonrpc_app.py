"""One JSON-RPC API served from its OpenRPC spec: parse, check the envelope, authenticate, validate
params, dispatch, reply. Every reply is a JSON-RPC reply, errors included; nothing answers 500.

Generic: the provider words the errors and adds whatever its vendor adds to replies.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from .body import BodyError, receive_body
from .environment import Environment
from .jsonrpc import RpcError, compile_document
from .jsonrpc_provider import JsonRpcProvider, RequestContext, RpcCall
from .jsontext import dumps, loads
from .specs import load_spec

log = logging.getLogger(__name__)


class _Refusal(Exception):
    """A reply decided before there is a call: the error, the request id, and the HTTP status."""

    def __init__(self, error: RpcError, request_id: Any = None, status: int = 200) -> None:
        super().__init__(error.message)
        self.error = error
        self.request_id = request_id
        self.status = status


class JsonRpcApp:
    def __init__(self, provider: JsonRpcProvider, env: Environment) -> None:
        self.provider = provider
        self.env = env
        self.document = compile_document(load_spec(provider.api_id, provider.spec_filename))
        self.base_path = self.document.base_path
        self.methods = self.document.methods
        self._handlers = {name: provider.rpc_handler_for(name) for name in self.methods}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        status, extra_headers = 200, {}
        try:
            raw = await self._read(scope, receive, headers)
            reply = self.handle(raw, headers, RequestContext(_client_ip(scope), headers))
        except ClientDisconnect:
            return  # nobody is left to answer
        except _Refusal as refusal:
            status = refusal.status
            if status == 405:
                extra_headers["allow"] = "POST"
            if status == 408:  # the rest of that body may still arrive: the connection is done
                extra_headers["connection"] = "close"
            reply = _error_reply(refusal.request_id, self.provider.finish_error(None, refusal.error))
        body = dumps(reply)
        response_headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-length", str(len(body)).encode("latin-1")),
            *((k.encode("latin-1"), v.encode("latin-1")) for k, v in extra_headers.items()),
        ]
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": body})

    def operation_of(self, scope: Scope, body: bytes) -> str | None:
        """The JSON-RPC method a request body names, without running it (None when it names none)."""
        try:
            request = orjson.loads(body)
        except orjson.JSONDecodeError:
            return None
        name = request.get("method") if isinstance(request, dict) else None
        return name if isinstance(name, str) and name in self.methods else None

    async def _read(self, scope: Scope, receive: Receive, headers: dict[str, str]) -> bytes:
        path = scope["path"][len(self.base_path) :]
        if path not in ("", "/"):
            error = self.provider.protocol_error("invalid_request", f"nothing is served at {scope['path']}")
            raise _Refusal(error, status=404)
        if scope["method"] != "POST":
            error = self.provider.protocol_error("invalid_request", "requests are made with POST")
            raise _Refusal(error, status=405)
        settings = self.env.settings
        try:
            return await receive_body(receive, headers, settings.max_body_bytes, settings.body_read_timeout)
        except BodyError as error:
            refusal = self.provider.protocol_error("invalid_request", error.message)
            raise _Refusal(refusal, status=error.status) from None

    def handle(self, raw: bytes, headers: dict[str, str], context: RequestContext) -> dict[str, Any]:
        """The reply to one HTTP body (synchronous: the store is an embedded database)."""
        request = self._parse(raw, headers)
        request_id = request["id"]
        method = self.methods.get(request["method"])
        if method is None:
            error = self.provider.protocol_error("method_not_found", f"unknown method {request['method']!r}")
            raise _Refusal(error, request_id)
        params: dict[str, Any] = request["params"]
        call: RpcCall | None = None
        try:
            principal = self.provider.authenticate_call(method, params, context)
            call = RpcCall(method, params, principal, request_id, context)
            problem = method.params_problem(params)
            if problem is not None:
                raise self.provider.params_error(call, problem)
            self.provider.check_call(call)
            with self.env.store.transaction():
                result = self._dispatch(call)
                result = self.provider.finish_result(call, result)
            return {"jsonrpc": "2.0", "id": request_id, "result": result}
        except RpcError as error:
            return _error_reply(request_id, self.provider.finish_error(call, error))
        except Exception:  # a provider bug must still get a JSON-RPC reply, never a 500
            log.exception("%s failed", method.name)
            return _error_reply(
                request_id, self.provider.finish_error(call, self.provider.internal_error(method))
            )

    def _dispatch(self, call: RpcCall) -> Any:
        handler = self._handlers[call.method.name]
        if handler is None:
            return call.method.example_result
        return handler(call)

    def _parse(self, raw: bytes, headers: dict[str, str]) -> dict[str, Any]:
        provider = self.provider
        media_type, _, parameters = headers.get("content-type", "").partition(";")
        charset = _charset(parameters)
        if charset not in (None, "utf-8", "utf8"):
            raise _Refusal(provider.protocol_error("encoding", f"charset {charset} is not UTF-8"))
        if media_type.strip().lower() != "application/json":
            detail = f"Content-Type must be application/json, got {media_type.strip() or 'none'}"
            raise _Refusal(provider.protocol_error("invalid_request", detail))
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _Refusal(provider.protocol_error("encoding", str(error))) from None
        try:
            request = loads(raw)
        except orjson.JSONDecodeError as error:
            raise _Refusal(provider.protocol_error("parse_error", str(error))) from None
        if isinstance(request, list):
            raise _Refusal(provider.protocol_error("batch", "batch requests are not supported"))
        if not isinstance(request, dict):
            raise _Refusal(provider.protocol_error("invalid_request", "the request is not a JSON object"))
        request_id = request.get("id")
        valid_id = isinstance(request_id, str | int) and not isinstance(request_id, bool)
        reply_id = request_id if valid_id else None
        if request.get("jsonrpc") != "2.0":
            raise _Refusal(provider.protocol_error("invalid_request", 'jsonrpc must be "2.0"'), reply_id)
        if not isinstance(request.get("method"), str):
            raise _Refusal(provider.protocol_error("invalid_request", "method must be a string"), reply_id)
        if "id" not in request:
            raise _Refusal(provider.protocol_error("notification", "a request without id is a notification"))
        if not valid_id:
            raise _Refusal(provider.protocol_error("invalid_request", "id must be a string or a number"))
        if not isinstance(request.get("params"), dict):
            detail = "params must be an object (parameters are passed by name)"
            raise _Refusal(provider.protocol_error("invalid_request", detail), reply_id)
        return request


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


def _client_ip(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "127.0.0.1"


def _error_reply(request_id: Any, error: RpcError) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": request_id, "error": error.to_wire()}
