"""Operations compiled from a spec at start-up: path matchers, parameter and body validators, examples."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from .specs import base_path, dereference
from .validation import SchemaValidator

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_TEMPLATE_PARAM = re.compile(r"\{([^}/]+)\}")
_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@dataclass(slots=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Any]
    validator: SchemaValidator
    missing_message: str | None

    def coerce(self, raw: str | list[str]) -> Any:
        """Turn the wire's text into the schema's type; text that doesn't convert is left for validation."""
        if isinstance(raw, list):
            item_schema = self.schema.get("items", {})
            if _types(self.schema) == {"array"}:
                return [coerce_scalar(v, item_schema) for v in raw]
            raw = raw[-1]
        return coerce_scalar(raw, self.schema)


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return set(declared)
    return {declared} if isinstance(declared, str) else set()


def coerce_scalar(raw: str, schema: dict[str, Any], *, any_case_booleans: bool = False) -> Any:
    types = _types(schema)
    if "string" in types:
        return raw
    if "integer" in types and re.fullmatch(r"[+-]?\d+", raw):
        value = int(raw)
        # A number past the width its format declares stays text, so validation refuses it.
        bounds = _INTEGER_FORMATS.get(schema.get("format", ""))
        return value if bounds is None or bounds[0] <= value <= bounds[1] else raw
    if "number" in types:
        try:
            number = float(raw)
        except ValueError:
            return raw
        return number if math.isfinite(number) else raw  # JSON has no NaN or Infinity
    word = raw.lower() if any_case_booleans else raw
    if "boolean" in types and word in ("true", "false"):
        return word == "true"
    if "null" in types and raw == "":
        return None
    return raw


@dataclass(slots=True)
class BodyMedia:
    """The validator(s) for one request media type; with a discriminator, one validator per branch."""

    media_type: str
    schema: dict[str, Any]
    validator: SchemaValidator
    discriminator: str | None = None
    branches: dict[str, SchemaValidator] = field(default_factory=dict)
    discriminator_messages: tuple[str | None, str | None] = (None, None)  # (missing, invalid)

    def message(self, body: Any) -> str | None:
        if self.discriminator and isinstance(body, dict):
            missing_text, invalid_text = self.discriminator_messages
            if self.discriminator not in body:
                return missing_text or f"{self.discriminator} is required"
            branch = (
                self.branches.get(body[self.discriminator]) if _hashable(body[self.discriminator]) else None
            )
            if branch is None:
                options = ", ".join(repr(v) for v in self.branches)
                return invalid_text or f"{self.discriminator} must be one of {options}"
            return branch.message(body)
        return self.validator.message(body)


def _hashable(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


@dataclass(slots=True)
class Operation:
    operation_id: str
    method: str
    path: str  # the spec's template, without the base path
    pattern: re.Pattern[str]
    summary: str
    tags: list[str]
    secured: bool
    parameters: list[Parameter]
    body_required: bool
    body_media: dict[str, BodyMedia]
    responses: dict[str, dict[str, Any]]
    extensions: dict[str, Any]

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        return None if found is None else found.groupdict()

    def documented_statuses(self) -> set[int]:
        return {int(code) for code in self.responses if code.isdigit()}

    def example_reply(self) -> tuple[int, str | None, Any]:
        """The first documented success response: (status, media type, example body or None)."""
        successes = sorted(code for code in self.responses if code.isdigit() and code.startswith("2"))
        if not successes:
            raise LookupError(f"{self.operation_id} documents no success response")
        status = successes[0]
        content = self.responses[status].get("content") or {}
        for media_type, media in content.items():
            examples = media.get("examples") or {}
            for example in examples.values():
                if "value" in example:
                    return int(status), media_type, example["value"]
            if "example" in media:
                return int(status), media_type, media["example"]
            schema_examples = media.get("schema", {}).get("examples")
            if schema_examples:
                return int(status), media_type, schema_examples[0]
            raise LookupError(f"{self.operation_id} {status} {media_type} has no example")
        return int(status), None, None


def _path_pattern(template: str) -> re.Pattern[str]:
    regex = ""
    position = 0
    for found in _TEMPLATE_PARAM.finditer(template):
        regex += re.escape(template[position : found.start()])
        regex += f"(?P<{group_name(found.group(1))}>[^/]+)"
        position = found.end()
    regex += re.escape(template[position:])
    return re.compile(regex)


def group_name(name: str) -> str:
    return re.sub(r"\W", "_", name)


def _parameter(raw: dict[str, Any]) -> Parameter:
    schema = raw.get("schema", {})
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        required=bool(raw.get("required", raw["in"] == "path")),
        schema=schema,
        validator=SchemaValidator(schema),
        missing_message=raw.get("x-missing-message"),
    )


def _body_media(media_type: str, schema: dict[str, Any]) -> BodyMedia:
    media = BodyMedia(media_type=media_type, schema=schema, validator=SchemaValidator(schema))
    discriminator = schema.get("discriminator")
    if discriminator and "oneOf" in schema:
        name = discriminator["propertyName"]
        media.discriminator = name
        for branch in schema["oneOf"]:
            prop = branch.get("properties", {}).get(name, {})
            media.discriminator_messages = (prop.get("x-missing-message"), prop.get("x-invalid-message"))
            values = prop.get("enum") or ([prop["const"]] if "const" in prop else [])
            compiled = SchemaValidator(branch)
            for value in values:
                media.branches[value] = compiled
    return media


def compile_operations(document: dict[str, Any]) -> tuple[str, list[Operation]]:
    """All operations of an OpenAPI document, and the base path they are served under."""
    global_security = document.get("security", [])
    operations: list[Operation] = []
    for template, path_item in document.get("paths", {}).items():
        path_item = dereference(document, path_item)
        shared_params = path_item.get("parameters", [])
        for method in HTTP_METHODS:
            raw = path_item.get(method)
            if raw is None:
                continue
            params = {(p["name"], p["in"]): p for p in shared_params}
            params.update({(p["name"], p["in"]): p for p in raw.get("parameters", [])})
            body = raw.get("requestBody") or {}
            security = raw.get("security", global_security)
            operations.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=template,
                    pattern=_path_pattern(template),
                    summary=raw.get("summary", ""),
                    tags=raw.get("tags", []),
                    secured=any(requirement for requirement in security),
                    parameters=[_parameter(p) for p in params.values()],
                    body_required=bool(body.get("required", False)),
                    body_media={
                        media_type: _body_media(media_type, media.get("schema", {}))
                        for media_type, media in body.get("content", {}).items()
                    },
                    responses=raw.get("responses", {}),
                    extensions={k: v for k, v in raw.items() if k.startswith("x-")},
                )
            )
    # Literal segments win over templated ones where two templates could match the same path.
    operations.sort(key=lambda op: (op.path.count("{"), -len(op.path)))
    return base_path(document), operations
