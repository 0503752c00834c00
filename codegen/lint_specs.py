"""Validate every spec against its meta-schema, then the house rules (ids, summaries, tags, examples,
x-pagination, the webhook extensions).

OpenAPI specs: openapi-spec-validator. OpenRPC specs: the OpenRPC project's published meta-schema
(vendored, see codegen/openrpc/meta_schema.py).

python -m codegen.lint_specs
"""

from __future__ import annotations

import sys
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from rich.console import Console

from .apis import APIS
from .openrpc.meta_schema import meta_schema_problems
from .pagination_rules import pagination_problems
from .spec_rules import example_problems, is_openrpc, operation_problems
from .webhook_rules import webhook_problems

console = Console()


def spec_problems(document: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if is_openrpc(document):
        problems += meta_schema_problems(document)
    else:
        try:
            validate(document)
        except OpenAPIValidationError as error:
            problems.append(f"openapi-spec-validator: {error.message}")
    problems += operation_problems(document)
    problems += example_problems(document)
    problems += pagination_problems(document)
    problems += webhook_problems(document)
    return problems


def main() -> int:
    failures = 0
    for api in APIS:
        document = yaml.safe_load(api.spec.read_text(encoding="utf-8"))
        problems = spec_problems(document)
        if problems:
            failures += len(problems)
            console.print(f"[red]✗ {api.id}[/]: {len(problems)} problem(s)")
            for problem in problems:
                console.print(f"    {problem}", markup=False)
        else:
            console.print(f"[green]✓ {api.id}[/]")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
