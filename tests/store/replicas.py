"""Emulator processes (`switchboard serve`) sharing one --db, as replicas behind a load balancer are."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "demo-api-key"  # Voxology's demo application
NUMBER = "+19495551212"  # the demo's number that sends SMS
FAR_END = "+13235550123"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Replica:
    """One `serve` process; its output goes to a file, read when it fails."""

    def __init__(self, db: str, *args: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {k: v for k, v in os.environ.items() if not k.startswith("SWITCHBOARD_")}
        command = [sys.executable, "-m", "emulator", "serve", "--db", db, "--port", str(self.port), *args]
        with log.open("w") as out:
            self.proc = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)}
            )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"exited {self.proc.returncode}: {self.log.read_text()}"
            try:
                if httpx.get(f"{self.url}/_emulator/clock", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise AssertionError(f"not serving: {self.log.read_text()}")

    def kill(self) -> None:
        """kill -9: no shutdown, no cleanup."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def api(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/v1", headers={"X-API-Key": API_KEY}, timeout=20)

    def control(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/_emulator", timeout=60)

    def advance(self, seconds: float) -> None:
        with self.control() as client:
            client.post("/clock", json={"advance_seconds": seconds}).raise_for_status()


def start_replicas(db: str, count: int, folder: Path, *args: str) -> list[Replica]:
    replicas = [Replica(db, *args, log=folder / f"replica-{n}.log") for n in range(count)]
    for replica in replicas:
        replica.wait_ready()
    return replicas


def send_sms(client: httpx.Client, webhook: str | None = None, **extra: Any) -> str:
    """POST /v1/Messages; the acknowledged message's id."""
    body: dict[str, Any] = {"api_no": NUMBER, "caller_no": FAR_END, "text_message": "hello", **extra}
    if webhook is not None:
        body["status_webhook"] = {"url": webhook}
    response = client.post("/Messages", json=body)
    assert response.status_code == 200, response.text
    message_id: str = response.json()["message_id"]
    return message_id
