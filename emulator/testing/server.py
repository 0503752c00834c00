"""The emulator on a real socket: uvicorn in a thread on a free loopback port (HTTP or HTTPS).

For what needs a socket: callbacks to a server of the test's own, an official vendor client, TLS.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from pathlib import Path

import uvicorn

from ..app import Switchboard, create_app
from ..core.environment import Settings
from ..tls import TlsFiles, make_test_certificate


class ServedEmulator:
    def __init__(self, settings: Settings | None = None, *, tls_dir: Path | None = None) -> None:
        self.app: Switchboard = create_app(settings or Settings(rate_limit=False))
        self.tls: TlsFiles | None = (
            make_test_certificate(tls_dir, ["127.0.0.1", "localhost"]) if tls_dir is not None else None
        )
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        scheme = "https" if self.tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="on",
            ssl_certfile=str(self.tls.cert) if self.tls else None,
            ssl_keyfile=str(self.tls.key) if self.tls else None,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, name="switchboard-server", daemon=True
        )

    def start(self, timeout_s: float = 10.0) -> ServedEmulator:
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"the emulator did not start within {timeout_s} s")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    def verify(self) -> ssl.SSLContext | bool:
        """What an httpx client needs to trust this server (its test CA when it serves HTTPS)."""
        if self.tls is not None and self.tls.ca is not None:
            return ssl.create_default_context(cafile=str(self.tls.ca))
        return True
