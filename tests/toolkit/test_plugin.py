"""The pytest plugin as a user's suite sees it, run under pytester: in process, on a socket, and against
an external emulator (SWITCHBOARD_URL / --switchboard-url) started here."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path

import httpx
import pytest

from emulator.core.environment import Settings
from emulator.testing import ServedEmulator

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
CALLS_PER_API = (Path(__file__).parent / "calls_per_api.py").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
WORKED_EXAMPLE = GUIDE.split("```python\n", 1)[1].split("```", 1)[0]  # the guide's example, as printed
# The package's pytest11 entry point loads the plugin, as it does for a user; a checkout used without
# installing the package names it instead. Already imported by this process, so pytest cannot rewrite its
# asserts: say so once, not per run.
_INSTALLED = any(e.name == "switchboard" for e in entry_points(group="pytest11"))
PLUGIN = (
    *(() if _INSTALLED else ("-p", "emulator.testing.plugin")),
    "-p",
    "no:cacheprovider",
    "-W",
    "ignore::pytest.PytestAssertRewriteWarning",
)

MODES_AND_RESET = """
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

def test_in_process_has_no_socket(switchboard):
    assert switchboard.mode == "in-process"
    assert switchboard.transport is not None

def test_a_tenant_made_by_one_test(switchboard):
    with switchboard.control() as control:
        made = control.post("/ccai-platform/customers", json={"subdomain": "mine", "token": "t"})
    assert made.status_code == 201

def test_is_gone_in_the_next(switchboard):
    with switchboard.control() as control:
        names = [c["subdomain"] for c in control.get("/ccai-platform/customers").json()]
    assert names == ["demo", "seeded"]

def test_a_client_s_asyncio_calls_reach_it_too(switchboard, switchboard_ccai):
    import asyncio
    from ccai_platform_client.api.wait_times import get_wait_times

    async def menus():
        async with switchboard_ccai:
            return await get_wait_times.asyncio(client=switchboard_ccai, lang="en")

    assert [menu.menu_id for menu in asyncio.run(menus())][:2] == [3, 9]

def test_the_clock_is_frozen_and_advances(switchboard):
    before = switchboard.now()
    assert switchboard.now() == before
    assert switchboard.advance(90)["offset"] == 90

def test_in_process_callbacks_reach_a_server_of_the_test(switchboard, switchboard_voxology):
    received = []

    class Flow(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
            answer = json.dumps({"actions": [{"type": "HANGUP"}]}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Flow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/flow"
    with switchboard.http("/v1", headers={"X-API-Key": "demo-api-key"}) as api:
        api.put("/CallFlows/Configurations/PhoneNumbers/+19495551212", json={"callback": {"url": url}})
    with switchboard.control() as control:
        call = control.post("/voxology/apps/demo-api-key/inbound/calls",
                            json={"to": "+19495551212", "from": "+17145550100"}).json()
        switchboard.advance(5)
        assert control.get(f"/voxology/apps/demo-api-key/calls/{call['id']}").json()["status"] == "completed"
    server.shutdown()
    assert [r["type"] for r in received][:1] == ["init_call"]
    assert {d["state"] for d in switchboard.deliveries("voxology")} == {"delivered"}

@pytest.mark.switchboard(server=True)
def test_a_socket_when_marked(switchboard):
    assert switchboard.mode == "server" and switchboard.url.startswith("http://127.0.0.1:")
    assert httpx.get(f"{switchboard.url}/").json()["control"] == "/_emulator"
"""

SEED = """
ccai-platform:
  - subdomain: seeded
    token: seeded-token
"""


@pytest.fixture(scope="module")
def external() -> Iterator[ServedEmulator]:
    """An emulator the inner suites reach only by its URL, as a CI service container would be."""
    served = ServedEmulator(Settings(rate_limit=False)).start()
    yield served
    served.stop()


def test_the_entry_point_names_the_plugin_module() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    module = import_module(project["project"]["entry-points"]["pytest11"]["switchboard"])
    assert callable(module.switchboard) and callable(module.switchboard_ccai)


def test_in_process_each_api_places_and_reads_a_call(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_calls=CALLS_PER_API, test_modes=MODES_AND_RESET, test_guide=WORKED_EXAMPLE)
    pytester.makefile(".yaml", seed=SEED)
    result = pytester.runpytest(*PLUGIN, "--switchboard-seed", "seed.yaml", "-p", "no:randomly")
    result.assert_outcomes(passed=13)


def test_against_an_external_emulator_by_option(pytester: pytest.Pytester, external: ServedEmulator) -> None:
    pytester.makepyfile(
        test_calls=CALLS_PER_API,
        test_external="""
def test_mode_and_a_trace(switchboard):
    assert switchboard.mode == "external"
    with switchboard.control() as control:
        control.post("/ccai-platform/customers", json={"subdomain": "trace", "token": "t"}).raise_for_status()
""",
    )
    result = pytester.runpytest(*PLUGIN, "--switchboard-url", external.url)
    result.assert_outcomes(passed=6)
    with httpx.Client(base_url=f"{external.url}/_emulator") as control:
        customers = control.get("/ccai-platform/customers").json()
    assert {"subdomain": "trace"} in customers  # the inner suite ran on that server


def test_against_an_external_emulator_by_environment(
    pytester: pytest.Pytester, external: ServedEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWITCHBOARD_URL", external.url)
    pytester.makepyfile(
        test_env=f"""
def test_mode(switchboard, switchboard_voxology):
    assert switchboard.mode == "external"
    assert switchboard.base_url("voxology") == "{external.url}/v1"
"""
    )
    pytester.runpytest(*PLUGIN).assert_outcomes(passed=1)


def test_an_unreachable_external_emulator_fails_the_test_with_its_url(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWITCHBOARD_URL", "http://127.0.0.1:9")
    pytester.makepyfile(test_down="def test_x(switchboard):\n    pass\n")
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*ConnectError*"])


def test_an_external_emulator_with_a_control_token(pytester: pytest.Pytester) -> None:
    guarded = ServedEmulator(Settings(rate_limit=False, control_token="s3cret")).start()
    try:
        pytester.makepyfile(
            test_guarded="def test_reset_and_advance(switchboard):\n    switchboard.advance(1)\n"
        )
        without = pytester.runpytest(*PLUGIN, "--switchboard-url", guarded.url)
        without.assert_outcomes(errors=1)
        without.stdout.fnmatch_lines(["*POST /_emulator/reset: 401*"])
        with_token = pytester.runpytest(
            *PLUGIN, "--switchboard-url", guarded.url, "--switchboard-control-token", "s3cret"
        )
        with_token.assert_outcomes(passed=1)
    finally:
        guarded.stop()
