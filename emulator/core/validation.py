"""Compiled JSON Schema validators, and vendor-readable messages for what they reject.

A spec may name the vendor's own wording on a schema: `x-missing-message` (on a property: it is absent;
on a schema with `required`, such as the `then` of "this field unless that one": one of those is
absent) and `x-invalid-message` (present but wrong). Otherwise the message names the field and says
what is wrong with it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

_FORMATS = FormatChecker()
_DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
_QUOTED_CHARS = 64
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_NUMBER_TEXT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


class SchemaValidator:
    """One schema compiled once; `message()` answers None for a valid instance.

    Validity is decided by jsonschema-rs, a compiled validator, because it runs on every request; the
    pure-Python jsonschema only runs on the rare invalid instance, to word the error from its
    structured errors (jsonschema-rs reports less of where a failing keyword sits).
    """

    __slots__ = ("_explainer", "_gate", "schema")

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        # Checked against the 2020-12 meta-schema by jsonschema-rs: start-up compiles hundreds of these.
        jsonschema_rs.meta.validate({"$schema": _DRAFT_2020_12, **schema})
        self._gate = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
        self._explainer = Draft202012Validator(schema, format_checker=_FORMATS)

    def message(self, instance: Any, prefix: str = "", *, from_text: bool = False) -> str | None:
        """Why `instance` is invalid; `from_text` when its scalars were converted from a form's or a query
        string's text (see describe())."""
        if self._gate.is_valid(instance):
            return None
        errors = list(self._explainer.iter_errors(instance))
        if not errors:  # the two validators read a format differently: the gate's verdict stands
            return f"{prefix or 'request body'} is invalid: {_gate_reason(self._gate, instance)}"
        return describe(_most_relevant(errors), prefix, from_text=from_text)

    def is_valid(self, instance: Any) -> bool:
        return bool(self._gate.is_valid(instance))

    def problem(self, instance: Any) -> ValidationError | None:
        """The most relevant reason `instance` is invalid, for callers that word errors themselves."""
        if self._gate.is_valid(instance):
            return None
        errors = list(self._explainer.iter_errors(instance))
        if not errors:  # the gate's verdict stands (see message())
            return ValidationError(_gate_reason(self._gate, instance), validator="format", instance=instance)
        return _most_relevant(errors)


def _gate_reason(gate: Any, instance: Any) -> str:
    for error in gate.iter_errors(instance):
        return _quoted(str(error.message), error.instance)
    return "rejected by the schema"


def _most_relevant(errors: Iterable[ValidationError]) -> ValidationError:
    # Missing fields first (vendors document those messages), then the shallowest, then document order.
    def rank(error: ValidationError) -> tuple[int, int, str]:
        missing = error.validator in ("required", "anyOf", "oneOf") and _missing_names(error) != []
        return (0 if missing else 1, len(error.absolute_path), str(list(error.absolute_path)))

    return min(errors, key=rank)


def _missing_names(error: ValidationError) -> list[str]:
    keyword_value: Any = error.validator_value
    if error.validator == "required" and isinstance(error.instance, dict):
        return [name for name in keyword_value if name not in error.instance]
    if error.validator in ("anyOf", "oneOf") and isinstance(error.instance, dict):
        names: list[str] = []
        for branch in keyword_value:
            names.extend(n for n in branch.get("required", []) if n not in error.instance)
        if names and all(set(b) <= {"required"} for b in keyword_value):
            return names
    return []


def _unconverted_number(instance: Any, expected: Any) -> bool:
    if isinstance(instance, float):  # JSON has no infinity: a number too large for a float became one
        return not math.isfinite(instance)
    if not isinstance(instance, str):
        return False
    types = set(expected) if isinstance(expected, list) else {expected}
    if "integer" in types and _INTEGER_TEXT.fullmatch(instance):
        return True
    return "number" in types and _NUMBER_TEXT.fullmatch(instance) is not None


def field_path(path: Iterable[Any], prefix: str = "") -> str:
    text = prefix
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text = f"{text}.{part}" if text else str(part)
    return text


def describe(error: ValidationError, prefix: str = "", *, from_text: bool = False) -> str:
    """A vendor-readable message. With `from_text`, number text left unconverted was too large to be one
    of the numbers the schema takes (the wire's conversion turns every other one into a number)."""
    where = field_path(error.absolute_path, prefix)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "required":
        name = _missing_names(error)[0]
        prop = schema.get("properties", {}).get(name, {})
        custom = prop.get("x-missing-message") if isinstance(prop, dict) else None
        custom = custom or schema.get("x-missing-message")
        return str(custom or f"{field_path([name], where)} is required")
    if error.validator in ("anyOf", "oneOf"):
        names = _missing_names(error)
        if names:
            custom = schema.get("x-missing-message")
            return str(custom or f"one of {', '.join(names)} is required" + (f" in {where}" if where else ""))
    custom = schema.get("x-invalid-message")
    if custom:
        return str(custom)
    subject = where or "request body"
    if error.validator == "type":
        expected = error.validator_value
        expected_text = " or ".join(expected) if isinstance(expected, list) else expected
        if (from_text or isinstance(error.instance, float)) and _unconverted_number(error.instance, expected):
            return f"{subject} is out of range"
        return f"{subject} must be of type {expected_text}"
    if error.validator == "enum":
        enum_values: Any = error.validator_value
        options = ", ".join(repr(v) for v in enum_values)
        return f"{subject} must be one of {options}"
    if error.validator == "additionalProperties":
        return f"{subject}: {error.message}"
    return f"{subject} is invalid: {_quoted(error.message, error.instance)}"


def _quoted(text: str, instance: Any) -> str:
    """A validator's wording, with a long value it quotes cut short: the caller knows what it sent."""
    if isinstance(instance, str) and len(instance) > _QUOTED_CHARS:
        shortened = f"{instance[:_QUOTED_CHARS]!r}... ({len(instance)} characters)"
        return text.replace(repr(instance), shortened).replace(json.dumps(instance), shortened)
    return text
