"""The emulator as its own process (`switchboard serve --db`), to be killed and started again on one file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
START_SECONDS = 60  # spec loading on a loaded 2-core machine can take a while
# Bytecode of the server's modules, kept outside the checkout: each start after the first skips
# compiling them again (seconds on a busy machine), even where the environment turns the cache off.
PYCACHE = Path(tempfile.gettempdir()) / "switchboard-robustness-pycache"


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def control(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/_emulator", timeout=10)

    def kill(self) -> None:
        """SIGKILL: no shutdown hook, no final commit; only what SQLite already has survives."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def start(db: Path) -> ServerProcess:
    """`switchboard serve` on a free loopback port with rate limits off, once it answers."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(3):  # another process may take the port between choosing and binding it
        port = free_port()
        log = db.parent / f"server-{port}.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from emulator.cli import main; main()",
                    "serve",
                    "--port",
                    str(port),
                    "--db",
                    str(db),
                    "--no-rate-limit",
                ],
                cwd=REPO,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        server = ServerProcess(process, f"http://127.0.0.1:{port}", log)
        if _wait_until_serving(server):
            return server
        server.kill()
    raise RuntimeError(f"the emulator did not start; see {log}: {log.read_text(errors='replace')[-2000:]}")


def _wait_until_serving(server: ServerProcess) -> bool:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            if httpx.get(f"{server.url}/", timeout=2).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    return False


@contextmanager
def running(db: Path) -> Iterator[ServerProcess]:
    server = start(db)
    try:
        yield server
    finally:
        server.stop()
