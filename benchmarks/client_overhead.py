"""What a generated client adds to a call: CCAI's getWaitTimes through `get_wait_times.sync()` (retrying
transport, logging, error check, typed models) against the same request with a raw httpx.Client.

    python -m benchmarks.run --only client

Both run in this process against one emulator process (this checkout's, rate limit off), on keep-alive
connections, in many short alternating rounds so that drift of a busy machine hits both alike; the figure
is the median time per call over the rounds. The goal: the client within 10 % of raw httpx.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from benchmarks.procs import HOST, free_port, running
from benchmarks.startup import write_section
from benchmarks.tools import ROOT

SECTION_START, SECTION_END = "<!-- client-overhead -->", "<!-- /client-overhead -->"
GOAL_OVERHEAD = 0.10
BASE_PATH = "/apps/api/v1"
CREDENTIALS = ("demo", "demo-token")


@dataclass(frozen=True)
class OverheadFigures:
    raw_us: float
    client_us: float
    raw_cpu_us: float  # this process's CPU per call: what the client itself costs
    client_cpu_us: float
    rounds: int
    calls_per_round: int

    @property
    def overhead(self) -> float:
        return self.client_us / self.raw_us - 1

    @property
    def within_goal(self) -> bool:
        return self.overhead <= GOAL_OVERHEAD


def _per_call_us(call: Callable[[], object], calls: int) -> tuple[float, float]:
    """(wall, this process's CPU) microseconds per call."""
    started, started_cpu = time.perf_counter(), time.process_time()
    for _ in range(calls):
        call()
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    return wall / calls * 1e6, cpu / calls * 1e6


def measure(base_url: str, rounds: int = 41, calls_per_round: int = 50) -> OverheadFigures:
    """Median microseconds per call, raw httpx and the generated client, over alternating rounds."""
    from ccai_platform_client import AuthenticatedClient
    from ccai_platform_client.api.wait_times import get_wait_times

    raw = httpx.Client(base_url=f"{base_url}{BASE_PATH}", auth=CREDENTIALS, timeout=30)
    client = AuthenticatedClient(*CREDENTIALS, base_url=f"{base_url}{BASE_PATH}")

    def raw_call() -> object:
        response = raw.get("/wait_times", params={"lang": "en"})
        response.raise_for_status()
        return response.json()

    def client_call() -> object:
        return get_wait_times.sync(client=client, lang="en")

    with raw, client:
        for call in (raw_call, client_call):  # warm both: connections, imports, caches
            _per_call_us(call, 50)
        raw_samples, client_samples = [], []
        for _ in range(rounds):
            raw_samples.append(_per_call_us(raw_call, calls_per_round))
            client_samples.append(_per_call_us(client_call, calls_per_round))
    return OverheadFigures(
        raw_us=statistics.median(wall for wall, _ in raw_samples),
        client_us=statistics.median(wall for wall, _ in client_samples),
        raw_cpu_us=statistics.median(cpu for _, cpu in raw_samples),
        client_cpu_us=statistics.median(cpu for _, cpu in client_samples),
        rounds=rounds,
        calls_per_round=calls_per_round,
    )


def run_client_overhead(output: Path) -> OverheadFigures:
    """Start this checkout's emulator, measure, write the report's section."""
    port = free_port()
    launcher = "from emulator.cli import main; main()"
    argv = [sys.executable, "-c", launcher, "serve", "--host", HOST, "--port", str(port), "--no-rate-limit"]
    with (
        tempfile.TemporaryDirectory(prefix="switchboard-client-bench-") as tmp,
        running(argv, port=port, log_path=Path(tmp) / "emulator.log", cwd=ROOT),
    ):
        figures = measure(f"http://{HOST}:{port}")
    write_section(output, markdown(figures), SECTION_START, SECTION_END)
    return figures


def markdown(figures: OverheadFigures) -> str:
    verdict = "within" if figures.within_goal else "over"
    return "\n".join(
        [
            SECTION_START,
            "## Generated client overhead",
            "",
            "CCAI `getWaitTimes` against the emulator (`--no-rate-limit`), in one process, on keep-alive"
            f" connections: {figures.rounds} alternating rounds of {figures.calls_per_round} calls each, the"
            " median per call (`python -m benchmarks.run --only client`).",
            "",
            "| Call | Per call | Client process CPU per call |",
            "|---|---|---|",
            f"| raw `httpx.Client.get` + `.json()` | {figures.raw_us:.0f} µs | {figures.raw_cpu_us:.0f} µs |",
            "| `get_wait_times.sync()` (retrying transport, typed models, errors raised)"
            f" | {figures.client_us:.0f} µs | {figures.client_cpu_us:.0f} µs |",
            "",
            f"Overhead: {figures.overhead:+.1%}, {verdict} the {GOAL_OVERHEAD:.0%} goal.",
            "",
            SECTION_END,
            "",
        ]
    )
