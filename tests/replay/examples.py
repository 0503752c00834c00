"""The specs' documented examples, paired into request/response cases to replay against the emulator."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPECS = Path(__file__).resolve().parents[2] / "specs"
METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Case:
    """One documented exchange: the request an example shows and the answer another example shows."""

    api: str
    operation: str
    method: str  # HTTP method, or "rpc" for a JSON-RPC method
    path: str
    name: str  # the request example's name (the response example's where the request rides on it)
    response_name: str
    status: int  # the documented HTTP status (200 for JSON-RPC); 0 when only the schema is checked
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    content_type: str | None = None
    expected: Any = None  # the documented response body (a JSON-RPC result or error object)
    is_error: bool = False
    schema: Any = None  # the documented response schema, for schema-only APIs
    excuse: str | None = None  # why the document cannot be reproduced as it stands (its x-doc-notes)
    security: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)  # set-up credentials beyond the API's own

    @property
    def id(self) -> str:
        return f"{self.operation}:{self.name}"


@cache
def load(api: str) -> dict[str, Any]:
    folder = SPECS / api
    name = "openrpc.yaml" if (folder / "openrpc.yaml").exists() else "openapi.yaml"
    document: dict[str, Any] = yaml.safe_load((folder / name).read_text())
    return document


def _deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def excuse_of(*examples: Any) -> str | None:
    """Why a document's example cannot be reproduced as it stands: the `x-doc-notes` it carries (on the
    request or the response example) record the contradiction."""
    for example in examples:
        notes = example.get("x-doc-notes") if isinstance(example, dict) else None
        if notes:
            return "; ".join(str(note) for note in (notes if isinstance(notes, list) else [notes]))
    return None


def _named_examples(document: dict[str, Any], holder: dict[str, Any]) -> dict[str, Any]:
    """A media type's or parameter's examples by name (a lone `example` is named "example")."""
    named: dict[str, Any] = {}
    for key, example in (holder.get("examples") or {}).items():
        named[key] = _deref(document, example)
    if not named and "example" in holder:
        named["example"] = {"value": holder["example"]}
    return named


def _example_value(example: Any) -> Any:
    return example.get("value") if isinstance(example, dict) else example


def _response_examples(document: dict[str, Any], op: dict[str, Any]) -> list[tuple[str, int, Any, Any, Any]]:
    """(name, status, example, schema, json) for every JSON response example, in document order."""
    found: list[tuple[str, int, Any, Any, Any]] = []
    for status, response in (op.get("responses") or {}).items():
        if not str(status).isdigit():
            continue
        response = _deref(document, response)
        for media, content in (response.get("content") or {}).items():
            if "json" not in media:
                continue
            for name, example in _named_examples(document, content).items():
                found.append((name, int(status), example, content.get("schema"), media))
    return found


def _needs_nothing(document: dict[str, Any], op: dict[str, Any], parameters: list[dict[str, Any]]) -> bool:
    body = _deref(document, op.get("requestBody") or {})
    return not body.get("required") and not any(p.get("required") for p in parameters)


@dataclass(frozen=True)
class _Operation:
    api: str
    name: str
    method: str
    path: str
    parameters: list[dict[str, Any]]
    param_examples: dict[str, dict[str, Any]]
    bodies: dict[str, tuple[str, Any]]
    security: tuple[str, ...]


Response = tuple[str, int, Any, Any, Any]


def _carries_request(example: Any) -> bool:
    return isinstance(example, dict) and ("x-request" in example or "x-query" in example)


def _build(op: _Operation, name: str, response: Response) -> Case:
    response_name, status, example, schema, _ = response
    path_params: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for parameter in op.parameters:
        named = op.param_examples[parameter["name"]]
        # a parameter shown only by other examples is left out, unless the request needs it
        fallback = next(iter(named.values())) if named and parameter.get("required") else None
        chosen = named.get(name) or fallback
        if chosen is None or parameter.get("in") not in ("path", "query"):
            continue
        target = path_params if parameter["in"] == "path" else query
        target[parameter["name"]] = _example_value(chosen)
    first_body = next(iter(op.bodies.values())) if op.bodies else (None, None)
    media, body_example = op.bodies.get(name) or first_body
    body = _example_value(body_example) if body_example is not None else None
    if isinstance(example, dict) and "x-query" in example:
        query = dict(example["x-query"])
    if isinstance(example, dict) and "x-request" in example:
        body, media = example["x-request"], media or "application/json"
    return Case(
        api=op.api,
        operation=op.name,
        method=op.method.upper(),
        path=op.path,
        name=name,
        response_name=response_name,
        status=status,
        path_params=path_params,
        query=query,
        body=body,
        content_type=media,
        expected=_example_value(example),
        is_error=status >= 400,
        schema=schema,
        excuse=excuse_of(example, body_example),
        security=op.security,
    )


def openapi_cases(api: str) -> list[Case]:
    """Every operation's documented exchanges: a request example paired with the response example of the
    same name, else (when no names pair) the first request example with the first success example. A
    response example carrying its own request (`x-request` body, `x-query` parameters) is an exchange by
    itself. An operation that needs no input at all has its request documented by its path alone."""
    document = load(api)
    cases: list[Case] = []
    for path, item in document["paths"].items():
        for method in METHODS:
            spec = item.get(method)
            if not isinstance(spec, dict):
                continue
            declared = (item.get("parameters") or []) + (spec.get("parameters") or [])
            parameters = [_deref(document, p) for p in declared]
            bodies: dict[str, tuple[str, Any]] = {}
            body_spec = _deref(document, spec.get("requestBody") or {})
            for media, content in (body_spec.get("content") or {}).items():
                for name, example in _named_examples(document, content).items():
                    bodies.setdefault(name, (media, example))
            param_examples = {p["name"]: _named_examples(document, p) for p in parameters}
            param_names = {name for named in param_examples.values() for name in named}
            requirements = spec.get("security") or document.get("security") or []
            op = _Operation(
                api=api,
                name=str(spec.get("operationId") or f"{method} {path}"),
                method=method,
                path=path,
                parameters=parameters,
                param_examples=param_examples,
                bodies=bodies,
                security=tuple(name for requirement in requirements for name in requirement),
            )
            request_names = list(bodies) + [n for n in sorted(param_names) if n not in bodies]
            responses = _response_examples(document, spec)
            found = [_build(op, r[0], r) for r in responses if _carries_request(r[2])]
            found += [
                _build(op, name, r)
                for name in request_names
                for r in responses
                if r[0] == name and not _carries_request(r[2])
            ]
            success = next((r for r in responses if 200 <= r[1] < 300), None)
            if not found and success is not None:
                if request_names:
                    found.append(_build(op, request_names[0], success))
                elif _needs_nothing(document, spec, parameters):
                    found.append(_build(op, "(no input)", success))
            cases.extend(found)
    return cases


def openrpc_cases(api: str) -> list[Case]:
    """Every method's examples: the params it shows and the result (or error) it pairs them with."""
    document = load(api)
    cases: list[Case] = []
    for method in document["methods"]:
        for example in method.get("examples") or []:
            example = _deref(document, example)
            outcome = _deref(document, example.get("result") or example.get("error") or {})
            is_error = "error" in example and "result" not in example
            cases.append(
                Case(
                    api=api,
                    operation=method["name"],
                    method="rpc",
                    path=method["name"],
                    name=str(example.get("name")),
                    response_name=str(outcome.get("name", example.get("name"))),
                    status=200,
                    body={p["name"]: p["value"] for p in example.get("params") or []},
                    content_type="application/json",
                    expected=outcome.get("value"),
                    is_error=is_error,
                    excuse=excuse_of(example),
                )
            )
    return cases


def cases(api: str) -> list[Case]:
    return openrpc_cases(api) if (SPECS / api / "openrpc.yaml").exists() else openapi_cases(api)


def request_example(api: str, operation: str) -> Any:
    """The first request body the document shows for an operation (set-ups reuse the vendor's own)."""
    document = load(api)
    for item in document["paths"].values():
        for method in METHODS:
            spec = item.get(method)
            if isinstance(spec, dict) and spec.get("operationId") == operation:
                body = _deref(document, spec.get("requestBody") or {})
                for content in (body.get("content") or {}).values():
                    for example in _named_examples(document, content).values():
                        return _example_value(example)
    raise KeyError(f"{api} documents no request example for {operation}")
