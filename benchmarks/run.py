"""Benchmark the emulator beside Stoplight Prism with the same wrk load, then write docs/benchmarks.md.

    python -m benchmarks.run [--seconds 15] [--connections 32] [--warmup 5]
    python -m benchmarks.run --only startup     start-up and per-test figures only (no Prism, no wrk)
    python -m benchmarks.run --only client      a generated client's call beside a raw httpx call only

Installs what is missing (wrk from Debian, Prism from benchmarks/package-lock.json), starts each server on
its own free port, warms it up, measures it, stops it, and always stops everything on exit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import httpx
from rich.console import Console

from benchmarks.client_overhead import run_client_overhead
from benchmarks.load import LoadFailed, probe, run_wrk
from benchmarks.mix import BASE_PATH, MIX, REFUSALS, lua_script
from benchmarks.procs import HOST, ServerFailed, free_port, group_cpu_seconds, running, tail
from benchmarks.report import Report, Settings, TargetRun, print_report, write_markdown
from benchmarks.spec import match
from benchmarks.startup import run_startup
from benchmarks.tools import ROOT, ToolMissing, ensure_prism, ensure_wrk, find_switchboard, machine, versions

DEFAULT_SPEC = ROOT / "specs" / "ccai-platform" / "openapi.yaml"
DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"
PRISM_LOG_LEVEL = "warn"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0, help="measured load per target (default 15)")
    parser.add_argument("--connections", type=int, default=32, help="wrk keep-alive connections (default 32)")
    parser.add_argument(
        "--warmup", type=float, default=5.0, help="unmeasured load first (default 5 s, 0: none)"
    )
    parser.add_argument(
        "--threads", type=int, default=1, help="wrk threads (default 1: wrk one core, the server the other)"
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="spec Prism mocks (default: CCAI)")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="report (default docs/benchmarks.md)"
    )
    parser.add_argument(
        "--only",
        choices=["startup", "client"],
        help="run only this part (startup: start-up and time per test; client: generated-client overhead)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="fresh processes per start-up figure (default 3)"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.seconds < 1 or args.connections < 1 or args.threads < 1 or args.warmup < 0:
        parser.error("--seconds, --connections and --threads must be at least 1, --warmup at least 0")
    if args.connections < args.threads:
        parser.error("--connections must be at least --threads")
    return args


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _relative(path: Path) -> str:
    try:
        return str(path.absolute().relative_to(ROOT))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Bench:
    """What every target is run with: the load settings, wrk and its script, where logs go."""

    settings: Settings
    wrk: str
    workdir: Path
    console: Console


def bench_target(run: TargetRun, argv: list[str], *, port: int, bench: Bench) -> TargetRun:
    """Start the server, probe, warm up, measure, probe again, stop. Failures land in `run.error`."""
    settings, wrk, console = bench.settings, bench.wrk, bench.console
    base_url = f"http://{HOST}:{port}"
    log_path = bench.workdir / f"{run.name.lower()}.log"
    script = bench.workdir / f"{run.name.lower()}-mix.lua"
    script.write_text(lua_script(MIX, run.prefix))
    console.print(f"[bold]{run.name}[/]: {run.command}")
    try:
        with running(argv, port=port, log_path=log_path, cwd=ROOT) as proc:
            run.probe_before = probe(base_url, run.prefix, (*MIX, *REFUSALS))
            console.print(f"  probe: {run.probe_before}")
            load = {"connections": settings.connections, "threads": settings.threads}
            if settings.warmup > 0:
                console.print(f"  warm-up {settings.warmup:g} s …")
                run_wrk(wrk, script, base_url, seconds=settings.warmup, **load)
            console.print(f"  measuring {settings.seconds:g} s …")
            cpu_before, wall_before = group_cpu_seconds(proc.pid), time.monotonic()
            result = run_wrk(wrk, script, base_url, seconds=settings.seconds, **load)
            cpu, wall = group_cpu_seconds(proc.pid) - cpu_before, time.monotonic() - wall_before
            run.server_cpu = cpu / wall
            if proc.poll() is not None:
                raise ServerFailed(f"exited with code {proc.returncode} during the load:\n{tail(log_path)}")
            run.result = result
            run.probe_after = probe(base_url, run.prefix, ready_timeout=5.0)
    except (ServerFailed, LoadFailed, OSError, httpx.HTTPError) as exc:
        run.error = f"{exc}" or exc.__class__.__name__
        console.print(f"  [red]failed[/]: {run.error}")
    return run


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    console = Console() if sys.stdout.isatty() else Console(width=120)
    if args.only == "startup":
        return _startup(args, console)
    if args.only == "client":
        return _client_overhead(args, console)
    started = dt.datetime.now(dt.UTC)
    settings = Settings(
        seconds=args.seconds, warmup=args.warmup, connections=args.connections, threads=args.threads
    )
    spec: Path = args.spec.absolute()
    prism_prefix = BASE_PATH
    if spec.exists():
        found = match(spec, MIX)
        if found.missing:
            console.print(f"[red]{_relative(spec)} does not define these operations of the mix:[/]")
            console.print("\n".join(found.missing))
            return 2
        prism_prefix = found.prefix
    try:
        wrk = ensure_wrk()
        prism_bin = ensure_prism()
    except (ToolMissing, OSError) as exc:
        console.print(f"[red]{exc}[/]")
        return 2

    emulator_port, prism_port = free_port(), free_port()
    switchboard = find_switchboard()
    emulator_argv = [
        switchboard or "switchboard",
        *("serve", "--host", HOST, "--port", str(emulator_port), "--no-rate-limit"),
    ]
    prism_argv = [str(prism_bin), "mock", str(spec), "-h", HOST, "-p", str(prism_port), "-v", PRISM_LOG_LEVEL]
    # Commands as the report shows them: relative paths, PORT for the free port picked this run.
    emulator_command = f"switchboard serve --host {HOST} --port PORT --no-rate-limit"
    emulator = TargetRun("Emulator", emulator_command, BASE_PATH)
    prism_command = shlex.join([_relative(prism_bin), "mock", _relative(spec), "-h", HOST, "-p", "PORT"])
    prism_command += f" -v {PRISM_LOG_LEVEL}"
    prism = TargetRun("Prism", prism_command, prism_prefix)

    try:
        with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as tmp:
            bench = Bench(settings=settings, wrk=wrk, workdir=Path(tmp), console=console)
            if switchboard is None:
                emulator.error = (
                    "the `switchboard` console script is not installed (pip install -e . in this environment)"
                )
                console.print(f"[bold]Emulator[/]: [red]failed[/]: {emulator.error}")
            else:
                bench_target(emulator, emulator_argv, port=emulator_port, bench=bench)
            if not spec.exists():
                prism.error = f"spec {_relative(spec)} does not exist"
                console.print(f"[bold]Prism[/]: [red]failed[/]: {prism.error}")
            else:
                bench_target(prism, prism_argv, port=prism_port, bench=bench)
    except KeyboardInterrupt:
        console.print("[red]interrupted; servers stopped[/]")
        return 130

    report = Report(
        started=started,
        settings=settings,
        machine=machine(),
        versions=versions(wrk, prism_bin),
        emulator=emulator,
        prism=prism,
    )
    console.print()
    print_report(report, console)
    write_markdown(report, args.output)
    console.print(f"wrote {_relative(args.output)}")
    startup = _startup(args, console)
    overhead = _client_overhead(args, console)
    return 0 if emulator.result and prism.result and startup == 0 and overhead == 0 else 1


def _startup(args: argparse.Namespace, console: Console) -> int:
    console.print(f"[bold]Start-up[/]: {args.repeat} fresh processes each, then the plugin suite …")
    try:
        figures = run_startup(args.repeat, args.output)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        console.print(f"  [red]failed[/]: {exc}")
        return 1
    console.print(f"wrote the start-up section of {_relative(args.output)}")
    return 0 if all(run.passed for run in figures.suites.values()) else 1


def _client_overhead(args: argparse.Namespace, console: Console) -> int:
    console.print("[bold]Client overhead[/]: get_wait_times.sync() beside raw httpx …")
    try:
        figures = run_client_overhead(args.output)
    except (ServerFailed, OSError, httpx.HTTPError, ImportError) as exc:
        console.print(f"  [red]failed[/]: {exc}")
        return 1
    console.print(
        f"  raw httpx {figures.raw_us:.0f} µs, generated client {figures.client_us:.0f} µs per call"
        f" ({figures.overhead:+.1%}); wrote its section of {_relative(args.output)}"
    )
    return 0 if figures.within_goal else 1


if __name__ == "__main__":
    sys.exit(main())
