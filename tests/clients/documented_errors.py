"""Every documented error of one operation per tag, through a generated client's sync(): the spec's own
error examples answered by an httpx.MockTransport under the client's real (retrying) transport chain.

The cases come from the spec, the expected exception class from an independent table by status, so a
client that maps an error to the wrong class, or returns it instead of raising, fails here.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import io
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
from openapi_python_client.strings import snake_case

from emulator.core.specs import load_spec

# The kind each HTTP status is, as the clients document it.
KIND_BY_STATUS = {
    400: "ValidationError",
    401: "AuthenticationError",
    402: "PaymentRequiredError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "ValidationError",
    423: "ConflictError",
    429: "RateLimitError",
}


def kind_for(status: int) -> str:
    return "ServerError" if status >= 500 else KIND_BY_STATUS.get(status, "ApiError")


@dataclass(frozen=True)
class ErrorCase:
    tag: str
    operation_id: str
    module: Any  # the generated endpoint module
    status: int
    example: Any  # the documented body

    @property
    def label(self) -> str:
        return f"{self.operation_id} {self.status}"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _examples(spec: dict[str, Any], response: dict[str, Any]) -> list[Any]:
    content = _resolve(spec, response).get("content", {}).get("application/json", {})
    if "examples" in content:
        return [_resolve(spec, example)["value"] for example in content["examples"].values()]
    return [content["example"]] if "example" in content else []


def _operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch") and "operationId" in operation:
                yield operation


def error_cases(api_id: str, package: str) -> tuple[list[ErrorCase], set[str]]:
    """(cases, every tag): each documented error example of the first operation per tag whose arguments
    `fake_arguments` can build."""
    spec = load_spec(api_id)
    tags: set[str] = set()
    chosen: dict[str, list[ErrorCase]] = {}
    for operation in _operations(spec):
        tag = operation["tags"][0]
        tags.add(tag)
        if tag in chosen:
            continue
        name = f"{package}.api.{snake_case(tag)}.{snake_case(operation['operationId'])}"
        module = importlib.import_module(name)
        if fake_arguments(module.sync) is None:
            continue
        cases = [
            ErrorCase(tag, operation["operationId"], module, int(status), example)
            for status, response in operation["responses"].items()
            if status[0] in "45" and status[1:].isdigit()
            for example in _examples(spec, response)
        ]
        if cases:
            chosen[tag] = cases
    return [case for cases in chosen.values() for case in cases], tags


def _fake(annotation: Any, depth: int = 0) -> Any:
    """A value of a generated type: enough to build a request (the mock answers whatever is sent)."""
    if depth > 6:
        raise TypeError("too deep")
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None) and a.__name__ != "Unset"]
        return _fake(options[0], depth + 1)
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin in (list, tuple, set):
        return []
    if origin is dict or annotation is dict:
        return {}
    if annotation in (str, int, float, bool):
        return {str: "1", int: 1, float: 1.0, bool: True}[annotation]
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if inspect.isclass(annotation) and annotation.__name__ == "File":
        return annotation(payload=io.BytesIO(b"x"), file_name="x.csv")
    if inspect.isclass(annotation) and hasattr(annotation, "from_dict"):
        models = importlib.import_module(annotation.__module__.rsplit(".", 1)[0])  # forward refs live there
        hints = typing.get_type_hints(annotation.__init__, localns=vars(models))
        required = [
            p.name
            for p in inspect.signature(annotation).parameters.values()
            if p.default is inspect.Parameter.empty
        ]
        return annotation(**{name: _fake(hints[name], depth + 1) for name in required})
    raise TypeError(f"cannot fake {annotation!r}")


def fake_arguments(function: Callable[..., Any]) -> dict[str, Any] | None:
    """The required arguments of an API function (besides the client), or None if one cannot be built."""
    hints = typing.get_type_hints(function)
    arguments: dict[str, Any] = {}
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        try:
            arguments[parameter.name] = _fake(hints[parameter.name])
        except (TypeError, KeyError, IndexError, NameError, StopIteration):
            return None
    return arguments


def answering(status: int, body: Any) -> httpx.MockTransport:
    headers = {"Retry-After": "1"} if status == 429 else {}
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body, headers=headers))


def raised_by(case: ErrorCase, make_client: Callable[[httpx.MockTransport], Any]) -> Exception | None:
    """What the operation's sync() raises when the server answers this documented error (None: nothing)."""
    client = make_client(answering(case.status, case.example))
    arguments = fake_arguments(case.module.sync)
    assert arguments is not None
    try:
        case.module.sync(client=client, **arguments)
    except Exception as error:
        return error
    return None
