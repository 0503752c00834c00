"""House rules every OpenAPI spec keeps, beyond what openapi-spec-validator checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from emulator.core.operations import HTTP_METHODS
from emulator.core.specs import dereference, standalone


@dataclass(frozen=True, slots=True)
class Example:
    where: str  # a readable pointer, e.g. "POST /calls 201 application/json examples.created"
    schema: dict[str, Any]
    value: Any


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def _media_examples(where: str, media: dict[str, Any]) -> Iterator[Example]:
    schema = media.get("schema", {})
    for name, example in (media.get("examples") or {}).items():
        if "value" in example:
            yield Example(f"{where} examples.{name}", schema, example["value"])
    if "example" in media:
        yield Example(f"{where} example", schema, media["example"])


def _schema_examples(where: str, schema: Any) -> Iterator[Example]:
    """Schema-level `examples`, at any depth (properties, items, branches)."""
    if isinstance(schema, dict):
        for index, value in (
            enumerate(schema.get("examples") or []) if isinstance(schema.get("examples"), list) else []
        ):
            yield Example(f"{where} schema examples[{index}]", schema, value)
        for key, child in schema.items():
            if key in ("properties", "patternProperties", "$defs") and isinstance(child, dict):
                for name, sub in child.items():
                    yield from _schema_examples(f"{where}.{name}", sub)
            elif key in ("items", "additionalProperties", "not", "contains") and isinstance(child, dict):
                yield from _schema_examples(f"{where}[{key}]", child)
            elif key in ("oneOf", "anyOf", "allOf", "prefixItems") and isinstance(child, list):
                for index, sub in enumerate(child):
                    yield from _schema_examples(f"{where}.{key}[{index}]", sub)


def examples(document: dict[str, Any]) -> Iterator[Example]:
    """Every example in the spec with the schema it must satisfy."""
    resolved = dereference(document, document)
    for method, path, operation in operations(resolved):
        label = f"{method} {path}"
        for parameter in operation.get("parameters", []):
            schema = parameter.get("schema", {})
            for name, example in (parameter.get("examples") or {}).items():
                if "value" in example:
                    yield Example(
                        f"{label} parameter {parameter['name']} examples.{name}", schema, example["value"]
                    )
            if "example" in parameter:
                yield Example(f"{label} parameter {parameter['name']} example", schema, parameter["example"])
        for media_type, media in (operation.get("requestBody", {}).get("content") or {}).items():
            yield from _media_examples(f"{label} request {media_type}", media)
        for status, response in operation.get("responses", {}).items():
            for media_type, media in (response.get("content") or {}).items():
                yield from _media_examples(f"{label} {status} {media_type}", media)
    for name, schema in resolved.get("components", {}).get("schemas", {}).items():
        yield from _schema_examples(f"components.schemas.{name}", schema)


def example_problems(document: dict[str, Any]) -> list[str]:
    problems = []
    checker = FormatChecker()
    for example in examples(document):
        validator = Draft202012Validator(standalone(example.schema, document), format_checker=checker)
        for error in validator.iter_errors(example.value):
            location = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(f"{example.where}: at {location}: {error.message}")
    return problems


def operation_problems(document: dict[str, Any]) -> list[str]:
    problems = []
    seen: set[str] = set()
    for method, path, operation in operations(dereference(document, document)):
        label = f"{method} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{label}: no operationId")
        elif operation_id in seen:
            problems.append(f"{label}: operationId {operation_id} is used twice")
        else:
            seen.add(operation_id)
        if not operation.get("summary"):
            problems.append(f"{label}: no summary")
        if not operation.get("tags"):
            problems.append(f"{label}: no tags")
        has_example = any(True for _ in _operation_examples(operation))
        if not has_example:
            problems.append(f"{label}: no example")
    return problems


def _operation_examples(operation: dict[str, Any]) -> Iterator[Any]:
    for parameter in operation.get("parameters", []):
        if parameter.get("examples") or "example" in parameter:
            yield parameter
    contents = [operation.get("requestBody", {}).get("content") or {}]
    contents += [response.get("content") or {} for response in operation.get("responses", {}).values()]
    for content in contents:
        for media in content.values():
            if media.get("examples") or "example" in media or media.get("schema", {}).get("examples"):
                yield media
