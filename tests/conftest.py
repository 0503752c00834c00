"""Shared fixtures: the emulator on a real socket, and a clean state per test."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from emulator.app import Switchboard, create_app
from emulator.core.environment import Settings

from .customer_server import customer_server  # noqa: F401 - a fixture for the tests of every vendor that calls back


@dataclass
class LiveServer:
    url: str
    app: Switchboard
    thread: threading.Thread
    server: uvicorn.Server

    def control(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/_emulator", timeout=10)

    def reset(self, *, rate_limit: bool = False) -> None:
        with self.control() as control:
            control.post("/reset").raise_for_status()
            control.patch("/settings", json={"rate_limit": rate_limit}).raise_for_status()


def start_server(settings: Settings) -> LiveServer:
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start within 10 s")
        time.sleep(0.01)
    return LiveServer(url=f"http://127.0.0.1:{port}", app=app, thread=thread, server=server)


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
