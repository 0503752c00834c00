"""The README's examples work when pasted, and it says what the commands need and offer."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from emulator.cli import cli
from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCUMENTED = "http://127.0.0.1:8080"
# Every curl fails the script on an HTTP error, as a reader would notice one.
STRICT = 'set -e\ncurl() { command curl --fail-with-body -sS "$@"; echo; }\n'


def _section(title: str) -> str:
    start = README.index(f"\n### {title}\n")
    end = README.find("\n## ", start + 1)
    following = README.find("\n### ", start + 1)
    return README[start : min(i for i in (end, following) if i != -1)]


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


@pytest.fixture
def fresh() -> Iterator[LiveServer]:
    """A fresh server with the documented defaults: demo tenants, rate limits on."""
    live = start_server(Settings())
    yield live
    stop_server(live)


def _bash(script: str, live: LiveServer, cwd: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("curl") is None:
        pytest.skip("the README's shell examples use curl, which is not installed")
    script = STRICT + script.replace(DOCUMENTED, live.url)
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_the_first_lines_say_what_this_is_and_the_two_commands() -> None:
    head = README.split("\n## ", 1)[0]
    assert head.startswith("# Switchboard\n")
    assert "nox -s up" in head and "nox -s ci" in head


def test_the_ccai_curl_block_pastes_without_a_429(fresh: LiveServer, tmp_path: Path) -> None:
    (block,) = _blocks(_section("Google CCAI Platform"), "bash")
    result = _bash(block, fresh, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_voximplant_management_examples_print_what_they_did(fresh: LiveServer, tmp_path: Path) -> None:
    section = _section("Voximplant Management API")
    shell = _blocks(section, "bash")[0]  # the first: later ones show call lists with ids to fill in
    (python,) = _blocks(section, "python")
    assert _bash(shell, fresh, tmp_path).returncode == 0
    assert "private_key" in (tmp_path / "credentials.json").read_text(encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", python.replace(DOCUMENTED, fresh.url)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "alice Alice" in run.stdout


def test_every_python_example_prints() -> None:
    for block in _blocks(README, "python"):
        assert "print(" in block, block


def test_ids_of_a_fresh_server_are_said_to_be_so() -> None:
    for title, call_id in (("CallGear Call API", "237859081"), ("Voxology", "142877@8752")):
        section = _section(title)
        assert call_id in section
        assert "fresh server" in section.split("```", 1)[0], title


def test_what_the_examples_need_is_installed_or_listed() -> None:
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    official = next(p for p in pins["optional-dependencies"]["test"] if p.startswith("voximplant-apiclient"))
    assert f"pip install {official.split()[0]}" in README
    prerequisites = README[: README.index("## What is here")]
    assert "Node.js" in prerequisites and "npm" in prerequisites


def test_the_private_key_file_is_ignored_by_git() -> None:
    ignored = subprocess.run(["git", "check-ignore", "-q", "credentials.json"], cwd=ROOT, check=False)
    assert ignored.returncode == 0


def test_the_serving_options_are_documented_and_exist() -> None:
    serve = typer.main.get_command(cli).commands["serve"]  # type: ignore[attr-defined]
    options = {opt for param in serve.params for opt in [*param.opts, *param.secondary_opts]}
    for option in ("--control-token", "--clock", "--callback-host"):
        assert f"`{option}" in README and option in options
    for variable in ("SWITCHBOARD_CONTROL_TOKEN", "SWITCHBOARD_CALLBACK_HOSTS"):
        assert variable in README
    assert "--clock frozen" in README and "warning" in README
    for mentioned in set(re.findall(r"`(--[a-z][a-z-]+)", README)):
        assert mentioned in options, f"the README mentions {mentioned}, which serve does not take"


# Each client example, and whether it prints on a fresh server (Kit's lists the call history, empty there).
CLIENT_EXAMPLES = [
    ("Google CCAI Platform", True),
    ("CallGear Call API", True),
    ("Voximplant Kit", False),
    ("Voxology", True),
]


@pytest.mark.parametrize(("title", "prints"), CLIENT_EXAMPLES)
def test_the_client_examples_run_with_the_rate_limit_on(fresh: LiveServer, title: str, prints: bool) -> None:
    (python,) = _blocks(_section(title), "python")
    example = python.replace(DOCUMENTED, fresh.url)
    # Twice in one interpreter, so the second run comes within the second: past CCAI's 1 request per
    # second the client waits the 429's Retry-After and prints.
    script = f"{example}\nprint('--- again')\n{example}"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    first, second = run.stdout.split("--- again\n")
    assert bool(first.strip()) == bool(second.strip()) == prints, run.stdout
