"""Shared fixtures: the emulator on a real socket, and a clean state per test."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from emulator.app import Switchboard, create_app
from emulator.core.environment import Settings
from emulator.tls import TlsFiles, make_test_certificate

from .customer_server import customer_server  # noqa: F401 - a fixture for the tests of every vendor that calls back


@dataclass
class LiveServer:
    url: str
    app: Switchboard
    thread: threading.Thread
    server: uvicorn.Server
    tls: TlsFiles | None = None

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def control(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/_emulator", timeout=10, verify=self.verify())

    def verify(self) -> ssl.SSLContext | bool:
        """What an httpx client needs to trust this server (its test CA when it serves HTTPS)."""
        if self.tls is not None and self.tls.ca is not None:
            return ssl.create_default_context(cafile=str(self.tls.ca))
        return True

    def reset(self, *, rate_limit: bool = False, clock: str = "frozen") -> None:
        """Back to the demo state; the clock frozen by default, so that time only moves when a test
        advances it and every event fires when the test says."""
        with self.control() as control:
            control.post("/reset").raise_for_status()
            control.patch("/settings", json={"rate_limit": rate_limit, "clock": clock}).raise_for_status()

    def advance(self, seconds: float) -> dict[str, object]:
        """Advance the emulator clock, firing every event due on the way; the clock's state after."""
        with self.control() as control:
            response = control.post("/clock", json={"advance_seconds": seconds})
            response.raise_for_status()
            state: dict[str, object] = response.json()
            return state


def start_server(settings: Settings, tls: TlsFiles | None = None) -> LiveServer:
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        ssl_certfile=str(tls.cert) if tls else None,
        ssl_keyfile=str(tls.key) if tls else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start within 10 s")
        time.sleep(0.01)
    scheme = "https" if tls else "http"
    return LiveServer(url=f"{scheme}://127.0.0.1:{port}", app=app, thread=thread, server=server, tls=tls)


def stop_server(live: LiveServer) -> None:
    live.server.should_exit = True
    live.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    live = start_server(Settings(rate_limit=False))
    yield live
    stop_server(live)


@pytest.fixture
def emulator(live_server: LiveServer) -> LiveServer:
    """The shared live emulator, reset to its demo state with rate limiting off."""
    live_server.reset()
    return live_server


@pytest.fixture(scope="session")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The emulator over HTTPS on loopback, with a certificate from a throwaway test CA (`tls.ca`)."""
    files = make_test_certificate(tmp_path_factory.mktemp("tls"), ["127.0.0.1", "localhost"])
    live = start_server(Settings(rate_limit=False), tls=files)
    yield live
    stop_server(live)
