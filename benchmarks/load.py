"""Drive a server with wrk and the mix script; probe each operation once with httpx."""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from benchmarks.mix import RESULT_MARKER, Operation

SOCKET_TIMEOUT = "5s"  # wrk's per-request timeout; requests slower than this count as timeouts


class LoadFailed(RuntimeError):
    """wrk did not run to completion or printed no result."""


@dataclass(frozen=True)
class WrkResult:
    requests: int
    duration_s: float
    non_2xx: int
    connect_errors: int
    read_errors: int
    write_errors: int
    timeouts: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    p999_ms: float
    mean_ms: float
    max_ms: float
    output: str

    @property
    def rps(self) -> float:
        return self.requests / self.duration_s if self.duration_s > 0 else 0.0

    @property
    def socket_errors(self) -> int:
        return self.connect_errors + self.read_errors + self.write_errors + self.timeouts


def wrk_argv(
    wrk: str, script: Path, url: str, *, seconds: float, connections: int, threads: int
) -> list[str]:
    return [
        wrk,
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        f"--timeout={SOCKET_TIMEOUT}",
        "--latency",
        f"--script={script}",
        url,
    ]


def run_wrk(wrk: str, script: Path, url: str, *, seconds: float, connections: int, threads: int) -> WrkResult:
    argv = wrk_argv(wrk, script, url, seconds=seconds, connections=connections, threads=threads)
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60, check=False)
    except subprocess.TimeoutExpired as exc:
        raise LoadFailed(f"wrk did not finish within {seconds + 60:.0f} s") from exc
    return parse(done.stdout, done.stderr, done.returncode)


_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s*(\d+)")


def parse(stdout: str, stderr: str = "", returncode: int = 0) -> WrkResult:
    line = next((ln for ln in stdout.splitlines() if ln.startswith(RESULT_MARKER)), None)
    if returncode != 0 or line is None:
        raise LoadFailed(f"wrk exited with code {returncode} and no result:\n{(stderr or stdout)[-2000:]}")
    data = json.loads(line[len(RESULT_MARKER) :])
    errors = data["errors"]
    latency = data["latency_us"]
    match = _NON_2XX.search(stdout)
    non_2xx = int(match.group(1)) if match else int(errors["status"])

    def ms(key: str) -> float:
        return float(latency[key]) / 1000.0

    return WrkResult(
        requests=int(data["requests"]),
        duration_s=float(data["duration_us"]) / 1e6,
        non_2xx=non_2xx,
        connect_errors=int(errors["connect"]),
        read_errors=int(errors["read"]),
        write_errors=int(errors["write"]),
        timeouts=int(errors["timeout"]),
        p50_ms=ms("p50"),
        p90_ms=ms("p90"),
        p99_ms=ms("p99"),
        p999_ms=ms("p999"),
        mean_ms=ms("mean"),
        max_ms=ms("max"),
        output=stdout,
    )


def probe(
    base_url: str,
    prefix: str,
    operations: Sequence[Operation],
    *,
    jsonrpc: bool = False,
    ready_timeout: float = 30.0,
) -> dict[str, str]:
    """Send each operation once: name -> HTTP status (and a JSON-RPC error's code) or the transport error.
    Waits `ready_timeout` s for a first answer."""
    results: dict[str, str] = {}
    deadline = time.monotonic() + ready_timeout
    with httpx.Client(base_url=base_url, timeout=10.0) as client:
        for op in operations:
            while True:
                try:
                    response = client.request(
                        op.method,
                        op.target_under(prefix),
                        headers=op.headers,
                        content=op.body_text.encode() if op.body_text is not None else None,
                    )
                except httpx.TransportError as exc:
                    if time.monotonic() < deadline:
                        time.sleep(0.2)
                        continue
                    results[op.name] = f"error: {exc.__class__.__name__}"
                    break
                results[op.name] = str(response.status_code) + (_rpc_error(response) if jsonrpc else "")
                break
    return results


def _rpc_error(response: httpx.Response) -> str:
    try:
        answer = response.json()
    except ValueError:
        return " (not JSON)"
    error = answer.get("error") if isinstance(answer, dict) else None
    return f" (error {error.get('code')})" if isinstance(error, dict) else ""
