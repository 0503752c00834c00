"""pytest's progress counts honestly when the contract tests' operations are known before any runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def test_every_operation_is_a_collected_test() -> None:
    """One test per operation at collection, so the percentages rise to 100% instead of falling back
    as a schema expanded at run time adds its operations to the total."""
    openapi = [api for api in APIS if api.kind == "openapi"]
    command = [
        sys.executable,
        "-m",
        "pytest",
        "--collect-only",
        "-q",
        *(str(MODULES[api.id]) for api in openapi),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    collected = {line for line in result.stdout.splitlines() if "::test_every_operation_conforms[" in line}
    for api in openapi:
        module = MODULES[api.id].relative_to(ROOT).as_posix()
        expected = {f"{module}::test_every_operation_conforms[{label}]" for label in _operations(api.id)}
        assert expected <= collected, sorted(expected - collected)[:5]
        assert len([line for line in collected if line.startswith(f"{module}::")]) == len(expected)
