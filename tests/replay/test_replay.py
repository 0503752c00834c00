"""Every documented request/response example of the specs, replayed against the emulator."""

from __future__ import annotations

import pytest

from ..conftest import LiveServer
from .conftest import record
from .examples import Case, cases
from .profiles import PROFILES
from .replay import replay

CASES = [case for api in PROFILES for case in cases(api)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.api}/{c.id}" for c in CASES])
def test_documented_example_reproduces(emulator: LiveServer, case: Case) -> None:
    outcome = replay(emulator, case, PROFILES[case.api])
    reproduced = not outcome.problems
    record(case.api, case.id, reproduced, case.excuse, "; ".join(outcome.problems))
    if case.excuse is not None:
        # an excused example that now reproduces must lose its excuse
        assert not reproduced, f"{case.id} reproduces: remove its excuse ({case.excuse})"
        return
    assert reproduced, f"{case.id}: {outcome.problems}; answer {outcome.status} {outcome.body!r:.400}"
