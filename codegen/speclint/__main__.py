"""python -m codegen.speclint [--verbose]: Redocly CLI and Spectral over every OpenAPI spec."""

from __future__ import annotations

import sys
from collections import Counter

from rich.console import Console
from rich.table import Table

from . import Finding, ensure_tools, lint, openapi_apis

console = Console(width=120)  # the table whole, whatever the terminal


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    ensure_tools()
    table = Table("spec", "Redocly errors", "Redocly warnings", "Spectral errors", "Spectral warnings")
    errors: list[tuple[str, Finding]] = []
    for api in openapi_apis():
        row = [api.id]
        for findings in lint(api):
            counts = Counter(finding.severity for finding in findings)
            row += [str(counts["error"]), str(counts["warn"])]
            errors += [(api.id, f) for f in findings if f.severity == "error"]
            if verbose:
                for finding in findings:
                    print(
                        api.id,
                        finding.tool,
                        finding.severity,
                        finding.rule,
                        f"{finding.where}:",
                        finding.message,
                    )
        table.add_row(*row)
    console.print(table)
    for api_id, finding in errors:
        print(api_id, finding.tool, finding.rule, f"{finding.where}:", finding.message)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
