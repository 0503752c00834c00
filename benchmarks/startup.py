"""Start-up figures: the emulator with all five specs in process and as a server, and a plugin-based
test suite's time per test; written into their own section of docs/benchmarks.md.

    python -m benchmarks.run --only startup [--repeat 3]

Each sample runs in a fresh interpreter, so imports and spec parsing are paid every time, as they are
by a test session or a CI job starting the emulator.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path

import httpx

from benchmarks.procs import HOST, free_port, stop
from benchmarks.tools import ROOT, machine

SECTION_START, SECTION_END = "<!-- startup -->", "<!-- /startup -->"
USER_SUITE = ROOT / "tests" / "toolkit" / "calls_per_api.py"
GOAL_IN_PROCESS_S = 0.5

# Runs in a fresh interpreter: the imports, then an emulator in process (create_app and its lifespan),
# then a second one in the same process (the specs already parsed).
_IN_PROCESS = """
import json, time
clock, cpu = time.perf_counter, time.process_time
started, started_cpu = clock(), cpu()
from emulator.core.environment import Settings
from emulator.testing import InProcessEmulator
imported, imported_cpu = clock(), cpu()
first = InProcessEmulator(Settings(rate_limit=False)).start()
ready, ready_cpu = clock(), cpu()
second = InProcessEmulator(Settings(rate_limit=False)).start()
again, again_cpu = clock(), cpu()
first.stop()
second.stop()
print(json.dumps({
    "imports": [imported - started, imported_cpu - started_cpu],
    "in_process": [ready - imported, ready_cpu - imported_cpu],
    "another": [again - ready, again_cpu - ready_cpu],
}))
"""


@dataclass
class StartupFigures:
    repeat: int
    # (wall seconds, CPU seconds of the process) per sample: CPU time barely moves with other work on
    # the machine, wall time does.
    imports: list[tuple[float, float]] = field(default_factory=list)
    in_process: list[tuple[float, float]] = field(default_factory=list)
    another: list[tuple[float, float]] = field(default_factory=list)
    server_ready: list[float] = field(default_factory=list)
    suites: dict[str, SuiteRun] = field(default_factory=dict)


@dataclass
class SuiteRun:
    tests: int
    first_s: float  # the first test: pays for the emulator's start-up
    per_test_s: float  # median of the others
    wall_s: float  # the whole pytest process
    passed: bool


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def measure_in_process() -> dict[str, tuple[float, float]]:
    done = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise RuntimeError(f"in-process start-up failed:\n{done.stderr[-2000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {name: (float(wall), float(cpu)) for name, (wall, cpu) in found.items()}


def _serve_argv(port: int) -> list[str]:
    # This checkout's emulator (not whichever `switchboard` script the environment holds).
    launcher = "from emulator.cli import main; main()"
    return [sys.executable, "-c", launcher, "serve", "--host", HOST, "--port", str(port), "--no-rate-limit"]


def measure_server(timeout_s: float = 120.0) -> float:
    """Seconds from starting the process to the first answer on its port."""
    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        _serve_argv(port), cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_until_answers(port, proc, timeout_s)
        return time.perf_counter() - started
    finally:
        stop(proc)


def _plugin_option() -> list[str]:
    """`-p emulator.testing.plugin` unless pytest loads it already (the project installed: its entry
    point), which would register it twice and stop pytest before it runs anything."""
    installed = entry_points(group="pytest11")
    return (
        []
        if any(ep.value == "emulator.testing.plugin" for ep in installed)
        else ["-p", "emulator.testing.plugin"]
    )


def run_suite(extra_args: list[str]) -> SuiteRun:
    """The user suite (a call placed and read per API) under pytest with the plugin."""
    with tempfile.TemporaryDirectory(prefix="switchboard-suite-") as tmp:
        folder = Path(tmp)
        (folder / "test_calls.py").write_text(USER_SUITE.read_text(encoding="utf-8"), encoding="utf-8")
        report = folder / "junit.xml"
        argv = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            *_plugin_option(),
            "-p",
            "no:cacheprovider",
        ]
        argv += [f"--junitxml={report}", "-o", "junit_duration_report=total", *extra_args, str(folder)]
        started = time.perf_counter()
        done = subprocess.run(argv, cwd=folder, env=_env(), capture_output=True, text=True, timeout=600)
        wall = time.perf_counter() - started
        if not report.exists():
            raise RuntimeError(f"the plugin suite did not run:\n{(done.stderr or done.stdout)[-1500:]}")
        cases = ET.parse(report).getroot().iter("testcase")
        times = [float(case.get("time", "0")) for case in cases]
    rest = times[1:] or times
    return SuiteRun(len(times), times[0], statistics.median(rest), wall, done.returncode == 0)


def run_startup(repeat: int, output: Path) -> StartupFigures:
    figures = StartupFigures(repeat=repeat)
    for _ in range(repeat):
        sample = measure_in_process()
        figures.imports.append(sample["imports"])
        figures.in_process.append(sample["in_process"])
        figures.another.append(sample["another"])
        figures.server_ready.append(measure_server())
    figures.suites["in process"] = run_suite([])
    port = free_port()
    server = subprocess.Popen(
        _serve_argv(port), cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_until_answers(port, server)
        figures.suites["against a server (--switchboard-url)"] = run_suite(
            ["--switchboard-url", f"http://{HOST}:{port}"]
        )
    finally:
        stop(server)
    write_section(output, markdown(figures))
    return figures


def _wait_until_answers(port: int, proc: subprocess.Popen[bytes], timeout_s: float = 120.0) -> None:
    """Poll with bare connects (an httpx client per poll would take CPU from the server starting up),
    then make sure the app answers."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline and proc.poll() is None:
        try:
            with socket.create_connection((HOST, port), timeout=1.0):
                pass
        except OSError:
            time.sleep(0.005)
            continue
        if httpx.get(f"http://{HOST}:{port}/", timeout=10.0).status_code == 200:
            return
    raise RuntimeError(f"the emulator did not answer on port {port} (exit code {proc.poll()})")


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:,.0f} ms"


def _wall_cpu(samples: list[tuple[float, float]]) -> str:
    return f"{_ms([w for w, _ in samples])} | {_ms([c for _, c in samples])}"


def markdown(figures: StartupFigures) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    box = machine()
    in_process = statistics.median(wall for wall, _ in figures.in_process)
    in_process_cpu = statistics.median(cpu for _, cpu in figures.in_process)
    met = "met" if in_process <= GOAL_IN_PROCESS_S else "**not met**"
    lines = [
        SECTION_START,
        "## Start-up and a plugin-based test",
        "",
        f"_Written by `python -m benchmarks.run --only startup` on {now}; median of {figures.repeat} fresh"
        f" processes; {box.cpus} CPUs ({box.cpu_model}), shared with other work while measured._",
        "",
        "| what | median wall time | median CPU time |",
        "| --- | ---: | ---: |",
        f"| imports (`emulator.app`, `emulator.testing`) | {_wall_cpu(figures.imports)} |",
        "| in process: `create_app()` (five specs read from the parsed-spec cache, operations compiled,"
        f" demo tenants) and its lifespan | {_wall_cpu(figures.in_process)} |",
        f"| another emulator in the same process (specs already parsed) | {_wall_cpu(figures.another)} |",
        f"| as a server: `switchboard serve` until its port answers (imports included) | "
        f"{_ms(figures.server_ready)} | |",
        "",
        f"Goal: under {GOAL_IN_PROCESS_S * 1000:.0f} ms in process (after imports):"
        f" {in_process * 1000:,.0f} ms wall, {in_process_cpu * 1000:,.0f} ms CPU, {met} (by wall time)."
        " CPU time, which other work on the machine barely changes, is close to the wall time of an idle"
        " machine. The plugin starts one emulator per test session and resets it per test, so this is paid"
        " once per session. The first start-up on a machine also parses the"
        " specs' YAML (about a second more), then keeps them in the cache (`SWITCHBOARD_CACHE_DIR`).",
        "",
        f"The user suite `{USER_SUITE.relative_to(ROOT)}` places and reads a call per API with the generated"
        " clients (one test each, clock advanced through each call):",
        "",
        "| mode | tests | first test (with start-up) | per test after | whole pytest run | passed |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for mode, run in figures.suites.items():
        lines.append(
            f"| {mode} | {run.tests} | {run.first_s * 1000:,.0f} ms | {run.per_test_s * 1000:,.0f} ms"
            f" | {run.wall_s:,.1f} s | {'yes' if run.passed else '**no**'} |"
        )
    lines += [
        "",
        "The whole pytest run includes pytest's own start-up with the plugins this environment has installed"
        " and the imports of the five generated clients.",
        "",
        SECTION_END,
        "",
    ]
    return "\n".join(lines)


def write_section(path: Path, section: str, first: str = SECTION_START, last: str = SECTION_END) -> None:
    """Put the section (between the markers `first` and `last`) in place of the previous one, or at the
    end; the rest of the file stays."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = text.find(first), text.find(last)
    if start != -1 and end != -1:
        text = text[:start] + section.rstrip("\n") + text[end + len(last) :]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
