"""House rules every spec keeps, beyond what the OpenAPI / OpenRPC meta-schemas check.

OpenAPI documents: operationId, summary, tags and an example on every operation. OpenRPC documents:
summary, tags, params with schemas, a result schema, errors and an example pairing on every method.
Both: every example validates against its schema (draft 2020-12 for OpenAPI 3.1, draft-07 for OpenRPC).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker

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


def is_openrpc(document: dict[str, Any]) -> bool:
    return "openrpc" in document


def examples(document: dict[str, Any]) -> Iterator[Example]:
    """Every example in the spec with the schema it must satisfy."""
    if is_openrpc(document):
        yield from _openrpc_examples(document)
        return
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
    validator_class = Draft7Validator if is_openrpc(document) else Draft202012Validator
    for example in examples(document):
        validator = validator_class(standalone(example.schema, document), format_checker=checker)
        for error in validator.iter_errors(example.value):
            location = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(f"{example.where}: at {location}: {error.message}")
    return problems


def operation_problems(document: dict[str, Any]) -> list[str]:
    if is_openrpc(document):
        return _method_problems(document)
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


# --- OpenRPC ----------------------------------------------------------------------------------------


def methods(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The methods of an OpenRPC document with every local `$ref` inlined."""
    resolved = dereference(document, document)
    return list(resolved.get("methods", []))


def _openrpc_examples(document: dict[str, Any]) -> Iterator[Example]:
    for method in methods(document):
        params = {param["name"]: param for param in method.get("params", [])}
        result_schema = (method.get("result") or {}).get("schema", {})
        for pairing in method.get("examples", []):
            label = f"{method['name']} example {pairing.get('name')}"
            for example in pairing.get("params", []):
                param = params.get(example.get("name"))
                if param is not None and "value" in example:
                    schema = param.get("schema", {})
                    yield Example(f"{label} param {example['name']}", schema, example["value"])
            result = pairing.get("result") or {}
            if "value" in result:
                yield Example(f"{label} result", result_schema, result["value"])
    resolved = dereference(document, document)
    for name, schema in resolved.get("components", {}).get("schemas", {}).items():
        yield from _schema_examples(f"components.schemas.{name}", schema)


def _method_problems(document: dict[str, Any]) -> list[str]:
    problems = []
    seen: set[str] = set()
    for method in methods(document):
        name = method.get("name", "?")
        if name in seen:
            problems.append(f"{name}: the method name is used twice")
        seen.add(name)
        if not method.get("summary"):
            problems.append(f"{name}: no summary")
        if not method.get("tags"):
            problems.append(f"{name}: no tags")
        declared = {}
        for param in method.get("params", []):
            if not isinstance(param.get("schema"), dict) or not param["schema"]:
                problems.append(f"{name}: param {param.get('name')} has no schema")
            declared[param.get("name")] = param
        if len(declared) != len(method.get("params", [])):
            problems.append(f"{name}: a param name is used twice")
        result = method.get("result") or {}
        if not isinstance(result.get("schema"), dict) or not result["schema"]:
            problems.append(f"{name}: no result schema")
        errors = method.get("errors") or []
        if not errors:
            problems.append(f"{name}: no errors")
        keys = [(error.get("code"), str(error.get("data"))) for error in errors]
        if len(keys) != len(set(keys)):
            problems.append(f"{name}: an error is listed twice")
        pairings = method.get("examples") or []
        if not pairings:
            problems.append(f"{name}: no example pairing")
        for pairing in pairings:
            given = [example.get("name") for example in pairing.get("params", [])]
            label = f"{name} example {pairing.get('name')}"
            for unknown in sorted(set(given) - set(declared)):
                problems.append(f"{label}: param {unknown} is not declared")
            for param_name, param in declared.items():
                if param.get("required") and param_name not in given:
                    problems.append(f"{label}: required param {param_name} missing")
            if "value" not in (pairing.get("result") or {}):
                problems.append(f"{label}: no result value")
    return problems
