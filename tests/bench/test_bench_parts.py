"""The bench's own logic, without load: mixes, the server options it skips, ratios and the report file."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import servers
from benchmarks.load import WrkResult
from benchmarks.mix import GOAL_MIXES, PER_API, READ, WRITE, lua_script, schedule
from benchmarks.report import SHIPPED, Report, Settings, TargetRun, markdown, write_markdown
from benchmarks.spec import match
from benchmarks.startup import SECTION_END, SECTION_START
from benchmarks.tools import Machine, Versions


def _result(rps: float, p99_ms: float = 2.0) -> WrkResult:
    return WrkResult(
        requests=int(rps * 10),
        duration_s=10.0,
        non_2xx=0,
        connect_errors=0,
        read_errors=0,
        write_errors=0,
        timeouts=0,
        p50_ms=1.0,
        p90_ms=1.5,
        p99_ms=p99_ms,
        p999_ms=p99_ms,
        mean_ms=1.0,
        max_ms=p99_ms,
        output="",
    )


def _report() -> Report:
    return Report(
        started=dt.datetime(2026, 12, 2, tzinfo=dt.UTC),
        settings=Settings(seconds=5, warmup=2, connections=32, threads=1),
        machine=Machine(cpus=2, cpu_model="test", memory="1 GiB", system="Linux"),
        versions=Versions(python="3.11", emulator_commit="abc", prism="5", node="20", wrk="wrk 4"),
    )


def test_a_cycle_sends_each_operation_its_weight() -> None:
    for mix in (*GOAL_MIXES, *PER_API):
        order = schedule(mix.operations)
        assert len(order) == mix.cycle
        assert Counter(order) == {i: op.weight for i, op in enumerate(mix.operations)}


def test_the_script_carries_every_request_with_its_credentials() -> None:
    script = lua_script(WRITE.operations, "/prefix")
    for op in WRITE.operations:
        assert f'"/prefix{op.path}"' in script
    assert script.count('["Authorization"] = "Basic ') == len(WRITE.operations)
    assert '["Content-Type"] = "application/json"' in script


def test_every_mix_with_a_spec_names_operations_the_spec_defines() -> None:
    for mix in (*GOAL_MIXES, *PER_API):
        if mix.spec is not None:
            assert match(mix.spec, mix).missing == [], mix.name


def test_an_option_whose_flag_the_cli_lacks_is_skipped_with_the_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workers = next(option for option in servers.EMULATOR_OPTIONS if option.needs_flag == "--workers")
    monkeypatch.setattr(servers, "_serve_help", lambda: "Options: --host --port --db")
    assert servers.unsupported(workers) == "`switchboard serve` has no --workers option in this checkout"
    monkeypatch.setattr(servers, "_serve_help", lambda: "Options: --host --port --db --workers INTEGER")
    assert servers.unsupported(workers) is None


def test_the_cli_is_asked_for_its_options() -> None:
    """The real `switchboard serve --help` of this checkout lists the options the bench looks for."""
    servers._serve_help.cache_clear()
    assert "--no-rate-limit" in servers._serve_help()


def test_ratios_and_goals_read_the_same_run() -> None:
    report = _report()
    report.runs = [
        TargetRun("ceiling: uvicorn (first)", READ, "", result=_result(30_000)),
        TargetRun("ceiling: uvicorn (last)", READ, "", result=_result(20_000)),
        TargetRun(SHIPPED, READ, "", result=_result(18_000, p99_ms=4.0)),
        TargetRun(SHIPPED, WRITE, "", result=_result(9_000, p99_ms=6.0)),
        TargetRun("Prism", READ, "", result=_result(3_000)),
    ]
    assert report.ceiling() == 30_000  # the best of the ceiling's measurements
    assert report.ratio_to_ceiling(SHIPPED, "read") == pytest.approx(0.6)
    assert report.ratio_to_prism(SHIPPED, "read") == pytest.approx(6.0)
    assert report.ratio_to_prism(SHIPPED, "write") is None  # Prism not measured on it
    met = {
        goal.split(" ")[0] + (" p99" if "p99" in goal else " share"): ok for goal, _, ok in report.verdicts()
    }
    assert met == {
        "read share": True,  # 18k of the 30k ceiling: 0.6
        "write share": False,  # 0.3 < 0.35
        "read p99": True,  # 4 ms
        "write p99": False,  # 6 ms
    }


def test_the_report_keeps_the_start_up_section(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    section = f"{SECTION_START}\n## Start-up\nfigures\n{SECTION_END}"
    path.write_text(f"# old load figures\n\n{section}\n")
    report = _report()
    report.skipped.append(("emulator, 2 workers", "no --workers option"))
    write_markdown(report, path)
    text = path.read_text()
    assert "# old load figures" not in text
    assert text.count(section) == 1
    assert "- **emulator, 2 workers**: no --workers option" in text


def test_the_gap_is_split_into_server_layer_and_own_work() -> None:
    report = _report()
    ceiling = TargetRun("ceiling: uvicorn (first)", READ, "", result=_result(30_000), cpu_us_per_request=30.0)
    shipped = TargetRun(SHIPPED, READ, "", result=_result(10_000), cpu_us_per_request=80.0)
    report.runs = [ceiling, shipped]
    assert report.cpu_ratio_to_ceiling(SHIPPED, "read") == pytest.approx(30 / 80)
    text = markdown(report)
    # 80 µs in all, 30 of them the server layer, 50 the emulator's own; the 0.6 goal allows 30/0.6-30 = 20
    assert "| read | 80 | 30 | 50 | 20 |" in text
