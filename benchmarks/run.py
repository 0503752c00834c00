"""Benchmark the emulator (each server option), Prism and a bare ASGI ceiling in one run; write
docs/benchmarks.md.

    python -m benchmarks.run [--seconds 5] [--warmup 2] [--connections 32]
    python -m benchmarks.run --only startup     start-up and per-test figures only (no load)
    python -m benchmarks.run --only load        the load figures only
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

from benchmarks.client_overhead import run_client_overhead
from benchmarks.load import LoadFailed, probe, run_wrk
from benchmarks.mix import CCAI, GOAL_MIXES, HELLO, PER_API, READ, REFUSALS, WRITE, Mix, lua_script
from benchmarks.procs import HOST, ServerFailed, free_port, group_cpu_seconds, running, tail
from benchmarks.report import PRISM, SHIPPED, Report, Settings, TargetRun, summary_lines, write_markdown
from benchmarks.seed import seeded_store
from benchmarks.servers import (
    CEILINGS,
    EMULATOR_OPTIONS,
    ceiling_missing,
    emulator_argv,
    emulator_command,
    environment,
    unsupported,
)
from benchmarks.spec import match
from benchmarks.startup import run_startup
from benchmarks.tools import ROOT, ToolMissing, ensure_prism, ensure_wrk, machine, versions

DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"
PRISM_LOG_LEVEL = "warn"
STORED_CALLS = (0, 10_000, 100_000)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measured load per target and mix (5)")
    parser.add_argument("--warmup", type=float, default=2.0, help="unmeasured load first (2 s; 0: none)")
    parser.add_argument("--connections", type=int, default=32, help="wrk keep-alive connections (32)")
    parser.add_argument(
        "--threads", type=int, default=1, help="wrk threads (1: wrk one core, the server the other)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="report (docs/benchmarks.md)")
    parser.add_argument("--only", choices=["startup", "load", "client"], help="run only this part")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per start-up figure (3)")
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
    settings: Settings
    wrk: str
    workdir: Path


def _say(text: str) -> None:
    print(text, flush=True)


def measure(
    target: str, command: str, argv: list[str], mixes: Sequence[tuple[Mix, str]], bench: Bench
) -> list[TargetRun]:
    """Start one server, then for each (mix, prefix): probe, warm up, measure. Failures land in `error`."""
    runs = [TargetRun(target, mix, command) for mix, _ in mixes]
    port = free_port()
    argv = [a.replace("{port}", str(port)) for a in argv]
    base_url = f"http://{HOST}:{port}"
    slug = "".join(c if c.isalnum() else "-" for c in target.lower())
    log_path = bench.workdir / f"{slug}.log"
    _say(f"{target}: {command}")
    load = {"connections": bench.settings.connections, "threads": bench.settings.threads}
    try:
        with running(argv, port=port, log_path=log_path, cwd=ROOT, env=environment()) as proc:
            for run, (mix, prefix) in zip(runs, mixes, strict=True):
                script = bench.workdir / f"{slug}-{mix.name}.lua"
                script.write_text(lua_script(mix.operations, prefix))
                try:
                    refusals = REFUSALS if mix is READ else ()
                    run.probe = probe(base_url, prefix, (*mix.operations, *refusals), jsonrpc=mix.jsonrpc)
                    if bench.settings.warmup > 0:
                        run_wrk(bench.wrk, script, base_url, seconds=bench.settings.warmup, **load)
                    cpu_before, wall_before = group_cpu_seconds(proc.pid), time.monotonic()
                    result = run_wrk(bench.wrk, script, base_url, seconds=bench.settings.seconds, **load)
                    wall = time.monotonic() - wall_before
                    cpu = group_cpu_seconds(proc.pid) - cpu_before
                    run.server_cpu = cpu / wall
                    run.cpu_us_per_request = 1e6 * cpu / result.requests if result.requests else None
                    if proc.poll() is not None:
                        raise ServerFailed(
                            f"exited with code {proc.returncode} during the load:\n{tail(log_path)}"
                        )
                    if result.socket_errors:
                        raise LoadFailed(f"{result.socket_errors} socket errors or timeouts")
                    run.result = result
                    _say(
                        f"  {mix.name:<22} {result.rps:>8,.0f} req/s  p99 {result.p99_ms:.2f} ms  {run.probe}"
                    )
                except (LoadFailed, httpx.HTTPError) as exc:
                    run.error = f"{exc}" or exc.__class__.__name__
                    _say(f"  {mix.name}: failed: {run.error}")
    except (ServerFailed, OSError) as exc:
        for run in runs:
            run.error = run.error or f"{exc}" or exc.__class__.__name__
        _say(f"  failed: {exc}")
    return runs


def _prism_runs(prism_bin: Path, bench: Bench) -> list[TargetRun]:
    """Prism once per spec, each with the mixes on that spec."""
    by_spec: dict[Path, list[Mix]] = {}
    for mix in (*GOAL_MIXES, *PER_API):
        if mix.spec is not None:
            by_spec.setdefault(mix.spec, []).append(mix)
    runs: list[TargetRun] = []
    for spec, mixes in by_spec.items():
        command = shlex.join([_relative(prism_bin), "mock", _relative(spec), "-h", HOST, "-p", "PORT"])
        command += f" -v {PRISM_LOG_LEVEL}"
        argv = [str(prism_bin), "mock", str(spec), "-h", HOST, "-p", "{port}", "-v", PRISM_LOG_LEVEL]
        planned: list[tuple[Mix, str]] = []
        for mix in mixes:
            found = match(spec, mix)
            if found.missing:
                runs.append(
                    TargetRun(PRISM, mix, command, error=f"the spec lacks {', '.join(found.missing)}")
                )
            else:
                planned.append((mix, found.prefix))
        runs += measure(PRISM, command, argv, planned, bench)
    return runs


def _stored_runs(bench: Bench, report: Report) -> None:
    shipped = EMULATOR_OPTIONS[0]
    for calls in STORED_CALLS:
        db = bench.workdir / f"stored-{calls}.db"
        began = time.monotonic()
        seeded_store(db, calls)
        _say(f"seeded {calls:,} calls in {time.monotonic() - began:.1f} s")
        target = f"{SHIPPED}, {calls:,} stored calls"
        argv = emulator_argv(shipped, 0, db)
        argv[argv.index("--port") + 1] = "{port}"
        runs = measure(
            target,
            emulator_command(shipped, "STATE.db"),
            argv,
            [(READ, READ.base_path), (WRITE, WRITE.base_path)],
            bench,
        )
        report.stored[calls] = {run.mix.name: run for run in runs}


def _ceiling(name: str, bench: Bench, report: Report, label: str) -> None:
    ceiling = next(c for c in CEILINGS if c.name == name)
    missing = ceiling_missing(ceiling)
    if missing:
        if label == "first":
            report.skipped.append((f"ceiling: {name}", missing))
            _say(f"ceiling: {name}: skipped: {missing}")
        return
    argv = ceiling.argv(0)
    argv[argv.index("--port") + 1] = "{port}"
    command = shlex.join(["python", *argv[1:]]).replace("'{port}'", "PORT").replace("{port}", "PORT")
    report.runs += measure(f"ceiling: {name} ({label})", command, argv, [(HELLO, "")], bench)


def run_load(args: argparse.Namespace) -> tuple[Report, bool]:
    started, began = dt.datetime.now(dt.UTC), time.monotonic()
    settings = Settings(
        seconds=args.seconds, warmup=args.warmup, connections=args.connections, threads=args.threads
    )
    wrk = ensure_wrk()
    prism_bin = ensure_prism()
    report = Report(started=started, settings=settings, machine=machine(), versions=versions(wrk, prism_bin))
    # State files on tmpfs where there is one: the figures are the emulator's, not the disk's.
    scratch = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-", dir=scratch) as tmp:
        bench = Bench(settings=settings, wrk=wrk, workdir=Path(tmp))
        for ceiling in CEILINGS:
            _ceiling(ceiling.name, bench, report, "first")
        for option in EMULATOR_OPTIONS:
            why = unsupported(option)
            if why:
                report.skipped.append((option.name, why))
                _say(f"{option.name}: skipped: {why}")
                continue
            report.ceiling_of[option.name] = option.ceiling
            mixes = [*GOAL_MIXES, *(PER_API if option.name == SHIPPED else ())]
            db = bench.workdir / f"{option.name.replace(' ', '-')}.db" if option.state_file else None
            argv = emulator_argv(option, 0, db)
            argv[argv.index("--port") + 1] = "{port}"
            report.runs += measure(
                option.name,
                emulator_command(option, "STATE.db" if db else None),
                argv,
                [(m, m.base_path) for m in mixes],
                bench,
            )
        report.runs += _prism_runs(prism_bin, bench)
        _stored_runs(bench, report)
        for ceiling in CEILINGS:
            _ceiling(ceiling.name, bench, report, "last")
    report.duration_s = time.monotonic() - began
    return report, all(report.rps(SHIPPED, mix.name) for mix in (READ, WRITE, CCAI))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    status = 0
    try:
        if args.only in (None, "load"):
            try:
                report, ok = run_load(args)
            except (ToolMissing, OSError) as exc:
                _say(f"cannot run the load: {exc}")
                return 2
            _say("")
            for line in summary_lines(report):
                _say(line)
            write_markdown(report, args.output)
            _say(f"wrote {_relative(args.output)}")
            status = 0 if ok else 1
        if args.only in (None, "startup"):
            status = max(status, _startup(args))
        if args.only in (None, "client"):
            status = max(status, _client_overhead(args))
    except KeyboardInterrupt:
        _say("interrupted; servers stopped")
        return 130
    return status


def _startup(args: argparse.Namespace) -> int:
    _say(f"Start-up: {args.repeat} fresh processes each, then the plugin suite …")
    try:
        figures = run_startup(args.repeat, args.output)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        _say(f"  failed: {exc}")
        return 1
    _say(f"wrote the start-up section of {_relative(args.output)}")
    return 0 if all(run.passed for run in figures.suites.values()) else 1


def _client_overhead(args: argparse.Namespace) -> int:
    _say("Client overhead: get_wait_times.sync() beside raw httpx …")
    try:
        figures = run_client_overhead(args.output)
    except (ServerFailed, OSError, httpx.HTTPError, ImportError) as exc:
        _say(f"  failed: {exc}")
        return 1
    _say(
        f"  raw httpx {figures.raw_us:.0f} µs, generated client {figures.client_us:.0f} µs per call"
        f" ({figures.overhead:+.1%}); wrote its section of {_relative(args.output)}"
    )
    return 0 if figures.within_goal else 1


if __name__ == "__main__":
    sys.exit(main())
