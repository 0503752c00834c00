"""What stands in front of every served vendor API: fault injection, then the request journal.

The wrapper reads the request body once (replaying it to the API), asks the API which operation the
request names without running it, and consults the fault rules before the provider is reached, so an
injected error leaves state untouched. Latency is real wall time (asyncio.sleep): a client's timeouts
and retries meet a genuinely slow server. Every request is journalled with its answer.
"""

from __future__ import annotations

import asyncio
import time
from http import HTTPStatus
from typing import Any, Protocol

import httpx
import orjson
from starlette.types import Message, Receive, Scope, Send

from .environment import Environment
from .errors import ApiError
from .faults import FaultRule
from .jsonrpc import RpcError
from .jsonrpc_app import JsonRpcApp
from .jsontext import dumps
from .provider import Reply

JOURNALLED_BYTES = 65536  # of each body kept for the journal (it shows fewer)


class InterceptableApi(Protocol):
    base_path: str

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None: ...

    def operation_of(self, scope: Scope, body: bytes) -> str | None: ...


def operation_names(app: Any) -> frozenset[str]:
    if isinstance(app, JsonRpcApp):
        return frozenset(app.methods)
    return frozenset(operation.operation_id for operation in app.operations)


class InterceptedApi:
    def __init__(self, app: InterceptableApi, api_id: str, env: Environment) -> None:
        self.app = app
        self.api_id = api_id
        self.base_path = app.base_path
        self.env = env
        env.faults.operations[api_id] = operation_names(app)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        at = self.env.clock.time()
        settings = self.env.settings
        if not self.env.faults.active:
            # Nothing to match: the API reads its body as it arrives (its own read timeout and size limit
            # apply), and the journal keeps a copy of what it read.
            tee = _Tee(receive)
            answer = _Answer(send)
            try:
                await self.app(scope, tee.receive, answer.send)
            finally:
                body = bytes(tee.body)
                operation = self.app.operation_of(scope, body) if tee.complete else None
                self._record(scope, at, began, operation, body, answer, None)
            return
        body, complete = await _read_body(receive, settings.max_body_bytes, settings.body_read_timeout)
        replay = _replaying(body, complete, receive)
        operation = self.app.operation_of(scope, body) if complete else None
        method, path = scope["method"], scope["path"]
        rule = self.env.faults.pick("api", self.api_id, operation, method, path, at)
        answer = _Answer(send)
        try:
            if rule is None:
                await self.app(scope, replay, answer.send)
            else:
                await self._apply(rule, scope, body, receive, replay, answer)
        finally:
            self._record(scope, at, began, operation, body, answer, rule)

    async def _apply(
        self, rule: FaultRule, scope: Scope, body: bytes, receive: Receive, replay: Receive, answer: _Answer
    ) -> None:
        delay = rule.delay_s()
        if delay > 0:
            await asyncio.sleep(delay)
        if rule.action == "latency":
            await self.app(scope, replay, answer.send)
        elif rule.action == "error":
            status, content, headers = self._error(rule, body)
            await answer.send_json(status, content, headers)
        elif rule.action == "drop":
            await _drop(answer.raw_send)
        else:  # timeout: hold the request until the client gives up, then drop it
            try:
                await asyncio.wait_for(_disconnected(receive), timeout=rule.hold_s)
            except TimeoutError:
                await _drop(answer.raw_send, timed_out=True)

    def _error(self, rule: FaultRule, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        """The vendor's own error for the rule's status (or JSON-RPC code), as the provider renders it."""
        app = self.app
        status = rule.status
        if isinstance(app, JsonRpcApp):
            error = RpcError(
                rule.code if rule.code is not None else -32603,
                rule.message or "Internal error",
                rule.data if isinstance(rule.data, dict) else None,
            )
            wire = app.provider.finish_error(None, error).to_wire()
            reply = {"jsonrpc": "2.0", "id": _request_id(body), "error": wire}
            return status or 200, orjson.dumps(reply), {}
        status = status or 500
        message = rule.message or _phrase(status)
        provider = app.provider  # type: ignore[attr-defined]
        rendered: Reply
        try:
            details = {"code": rule.code} if rule.code is not None else None
            rendered = provider.render_error(ApiError(status, message, details=details))
        except (KeyError, TypeError):  # a vendor whose `code` detail needs more than a code
            rendered = provider.render_error(ApiError(status, message))
        content = rendered.body if isinstance(rendered.body, bytes) else dumps(rendered.body)
        return rendered.status, content, rendered.headers

    def _record(
        self,
        scope: Scope,
        at: float,
        began: float,
        operation: str | None,
        body: bytes,
        answer: _Answer,
        rule: FaultRule | None,
    ) -> None:
        query = scope.get("query_string", b"")
        self.env.journal.record(
            {
                "at": at,
                "api": self.api_id,
                "operation": operation,
                "method": scope["method"],
                "path": scope["path"],
                "query": query.decode("latin-1") if query else "",
                "status": answer.status,
                "duration_ms": round((time.perf_counter() - began) * 1000, 3),
                "fault": None if rule is None else {"id": rule.id, "action": rule.action},
                # as they travelled: decoded only when the journal is read
                "_request_headers": scope["headers"],
                "_request_body": body[:JOURNALLED_BYTES],
                "_response_headers": answer.headers,
                "_response_body": bytes(answer.body),
            }
        )


class _Answer:
    """Passes the response on while keeping what the journal shows of it."""

    def __init__(self, send: Send) -> None:
        self.raw_send = send
        self.status: int | None = None
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = bytearray()

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body" and len(self.body) < JOURNALLED_BYTES:
            self.body.extend(message.get("body", b""))
        await self.raw_send(message)

    async def send_json(self, status: int, content: bytes, extra: dict[str, str]) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
        headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in extra.items()]
        await self.send({"type": "http.response.start", "status": status, "headers": headers})
        await self.send({"type": "http.response.body", "body": content})


async def _read_body(receive: Receive, limit: int, timeout: float) -> tuple[bytes, bool]:
    """The body, and whether it is all there (a body past the limit, or one that stops arriving, is left
    for the API to refuse)."""
    raw = bytearray()
    while True:
        try:
            message = await asyncio.wait_for(receive(), timeout=timeout)
        except TimeoutError:
            return bytes(raw), False
        if message["type"] != "http.request":
            return bytes(raw), False
        raw.extend(message.get("body", b""))
        if not message.get("more_body", False):
            return bytes(raw), True
        if len(raw) > limit:
            return bytes(raw), False


class _Tee:
    """The request as the API reads it, with a copy of its body."""

    def __init__(self, receive: Receive) -> None:
        self._receive = receive
        self.body = bytearray()
        self.complete = False

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.request":
            self.body.extend(message.get("body", b""))  # bounded: the API stops reading past its limit
            self.complete = not message.get("more_body", False)
        return message


def _replaying(body: bytes, complete: bool, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": not complete}
        return await receive()

    return replay


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _drop(send: Send, *, timed_out: bool = False) -> None:
    """Close the connection without a response. Under uvicorn the connection's transport is aborted;
    in process (httpx's ASGI transport) the client gets the error a real dropped connection gives it."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        if timed_out:
            raise httpx.ReadTimeout("the emulator held the request (an injected timeout)")
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.abort()
    # The server notices the lost connection on its next loop turn; then it sends nothing more.
    for _ in range(100):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0.001)


def _request_id(body: bytes) -> Any:
    try:
        request = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    request_id = request.get("id") if isinstance(request, dict) else None
    return request_id if isinstance(request_id, str | int) and not isinstance(request_id, bool) else None


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"
