"""The getting-started page covers every API, names each spec's real file, and its examples work against
the emulator."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.apis import APIS
from codegen.docsite.html import DOCUMENTED_ORIGIN
from codegen.docsite.specs import discover

from ..conftest import LiveServer

ROOT = Path(__file__).resolve().parents[2]
GETTING_STARTED = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
SPECS = discover(ROOT / "specs")
STRICT = 'set -e\ncurl() { command curl --fail-with-body -sS "$@"; echo; }\n'


def test_every_spec_is_named_with_its_file() -> None:
    # The five vendors' specs and the emulator's own control API's.
    assert sorted(spec.api_id for spec in SPECS) == sorted(api.id for api in APIS)
    for spec in SPECS:
        assert f"specs/{spec.api_id}/{spec.kind}.yaml" in GETTING_STARTED, spec.api_id
        other = "openrpc" if spec.kind == "openapi" else "openapi"
        assert f"specs/{spec.api_id}/{other}.yaml" not in GETTING_STARTED, spec.api_id


def test_every_api_has_an_example_that_works(emulator: LiveServer, tmp_path: Path) -> None:
    blocks = re.findall(r"```sh\n(.*?)```", GETTING_STARTED, flags=re.DOTALL)
    examples = "\n".join(block for block in blocks if "curl" in block)
    for api in emulator.app.apis:
        # The base path itself, not a longer one that starts with it (/api, /apps/api/v1).
        assert re.search(re.escape(f"{DOCUMENTED_ORIGIN}{api.base_path}") + r"[/ ?]", examples), api.base_path
    if shutil.which("curl") is None:
        pytest.skip("the examples use curl, which is not installed")
    script = STRICT + examples.replace(DOCUMENTED_ORIGIN, emulator.url)
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
