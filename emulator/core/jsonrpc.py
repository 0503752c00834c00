"""JSON-RPC methods compiled from an OpenRPC spec at start-up: params validators, documented errors.

Generic: a vendor's error format (which field of `error.data` names an error, what else goes in it)
is the provider's business; here an error is a code, a message and data.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any

from .specs import base_path, dereference
from .validation import SchemaValidator, field_path


class RpcError(Exception):
    """A JSON-RPC error object to send back: code, message and (optional) data."""

    def __init__(self, code: int, message: str, data: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data

    def to_wire(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            error["data"] = self.data
        return error


@dataclass(frozen=True, slots=True)
class ParamsProblem:
    """Why params failed their schema: kind is missing | type | unknown | value."""

    kind: str
    field: str  # dotted path of the parameter, e.g. employee.phone_number
    value: Any  # what the client sent there (absent for a missing parameter)
    message: str  # jsonschema's wording, for logs and defaults


class _Template(string.Formatter):
    """str.format that leaves placeholders it has no value for as they are."""

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)


def fill(template: str, values: dict[str, Any]) -> str:
    try:
        return _Template().format(template, **values)
    except (ValueError, IndexError):  # a brace the template did not mean as a placeholder
        return template


@dataclass(slots=True)
class RpcMethod:
    name: str
    params: list[dict[str, Any]]
    validator: SchemaValidator  # the params object, by name
    errors: list[dict[str, Any]]
    result_schema: dict[str, Any]
    example_result: Any
    extensions: dict[str, Any] = field(default_factory=dict)

    @property
    def param_names(self) -> list[str]:
        return [param["name"] for param in self.params]

    def params_problem(self, params: dict[str, Any]) -> ParamsProblem | None:
        error = self.validator.problem(params)
        if error is None:
            return None
        path = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            required: list[str] = list(error.validator_value)  # type: ignore[arg-type]
            missing = next(name for name in required if name not in error.instance)
            return ParamsProblem("missing", field_path([*path, missing]), None, error.message)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
            unknown = sorted(name for name in error.instance if name not in allowed)
            name = unknown[0] if unknown else ""
            return ParamsProblem(
                "unknown", field_path([*path, name]), error.instance.get(name), error.message
            )
        kind = "type" if error.validator == "type" else "value"
        return ParamsProblem(kind, field_path(path), error.instance, error.message)

    def documented_error(self, key: str, value: str, params: dict[str, Any] | None = None) -> RpcError:
        """The error this method documents with data[key] == value, its message template filled from
        `params`; a LookupError (a bug in the provider) when the method documents no such error."""
        for error in self.errors:
            data = error.get("data")
            if isinstance(data, dict) and data.get(key) == value:
                return RpcError(error["code"], fill(error["message"], params or {}), dict(data))
        raise LookupError(f"{self.name} documents no error with {key}={value!r}")


@dataclass(slots=True)
class RpcDocument:
    base_path: str
    methods: dict[str, RpcMethod]
    shared_errors: list[dict[str, Any]]  # components.errors

    def shared_error(self, key: str, value: str, params: dict[str, Any] | None = None) -> RpcError:
        """A shared (components) error by data[key], for replies that belong to no method."""
        for error in self.shared_errors:
            data = error.get("data")
            if isinstance(data, dict) and data.get(key) == value:
                return RpcError(error["code"], fill(error["message"], params or {}), dict(data))
        raise LookupError(f"no shared error with {key}={value!r}")


def _params_schema(params: list[dict[str, Any]], by_name_only: bool) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {param["name"]: param.get("schema", {}) for param in params},
        "required": [param["name"] for param in params if param.get("required")],
        # Parameters a method does not declare are refused rather than silently dropped.
        "additionalProperties": not by_name_only,
    }


def compile_document(document: dict[str, Any]) -> RpcDocument:
    """Every method of an OpenRPC document, with its params validator built once."""
    resolved = dereference(document, document)
    methods: dict[str, RpcMethod] = {}
    for method in resolved["methods"]:
        params = method.get("params", [])
        examples = method.get("examples") or []
        example_result = next(
            (pairing["result"]["value"] for pairing in examples if "value" in (pairing.get("result") or {})),
            None,
        )
        methods[method["name"]] = RpcMethod(
            name=method["name"],
            params=params,
            validator=SchemaValidator(_params_schema(params, method.get("paramStructure") == "by-name")),
            errors=method.get("errors", []),
            result_schema=(method.get("result") or {}).get("schema", {}),
            example_result=example_result,
            extensions={k: v for k, v in method.items() if k.startswith("x-")},
        )
    shared = list(resolved.get("components", {}).get("errors", {}).values())
    return RpcDocument(base_path=base_path(document), methods=methods, shared_errors=shared)
