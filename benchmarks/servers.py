"""What is served under load: the emulator with each server option, Prism, and the bare-ASGI ceilings.

A new server option is one more `ServerOption` in `EMULATOR_OPTIONS`; an option whose flag this checkout's
`switchboard serve` does not have is skipped with the reason printed (and written to the report).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from benchmarks.procs import HOST
from benchmarks.tools import ROOT


@dataclass(frozen=True)
class ServerOption:
    """One way of serving the emulator: extra `switchboard serve` arguments, and the ceiling (the same
    server with a bare ASGI app) its figures are read against."""

    name: str
    serve_args: tuple[str, ...] = ()
    ceiling: str = "uvicorn"
    needs_flag: str | None = None  # a `switchboard serve` flag that must exist
    needs_module: str | None = None  # a module that must be importable
    # Served by granian's own command line with the same app (benchmarks/granian_app.py) rather than by
    # `switchboard serve`: what another server layer would give, measured before shipping it.
    granian: bool = False
    # Served with a state file (`--db`): worker processes share the store, which an in-memory one cannot.
    state_file: bool = False


EMULATOR_OPTIONS: tuple[ServerOption, ...] = (
    ServerOption("emulator (as shipped)"),
    ServerOption("emulator on granian", ceiling="granian", needs_module="granian", granian=True),
    ServerOption("emulator, 2 workers", ("--workers", "2"), needs_flag="--workers", state_file=True),
)


@dataclass(frozen=True)
class Ceiling:
    name: str
    module: str  # the server's package: the ceiling is skipped when it is not installed

    def argv(self, port: int) -> list[str]:
        app = "benchmarks.hello:app"
        if self.name == "granian":
            return [
                *(sys.executable, "-m", "granian", "--interface", "asgi", "--host", HOST),
                *("--port", str(port), "--log-level", "warning", "--no-ws", app),
            ]
        # uvicorn's own defaults as the emulator runs it: httptools and uvloop when installed, no access log
        return [
            *(sys.executable, "-m", "uvicorn", app, "--host", HOST, "--port", str(port)),
            *("--log-level", "warning", "--no-access-log"),
        ]


CEILINGS = (Ceiling("uvicorn", "uvicorn"), Ceiling("granian", "granian"))


def emulator_argv(option: ServerOption, port: int, db: Path | None = None) -> list[str]:
    """This checkout's emulator (not whatever `switchboard` an environment has installed)."""
    if option.granian:
        return [
            *(sys.executable, "-m", "granian", "--interface", "asgi", "--factory", "--host", HOST),
            *("--port", str(port), "--log-level", "warning", "--no-ws", "benchmarks.granian_app:app"),
        ]
    argv = [sys.executable, "-m", "emulator", "serve", "--host", HOST, "--port", str(port), "--no-rate-limit"]
    if db is not None:
        argv += ["--db", str(db)]
    return [*argv, *option.serve_args]


def emulator_command(option: ServerOption, db: str | None = None) -> str:
    if option.granian:
        return (
            f"granian --interface asgi --factory --host {HOST} --port PORT --no-ws benchmarks.granian_app:app"
        )
    extra = f" --db {db}" if db else ""
    args = " ".join(option.serve_args)
    return f"switchboard serve --host {HOST} --port PORT --no-rate-limit{extra}{' ' + args if args else ''}"


@cache
def _serve_help() -> str:
    done = subprocess.run(
        [sys.executable, "-m", "emulator", "serve", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment(),
        timeout=120,
        check=False,
    )
    return done.stdout + done.stderr


def environment() -> dict[str, str]:

    # Wide help text, so no flag is cut; this checkout first on the import path.
    return {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "300", "NO_COLOR": "1"}


def unsupported(option: ServerOption) -> str | None:
    """Why `option` cannot run here, or None when it can."""
    if option.needs_module and importlib.util.find_spec(option.needs_module) is None:
        return f"{option.needs_module} is not installed"
    if option.needs_flag and option.needs_flag not in _serve_help():
        return f"`switchboard serve` has no {option.needs_flag} option in this checkout"
    return None


def ceiling_missing(ceiling: Ceiling) -> str | None:
    if importlib.util.find_spec(ceiling.module) is None:
        return f"{ceiling.module} is not installed"
    return None
