"""Each client package's README: its ```python examples run, in order and in one namespace, against the
emulator and print what they promise; its ```py examples (a production account, environment settings) are
valid Python."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from codegen.apis import APIS, Api

from ..conftest import LiveServer

FENCE = re.compile(r"^```(python|py)\n(.*?)^```$", re.M | re.S)
README_HOST = "http://127.0.0.1:8080"

# What the examples print on the emulator's demo data (a fragment of each printed line that must appear).
PRINTED = {
    "ccai-platform": ["3 Web App", "44 Mobile App", "401 Unauthorized"],
    "callgear-call-api": ["[ActiveCall(call_session_id=", "wrong login or password: -32001 auth_error"],
    "voximplant-kit": [
        "401 401 Invalid access token",
        "1 VIP",
        "2 Complaint",
        "calls in the history",
        "finished_call {'id': 1",
    ],
    "voxology": [
        "live-ringing",
        "401 401001 Failed Authentication",
        "Sub Accounts",
        "end_call 9763 collectName 78",
    ],
    "voximplant-management": ["alice Alice", "100 Authorization failed", "readme-app.demo", "1 users"],
    "switchboard-control": [
        "frozen: False",
        "advanced 60.0 seconds; frozen: True",
        "far end 13235550144 busy after 4.0 s",
        "voice_callback busy failed 1 attempt(s)",
        "404 no far-end rule for '+13235550144'",
        "reset: at the present True frozen: True",
        "deliveries after the reset: 0",
    ],
}


def _blocks(api: Api, language: str) -> list[str]:
    text = (api.client_dir / "README.md").read_text(encoding="utf-8")
    return [code for kind, code in FENCE.findall(text) if kind == language]


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.id)
def test_readme_examples_run_against_the_emulator(
    api: Api, emulator: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = _blocks(api, "python")
    assert blocks  # a first call at least
    emulator.reset(rate_limit=True, clock="real")  # as a user meets it: CCAI's 1 request a second included
    namespace: dict[str, object] = {"__name__": f"readme_{api.package}"}
    for code in blocks:
        exec(compile(code.replace(README_HOST, emulator.url), f"{api.id} README", "exec"), namespace)
    printed = capsys.readouterr().out
    for fragment in PRINTED[api.id]:
        assert fragment in printed, (fragment, printed)
    assert "Error(" not in printed  # an error model printed as if it were the result


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.id)
def test_readme_examples_shown_only_are_valid_python_naming_what_exists(api: Api) -> None:
    shown = _blocks(api, "py")
    assert shown, "authentication and retries are shown"
    for code in shown:
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = importlib.import_module(node.module)
                for alias in node.names:
                    assert hasattr(module, alias.name), f"{node.module}.{alias.name}"


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.id)
def test_readme_is_the_apis_own(api: Api) -> None:
    text = (api.client_dir / "README.md").read_text(encoding="utf-8")
    sections = ("## Install", "## Authenticate", "## A first call", "## Errors", "## Retries", "## Pagin")
    assert all(section in text for section in sections)
    assert "api.example.com" not in text and "SuperSecretToken" not in text
    assert f"pip install {api.client_dir.name}" in text
    assert (Path(api.client_dir) / "CHANGELOG.md").is_file()
