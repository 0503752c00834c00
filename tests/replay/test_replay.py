"""Every documented request/response example of the specs, replayed against the emulator."""

from __future__ import annotations

import pytest

from ..conftest import LiveServer
from .conftest import record
from .examples import Case, cases
from .profiles import PROFILES
from .replay import needs_set_up, replay

CASES = [case for api in PROFILES for case in cases(api)]


def _reads_only(case: Case) -> bool:
    """A request that changes nothing and needs no set-up: the state it leaves is the state it found
    (Voximplant Management reads with its Get methods, all of them POSTs; a refused request changes
    nothing)."""
    if needs_set_up(case, PROFILES[case.api]):
        return False
    if case.method == "GET" or case.is_error:  # a read, or a request the example shows refused
        return True
    return case.api == "voximplant-management" and case.operation.startswith("Get")


class _State:
    clean = False  # the emulator is in its demo state, untouched since the last reset


@pytest.fixture
def replay_emulator(live_server: LiveServer, request: pytest.FixtureRequest) -> LiveServer:
    """The shared emulator in its demo state with the clock frozen; a reset is skipped between requests
    that only read (it is most of a replay's cost)."""
    case: Case = request.node.callspec.params["case"]
    if not (_State.clean and _reads_only(case)):
        live_server.reset()
    _State.clean = _reads_only(case)
    return live_server


@pytest.mark.parametrize("case", CASES, ids=[f"{c.api}/{c.id}" for c in CASES])
def test_documented_example_reproduces(replay_emulator: LiveServer, case: Case) -> None:
    outcome = replay(replay_emulator, case, PROFILES[case.api])
    reproduced = not outcome.problems
    record(case.api, case.id, reproduced, case.excuse, "; ".join(outcome.problems), outcome.documented_error)
    if case.excuse is not None:
        # an excused example that now reproduces must lose its excuse
        assert not reproduced, f"{case.id} reproduces: remove its excuse ({case.excuse})"
        return
    assert reproduced, f"{case.id}: {outcome.problems}; answer {outcome.status} {outcome.body!r:.400}"
