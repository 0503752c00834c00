"""Results of one benchmark run, the targets they are judged by, and their rich and Markdown renderings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from benchmarks.load import SOCKET_TIMEOUT, WrkResult
from benchmarks.mix import MIX, REFUSALS, describe
from benchmarks.tools import Machine, Versions

THROUGHPUT_TARGET = 10.0  # emulator requests/s at least this many times Prism's, Prism validating requests
P99_TARGET_MS = 5.0  # emulator p99 latency at most this at the default 32 connections


@dataclass
class TargetRun:
    """One server under load: how it was started and what wrk measured (or why it could not)."""

    name: str
    command: str
    prefix: str  # where the server has the spec's paths: /apps/api/v1 for the emulator, Prism's root
    result: WrkResult | None = None
    server_cpu: float | None = None  # cores the server's process group kept busy while measured (1.0 = one)
    error: str | None = None
    probe_before: dict[str, str] = field(default_factory=dict)
    probe_after: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    seconds: float
    warmup: float
    connections: int
    threads: int


@dataclass(frozen=True)
class Verdict:
    goal: str
    measured: str
    met: bool | None  # None: could not be measured


@dataclass(frozen=True)
class Report:
    started: dt.datetime
    settings: Settings
    machine: Machine
    versions: Versions
    emulator: TargetRun
    prism: TargetRun

    @property
    def throughput_ratio(self) -> float | None:
        e, p = self.emulator.result, self.prism.result
        return e.rps / p.rps if e and p and p.rps > 0 else None

    @property
    def p99_ratio(self) -> float | None:
        e, p = self.emulator.result, self.prism.result
        return e.p99_ms / p.p99_ms if e and p and p.p99_ms > 0 else None

    def verdicts(self) -> list[Verdict]:
        ratio = self.throughput_ratio
        p99 = self.emulator.result.p99_ms if self.emulator.result else None
        return [
            Verdict(
                f"throughput ≥ {THROUGHPUT_TARGET:g}x Prism's (Prism validating requests)",
                "not measured" if ratio is None else f"{ratio:.1f}x",
                None if ratio is None else ratio >= THROUGHPUT_TARGET,
            ),
            Verdict(
                f"emulator p99 ≤ {P99_TARGET_MS:g} ms at {self.settings.connections} connections",
                "not measured" if p99 is None else f"{p99:.2f} ms",
                None if p99 is None else p99 <= P99_TARGET_MS,
            ),
        ]


ERROR_SHARE_WARNING = 1.0  # percent of non-2xx answers above which a target's figures are flagged


def warnings(report: Report) -> list[str]:
    """Caveats that change how the figures read: a target that mostly answered with errors."""
    notes: list[str] = []
    for run in (report.emulator, report.prism):
        r = run.result
        share = 100.0 * r.non_2xx / r.requests if r and r.requests else 0.0
        if share > ERROR_SHARE_WARNING:
            notes.append(
                f"{run.name} answered {share:.1f}% of the requests with status ≥ 400, "
                "so its figures partly measure error paths (see the probe statuses below)."
            )
        if r and r.socket_errors:
            notes.append(f"{run.name} had {r.socket_errors:,} socket errors or timeouts.")
    return notes


def _status(met: bool | None) -> str:
    return "not measured" if met is None else ("met" if met else "not met")


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _rows(report: Report) -> list[list[str]]:
    rows: list[list[str]] = []
    for run in (report.emulator, report.prism):
        r = run.result
        if r is None:
            rows.append([run.name, "—", "—", "—", "—", "—", "—", "—", "failed (see below)"])
            continue
        share = 100.0 * r.non_2xx / r.requests if r.requests else 0.0
        rows.append(
            [
                run.name,
                f"{r.rps:,.0f}",
                f"{r.p50_ms:.2f}",
                f"{r.p99_ms:.2f}",
                f"{r.non_2xx:,} ({share:.1f}%)",
                f"{r.requests:,}",
                f"{r.socket_errors:,}",
                "—" if run.server_cpu is None else f"{100.0 * run.server_cpu:.0f}%",
                "ok",
            ]
        )
    return rows


_HEADERS = [
    "target",
    "requests/s",
    "p50 ms",
    "p99 ms",
    "non-2xx",
    "requests",
    "socket errors",
    "server CPU",
    "status",
]


def _one_line(text: str | None, limit: int = 160) -> str:
    first = (text or "unknown error").strip().splitlines()
    line = first[0] if first else "unknown error"
    return line if len(line) <= limit else line[: limit - 1] + "…"


def print_report(report: Report, console: Console) -> None:
    table = Table(title=f"Switchboard emulator vs Prism — {report.settings.connections} connections")
    for i, header in enumerate(_HEADERS):
        table.add_column(header, justify="left" if i in (0, len(_HEADERS) - 1) else "right")
    for row in _rows(report):
        table.add_row(*row)
    console.print(table)
    console.print(
        f"emulator/Prism: throughput {_ratio(report.throughput_ratio)}, p99 {_ratio(report.p99_ratio)}"
    )
    for verdict in report.verdicts():
        colour = {None: "yellow", True: "green", False: "red"}[verdict.met]
        console.print(f"[{colour}]{_status(verdict.met)}[/]: {verdict.goal} — measured {verdict.measured}")
    for note in warnings(report):
        console.print(f"[yellow]warning:[/] {note}")
    for run in (report.emulator, report.prism):
        if run.error:
            console.print(f"[red]{run.name} failed:[/] {run.error}")


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    align = ["---:" if i in right else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def markdown(report: Report) -> str:
    s, m, v = report.settings, report.machine, report.versions
    mix_rows = [
        [name, str(weight), f"{share:.0f}%", method, f"`{target}`", f"`{body}`" if body else ""]
        for name, weight, share, method, target, body in describe(MIX)
    ]
    probe_rows = [
        [op.name]
        + [
            run.probe_before.get(op.name, "—") + " / " + run.probe_after.get(op.name, "—")
            for run in _runs(report)
        ]
        for op in (*MIX, *REFUSALS)
    ]
    verdict_rows = [[vd.goal, vd.measured, f"**{_status(vd.met)}**"] for vd in report.verdicts()]
    failures = [
        f"- **{run.name}** could not be measured: {_one_line(run.error, 400)}"
        for run in _runs(report)
        if run.error
    ]
    parts = [
        "# Benchmarks: emulator vs Stoplight Prism",
        "",
        f"_Written by `python -m benchmarks.run` on {report.started:%Y-%m-%d %H:%M} UTC; "
        "every run overwrites this file._",
        "",
        "Reproduce with `nox -s bench` (options after `--`, e.g. `nox -s bench -- --seconds 30`).",
        "",
        "## Targets",
        "",
        _md_table(["target", "measured", "status"], verdict_rows),
        "",
        "## Results",
        "",
        _md_table(_HEADERS, _rows(report), right=range(1, len(_HEADERS) - 1)),
        "",
        f"Ratios emulator/Prism: throughput **{_ratio(report.throughput_ratio)}**, "
        f"p99 latency **{_ratio(report.p99_ratio)}** (below 1x means the emulator is faster).",
        "",
        *failures,
        *(f"- **Warning:** {note}" for note in warnings(report)),
        *([""] if failures or warnings(report) else []),
        'Non-2xx counts wrk\'s "Non-2xx or 3xx responses" (status ≥ 400): they are answers the server '
        "chose, not transport failures; socket errors are connect/read/write errors and timeouts "
        f"(> {SOCKET_TIMEOUT}). Server CPU is the CPU time of the server's processes over the measured "
        "interval (100% = one core busy).",
        "",
        "## Load",
        "",
        f"- [wrk](https://github.com/wg/wrk) with a generated Lua script (`benchmarks/mix.py`): "
        f"{s.threads} thread, {s.connections} keep-alive connections, {s.seconds:g} s per target after "
        f"a {s.warmup:g} s warm-up with the same load; emulator first, then Prism, never both at once.",
        "- One wrk thread: the machine has "
        f"{m.cpus} cores, so the server under test keeps one and wrk the other. A second wrk thread would "
        "compete with the server for its core and measure the scheduler, not the server; one epoll thread "
        "keeps 32 connections busy far beyond the rates measured here.",
        "- Every request carries `Authorization: Basic` for the emulator's demo customer (`demo`). "
        "The mix is a fixed cycle of 10 requests in interleaved order, the same every run:",
        "",
        _md_table(["operation", "weight", "share", "method", "request", "JSON body"], mix_rows, right=(1, 2)),
        "",
        "Status of each operation sent once before / once after the load (state such as a busy agent "
        "shows up in the second), and of two requests each server must refuse (sent before the load only):",
        "",
        _md_table(["operation", *(run.name for run in _runs(report))], probe_rows),
        "",
        "## Setup",
        "",
        f"- Emulator: `{report.emulator.command}`",
        f"- Prism: `{report.prism.command}` — request validation on and static examples (no `--dynamic`), "
        "both Prism defaults; log level `warn` so its per-request info logging does not slow it down.",
        *(
            [
                f"- Prism mounts the spec's paths at its root and ignores the base path of `servers`, so its "
                f"requests go to `{report.prism.prefix or '/'}…` where the emulator's go to "
                f"`{report.emulator.prefix}…`; method, query, headers and body are the same."
            ]
            if report.prism.prefix != report.emulator.prefix
            else []
        ),
        f"- Machine: {m.cpus} CPUs ({m.cpu_model}), {m.memory} memory, {m.system}.",
        f"- Versions: Python {v.python}, emulator commit {v.emulator_commit}, Prism {v.prism} "
        f"(Node {v.node}), {v.wrk}.",
        "",
    ]
    return "\n".join(parts)


def _runs(report: Report) -> tuple[TargetRun, TargetRun]:
    return report.emulator, report.prism


def write_markdown(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(report))
