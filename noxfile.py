"""The front door: every pipeline step is a nox session.

nox -s up        regenerate clients and docs from the specs, then serve the emulator
nox -s ci        everything CI runs: lint, drift check, tests (browser included)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT))  # nox does not put the noxfile's folder on the import path

from codegen.apis import APIS  # noqa: E402  (needs the path above)

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "generate", "tests"]

PYTHON = "3.11"
APIS_WITH_CLIENTS = [api.id for api in APIS]


def _install_project(session: nox.Session, *extras: str) -> None:
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", spec)


def _install_clients(session: nox.Session) -> None:
    for api in APIS_WITH_CLIENTS:
        session.install("-e", f"generated/{api}-client")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Validate the specs (openapi-spec-validator + house rules, then Redocly CLI and Spectral, pinned
    through npm in codegen/speclint), then ruff and mypy."""
    _install_project(session, "codegen", "docs", "lint", "test", "postgres")
    _install_clients(session)
    session.run("python", "-m", "codegen.lint_specs")
    session.run("python", "-m", "codegen.speclint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    for api in APIS_WITH_CLIENTS:
        session.run("mypy", "--config-file", "codegen/mypy-generated.ini", f"generated/{api}-client")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate the clients under generated/ whose spec or generator changed (deterministic;
    `-- --force` regenerates all)."""
    _install_project(session, "codegen")
    session.run("python", "-m", "codegen.generate", *session.posargs)


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """Fail when regenerating would change anything under generated/ (every client, cache bypassed)."""
    _install_project(session, "codegen")
    session.run("python", "-m", "codegen.generate", "--force")
    session.run("git", "add", "--intent-to-add", "generated", external=True)
    session.run("git", "diff", "--exit-code", "--stat", "--", "generated", external=True)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the docs site (site/: guides, search, API reference with try-it) from docs/ and the specs,
    then screenshot each API reference page into site/screenshots/ (where Chromium is installed)."""
    _install_project(session, "codegen", "docs")
    session.run("python", "-m", "codegen.docs", *(session.posargs or ["--screenshots"]))


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Contract, client, emulator, store, docs and codegen tests (pytest), one worker per core; a test
    module stays on one worker, so its module-scoped servers start once. The store tests start a
    PostgreSQL server of their own from Debian's postgresql package."""
    _install_project(session, "codegen", "docs", "test", "postgres")
    _install_clients(session)
    session.run("pytest", "-n", "auto", "--dist", "loadfile", *session.posargs)


@nox.session(python=PYTHON)
def serve(session: nox.Session) -> None:
    """Serve the emulator (all APIs, docs at /docs) on 127.0.0.1:8080 or the given args."""
    _install_project(session)
    args = session.posargs or ["--host", "127.0.0.1", "--port", "8080"]
    session.run("switchboard", "serve", *args)


@nox.session(python=PYTHON)
def up(session: nox.Session) -> None:
    """The main job: regenerate clients and docs from the specs, then serve the emulator."""
    _install_project(session, "codegen", "docs")
    session.run("python", "-m", "codegen.generate")
    session.run("python", "-m", "codegen.docs")
    args = session.posargs or ["--host", "127.0.0.1", "--port", "8080"]
    session.run("switchboard", "serve", *args)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Wheels and sdists in dist/: switchboard (the emulator, its specs and the pytest plugin) and every
    client (the five vendors' and the control API's), checked by `twine check --strict`."""
    session.install("build>=1.2", "twine>=6")
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)  # twine checks what this run built, nothing older
    session.run("python", "-m", "build", "--outdir", str(dist), str(ROOT), *session.posargs)
    for api in APIS_WITH_CLIENTS:
        session.run("python", "-m", "build", "--outdir", str(dist), str(ROOT / "generated" / f"{api}-client"))
    session.run("twine", "check", "--strict", *sorted(str(path) for path in dist.iterdir()))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Throughput and latency of the emulator (each server option), Stoplight Prism and a bare ASGI
    ceiling, then start-up and time per plugin test, and a generated client's call beside a raw httpx
    call (`-- --only load`, `-- --only startup` or `-- --only client` for one)."""
    _install_project(session, "bench", "test")  # the start-up part runs a plugin-based pytest suite
    _install_clients(session)
    session.run("python", "-m", "benchmarks.run", *session.posargs)


def _postgres_binaries() -> bool:
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


@nox.session(python=PYTHON, name="postgres-tests")
def postgres_tests(session: nox.Session) -> None:
    """The store contract and multi-replica tests alone, on a PostgreSQL server they start."""
    _install_project(session, "codegen", "test", "postgres")
    _install_clients(session)
    session.run("pytest", "tests/store", *session.posargs)


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """What CI runs on a clean checkout: lint, drift check, docs build and every test."""
    # The browser test drives Debian's Chromium; the store tests run a PostgreSQL server.
    missing = [
        package
        for package, found in (("chromium", shutil.which("chromium")), ("postgresql", _postgres_binaries()))
        if not found
    ]
    if missing:
        session.run("apt-get", "update", "-qq", external=True)
        session.run("apt-get", "install", "-y", "-qq", *missing, external=True)
    for name in ("drift", "lint", "docs", "tests"):
        session.notify(name)
