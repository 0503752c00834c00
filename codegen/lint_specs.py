"""Validate every spec: openapi-spec-validator, then the house rules (ids, summaries, tags, examples).

python -m codegen.lint_specs
"""

from __future__ import annotations

import sys

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from rich.console import Console

from .apis import APIS
from .spec_rules import example_problems, operation_problems

console = Console()


def main() -> int:
    failures = 0
    for api in APIS:
        if api.spec_file != "openapi.yaml":
            continue
        document = yaml.safe_load(api.spec.read_text(encoding="utf-8"))
        problems: list[str] = []
        try:
            validate(document)
        except OpenAPIValidationError as error:
            problems.append(f"openapi-spec-validator: {error.message}")
        problems += operation_problems(document)
        problems += example_problems(document)
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
