"""One API served from its spec: match, authenticate, rate-limit, validate, dispatch, render.

Everything here is generic; the provider supplies credentials checks, error format and behaviour.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, quote

from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive, Scope, Send

from .body import FORM_TYPES, UNPARSEABLE, ParsedBody, form_body, parse_form, parse_json, raw_form, read_raw
from .environment import Environment
from .errors import ApiError
from .jsontext import dumps
from .operations import Coercion, Operation, coerce_scalar, compile_operations, group_name
from .provider import ApiCall, Provider, Reply, RequestView, UploadedFile
from .specs import load_spec

log = logging.getLogger(__name__)
_T = TypeVar("_T")
_ROUTED = "switchboard.operation_id"  # scope key: the operation a request was routed to, for the journal


class ApiApp:
    def __init__(self, provider: Provider, env: Environment) -> None:
        self.provider = provider
        self.env = env
        document = load_spec(provider.api_id, provider.spec_filename)
        self.base_path, self.operations = compile_operations(document)
        self._handlers = {op.operation_id: provider.handler_for(op.operation_id) for op in self.operations}
        self._by_id = {op.operation_id: op for op in self.operations}
        self._wire = Coercion(provider.any_case_booleans, provider.php_booleans)
        # Paths without templated segments, looked up directly: a literal template is the most specific
        # match there can be, so when one matches, the general search below would pick it too.
        self._literal: dict[str, list[Operation]] = {}
        for operation in self.operations:
            if "{" not in operation.path:
                self._literal.setdefault(operation.path, []).append(operation)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            reply = await self._handle(request, self._raw_path(scope))
        except ApiError as error:
            reply = self.provider.render_error(error)
        except ClientDisconnect:
            return  # nobody is left to answer
        except Exception:  # a provider bug still gets the vendor's error format
            log.exception("%s %s failed", scope["method"], scope["path"])
            reply = self.provider.render_error(ApiError(500, "Internal server error"))
        # HEAD is answered as GET is, without the body (RFC 9110 9.3.2).
        await _send(reply, send, head=scope["method"] == "HEAD")

    def operation_of(self, scope: Scope, body: bytes) -> str | None:
        """The operationId a request names, routed as it would be but not run (None when it names none)."""
        routed: str | None = scope.get(_ROUTED)
        if routed is not None:  # this request was routed already, when it ran
            return routed
        try:
            path = self._raw_path(scope)
            field = self.provider.command_field
            if field and path == "/":
                query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
                if field not in query and body and b"=" in body:  # a urlencoded form may name it instead
                    query = dict(parse_qsl(body.decode("latin-1")))
                name = query.get(field)
                return name if name in self._by_id else None
            return self._route(scope["method"], path)[0].operation_id
        except ApiError:
            return None

    def _raw_path(self, scope: Scope) -> str:
        """The path below the base path as sent, still percent-encoded: routing splits it into segments
        before decoding, so an encoded slash (`Trunks%2F7`) stays inside its path parameter."""
        raw: bytes | None = scope.get("raw_path")
        text = raw.decode("latin-1").split("?", 1)[0] if raw else quote(scope["path"], safe="/")
        if not text.startswith(self.base_path):
            text = quote(scope["path"], safe="/")
        return text[len(self.base_path) :] or "/"

    async def _handle(self, request: Request, path: str) -> Reply:
        scope = request.scope
        # Read from the ASGI scope directly: Starlette's Headers and URL objects cost more than the
        # emulator's own work on a typical request.
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        raw_query = _query_lists(scope.get("query_string", b""))
        command = self.provider.command_field
        path_params: dict[str, str] = {}
        server_variables: dict[str, str] = {}
        if command and path == "/":
            operation = await self._command_route(request, raw_query, headers, command)
        else:
            operation, path_params, server_variables = self._route(scope["method"], path)
        scope[_ROUTED] = operation.operation_id

        # The body is read before authentication because some vendors take credentials from it
        # (form fields); a body that cannot be read is reported only after the credentials are checked.
        parsed: ParsedBody | ApiError
        try:
            parsed = await self._read_body(request, operation, headers)
            if command or self.provider.form_fields_in_query:
                parsed = self._with_query_fields(operation, parsed, raw_query, command)
        except ApiError as unreadable:
            if unreadable.status == 408:  # the request never arrived whole: nothing of it is judged
                raise
            parsed = unreadable

        principal = None
        if operation.secured:
            body = None
            if isinstance(parsed, ParsedBody):
                body = parsed.value if parsed.value is not None else parsed.form
            view = RequestView(
                headers,
                raw_query,
                body,
                operation=operation,
                server_variables=server_variables,
            )
            principal = self.provider.authenticate(view)
            limit = self.provider.rate_limit(principal) if self.env.settings.rate_limit else None
            if limit is not None:
                key, rate = limit
                wait = self.env.limiter.acquire(key, rate, self.env.clock.time())
                if wait is not None:
                    raise ApiError(
                        429,
                        f"Rate limit exceeded: {rate.describe()}",
                        headers={"Retry-After": str(max(1, round(wait)))},
                    )

        params = _validated_parameters(operation, path_params, raw_query, headers, self._wire)
        if isinstance(parsed, ApiError):
            raise parsed
        body, files = self._validated_body(operation, parsed)
        call = ApiCall(
            operation=operation,
            principal=principal,
            path_params=params["path"],
            query=params["query"],
            headers=headers,
            body=body,
            files=files,
            base_url=f"{scope.get('scheme', 'http')}://{headers.get('host', 'localhost')}{self.base_path}",
            server_variables=server_variables,
        )
        handler = self._handlers[operation.operation_id]
        if handler is None:
            status, media_type, example = operation.example_reply()
            return Reply(status=status, body=example, media_type=media_type)
        with self.env.store.transaction():
            return handler(call)

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str], dict[str, str]]:
        try:
            return self._route_exact(method, path)
        except ApiError as error:
            # A path written without the trailing slash of its template still names the operation.
            if error.details.get("kind") != "no_route" or path.endswith("/"):
                raise
            return self._route_exact(method, path + "/")

    def _route_exact(self, method: str, path: str) -> tuple[Operation, dict[str, str], dict[str, str]]:
        """The operation for a raw path: templates at the base path first, then under scoping servers.

        As OpenAPI matches paths, literal segments win over templated ones: the most specific matching
        template(s) name the resource, and only their methods are allowed. Where templates differ only in
        their parameter names (a collision some vendors document), the first whose path parameters are valid
        wins.
        """
        literal = self._literal.get(path)
        if literal:
            chosen = _serving(literal, method, lambda operation: operation)
            if chosen is not None:
                return chosen, {}, {}
            raise _method_not_allowed(method, path, {operation.method for operation in literal})
        refusal: ApiError | None = None
        for scoped in (False, True):
            found: list[tuple[Operation, dict[str, str], dict[str, str]]] = []
            for operation in self.operations:
                matched = operation.match_scoped(path) if scoped else _unscoped(operation.match(path))
                if matched is not None:
                    found.append((operation, *matched))
            if not found:
                continue
            best = min(operation.specificity for operation, _, _ in found)
            resource = [entry for entry in found if entry[0].specificity == best]
            fitting = [entry for entry in resource if entry[0].path_params_fit(entry[1])]
            for candidates in (fitting, resource):
                entry = _serving(candidates, method, lambda entry: entry[0])
                if entry is not None:
                    return entry
            if refusal is None:
                refusal = _method_not_allowed(
                    method, path, {entry[0].method for entry in fitting or resource}
                )
        if refusal is not None:
            raise refusal
        raise ApiError(404, f"Resource not found: {self.base_path}{path}", details={"kind": "no_route"})

    async def _read_raw(self, request: Request, headers: dict[str, str]) -> bytes:
        settings = self.env.settings
        return await read_raw(request, headers, settings.max_body_bytes, settings.body_read_timeout)

    async def _command_route(
        self, request: Request, raw_query: dict[str, list[str]], headers: dict[str, str], field: str
    ) -> Operation:
        """The operation a request to the base path names in its `field` (query string or form)."""
        name = raw_query[field][-1] if field in raw_query else None
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if name is None and media_type in FORM_TYPES:
            await self._read_raw(request, headers)
            value = (await parse_form(request)).get(field)
            name = value if isinstance(value, str) else None
        if not name:
            raise ApiError(400, f"Missing '{field}' parameter", details={"command": "missing"})
        operation = self._by_id.get(name)
        if operation is None:
            raise ApiError(404, f"Unknown command: {name}", details={"command": "unknown"})
        return operation

    def _with_query_fields(
        self, operation: Operation, parsed: ParsedBody, raw_query: dict[str, list[str]], command: str | None
    ) -> ParsedBody:
        """The form body plus the form fields sent in the query string, without the command field."""
        media = parsed.media or operation.body_media.get("application/x-www-form-urlencoded")
        if media is None or (parsed.present and not isinstance(parsed.value, dict)):
            return parsed
        body: dict[str, Any] = dict(parsed.value) if isinstance(parsed.value, dict) else {}
        if self.provider.form_fields_in_query:
            declared = {p.name for p in operation.parameters if p.location == "query"}
            properties = media.schema.get("properties", {})
            for key, values in raw_query.items():
                if key not in declared and key != command and key not in body:
                    schema = properties.get(key, {"type": "string"})
                    body[key] = coerce_scalar(values[-1], schema, self._wire)
        if command:
            body.pop(command, None)
        # A form with none of its fields is an empty form: validation then names what is missing.
        return ParsedBody(body, media, parsed.files, present=True, form=parsed.form)

    async def _read_body(self, request: Request, operation: Operation, headers: dict[str, str]) -> ParsedBody:
        raw = await self._read_raw(request, headers)
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if not operation.body_media:
            if raw and media_type in FORM_TYPES:
                # No body to validate, but a form may still carry credentials.
                return ParsedBody(None, None, {}, present=False, form=await raw_form(request))
            return ParsedBody(None, None, {}, present=False)
        if not raw and not media_type:
            return ParsedBody(None, None, {}, present=False)
        media = operation.body_media.get(media_type)
        if media is None and self.provider.multipart_forms and media_type in FORM_TYPES:
            media = next((operation.body_media[t] for t in FORM_TYPES if t in operation.body_media), None)
        if media is None:
            expected = " or ".join(operation.body_media)
            raise ApiError(
                400, f"Content-Type must be {expected}, got {media_type or 'none'}", details=UNPARSEABLE
            )
        files: dict[str, UploadedFile] = {}
        if media_type in FORM_TYPES:
            value = await form_body(request, media.schema, files, self._wire)
            return ParsedBody(value, media, files, present=True)
        value = parse_json(raw) if raw else None
        # A body that was sent is validated, `null` included: only an empty body is no body.
        return ParsedBody(value, media, files, present=bool(raw))

    def _validated_body(
        self, operation: Operation, parsed: ParsedBody
    ) -> tuple[Any, dict[str, UploadedFile]]:
        if not parsed.present or parsed.media is None:
            if operation.body_required:
                raise ApiError(400, "Request body is required")
            return None, {}
        message = parsed.media.message(parsed.value, from_text=parsed.media.media_type in FORM_TYPES)
        if message:
            raise ApiError(400, message)
        return parsed.value, parsed.files


def _query_lists(query_string: bytes) -> dict[str, list[str]]:
    """The query string's values per name, as `parse_qsl(..., keep_blank_values=True)` reads them; a
    query with nothing to decode (no `%`, no `+`) is split directly, which is most of them."""
    found: dict[str, list[str]] = {}
    if not query_string:
        return found
    text = query_string.decode("latin-1")
    if "%" in text or "+" in text:
        pairs = parse_qsl(text, True)
    else:
        pairs = [part.partition("=")[::2] for part in text.split("&") if part]
    for key, value in pairs:
        found.setdefault(key, []).append(value)
    return found


def _unscoped(params: dict[str, str] | None) -> tuple[dict[str, str], dict[str, str]] | None:
    return None if params is None else (params, {})


def _serving(candidates: list[_T], method: str, operation_of: Callable[[_T], Operation]) -> _T | None:
    """The candidate whose operation serves `method`: HEAD is served by GET where no HEAD is declared."""
    for wanted in (method, "GET") if method == "HEAD" else (method,):
        for candidate in candidates:
            if operation_of(candidate).method == wanted:
                return candidate
    return None


def _method_not_allowed(method: str, path: str, methods: set[str]) -> ApiError:
    allowed = ", ".join(sorted(methods | {"HEAD"} if "GET" in methods else methods))
    return ApiError(
        405,
        f"Method {method} is not allowed on {path}; allowed: {allowed}",
        headers={"Allow": allowed},
        details={"kind": "method"},
    )


def _validated_parameters(
    operation: Operation,
    path_params: dict[str, str],
    raw_query: dict[str, list[str]],
    headers: dict[str, str],
    wire: Coercion,
) -> dict[str, dict[str, Any]]:
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
    for param in operation.parameters:
        raw: str | list[str] | None
        if param.location == "path":
            raw = path_params.get(group_name(param.name))
        elif param.location == "query":
            raw = raw_query.get(param.name)
        elif param.location == "header":
            raw = headers.get(param.name.lower())
        else:
            continue
        if raw is None:
            if param.required:
                raise ApiError(400, param.missing_message or f"{param.name} is required")
            continue
        value = param.coerce(raw, wire)
        message = param.validator.message(value, prefix=param.name, from_text=True)
        if message:
            # A path that names no possible resource is not found, as the vendors' routers answer.
            raise ApiError(404 if param.location == "path" else 400, message)
        values[param.location][param.name] = value
    return values


async def _send(reply: Reply, send: Send, *, head: bool = False) -> None:
    """Write the reply straight to ASGI (no Response object: this is the hot path)."""
    if reply.body is None:
        body = b""
    elif isinstance(reply.body, bytes):
        body = reply.body
    elif isinstance(reply.body, str):
        body = reply.body.encode("utf-8")
    else:
        body = dumps(reply.body)
    headers = [(b"content-length", str(len(body)).encode("latin-1"))]
    if body and reply.media_type:
        headers.append((b"content-type", reply.media_type.encode("latin-1")))
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})
