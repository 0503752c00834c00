"""The command line: --version, seed validate, and serve configured by SWITCHBOARD_* variables with a seed
file, a log level and an access log."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import httpx
from typer.testing import CliRunner

from emulator.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEED = "ccai-platform:\n  - subdomain: acme\n    token: acme-token\n"
runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"switchboard {version('switchboard')}\n"


def test_seed_validate_accepts_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text(SEED, encoding="utf-8")
    result = runner.invoke(cli, ["seed", "validate", str(path)])
    assert result.exit_code == 0
    assert result.output == f"{path}: valid (1 tenant, 0 far-end rules)\n"


def test_seed_validate_names_each_problem_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text("voxology:\n  - account_id: a\n    balance: lots\n", encoding="utf-8")
    result = runner.invoke(cli, ["seed", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: voxology[0]: 'username' is a required property" in result.stderr
    assert f"{path}:3: voxology[0].balance: 'lots' is not of type 'number'" in result.stderr


def test_serve_refuses_a_bad_seed_file_before_it_listens(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text("ccai-platform:\n  - subdomain: acme\n", encoding="utf-8")
    result = runner.invoke(cli, ["serve", "--port", "1", "--seed", str(path)])
    assert result.exit_code == 2
    assert (
        result.stderr == f"switchboard: --seed {path}:2: ccai-platform[0]: 'token' is a required property\n"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_from_environment_variables_with_a_seed_and_an_access_log(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text(SEED, encoding="utf-8")
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SWITCHBOARD_PORT": str(port),
        "SWITCHBOARD_SEED": str(seed),
        "SWITCHBOARD_RATE_LIMIT": "false",
        "SWITCHBOARD_ACCESS_LOG": "true",
    }
    launcher = "from emulator.cli import main; main()"
    server = subprocess.Popen(
        [sys.executable, "-c", launcher, "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/apps/api/v1/wait_times",
                    params={"lang": "en"},
                    auth=("acme", "acme-token"),
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None, "the emulator did not start"
                time.sleep(0.05)
        assert answer.status_code == 200  # the seeded customer, on the port of SWITCHBOARD_PORT
    finally:
        server.send_signal(signal.SIGINT)
        out, _ = server.communicate(timeout=30)
    assert f"seed: {seed} applied" in out.decode()
    assert "rate limits off" in out.decode()
    # uvicorn's access log (on stdout), at the default --log-level warning too
    assert '"GET /apps/api/v1/wait_times?lang=en HTTP/1.1" 200' in out.decode()
