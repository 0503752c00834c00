"""Replays one documented exchange against the live emulator: set-up, request, comparison."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from emulator.core.specs import dereference, standalone

from ..conftest import LiveServer
from .examples import Case, load
from .shape import differences

# A set-up step gets the live emulator and the case; it returns documented value -> created value.
Step = Callable[[LiveServer, Case], dict[Any, Any] | None]


@dataclass(frozen=True)
class Profile:
    """How to talk to one API and where its errors put the message."""

    base: str
    auth: Callable[[Case], dict[str, Any]]  # httpx keyword arguments (auth=, headers=)
    message_keys: Callable[[Any], dict[str, Any]]  # the part of an error body that must match verbatim
    ids: dict[Any, Step] = field(default_factory=dict)  # documented id -> how to create it
    prepare: dict[str, list[Step]] = field(default_factory=dict)  # "operation:example" -> state to set up
    schema_only: bool = False


@dataclass
class Outcome:
    status: int
    body: Any
    problems: list[str]
    documented_error: bool = False  # schema-only: the answer is one of the documented errors


def _success_branch(schema: Any) -> Any:
    """Of a `oneOf` of the success shape and the error shape, the success one."""
    branches = schema.get("oneOf") if isinstance(schema, dict) else None
    if not branches:
        return schema
    return next((b for b in branches if "Error" not in str(b.get("$ref", ""))), branches[0])


def schema_problems(api: str, schema: Any, body: Any) -> list[str]:
    document = load(api)
    resolved = standalone(dereference(document, schema), document)
    validator = Draft202012Validator(resolved)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message:.200}" for e in validator.iter_errors(body)
    ]


def compare_schema(case: Case, response: httpx.Response) -> Outcome:
    """Schema-only: the answer validates against the documented response schema; whether it is the
    documented success or a documented error is reported beside."""
    try:
        body: Any = response.json()
    except ValueError:
        return Outcome(response.status_code, response.text, ["the answer is not JSON"])
    problems = schema_problems(case.api, case.schema, body)
    if response.status_code != case.status:
        problems.insert(0, f"status: documented {case.status}, got {response.status_code}")
    errored = bool(schema_problems(case.api, _success_branch(case.schema), body)) and not problems
    return Outcome(response.status_code, body, problems, documented_error=errored)


class Field(tuple[str, Any]):
    """A documented value only where a given field holds it: Field("application_id", 1) is not every 1."""

    def __new__(cls, name: str, value: Any) -> Field:
        return super().__new__(cls, (name, value))


AUTHORIZATION = Field("header", "Authorization")  # a set-up's answer: the credentials this request needs
PATH_PARAMETER = (
    "path:"  # a set-up's answer "path:name": the value of a path parameter the document leaves open
)


def _same(node: Any, value: Any) -> bool:
    return type(node) is type(value) and node == value


def _matches(key: str | None, node: Any, documented: Any) -> bool:
    if isinstance(documented, Field):
        return key == documented[0] and _same(node, documented[1])
    return _same(node, documented)


def _contains(node: Any, documented: Any, key: str | None = None) -> bool:
    if isinstance(node, dict):
        return any(_contains(v, documented, k) for k, v in node.items())
    if isinstance(node, list):
        return any(_contains(v, documented, key) for v in node)
    return _matches(key, node, documented)


def _substitute(node: Any, found: dict[Any, Any], key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _substitute(v, found, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_substitute(v, found, key) for v in node]
    for documented, created in found.items():
        if _matches(key, node, documented):
            return created
    return node


def needs_set_up(case: Case, profile: Profile) -> bool:
    request = {"path": case.path_params, "query": case.query, "body": case.body}
    return bool(profile.prepare.get(case.id)) or any(_contains(request, d) for d in profile.ids)


def set_up(live: LiveServer, case: Case, profile: Profile) -> Case:
    """Runs the case's own set-up, then creates every documented id its request names; the created ids
    replace the documented ones."""
    found: dict[Any, Any] = {}
    for step in profile.prepare.get(case.id, []):
        # a step that names no documented value (None, "") only sets state up
        found.update({k: v for k, v in (step(live, case) or {}).items() if k not in (None, "")})
    request = {"path": case.path_params, "query": case.query, "body": case.body}
    for documented, create in profile.ids.items():
        if documented not in found and _contains(request, documented):
            found.update(create(live, case) or {documented: documented})
    if not found:
        return case
    headers = {AUTHORIZATION[1]: found.pop(AUTHORIZATION)} if AUTHORIZATION in found else {}
    opened = {
        k.removeprefix(PATH_PARAMETER): found.pop(k)
        for k in list(found)
        if isinstance(k, str) and k.startswith(PATH_PARAMETER)
    }
    changed = _substitute(request, found)
    return Case(
        **{
            **case.__dict__,
            "path_params": {**changed["path"], **opened},
            "query": changed["query"],
            "body": changed["body"],
            "headers": {**case.headers, **headers},
        }
    )


def send(live: LiveServer, case: Case, profile: Profile) -> httpx.Response:
    if case.method == "rpc":
        envelope = {"jsonrpc": "2.0", "id": 1, "method": case.path, "params": case.body}
        with httpx.Client(base_url=live.url, timeout=10) as client:
            return client.post(profile.base, json=envelope)
    path = case.path
    for name, value in case.path_params.items():
        path = path.replace("{" + name + "}", str(value))
    credentials = profile.auth(case)
    kwargs: dict[str, Any] = {**credentials, "params": {**case.query, **credentials.get("params", {})}}
    if case.headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **case.headers}
    media = case.content_type or ""
    if case.body is not None:
        if "json" in media:
            kwargs["content"] = json.dumps(case.body)
            kwargs.setdefault("headers", {})["Content-Type"] = media
        elif "multipart" in media:
            kwargs["files"] = {k: (None, str(v)) for k, v in case.body.items()}
        else:
            kwargs["data"] = case.body
    with httpx.Client(base_url=f"{live.url}{profile.base}", timeout=10) as client:
        return client.request(case.method, path, **kwargs)


def compare(case: Case, response: httpx.Response, profile: Profile) -> Outcome:
    problems: list[str] = []
    try:
        body: Any = response.json() if response.content else None
    except ValueError:
        body = response.text
    if case.method == "rpc":
        part = "error" if case.is_error else "result"
        if not isinstance(body, dict) or part not in body:
            return Outcome(response.status_code, body, [f"expected a JSON-RPC {part}, got {body!r:.200}"])
        actual = body[part]
    else:
        actual = body
        if response.status_code != case.status:
            problems.append(f"status: documented {case.status}, got {response.status_code}")
    problems.extend(differences(case.expected, actual))
    if case.is_error and not problems:
        documented, got = profile.message_keys(case.expected), profile.message_keys(actual)
        if documented != got:
            problems.append(f"message: documented {documented}, got {got}")
    return Outcome(response.status_code, body, problems)


def replay(live: LiveServer, case: Case, profile: Profile) -> Outcome:
    prepared = set_up(live, case, profile)
    response = send(live, prepared, profile)
    if profile.schema_only:
        return compare_schema(prepared, response)
    return compare(prepared, response, profile)
