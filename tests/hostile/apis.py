"""Requests with one hostile value each, for every operation of the five APIs, and each vendor's error shape.

Each request is a plausible one (the spec's examples, or values built from its schemas) with one field
replaced: a path, query or header parameter, a top-level body field, or the whole body.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from emulator.core.operations import Operation, compile_operations
from emulator.core.specs import dereference, load_spec

from .values import (
    JSON_BODIES,
    JSON_VALUES,
    TEXT_VALUES,
    Raw,
    as_text,
    encode,
    json_text,
    parameter_sample,
    sample,
    urlencoded,
)

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON = "application/json"
_BOUNDARY = "hostile-boundary-7f3a"
_UNSET = object()


@dataclass
class Case:
    api: str
    operation: str
    label: str  # which field got which hostile value
    method: str
    url: str  # path and query string, percent-encoded as sent
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None


@dataclass
class Auth:
    """Valid credentials, so that hostile values get past authentication to validation and the handlers."""

    headers: Callable[[Operation], dict[str, str]] = lambda operation: {}
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    # Values that name what the sweep created beforehand, in place of the examples' ids where a field has one.
    known: dict[str, Any] = field(default_factory=dict)
    # Whether the API reads form fields from the query string too (Voximplant): they are sent there as well.
    fields_in_query: bool = False


def basic(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@dataclass
class _Request:
    path_params: dict[str, Any]
    query: list[tuple[str, Any]]
    headers: dict[str, str]
    media: str | None
    body: Any


def openapi_cases(api_id: str, auth: Auth) -> Iterator[Case]:
    document = load_spec(api_id)
    base_path, operations = compile_operations(document)
    for operation in operations:
        item = dereference(document, document["paths"][operation.path])
        raw_op = item[operation.method.lower()]
        params = {(p["name"], p["in"]): p for p in item.get("parameters", []) + raw_op.get("parameters", [])}
        request = _base_request(operation, raw_op, list(params.values()), auth)
        build = _Builder(api_id, base_path, operation, auth, request)
        yield build.case("as built, nothing hostile")
        for raw in params.values():
            name, where = raw["name"], raw["in"]
            for label, value in TEXT_VALUES:
                if where == "header" and not _header_safe(value):
                    continue
                yield build.case(f"{where} {name}: {label}", located=(where, name, value))
            if where == "query":
                plain = as_text(parameter_sample(raw))
                yield build.case(f"query {name}: duplicated", query_pairs=[(name, plain), (name, "abc")])
                yield build.case(
                    f"query {name}: duplicated, hostile first", query_pairs=[(name, "abc"), (name, plain)]
                )
        if request.media not in operation.body_media:  # no body, or only a form of credentials
            continue
        schema = operation.body_media[request.media].schema
        names = list(schema.get("properties", {})) or list(
            request.body if isinstance(request.body, dict) else {}
        )
        values = JSON_VALUES if request.media == JSON else TEXT_VALUES
        for name in names:
            for label, value in values:
                yield build.case(f"body {name}: {label}", body={name: value})
                if auth.fields_in_query:
                    yield build.case(f"query {name}: {label}", query={name: value}, without=name)
        if request.media == JSON:
            for label, value in JSON_BODIES:
                yield build.case(label, whole_body=value)
            for path in nested_fields(request.body):
                for label, value in JSON_VALUES:
                    where = ".".join(str(part) for part in path)
                    yield build.case(
                        f"body {where}: {label}", whole_body=with_value(request.body, path, value)
                    )


def _base_request(
    operation: Operation, raw_op: dict[str, Any], params: list[dict[str, Any]], auth: Auth
) -> _Request:
    path_params: dict[str, Any] = {}
    query: list[tuple[str, Any]] = list(auth.query.items())
    headers: dict[str, str] = dict(auth.headers(operation))
    for raw in params:
        value = parameter_sample(raw)
        if raw["in"] == "path":
            path_params[raw["name"]] = value
        elif raw.get("required") and raw["in"] == "query":
            query.append((raw["name"], value))
        elif raw.get("required") and raw["in"] == "header":
            headers[raw["name"]] = str(as_text(value))
    media = next((m for m in (JSON, FORM, MULTIPART) if m in operation.body_media), None)
    body: Any = None
    if media is not None:
        content = raw_op["requestBody"]["content"][media]
        examples = [e["value"] for e in (content.get("examples") or {}).values() if "value" in e]
        body = examples[0] if examples else content.get("example", sample(operation.body_media[media].schema))
        properties = operation.body_media[media].schema.get("properties", {})
        # Not for deletions: the operations after them would find nothing.
        if isinstance(body, dict) and not operation.operation_id.startswith("Del"):
            body = {**body, **{k: v for k, v in auth.known.items() if k in properties}}
        if media != JSON and isinstance(body, dict):
            body = {**auth.form, **body}
        elif media != JSON:
            body = dict(auth.form)
    elif auth.form:
        media, body = FORM, dict(auth.form)
    return _Request(path_params, query, headers, media, body)


def _header_safe(value: Any) -> bool:
    return isinstance(value, str) and value.isascii() and "\x00" not in value


@dataclass
class _Builder:
    api: str
    base_path: str
    operation: Operation
    auth: Auth
    request: _Request

    def case(
        self,
        label: str,
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        header: dict[str, Any] | None = None,
        query_pairs: list[tuple[str, Any]] | None = None,
        cookie: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        whole_body: Any = _UNSET,
        without: str | None = None,
        located: tuple[str, str, Any] | None = None,
    ) -> Case:
        """The request as built, with what the keywords replace; `located` is (parameter location, name,
        value)."""
        if located is not None:
            where, name, value = located
            path, query, header, cookie = (
                {name: value} if where == kind else None for kind in ("path", "query", "header", "cookie")
            )
        request = self.request
        values = {**request.path_params, **(path or {})}
        url = self.base_path + self.operation.path
        for name, value in values.items():
            url = url.replace("{" + name + "}", encode(as_text(value)) or "x")
        pairs = [(k, as_text(v)) for k, v in request.query if k not in (query or {})]
        pairs += [(k, as_text(v)) for k, v in (query or {}).items()]
        replaced = {key for key, _ in query_pairs or []}
        pairs = [pair for pair in pairs if pair[0] not in replaced]
        pairs += [(k, as_text(v)) for k, v in query_pairs or []]
        if pairs:
            url += "?" + urlencoded(pairs)
        headers = {**request.headers, **{k: str(v) for k, v in (header or {}).items()}}
        if cookie:
            headers["Cookie"] = "; ".join(f"{k}={encode(as_text(v))}" for k, v in cookie.items())
        content = None
        if request.media is not None:
            if whole_body is not _UNSET:
                document: Any = whole_body
            elif isinstance(request.body, dict):
                document = {k: v for k, v in {**request.body, **(body or {})}.items() if k != without}
            else:
                document = request.body if body is None else body
            content = self._encode(request.media, document)
            headers["Content-Type"] = (
                request.media if request.media != MULTIPART else f"{MULTIPART}; boundary={_BOUNDARY}"
            )
        return Case(
            self.api, self.operation.operation_id, label, self.operation.method, url, headers, content
        )

    @staticmethod
    def _encode(media: str, document: Any) -> bytes:
        if media == JSON:
            return json_text(document)
        fields = document.items() if isinstance(document, dict) else []
        if media == FORM:
            return urlencoded([(k, as_text(v)) for k, v in fields]).encode("ascii")
        parts = []
        for key, value in fields:
            text = as_text(value)
            data = (
                unquote_to_bytes(text.text)
                if isinstance(text, Raw)
                else text.encode("utf-8", "surrogatepass")
            )
            parts.append(
                f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="{quote(key)}"\r\n\r\n'.encode()
                + data
                + b"\r\n"
            )
        return b"".join(parts) + f"--{_BOUNDARY}--\r\n".encode()


def openrpc_cases(api_id: str, credentials: dict[str, dict[str, str]]) -> Iterator[Case]:
    """Every method of the JSON-RPC API, each param hostile in turn; `credentials` by method name, or '*'."""
    document = dereference(load_spec(api_id, "openrpc.yaml"), load_spec(api_id, "openrpc.yaml"))
    for method in document["methods"]:
        example = (method.get("examples") or [{}])[0]
        params = {p["name"]: p["value"] for p in example.get("params", [])}
        for param in method.get("params", []):
            if param.get("required") and param["name"] not in params:
                params[param["name"]] = sample(param.get("schema", {}))
        params.update(credentials.get(method["name"], credentials["*"]))
        envelope = {"jsonrpc": "2.0", "id": 1, "method": method["name"]}
        yield Case(
            api_id,
            method["name"],
            "as built, nothing hostile",
            "POST",
            "/v4.0",
            {"Content-Type": JSON},
            json_text({**envelope, "params": params}),
        )
        for path in nested_fields(params):
            for label, value in JSON_VALUES:
                where = ".".join(str(part) for part in path)
                body = {**envelope, "params": with_value(params, path, value)}
                yield Case(
                    api_id,
                    method["name"],
                    f"param {where}: {label}",
                    "POST",
                    "/v4.0",
                    {"Content-Type": JSON},
                    json_text(body),
                )
        for param in method.get("params", []):
            for label, value in JSON_VALUES:
                body = {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "method": method["name"],
                    "params": {**params, param["name"]: value},
                }
                yield Case(
                    api_id,
                    method["name"],
                    f"param {param['name']}: {label}",
                    "POST",
                    "/v4.0",
                    {"Content-Type": "application/json"},
                    json_text(body),
                )


def nested_fields(document: Any) -> Iterator[tuple[str | int, ...]]:
    """The fields one level inside a body's objects and lists of objects (the first item's)."""
    if not isinstance(document, dict):
        return
    for key, value in document.items():
        inner, prefix = value, (key,)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            inner, prefix = value[0], (key, 0)  # type: ignore[assignment]
        if isinstance(inner, dict):
            for name in inner:
                yield (*prefix, name)


def with_value(document: Any, path: tuple[str | int, ...], value: Any) -> Any:
    """A copy of `document` with `value` at `path`."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(document, list):
        copy = list(document)
        copy[int(head)] = with_value(copy[int(head)], rest, value)
        return copy
    return {**document, head: with_value(document[head], rest, value)}


# --- the vendors' error shapes: None when the reply is in the vendor's format, else what is wrong ---


def ccai_problem(status: int, body: Any) -> str | None:
    if status < 400:
        return None
    return None if _text(body, "message") else "not CCAI's {message} error"


def kit_problem(status: int, body: Any) -> str | None:
    if status < 400:
        return None
    if not isinstance(body, dict):
        return "not a JSON object"
    result = body.get("result")
    if body.get("success") is False and isinstance(result, dict) and result.get("code") == status:
        return None if _text(result, "error") else "Kit error without a message"
    return "not Kit's {success: false, result: {error, code}} error"


def voximplant_problem(status: int, body: Any) -> str | None:
    if status != 200:
        return "Voximplant answers with HTTP 200"
    error = body.get("error") if isinstance(body, dict) else None
    if error is None:
        return None
    return None if isinstance(error.get("code"), int) and _text(error, "msg") else "not Voximplant's error"


def voxology_problem(status: int, body: Any) -> str | None:
    if status < 400:
        return None
    keys = {"ref_id", "status", "code", "message", "help", "user_message"}
    if isinstance(body, dict) and keys <= set(body) and body["status"] == status and _text(body, "help"):
        return None
    return "not Voxology's error body"


def jsonrpc_problem(status: int, body: Any) -> str | None:
    if status != 200 or not isinstance(body, dict) or body.get("jsonrpc") != "2.0":
        return "not a JSON-RPC reply with HTTP 200"
    error = body.get("error")
    if error is None:
        return None if "result" in body else "neither result nor error"
    if error.get("code") == -32603:
        return "an internal error"
    return None if isinstance(error.get("code"), int) and _text(error, "message") else "not a JSON-RPC error"


def _text(body: Any, key: str) -> bool:
    return isinstance(body, dict) and isinstance(body.get(key), str) and bool(body[key])
