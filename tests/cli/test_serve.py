"""`switchboard serve` as a user runs it: a process, its exit code and what it prints."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BANNER_END = "callbacks delivered to:"  # the banner's last line (without TLS)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWITCHBOARD_")}
    return {**env, "PYTHONPATH": str(ROOT), "COLUMNS": "200", **extra}


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "emulator", "serve", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=_env(**env), cwd=ROOT)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Serving:
    """A running `serve` whose stdout and stderr are collected line by line as they come."""

    def __init__(self, *args: str, **env: str) -> None:
        command = [sys.executable, "-m", "emulator", "serve", *args]
        self.proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(**env), cwd=ROOT
        )
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        for stream, lines in ((self.proc.stdout, self.stdout), (self.proc.stderr, self.stderr)):
            threading.Thread(
                target=lambda s=stream, out=lines: out.extend(iter(s.readline, "")), daemon=True
            ).start()

    def wait_for_banner(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while not any(BANNER_END in line for line in self.stdout):
            assert self.proc.poll() is None, f"exited {self.proc.returncode}: {''.join(self.stderr)}"
            assert time.monotonic() < deadline, "no banner"
            time.sleep(0.02)
        return "".join(self.stdout)

    def wait_for_stderr(self, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        while not self.stderr and time.monotonic() < deadline:
            time.sleep(0.02)
        return "".join(self.stderr)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


@pytest.fixture
def serving() -> Iterator[list[Serving]]:
    started: list[Serving] = []
    yield started
    for server in started:
        server.stop()


@pytest.mark.parametrize("port", ["80000", "0", "-1"])
def test_a_port_out_of_range_is_refused(port: str) -> None:
    result = _run("--port", port)
    assert result.returncode == 2
    assert "1<=x<=65535" in result.stderr


def test_a_port_in_use_is_one_line_and_no_banner() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--port", str(port))
    assert result.returncode == 2
    assert result.stdout == ""  # no "serving on" for a port that is not ours
    assert result.stderr.strip().splitlines() == [
        f"switchboard: port {port} on 127.0.0.1 is already in use: stop what serves it or pass another --port"
    ]


def _missing_folder(tmp: Path) -> Path:
    return tmp / "no-such-folder" / "state.db"


def _directory(tmp: Path) -> Path:
    return tmp


def _read_only(tmp: Path) -> Path:
    path = tmp / "state.db"
    path.write_bytes(b"")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return path


def _not_a_database(tmp: Path) -> Path:
    path = tmp / "notes.txt"
    path.write_text("these are notes, not an SQLite database\n" * 20)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_missing_folder, "does not exist"),
        (_directory, "is a directory"),
        (_read_only, "read-only"),
        (_not_a_database, "not an SQLite database"),
    ],
)
def test_a_bad_db_is_one_line_naming_the_path(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    path = make(tmp_path)
    result = _run("--db", str(path), "--port", str(_free_port()))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and reason in lines[0]
    assert result.stdout == ""


def test_the_banner_comes_once_the_port_listens_and_shows_the_options(serving: list[Serving]) -> None:
    port = _free_port()
    server = Serving(
        "--port",
        str(port),
        "--clock",
        "frozen",
        "--callback-host",
        "app",
        "--callback-host",
        "worker, db",
        SWITCHBOARD_CONTROL_TOKEN="tok",
    )
    serving.append(server)
    banner = server.wait_for_banner()
    # Printed once bound: a request made as soon as the banner shows is answered.
    url = f"http://127.0.0.1:{port}/_emulator/settings"
    assert httpx.get(url, timeout=10).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer tok"}, timeout=10).status_code == 200
    assert f"emulator on http://127.0.0.1:{port}" in banner
    assert "clock: frozen" in banner
    assert "callbacks delivered to: loopback, app, worker, db" in banner
    assert "(needs the bearer token)" in banner
    assert server.stderr == []  # loopback: no warning


def test_a_host_beyond_loopback_is_warned_about(serving: list[Serving]) -> None:
    port = _free_port()
    server = Serving("--host", "0.0.0.0", "--port", str(port), SWITCHBOARD_CALLBACK_HOSTS="app,worker")
    serving.append(server)
    banner = server.wait_for_banner()
    assert "clock: real time" in banner
    assert "callbacks delivered to: loopback, app, worker" in banner
    assert "Control API" in banner and "(open)" in banner
    warning = server.wait_for_stderr()
    assert warning.startswith("warning: --host 0.0.0.0 is not loopback")
    assert "--control-token" in warning and "SWITCHBOARD_CONTROL_TOKEN" in warning
