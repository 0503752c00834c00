"""Install the load generator and Prism when missing; read versions and machine facts for the report."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
PRISM_BIN = BENCH_DIR / "node_modules" / ".bin" / "prism"
INSTALL_TIMEOUT = 600.0


class ToolMissing(RuntimeError):
    """A tool the benchmark needs is absent and could not be installed."""


def _run(
    argv: list[str], timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env, check=False)


def ensure_wrk() -> str:
    """Path of wrk; installs Debian's `wrk` package with apt-get when it is missing and we are root."""
    found = shutil.which("wrk")
    if found:
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise ToolMissing("wrk is not installed; install it (Debian: `apt-get install -y wrk`)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for argv in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "wrk"]):
        done = _run(argv, INSTALL_TIMEOUT, env)
        if done.returncode != 0:
            raise ToolMissing(f"`{' '.join(argv)}` failed:\n{done.stderr[-2000:]}")
    found = shutil.which("wrk")
    if not found:
        raise ToolMissing("apt-get installed wrk but it is not on PATH")
    return found


def ensure_prism() -> Path:
    """Path of the pinned Prism; runs `npm ci --prefix benchmarks` when node_modules lacks it."""
    if PRISM_BIN.exists():
        return PRISM_BIN
    if shutil.which("npm") is None:
        raise ToolMissing("npm is not installed; Prism comes from benchmarks/package-lock.json via `npm ci`")
    # --ignore-scripts: Prism needs none, and it skips a telemetry post-install hook of a dependency.
    argv = ["npm", "ci", "--prefix", str(BENCH_DIR), "--no-audit", "--no-fund", "--ignore-scripts"]
    done = _run(argv, INSTALL_TIMEOUT, {**os.environ, "SCARF_ANALYTICS": "false"})
    if done.returncode != 0 or not PRISM_BIN.exists():
        raise ToolMissing(f"`{' '.join(argv)}` failed:\n{done.stderr[-2000:]}")
    return PRISM_BIN


def find_switchboard() -> str | None:
    """The `switchboard` console script of the running interpreter's environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "switchboard"
    if beside.exists():
        return str(beside)
    return shutil.which("switchboard")


def _first_line(argv: list[str]) -> str:
    try:
        done = _run(argv, 30.0)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0].strip() if text else "unknown"


@dataclass(frozen=True)
class Versions:
    python: str
    emulator_commit: str
    prism: str
    node: str
    wrk: str


def versions(wrk: str, prism: Path) -> Versions:
    commit = _first_line(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    try:
        dirty = _run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"], 30.0).stdout
    except (OSError, subprocess.TimeoutExpired):
        dirty = ""
    if dirty.strip():
        commit += " (with uncommitted changes)"
    wrk_line = _first_line([wrk, "-v"])
    return Versions(
        python=platform.python_version(),
        emulator_commit=commit,
        prism=_first_line([str(prism), "--version"]),
        node=_first_line(["node", "--version"]),
        wrk=wrk_line.split(" Copyright")[0],
    )


@dataclass(frozen=True)
class Machine:
    cpus: int
    cpu_model: str
    memory: str
    system: str


def machine() -> Machine:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except (OSError, ValueError):
        pass
    return Machine(
        cpus=len(os.sched_getaffinity(0)),
        cpu_model=model,
        memory=memory,
        system=f"{platform.system()} {platform.release()}",
    )
