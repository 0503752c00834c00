"""Validate an OpenRPC document against the OpenRPC project's published meta-schema.

The meta-schema is vendored from the npm package @open-rpc/meta-schema, and the JSON Schema meta-schema
it references (https://meta.json-schema.tools) from @json-schema-tools/meta-schema; the versions are
in the file names. Both are draft-07 schemas, so every schema in the document is checked as JSON
Schema too.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

META_SCHEMA_PACKAGE = "@open-rpc/meta-schema"
META_SCHEMA_VERSION = "1.14.9"
META_SCHEMA_FILE = Path(__file__).with_name(f"meta-schema-{META_SCHEMA_VERSION}.json")
JSON_SCHEMA_META_FILE = Path(__file__).with_name("json-schema-tools-meta-schema-1.8.0.json")


@cache
def _validator() -> Draft7Validator:
    schema = json.loads(META_SCHEMA_FILE.read_text(encoding="utf-8"))
    contents = json.loads(JSON_SCHEMA_META_FILE.read_text(encoding="utf-8"))
    json_schema_meta = Resource.from_contents(contents, default_specification=DRAFT7)
    # Referenced both with and without the trailing slash of its $id.
    registry: Registry[Any] = Registry().with_resources(
        (uri, json_schema_meta)
        for uri in ("https://meta.json-schema.tools", "https://meta.json-schema.tools/")
    )
    return Draft7Validator(schema, registry=registry)


def _depth(error: ValidationError) -> int:
    return max([len(error.absolute_path), *(_depth(cause) for cause in error.context or [])])


def _leaves(error: ValidationError) -> list[ValidationError]:
    """The causes of a failed oneOf/anyOf inside the branch that got furthest (e.g. a method object
    rather than a reference object), so every mistake in it is reported, not only the first."""
    if not error.context:
        return [error]
    branches: dict[Any, list[ValidationError]] = {}
    for cause in error.context:
        branches.setdefault(cause.relative_schema_path[0], []).append(cause)
    closest = max(branches.values(), key=lambda causes: max(_depth(cause) for cause in causes))
    return [leaf for cause in closest for leaf in _leaves(cause)]


def meta_schema_problems(document: Any) -> list[str]:
    """Every place where `document` breaks the OpenRPC meta-schema, by the deepest cause."""
    leaves = [leaf for error in _validator().iter_errors(document) for leaf in _leaves(error)]
    problems = []
    for leaf in sorted(leaves, key=lambda e: list(map(str, e.absolute_path))):
        where = "/".join(str(part) for part in leaf.absolute_path) or "(root)"
        source = f"{META_SCHEMA_PACKAGE}@{META_SCHEMA_VERSION}"
        problems.append(f"OpenRPC meta-schema {source}: at {where}: {leaf.message}")
    return problems
