"""pytest's progress counts honestly when the contract tests' operations are known before any runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.apis import APIS
from emulator.core.specs import load_spec

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MODULES = {api.id: ROOT / "tests" / "contract" / f"test_{api.id.replace('-', '_')}.py" for api in APIS}


def _operations(api_id: str) -> set[str]:
    paths = load_spec(api_id)["paths"]
    return {
        f"{method.upper()} {path}" for path, item in paths.items() for method in METHODS if method in item
    }


def _collected_by_a_new_session(modules: list[Path]) -> set[str]:
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist", *map(str, modules)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return set(result.stdout.splitlines())


def test_every_operation_is_a_collected_test(request: pytest.FixtureRequest) -> None:
    """One test per operation at collection, so the percentages rise to 100% instead of falling back
    as a schema expanded at run time adds its operations to the total.

    When this session collected the contract modules too, its own collection is what is judged (the
    schemas' test generation at collection is the suite's most expensive step: not done twice);
    otherwise a new pytest process collects them."""
    openapi = [api for api in APIS if api.kind == "openapi"]
    modules = [MODULES[api.id] for api in openapi]
    expected_by_api = {
        api.id: {
            f"{MODULES[api.id].relative_to(ROOT).as_posix()}::test_every_operation_conforms[{label}]"
            for label in _operations(api.id)
        }
        for api in openapi
    }
    ours = {item.nodeid for item in request.session.items}
    # Only a session that kept every contract test (none deselected) shows the whole collection.
    complete = all(expected <= ours for expected in expected_by_api.values())
    lines = ours if complete else _collected_by_a_new_session(modules)
    collected = {line for line in lines if "::test_every_operation_conforms[" in line}
    for api in openapi:
        module = MODULES[api.id].relative_to(ROOT).as_posix()
        expected = expected_by_api[api.id]
        assert expected <= collected, sorted(expected - collected)[:5]
        assert len([line for line in collected if line.startswith(f"{module}::")]) == len(expected)
