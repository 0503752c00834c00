"""`switchboard` command line: serve the emulator."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from .app import DEFAULT_DOCS_DIR, create_app
from .core.environment import Settings
from .core.specs import load_spec
from .providers import PROVIDERS
from .tls import TlsFiles, make_test_certificate

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
    tls: Annotated[bool, typer.Option("--tls/--no-tls", help="Serve HTTPS instead of HTTP.")] = False,
    tls_cert: Annotated[
        Path | None, typer.Option(help="Certificate chain (PEM) for --tls; without it a test CA signs one.")
    ] = None,
    tls_key: Annotated[Path | None, typer.Option(help="Private key (PEM) of --tls-cert.")] = None,
    tls_dir: Annotated[
        Path | None,
        typer.Option(help="Where a generated test CA and certificate go (default: a temp dir)."),
    ] = None,
) -> None:
    """Serve every API on one port, at its real base path."""
    console = Console()
    files = _tls_files(tls, tls_cert, tls_key, tls_dir, host) if tls or tls_cert or tls_key else None
    settings = Settings(db_path=db, rate_limit=rate_limit, demo=demo, docs_dir=docs_dir)
    app = create_app(settings)
    scheme = "https" if files else "http"
    console.print(f"[bold]switchboard[/] emulator on {scheme}://{host}:{port}")
    for provider, api in zip(PROVIDERS, app.apis, strict=True):
        title = load_spec(provider.api_id, provider.spec_filename)["info"]["title"]
        console.print(f"  {title:<32} {scheme}://{host}:{port}{api.base_path}")
    docs = docs_dir or DEFAULT_DOCS_DIR
    where = f"{scheme}://{host}:{port}/docs/" if docs.is_dir() else "not built: run `nox -s docs`"
    console.print(f"  {'Docs':<32} {where}")
    console.print(f"  state: {db or 'in memory'}; rate limits {'on' if rate_limit else 'off'}")
    if files is not None and files.ca is not None:
        console.print(
            f"  TLS: signed by a test CA; trust it with REQUESTS_CA_BUNDLE={files.ca}", soft_wrap=True
        )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        ssl_certfile=str(files.cert) if files else None,
        ssl_keyfile=str(files.key) if files else None,
    )


def _tls_files(tls: bool, cert: Path | None, key: Path | None, directory: Path | None, host: str) -> TlsFiles:
    if (cert is None) != (key is None):
        raise typer.BadParameter("pass --tls-cert and --tls-key together")
    if cert is not None and key is not None:
        return TlsFiles(cert=cert, key=key)
    hosts = list(dict.fromkeys([host, "127.0.0.1", "localhost", "::1"]))
    return make_test_certificate(directory or Path(tempfile.mkdtemp(prefix="switchboard-tls-")), hosts)


def main() -> None:
    cli()
