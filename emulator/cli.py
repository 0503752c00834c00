"""`switchboard` command line: serve the emulator."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from .app import DEFAULT_DOCS_DIR, create_app
from .core.environment import Settings
from .core.specs import load_spec
from .providers import PROVIDERS

cli = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


@cli.callback()
def _root() -> None:
    """Switchboard: specs, clients and a local emulator for contact-center and telephony APIs."""


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind.")] = 8080,
    db: Annotated[
        Path | None, typer.Option(help="SQLite file to keep state in across restarts (default: in memory).")
    ] = None,
    rate_limit: Annotated[
        bool,
        typer.Option("--rate-limit/--no-rate-limit", help="Emulate the vendors' documented rate limits."),
    ] = True,
    demo: Annotated[bool, typer.Option("--demo/--no-demo", help="Create the demo tenants on start.")] = True,
    docs_dir: Annotated[Path | None, typer.Option(help="Built docs site to serve at /docs.")] = None,
) -> None:
    """Serve every API on one port, at its real base path."""
    settings = Settings(db_path=db, rate_limit=rate_limit, demo=demo, docs_dir=docs_dir)
    app = create_app(settings)
    console = Console()
    console.print(f"[bold]switchboard[/] emulator on http://{host}:{port}")
    for provider, api in zip(PROVIDERS, app.apis, strict=True):
        title = load_spec(provider.api_id, provider.spec_filename)["info"]["title"]
        console.print(f"  {title:<32} http://{host}:{port}{api.base_path}")
    docs = docs_dir or DEFAULT_DOCS_DIR
    where = f"http://{host}:{port}/docs/" if docs.is_dir() else "not built: run `nox -s docs`"
    console.print(f"  {'Docs':<32} {where}")
    console.print(f"  state: {db or 'in memory'}; rate limits {'on' if rate_limit else 'off'}")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def main() -> None:
    cli()
