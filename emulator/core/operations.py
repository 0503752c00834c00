"""Operations compiled from a spec at start-up: path matchers, parameter and body validators, examples."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from .specs import base_path, dereference, standalone
from .validation import SchemaValidator

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_TEMPLATE_PARAM = re.compile(r"\{([^}/]+)\}")
_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# Python refuses to convert longer digit strings (a guard against quadratic-time conversion); no API takes
# such a number, so it stays text and validation refuses it.
MAX_INTEGER_DIGITS = 4300
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")  # ASCII digits only: int() would also read other scripts' digits
# What a PHP backend reads as a boolean in a form or query string: its http_build_query sends true as `1`
# and false as an empty string.
_PHP_BOOLEANS = {"1": True, "true": True, "0": False, "false": False, "": False}


@dataclass(frozen=True, slots=True)
class Coercion:
    """How a vendor's wire writes scalars in forms and query strings (see Provider's flags)."""

    any_case_booleans: bool = False
    php_booleans: bool = False


WIRE_DEFAULT = Coercion()


@dataclass(slots=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Any]
    validator: SchemaValidator
    missing_message: str | None
    # A path parameter whose value may hold slashes (`x-multi-segment: true`), e.g. `Trunks/{id}`.
    multi_segment: bool = False

    def coerce(self, raw: str | list[str], wire: Coercion = WIRE_DEFAULT) -> Any:
        """Turn the wire's text into the schema's type; text that doesn't convert is left for validation."""
        if isinstance(raw, list):
            item_schema = self.schema.get("items", {})
            if _types(self.schema) == {"array"}:
                return [coerce_scalar(v, item_schema, wire) for v in raw]
            raw = raw[-1]
        return coerce_scalar(raw, self.schema, wire)


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return set(declared)
    return {declared} if isinstance(declared, str) else set()


def coerce_scalar(raw: str, schema: dict[str, Any], wire: Coercion = WIRE_DEFAULT) -> Any:
    types = _types(schema)
    if "string" in types:
        return raw
    if "integer" in types and len(raw.lstrip("+-")) <= MAX_INTEGER_DIGITS and _INTEGER_TEXT.fullmatch(raw):
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
    word = raw.lower() if wire.any_case_booleans else raw
    if "boolean" in types:
        if wire.php_booleans and word in _PHP_BOOLEANS:
            return _PHP_BOOLEANS[word]
        if word in ("true", "false"):
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

    def message(self, body: Any, *, from_text: bool = False) -> str | None:
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
            return branch.message(body, from_text=from_text)
        return self.validator.message(body, from_text=from_text)


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
    security: list[dict[str, list[str]]]  # the requirements in force: the operation's or the document's
    parameters: list[Parameter]
    body_required: bool
    body_media: dict[str, BodyMedia]
    responses: dict[str, dict[str, Any]]
    extensions: dict[str, Any]
    # The same operation under a server whose URL extends the base path with templated segments, e.g.
    # `/v1/SubAccounts/{subaccount_id}`: matched with the server variables captured.
    scoped_patterns: list[re.Pattern[str]] = field(default_factory=list)
    # Per path segment, 0 for a literal and 1 for a templated one: the smallest matching tuple wins.
    specificity: tuple[int, ...] = ()

    def match(self, path: str) -> dict[str, str] | None:
        """Path parameters of a raw (percent-encoded) path, decoded; None when the path is not this one's."""
        found = self.pattern.fullmatch(path)
        return None if found is None else {k: unquote(v) for k, v in found.groupdict().items()}

    def match_scoped(self, path: str) -> tuple[dict[str, str], dict[str, str]] | None:
        """(path parameters, server variables) when the path is this operation's under a scoping server."""
        for pattern in self.scoped_patterns:
            found = pattern.fullmatch(path)
            if found is not None:
                params: dict[str, str] = {}
                server: dict[str, str] = {}
                for key, value in found.groupdict().items():
                    if key.startswith(_SERVER_GROUP):
                        server[key[len(_SERVER_GROUP) :]] = unquote(value)
                    else:
                        params[key] = unquote(value)
                return params, server
        return None

    def path_params_fit(self, values: dict[str, str]) -> bool:
        """Whether matched path values are valid for this operation: of two colliding templates, the one whose
        parameters fit is the one meant."""
        for param in self.parameters:
            if param.location == "path":
                raw = values.get(group_name(param.name))
                if raw is None or not param.validator.is_valid(param.coerce(raw)):
                    return False
        return True

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


_SERVER_GROUP = "server__"


def _path_regex(template: str, multi_segment: set[str], group_prefix: str = "") -> str:
    regex = ""
    position = 0
    for found in _TEMPLATE_PARAM.finditer(template):
        regex += re.escape(template[position : found.start()])
        name = found.group(1)
        value = ".+" if name in multi_segment else "[^/]+"
        regex += f"(?P<{group_prefix}{group_name(name)}>{value})"
        position = found.end()
    return regex + re.escape(template[position:])


def _scoping_prefixes(servers: list[dict[str, Any]], base: str) -> list[str]:
    """The templated path segments that servers add to the base path, e.g. `/SubAccounts/{subaccount_id}`."""
    prefixes = []
    for server in servers:
        path = urlsplit(server.get("url", "")).path.rstrip("/")
        if path.startswith(base + "/") and "{" in path:
            prefixes.append(path[len(base) :])
    return prefixes


def group_name(name: str) -> str:
    return re.sub(r"\W", "_", name)


def _parameter(raw: dict[str, Any], document: dict[str, Any]) -> Parameter:
    schema = raw.get("schema", {})
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        required=bool(raw.get("required", raw["in"] == "path")),
        schema=schema,
        validator=SchemaValidator(standalone(schema, document)),
        missing_message=raw.get("x-missing-message"),
        multi_segment=bool(raw.get("x-multi-segment", False)),
    )


def _body_media(media_type: str, schema: dict[str, Any], document: dict[str, Any]) -> BodyMedia:
    media = BodyMedia(
        media_type=media_type, schema=schema, validator=SchemaValidator(standalone(schema, document))
    )
    discriminator = schema.get("discriminator")
    if discriminator and "oneOf" in schema:
        name = discriminator["propertyName"]
        media.discriminator = name
        for branch in schema["oneOf"]:
            prop = branch.get("properties", {}).get(name, {})
            media.discriminator_messages = (prop.get("x-missing-message"), prop.get("x-invalid-message"))
            values = prop.get("enum") or ([prop["const"]] if "const" in prop else [])
            compiled = SchemaValidator(standalone(branch, document))
            for value in values:
                media.branches[value] = compiled
    return media


def compile_operations(document: dict[str, Any]) -> tuple[str, list[Operation]]:
    """All operations of an OpenAPI document, and the base path they are served under."""
    global_security = document.get("security", [])
    base = base_path(document)
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
            parameters = [_parameter(p, document) for p in params.values()]
            multi = {p.name for p in parameters if p.location == "path" and p.multi_segment}
            servers = raw.get("servers") or path_item.get("servers") or document.get("servers") or []
            operations.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=template,
                    pattern=re.compile(_path_regex(template, multi)),
                    summary=raw.get("summary", ""),
                    tags=raw.get("tags", []),
                    secured=any(requirement for requirement in security),
                    security=security,
                    parameters=parameters,
                    body_required=bool(body.get("required", False)),
                    body_media={
                        media_type: _body_media(media_type, media.get("schema", {}), document)
                        for media_type, media in body.get("content", {}).items()
                    },
                    responses=raw.get("responses", {}),
                    extensions={k: v for k, v in raw.items() if k.startswith("x-")},
                    specificity=tuple(int("{" in segment) for segment in template.split("/")),
                    scoped_patterns=[
                        re.compile(_path_regex(prefix, set(), _SERVER_GROUP) + _path_regex(template, multi))
                        for prefix in _scoping_prefixes(servers, base)
                    ],
                )
            )
    # The order candidates are tried in where templates collide: fewer templated segments, then longer, first.
    operations.sort(key=lambda op: (op.path.count("{"), -len(op.path)))
    return base, operations
