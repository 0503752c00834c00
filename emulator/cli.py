"""`switchboard` command line: serve the emulator, check seed files.

Every option of `serve` may come from a SWITCHBOARD_* environment variable instead (named in --help),
so that a container or a CI job configures the emulator without a command line.
"""

from __future__ import annotations

import tempfile
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from .app import DEFAULT_DOCS_DIR, Switchboard
from .core.environment import Settings
from .core.specs import load_spec
from .core.store_factory import is_postgres_url, redacted
from .logs import LogLevel, configure, keep_access_log
from .providers import PROVIDERS
from .seed import Seed, SeedError, load_seed_file
from .seed.cli import seed_cli
from .seed.startup import seed_app
from .startup import StartupError, bind, has_state, is_loopback, open_app, url_host
from .tls import TlsFiles, make_test_certificate
from .workers import serve_workers

cli = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
cli.add_typer(seed_cli, name="seed")


class ClockMode(StrEnum):
    real = "real"
    frozen = "frozen"


def _version(value: bool) -> None:
    if value:
        try:
            found = version("switchboard")
        except PackageNotFoundError:  # run from a checkout that was never installed
            found = "unknown (not installed)"
        typer.echo(f"switchboard {found}")
        raise typer.Exit()


@cli.callback()
def _root(
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Switchboard: specs, clients and a local emulator for contact-center and telephony APIs."""


@cli.command()
def serve(
    host: Annotated[str, typer.Option(envvar="SWITCHBOARD_HOST", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=1, max=65535, envvar="SWITCHBOARD_PORT", help="Port to bind.")
    ] = 8080,
    db: Annotated[
        str | None,
        typer.Option(
            envvar="SWITCHBOARD_DB",
            help="Where state is kept across restarts: an SQLite file, or a PostgreSQL database "
            "(postgresql://user:password@host/dbname) that several replicas share (default: in memory).",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            envvar="SWITCHBOARD_WORKERS",
            help="Worker processes serving the port, all on one --db (an SQLite file or PostgreSQL).",
        ),
    ] = 1,
    rate_limit: Annotated[
        bool,
        typer.Option(
            "--rate-limit/--no-rate-limit",
            envvar="SWITCHBOARD_RATE_LIMIT",
            help="Emulate the vendors' documented rate limits.",
        ),
    ] = True,
    demo: Annotated[
        bool,
        typer.Option("--demo/--no-demo", envvar="SWITCHBOARD_DEMO", help="Create the demo tenants on start."),
    ] = True,
    seed: Annotated[
        Path | None,
        typer.Option(
            envvar="SWITCHBOARD_SEED",
            help="Seed file (YAML or JSON) of tenants, numbers, agents, flows and far-end rules to create on "
            "start (`switchboard seed validate` checks one); with an existing --db it was applied already.",
        ),
    ] = None,
    docs_dir: Annotated[
        Path | None, typer.Option(envvar="SWITCHBOARD_DOCS_DIR", help="Built docs site to serve at /docs.")
    ] = None,
    tls: Annotated[
        bool, typer.Option("--tls/--no-tls", envvar="SWITCHBOARD_TLS", help="Serve HTTPS instead of HTTP.")
    ] = False,
    tls_cert: Annotated[
        Path | None,
        typer.Option(
            envvar="SWITCHBOARD_TLS_CERT",
            help="Certificate chain (PEM) for --tls; without it a test CA signs one.",
        ),
    ] = None,
    tls_key: Annotated[
        Path | None, typer.Option(envvar="SWITCHBOARD_TLS_KEY", help="Private key (PEM) of --tls-cert.")
    ] = None,
    tls_dir: Annotated[
        Path | None,
        typer.Option(
            envvar="SWITCHBOARD_TLS_DIR",
            help="Where a generated test CA and certificate go (default: a temp dir).",
        ),
    ] = None,
    control_token: Annotated[
        str | None,
        typer.Option(
            envvar="SWITCHBOARD_CONTROL_TOKEN",
            show_default=False,
            help="Require `Authorization: Bearer <token>` on the control API (/_emulator/).",
        ),
    ] = None,
    clock: Annotated[
        ClockMode,
        typer.Option(
            envvar="SWITCHBOARD_CLOCK",
            help="real: emulator time follows the wall clock; "
            "frozen: it moves only by POST /_emulator/clock.",
        ),
    ] = ClockMode.real,
    callback_host: Annotated[
        list[str] | None,
        typer.Option(
            envvar="SWITCHBOARD_CALLBACK_HOSTS",
            help="A host besides loopback that callbacks may be delivered to, e.g. a container's service "
            "name (repeatable; the environment variable takes a comma-separated list).",
        ),
    ] = None,
    log_level: Annotated[
        LogLevel,
        typer.Option(envvar="SWITCHBOARD_LOG_LEVEL", help="Level of the emulator's and uvicorn's logs."),
    ] = LogLevel.warning,
    access_log: Annotated[
        bool,
        typer.Option(
            "--access-log/--no-access-log",
            envvar="SWITCHBOARD_ACCESS_LOG",
            help="Log one line per request (uvicorn's format, on stdout), whatever --log-level says.",
        ),
    ] = False,
) -> None:
    """Serve every API on one port, at its real base path."""
    files = _tls_files(tls, tls_cert, tls_key, tls_dir, host) if tls or tls_cert or tls_key else None
    db_url = db if db is not None and is_postgres_url(db) else None
    db_path = Path(db) if db is not None and db_url is None else None
    if workers > 1 and db is None:
        typer.echo(
            f"switchboard: --workers {workers} needs a --db that the workers share (an SQLite file or "
            "postgresql://...): state kept in memory belongs to one process",
            err=True,
        )
        raise typer.Exit(2)
    settings = Settings(
        db_path=db_path,
        db_url=db_url,
        rate_limit=rate_limit,
        demo=demo,
        docs_dir=docs_dir,
        control_token=control_token or None,
        frozen_clock=clock is ClockMode.frozen,
        callback_hosts=_host_names(callback_host or []),
    )
    configure(log_level)
    try:
        seeded_before = has_state(settings)  # the state kept holds what the seed made last time
        seed_file = load_seed_file(seed) if seed is not None else None
        app = open_app(settings)
        if seed_file is not None and not seeded_before:
            seed_app(app, seed_file, settings.control_token)
        sock = bind(host, port)
    except SeedError as error:
        for problem in error.problems:
            typer.echo(f"switchboard: --seed {problem}", err=True)
        raise typer.Exit(2) from None
    except StartupError as error:
        typer.echo(f"switchboard: {error}", err=True)
        raise typer.Exit(2) from None
    if not is_loopback(sock):
        typer.echo(_exposure_warning(host, port, settings), err=True)
    _banner(app, settings, host, port, files, _seed_line(seed, seed_file, seeded_before), workers)
    certfile, keyfile = (str(files.cert), str(files.key)) if files else (None, None)
    if workers > 1:
        app.env.store.close()  # each worker opens its own app on the state this one prepared
        serve_workers(settings, sock, workers, log_level, access_log, certfile, keyfile)
        return
    config = uvicorn.Config(
        app, log_level=log_level.value, access_log=access_log, ssl_certfile=certfile, ssl_keyfile=keyfile
    )
    keep_access_log(access_log)  # after uvicorn.Config, which sets its loggers' levels
    uvicorn.Server(config).run(sockets=[sock])


def _seed_line(path: Path | None, seed: Seed | None, seeded_before: bool) -> str | None:
    if path is None or seed is None:
        return None
    if seeded_before:
        return f"seed: {path} not applied again (the --db state already holds it)"
    return f"seed: {path} applied"


def _host_names(values: list[str]) -> tuple[str, ...]:
    # The environment variable holds a comma-separated list; a repeated option may hold one too.
    names = (name.strip() for value in values for name in value.split(","))
    return tuple(dict.fromkeys(name for name in names if name))


def _exposure_warning(host: str, port: int, settings: Settings) -> str:
    reach = f"anyone who can reach port {port}"
    if settings.control_token:
        return (
            f"warning: --host {host} is not loopback: {reach} can use the demo tenants' credentials; "
            "the control API (/_emulator/) needs the --control-token."
        )
    return (
        f"warning: --host {host} is not loopback: {reach} can use the control API (/_emulator/), "
        "which hands out credentials and private keys and resets all state. "
        "Pass --control-token (or set SWITCHBOARD_CONTROL_TOKEN) to require a bearer token."
    )


def _banner(
    app: Switchboard,
    settings: Settings,
    host: str,
    port: int,
    files: TlsFiles | None,
    seed: str | None,
    workers: int,
) -> None:
    # Whole lines (long URLs and paths stay copyable) and no markup, as paths may hold brackets.
    console = Console(soft_wrap=True, markup=False, highlight=False)
    scheme = "https" if files else "http"
    origin = f"{scheme}://{url_host(host)}:{port}"
    console.print("switchboard", style="bold", end="")
    console.print(f" emulator on {origin}")
    for provider, api in zip(PROVIDERS, app.apis, strict=True):
        title = load_spec(provider.api_id, provider.spec_filename)["info"]["title"]
        console.print(f"  {title:<32} {origin}{api.base_path}")
    docs = settings.docs_dir or DEFAULT_DOCS_DIR
    where = f"{origin}/docs/" if docs.is_dir() else "not built: run `nox -s docs`"
    console.print(f"  {'Docs':<32} {where}")
    control = "needs the bearer token" if settings.control_token else "open"
    console.print(f"  {'Control API':<32} {origin}/_emulator/ ({control})")
    limits = "on" if settings.rate_limit else "off"
    state = redacted(settings.db_url) if settings.db_url else settings.db_path or "in memory"
    processes = f"; {workers} worker processes" if workers > 1 else ""
    console.print(f"  state: {state}; rate limits {limits}{processes}")
    if seed is not None:
        console.print(f"  {seed}")
    clock = "frozen (moves only by POST /_emulator/clock)" if settings.frozen_clock else "real time"
    console.print(f"  clock: {clock}")
    hosts = ", ".join(settings.callback_hosts)
    console.print(f"  callbacks delivered to: loopback{f', {hosts}' if hosts else ''}")
    if files is not None and files.ca is not None:
        console.print(f"  TLS: signed by a test CA; trust it with REQUESTS_CA_BUNDLE={files.ca}")


def _tls_files(tls: bool, cert: Path | None, key: Path | None, directory: Path | None, host: str) -> TlsFiles:
    if (cert is None) != (key is None):
        raise typer.BadParameter("pass --tls-cert and --tls-key together")
    if cert is not None and key is not None:
        return TlsFiles(cert=cert, key=key)
    hosts = list(dict.fromkeys([host, "127.0.0.1", "localhost", "::1"]))
    return make_test_certificate(directory or Path(tempfile.mkdtemp(prefix="switchboard-tls-")), hosts)


def main() -> None:
    cli()
