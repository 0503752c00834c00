"""Tallies the replayed examples per API and prints the figures at the end of the run."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest


@dataclass
class Tally:
    replayed: int = 0
    reproduced: int = 0
    documented_errors: int = 0  # schema-only APIs: answers that are one of the documented errors
    excused: list[tuple[str, str]] | None = None
    differing: list[tuple[str, str]] | None = None


TALLIES: dict[str, Tally] = defaultdict(lambda: Tally(excused=[], differing=[]))


def record(
    api: str,
    example: str,
    reproduced: bool,
    excuse: str | None,
    problem: str = "",
    documented_error: bool = False,
) -> None:
    tally = TALLIES[api]
    tally.replayed += 1
    if reproduced and documented_error:
        tally.documented_errors += 1
    elif reproduced:
        tally.reproduced += 1
    elif excuse is not None:
        assert tally.excused is not None
        tally.excused.append((example, excuse))
    else:
        assert tally.differing is not None
        tally.differing.append((example, problem))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLIES:
        return
    write = terminalreporter.write_line
    terminalreporter.section("documented examples replayed")
    for api, tally in sorted(TALLIES.items()):
        excused, differing = tally.excused or [], tally.differing or []
        write(
            f"{api}: {tally.replayed} replayed, {tally.reproduced} reproduced, {len(excused)} excused"
            + (
                f", {tally.documented_errors} valid documented errors (schema only)"
                if tally.documented_errors
                else ""
            )
            + (f", {len(differing)} differ" if differing else "")
        )
        for example, reason in excused:
            write(f"    excused {example}: {reason}")
        for example, problem in differing:
            write(f"    differs {example}: {problem}")
