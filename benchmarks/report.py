"""Results of one benchmark run, the goals they are judged by, and their Markdown rendering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.client_overhead import SECTION_END as CLIENT_END
from benchmarks.client_overhead import SECTION_START as CLIENT_START
from benchmarks.load import SOCKET_TIMEOUT, WrkResult
from benchmarks.mix import GOAL_MIXES, PER_API, Mix
from benchmarks.startup import SECTION_END, SECTION_START
from benchmarks.tools import Machine, Versions

READ_GOAL = 0.6  # read mix at least this share of the bare-ASGI ceiling, measured in the same run
WRITE_GOAL = 0.35
P99_GOAL_MS = 5.0
SHIPPED = "emulator (as shipped)"
PRISM = "Prism"


@dataclass
class TargetRun:
    """One server under one mix: how it was started and what wrk measured (or why it could not)."""

    target: str
    mix: Mix
    command: str
    result: WrkResult | None = None
    server_cpu: float | None = None  # cores the server's process group kept busy while measured
    # CPU time of the server per request: what a busy machine changes least (wall time it changes most)
    cpu_us_per_request: float | None = None
    error: str | None = None
    probe: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    seconds: float
    warmup: float
    connections: int
    threads: int


@dataclass
class Report:
    started: dt.datetime
    settings: Settings
    machine: Machine
    versions: Versions
    runs: list[TargetRun] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (target, why)
    stored: dict[int, dict[str, TargetRun]] = field(default_factory=dict)  # calls -> mix -> run
    ceiling_of: dict[str, str] = field(default_factory=dict)  # target -> the ceiling it is read against
    duration_s: float = 0.0

    def run(self, target: str, mix: str) -> TargetRun | None:
        return next((r for r in self.runs if r.target == target and r.mix.name == mix), None)

    def rps(self, target: str, mix: str) -> float | None:
        run = self.run(target, mix)
        return run.result.rps if run and run.result else None

    def ceiling(self, name: str = "uvicorn") -> float | None:
        """The best of the ceiling's measurements in this run (it is measured first and last)."""
        found = [r.result.rps for r in self.runs if r.target.startswith(f"ceiling: {name}") and r.result]
        return max(found) if found else None

    def cpu_ratio_to_ceiling(self, target: str, mix: str) -> float | None:
        """The ceiling's CPU time per request over this one's (its cheapest measurement in the run)."""
        run = self.run(target, mix)
        name = self.ceiling_of.get(target, "uvicorn")
        found = [
            r.cpu_us_per_request
            for r in self.runs
            if r.target.startswith(f"ceiling: {name}") and r.cpu_us_per_request
        ]
        if not run or not run.cpu_us_per_request or not found:
            return None
        return min(found) / run.cpu_us_per_request

    def ratio_to_ceiling(self, target: str, mix: str) -> float | None:
        rps, ceiling = self.rps(target, mix), self.ceiling(self.ceiling_of.get(target, "uvicorn"))
        return rps / ceiling if rps and ceiling else None

    def ratio_to_prism(self, target: str, mix: str) -> float | None:
        rps, prism = self.rps(target, mix), self.rps(PRISM, mix)
        return rps / prism if rps and prism else None

    def verdicts(self) -> list[tuple[str, str, bool | None]]:
        out: list[tuple[str, str, bool | None]] = []
        for mix, goal in (("read", READ_GOAL), ("write", WRITE_GOAL)):
            ratio = self.ratio_to_ceiling(SHIPPED, mix)
            by_cpu = self.cpu_ratio_to_ceiling(SHIPPED, mix)
            measured = (
                "not measured"
                if ratio is None
                else f"{ratio:.2f} ({self.rps(SHIPPED, mix) or 0:,.0f} req/s); by CPU per request "
                + _f(by_cpu, "{:.2f}")
            )
            out.append(
                (
                    f"{mix} mix ≥ {goal:g} of the bare-ASGI ceiling",
                    measured,
                    None if ratio is None else ratio >= goal,
                )
            )
        for mix in ("read", "write"):
            run = self.run(SHIPPED, mix)
            p99 = run.result.p99_ms if run and run.result else None
            out.append(
                (
                    f"{mix} mix p99 ≤ {P99_GOAL_MS:g} ms at {self.settings.connections} connections",
                    "not measured" if p99 is None else f"{p99:.2f} ms",
                    None if p99 is None else p99 <= P99_GOAL_MS,
                )
            )
        return out


def _f(value: float | None, fmt: str = "{:,.0f}") -> str:
    return "—" if value is None else fmt.format(value)


def _status(met: bool | None) -> str:
    return "not measured" if met is None else ("met" if met else "not met")


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    align = ["---:" if i in right else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _non_2xx(run: TargetRun) -> str:
    r = run.result
    if r is None:
        return "—"
    share = 100.0 * r.non_2xx / r.requests if r.requests else 0.0
    return f"{share:.1f}%"


def _row(report: Report, run: TargetRun, *, prism: bool = True) -> list[str]:
    r = run.result
    if r is None:
        return [run.target, run.mix.name, "failed", *["—"] * 8]
    return [
        run.target,
        run.mix.name,
        f"{r.rps:,.0f}",
        f"{r.p50_ms:.2f}",
        f"{r.p99_ms:.2f}",
        _f(report.ratio_to_ceiling(run.target, run.mix.name), "{:.2f}"),
        _f(report.ratio_to_prism(run.target, run.mix.name), "{:.1f}x") if prism else "—",
        _non_2xx(run),
        _f(run.cpu_us_per_request, "{:.0f}"),
        _f(report.cpu_ratio_to_ceiling(run.target, run.mix.name), "{:.2f}"),
        "—" if run.server_cpu is None else f"{100.0 * run.server_cpu:.0f}%",
    ]


_HEADERS = [
    "target",
    "mix",
    "req/s",
    "p50 ms",
    "p99 ms",
    "of ceiling",
    "vs Prism",
    "non-2xx",
    "CPU µs/req",
    "of ceiling by CPU",
    "server CPU",
]


def markdown(report: Report) -> str:
    s, m, v = report.settings, report.machine, report.versions
    goal_names = {mix.name for mix in GOAL_MIXES}
    api_names = {mix.name for mix in PER_API}
    main_rows = [_row(report, r) for r in report.runs if r.mix.name in goal_names or r.mix.name == "hello"]
    api_rows = [_row(report, r) for r in report.runs if r.mix.name in api_names]
    stored_rows = []
    for calls, runs in sorted(report.stored.items()):
        for name, run in runs.items():
            r = run.result
            base = report.stored.get(0, {}).get(name)
            base_rps = base.result.rps if base and base.result else None
            base_cpu = base.cpu_us_per_request if base else None
            cpu = run.cpu_us_per_request
            stored_rows.append(
                [
                    f"{calls:,}",
                    name,
                    _f(r.rps if r else None),
                    _f(r.p99_ms if r else None, "{:.2f}"),
                    _f(r.rps / base_rps if r and base_rps else None, "{:.2f}"),
                    _f(cpu, "{:.0f}"),
                    _f(cpu / base_cpu if cpu and base_cpu else None, "{:.2f}"),
                    _non_2xx(run),
                ]
            )
    probes = [
        [r.target, r.mix.name, ", ".join(f"{k}: {val}" for k, val in r.probe.items())]
        for r in report.runs
        if r.probe
    ]
    failures = [
        f"- **{r.target}, {r.mix.name}** could not be measured: {_one_line(r.error)}"
        for r in report.runs
        if r.error
    ]
    failures += [
        f"- **{calls:,} stored calls, {name}** could not be measured: {_one_line(run.error)}"
        for calls, runs in report.stored.items()
        for name, run in runs.items()
        if run.error
    ]
    mixes = [
        [
            mix.name,
            mix.description,
            ", ".join(f"{op.method} {op.target_under(mix.base_path)} x{op.weight}" for op in mix.operations),
        ]
        for mix in (*GOAL_MIXES, *PER_API)
    ]
    parts = [
        "# Benchmarks: the emulator, Stoplight Prism and a bare ASGI app",
        "",
        f"_Written by `python -m benchmarks.run` on {report.started:%Y-%m-%d %H:%M} UTC in one run of "
        f"{report.duration_s / 60:.1f} minutes; every run overwrites this file._",
        "",
        "Reproduce with `nox -s bench` (options after `--`, e.g. `nox -s bench -- --seconds 15`). "
        "Every figure "
        "below comes from the same run, servers measured one after another, never two at once: compare them "
        "side by side, as ratios; absolute figures move with whatever else the machine is doing.",
        "",
        "## Goals",
        "",
        _md_table(
            ["goal", "measured", "status"], [[g, me, f"**{_status(ok)}**"] for g, me, ok in report.verdicts()]
        ),
        "",
        "The ceiling is the best of its measurements in this run "
        f"(uvicorn: {_f(report.ceiling('uvicorn'))} req/s"
        f"{', granian: ' + _f(report.ceiling('granian')) + ' req/s' if report.ceiling('granian') else ''}): "
        "a bare ASGI app (`benchmarks/hello.py`) answering a fixed JSON body, served by the same server with "
        "the same options and load.",
        "",
        *_where_the_time_goes(report),
        "## Read and write mixes",
        "",
        _md_table(_HEADERS, main_rows, right=range(2, len(_HEADERS))),
        "",
        "_of ceiling_: requests/s as a share of the ceiling of the same server; _vs Prism_: requests/s over "
        "Prism's on the same spec and mix; _CPU µs/req_: the server's CPU time per request, and "
        "_of ceiling by CPU_ the ceiling's CPU time per request over it: the share a server would "
        "reach with a core of its "
        "own, which other work on the machine changes far less than requests/s (server CPU below 100% means "
        "the server did not get its core while measured).",
        "",
        *(
            ["Not measured:", "", *(f"- **{t}**: {why}" for t, why in report.skipped), ""]
            if report.skipped
            else []
        ),
        "## One mix per API",
        "",
        _md_table(_HEADERS, api_rows, right=range(2, len(_HEADERS))),
        "",
        "Prism does not serve OpenRPC, so the CallGear mix has no Prism figure.",
        "",
        "## With a stored history",
        "",
        "The emulator as shipped with a state file (`--db`) holding 0, 10,000 and 100,000 finished calls "
        "of the "
        "demo customer, written through the store before the server starts (`benchmarks/seed.py`):",
        "",
        _md_table(
            [
                "stored calls",
                "mix",
                "req/s",
                "p99 ms",
                "req/s vs 0 stored",
                "CPU µs/req",
                "CPU vs 0 stored",
                "non-2xx",
            ],
            stored_rows,
            right=range(2, 8),
        ),
        "",
        *failures,
        *([""] if failures else []),
        "## Load",
        "",
        f"- [wrk](https://github.com/wg/wrk), {s.threads} thread, {s.connections} keep-alive connections, "
        f"{s.warmup:g} s of warm-up then {s.seconds:g} s measured per target and mix; "
        f"the machine has {m.cpus} "
        "cores, so the server keeps one and wrk the other.",
        "- Non-2xx is the share of answers with status ≥ 400; socket errors "
        "(connect/read/write, timeouts over "
        f"{SOCKET_TIMEOUT}) fail a run. Server CPU is the CPU time of the server's processes "
        "over the measured "
        "interval (100% = one core).",
        "- Each mix is a fixed cycle in interleaved order, every request with the demo tenant's credentials:",
        "",
        _md_table(["mix", "what", "requests per cycle"], mixes),
        "",
        "Status of each operation sent once before the load:",
        "",
        _md_table(["target", "mix", "statuses"], probes),
        "",
        "## Setup",
        "",
        *(f"- {t}: `{c}`" for t, c in _commands(report)),
        "- Prism: request validation on and static examples (no `--dynamic`), both Prism defaults; log level "
        "`warn`. Prism mounts a spec's paths at its root, so its requests go to the same paths without the "
        "base path.",
        f"- Machine: {m.cpus} CPUs ({m.cpu_model}), {m.memory} memory, {m.system}.",
        f"- Versions: Python {v.python}, emulator commit {v.emulator_commit}, "
        f"Prism {v.prism} (Node {v.node}), "
        f"{v.wrk}.",
        "",
    ]
    return "\n".join(parts)


def _where_the_time_goes(report: Report) -> list[str]:
    """The goals' gap in CPU time per request: the server layer (the ceiling's cost), the emulator's own
    work on top of it, and what that own work may cost for the goal to be met."""
    ceilings = [r.cpu_us_per_request for r in report.runs if r.target.startswith("ceiling: uvicorn")]
    server = min((c for c in ceilings if c), default=None)
    if server is None:
        return []
    rows = []
    for mix, goal in (("read", READ_GOAL), ("write", WRITE_GOAL)):
        run = report.run(SHIPPED, mix)
        total = run.cpu_us_per_request if run else None
        if total is None:
            continue
        rows.append(
            [
                mix,
                f"{total:.0f}",
                f"{server:.0f}",
                f"{total - server:.0f}",
                f"{server / goal - server:.0f}",
            ]
        )
    return [
        "## Where the time goes",
        "",
        "CPU time per request of the emulator as shipped, split into the server layer (what uvicorn costs "
        "per request with the bare app: the ceiling's CPU time per request) and the emulator's own work on "
        "top of it; the last column is what that own work may cost for the mix to reach its goal:",
        "",
        _md_table(
            [
                "mix",
                "emulator µs/req",
                "server layer µs/req",
                "emulator's own µs/req",
                "own work allowed by the goal",
            ],
            rows,
            right=range(1, 5),
        ),
        "",
    ]


def _commands(report: Report) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for run in report.runs:
        seen.setdefault(run.target, run.command)
    return list(seen.items())


def _one_line(text: str | None, limit: int = 400) -> str:
    first = (text or "unknown error").strip().splitlines()
    line = first[0] if first else "unknown error"
    return line if len(line) <= limit else line[: limit - 1] + "…"


def write_markdown(report: Report, path: Path) -> None:
    """The load figures; the start-up and client-overhead sections already in the file are kept (they are
    written separately)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = []
    for first, last in ((SECTION_START, SECTION_END), (CLIENT_START, CLIENT_END)):
        start, end = old.find(first), old.find(last)
        if 0 <= start < end:
            kept.append(old[start : end + len(last)])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(report) + "".join("\n" + section + "\n" for section in kept), encoding="utf-8")


def summary_lines(report: Report) -> list[str]:
    """The run's figures for the terminal."""
    lines = [
        f"{r.target:<28} {r.mix.name:<22} "
        + (
            f"{r.result.rps:>8,.0f} req/s  p99 {r.result.p99_ms:6.2f} ms  of ceiling "
            f"{_f(report.ratio_to_ceiling(r.target, r.mix.name), '{:.2f}')}"
            if r.result
            else f"failed: {_one_line(r.error, 120)}"
        )
        for r in report.runs
    ]
    for calls, runs in sorted(report.stored.items()):
        for name, run in runs.items():
            res = run.result
            lines.append(
                f"{calls:>7,} stored calls, {name:<14} "
                + (f"{res.rps:>8,.0f} req/s  p99 {res.p99_ms:6.2f} ms" if res else "failed")
            )
    lines += [f"{_status(ok)}: {goal} — {measured}" for goal, measured, ok in report.verdicts()]
    lines += [f"skipped {t}: {why}" for t, why in report.skipped]
    return lines
