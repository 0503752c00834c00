"""`switchboard serve --workers N`: N processes on one port and one store."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .replicas import Replica, send_sms

CCAI_AUTH = ("demo", "demo-token")  # CCAI documents 1 request per second per customer


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _workers_with(parent: int, path: Path) -> list[int]:
    """The children of `parent` that have `path` open."""
    found = []
    for pid in _children(parent):
        try:
            if any(os.path.realpath(fd) == str(path) for fd in Path(f"/proc/{pid}/fd").iterdir()):
                found.append(pid)
        except OSError:  # it ended meanwhile
            continue
    return found


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[Replica, Path]]:
    db = tmp_path / "state.db"
    server = Replica(str(db), "--workers", "2", "--clock", "frozen", log=tmp_path / "serve.log")
    server.wait_ready()
    yield server, db
    server.stop()


def test_two_workers_serve_one_sqlite_file_with_shared_rate_limits(two_workers: tuple[Replica, Path]) -> None:
    server, db = two_workers
    deadline = time.monotonic() + 60  # the first worker may answer before the second has started
    while len(workers := _workers_with(server.proc.pid, db.resolve())) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2  # two processes, each with the state file open

    acknowledged: list[list[str]] = [[] for _ in range(6)]

    def write(n: int) -> None:
        for _ in range(5):
            with server.api() as client:  # a connection each: the workers take them in turn
                acknowledged[n].append(send_sms(client))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    sent = [m for ids in acknowledged for m in ids]
    assert len(set(sent)) == 30
    with server.api() as client:
        listed = {m["message_id"] for m in client.get("/Messages", params={"limit": 1000}).json()["messages"]}
    assert set(sent) <= listed

    # The frozen clock never refills the bucket: one request passes, whichever worker serves the rest.
    statuses: list[int] = []

    def wait_times() -> None:
        with httpx.Client(base_url=f"{server.url}/apps/api/v1", auth=CCAI_AUTH, timeout=20) as client:
            statuses.append(client.get("/wait_times", params={"lang": "en"}).status_code)

    threads = [threading.Thread(target=wait_times) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [200] + [429] * 7
