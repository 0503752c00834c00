"""`switchboard seed ...`: seed-file commands that start nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .loader import SCHEMA_PATH, SeedError, load_seed_file
from .plan import PLANS

seed_cli = typer.Typer(add_completion=False, no_args_is_help=True, help="Seed files (YAML or JSON).")


@seed_cli.command()
def validate(
    file: Annotated[Path, typer.Argument(help="The seed file to check.", show_default=False)],
) -> None:
    """Check a seed file against the schema; every problem names its line and field (exit 1)."""
    try:
        seed = load_seed_file(file)
    except SeedError as error:
        for problem in error.problems:
            typer.echo(problem, err=True)
        raise typer.Exit(1) from None
    tenants = sum(len(seed.data.get(api_id, [])) for api_id in PLANS)
    rules = len(seed.data.get("farend", []))
    typer.echo(
        f"{file}: valid ({tenants} tenant{'s' * (tenants != 1)}, {rules} far-end rule{'s' * (rules != 1)})"
    )


@seed_cli.command()
def schema() -> None:
    """Print the seed files' JSON Schema."""
    typer.echo(json.dumps(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")), indent=2))
