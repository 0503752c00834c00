"""pytest plugin: the Switchboard emulator as fixtures (registered through the `pytest11` entry point).

- `switchboard`: the emulator, reset to its demo state, rate limits off, the clock frozen, per test. In
  process with no port by default; on a loopback socket for tests marked
  `@pytest.mark.switchboard(server=True)` (or `tls=True` for HTTPS); at an external emulator when
  `--switchboard-url` or `SWITCHBOARD_URL` is given.
- `switchboard_ccai`, `switchboard_callgear`, `switchboard_kit`, `switchboard_voxology`,
  `switchboard_management`: the generated client of each API pointed at it, with the demo tenant's
  credentials (`switchboard.tenant(api_id).credentials`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ..core.environment import Settings
from .connection import EmulatorConnection
from .inprocess import InProcessEmulator
from .server import ServedEmulator

URL_ENV = "SWITCHBOARD_URL"
SEED_ENV = "SWITCHBOARD_SEED"
CONTROL_TOKEN_ENV = "SWITCHBOARD_CONTROL_TOKEN"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("switchboard", "Switchboard emulator")
    group.addoption(
        "--switchboard-url",
        default=None,
        help=f"run against the emulator at this URL instead of one in process (or set {URL_ENV})",
    )
    group.addoption(
        "--switchboard-seed",
        default=None,
        help=f"seed file (YAML or JSON) applied after each reset, besides the demo tenants (or {SEED_ENV})",
    )
    group.addoption(
        "--switchboard-control-token",
        default=None,
        help=f"bearer token of an external emulator's control API, if it has one (or {CONTROL_TOKEN_ENV})",
    )
    parser.addini("switchboard_seed", "seed file applied after each reset, besides the demo tenants")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "switchboard(server=False, tls=False): "
        "serve this test's emulator on a loopback socket (HTTPS with tls)",
    )


class _Emulators:
    """The session's emulators, each started the first time a test needs it."""

    def __init__(self, config: pytest.Config, tls_dir: Callable[[], Path]) -> None:
        option = config.getoption("--switchboard-url")
        self.external_url: str | None = option or os.environ.get(URL_ENV) or None
        token = config.getoption("--switchboard-control-token")
        self.control_token: str | None = token or os.environ.get(CONTROL_TOKEN_ENV) or None
        self._tls_dir = tls_dir
        self._in_process: InProcessEmulator | None = None
        self._served: dict[bool, ServedEmulator] = {}
        self._connections: dict[tuple[bool, bool], EmulatorConnection] = {}

    def connect(self, *, server: bool, tls: bool) -> EmulatorConnection:
        """The connection to the emulator of this mode, made once per session (its pool kept)."""
        mode = (server or tls, tls)
        if mode not in self._connections:
            self._connections[mode] = self._connect(server=server, tls=tls)
        return self._connections[mode]

    def _connect(self, *, server: bool, tls: bool) -> EmulatorConnection:
        if self.external_url:
            return EmulatorConnection(self.external_url, mode="external", control_token=self.control_token)
        if server or tls:
            served = self._served.get(tls)
            if served is None:
                settings = Settings(rate_limit=False)
                served = ServedEmulator(settings, tls_dir=self._tls_dir() if tls else None).start()
                self._served[tls] = served
            return EmulatorConnection(served.url, mode="server", verify=served.verify())
        if self._in_process is None:
            self._in_process = InProcessEmulator(Settings(rate_limit=False)).start()
        emulator = self._in_process
        return EmulatorConnection(emulator.url, mode="in-process", transport=emulator.transport)

    def stop(self) -> None:
        for connection in self._connections.values():
            connection.close()
        if self._in_process is not None:
            self._in_process.stop()
        for served in self._served.values():
            served.stop()


@pytest.fixture(scope="session")
def _switchboard_emulators(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[_Emulators]:
    emulators = _Emulators(request.config, lambda: tmp_path_factory.mktemp("switchboard-tls"))
    yield emulators
    emulators.stop()


def _seed_file(config: pytest.Config) -> str | None:
    found = (
        config.getoption("--switchboard-seed")
        or os.environ.get(SEED_ENV)
        or config.getini("switchboard_seed")
    )
    if not found:
        return None
    path = Path(str(found))
    return str(path if path.is_absolute() else config.rootpath / path)


@pytest.fixture
def switchboard(request: pytest.FixtureRequest, _switchboard_emulators: _Emulators) -> EmulatorConnection:
    """The emulator, reset for this test: demo tenants (plus the seed file), rate limits off, clock frozen."""
    marker = request.node.get_closest_marker("switchboard")
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    connection = _switchboard_emulators.connect(
        server=bool(options.get("server", False)), tls=bool(options.get("tls", False))
    )
    connection.reset()
    seed = _seed_file(request.config)
    if seed:
        connection.seed(seed)
    return connection


def _client_fixture(api_id: str, doc: str) -> Any:
    def fixture(switchboard: EmulatorConnection) -> Iterator[Any]:
        client = switchboard.client(api_id)
        yield client
        httpx_client = getattr(client, "_client", None)  # made on first use: close it if it was
        if httpx_client is not None:
            httpx_client.close()

    fixture.__doc__ = doc
    return pytest.fixture(fixture)


switchboard_ccai = _client_fixture("ccai-platform", "ccai_platform_client.AuthenticatedClient (demo)")
switchboard_callgear = _client_fixture("callgear-call-api", "callgear_call_api_client.Client (demo)")
switchboard_kit = _client_fixture("voximplant-kit", "voximplant_kit_client.AuthenticatedClient (demo)")
switchboard_voxology = _client_fixture("voxology", "voxology_client.AuthenticatedClient (demo)")
switchboard_management = _client_fixture(
    "voximplant-management", "voximplant_management_client.AuthenticatedClient (demo)"
)
