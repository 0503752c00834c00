"""A process killed in the middle of a transaction leaves nothing of it behind, and holds nothing."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from emulator.core.store_factory import is_postgres_url, open_store

from .conftest import BACKENDS
from .replicas import ROOT

HALF_WRITER = """
import sys, time
from pathlib import Path
from emulator.core.store_factory import is_postgres_url, open_store
db = sys.argv[1]
store = open_store(None if is_postgres_url(db) else Path(db), db if is_postgres_url(db) else None)
store.index("call", "state")
with store.transaction():
    store.put("ns", "call", "half", {"state": "written"})
    store.next_id("ns", "call")
    store.add_event(1.0, "call.ring", "half", {})
    print("inside", flush=True)
    time.sleep(120)
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_process_killed_mid_transaction_leaves_no_half_written_state(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db = request.getfixturevalue("postgres_url") if backend == "postgres" else str(tmp_path / "state.db")
    writer = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITER, db], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "inside"
    writer.kill()  # SIGKILL, with its transaction open
    writer.wait(timeout=10)

    store = open_store(None if is_postgres_url(db) else Path(db), db if is_postgres_url(db) else None)
    store.index("call", "state")
    done = threading.Event()

    def write_after() -> None:
        with store.transaction():  # the dead process's lock is gone with it
            store.put("ns", "call", "after", {"state": "written"})
        done.set()

    threading.Thread(target=write_after, daemon=True).start()
    assert done.wait(timeout=15)
    assert store.get("ns", "call", "half") is None and store.events() == []
    assert [d["state"] for d in store.find("ns", "call", "state", "written")] == ["written"]
    assert store.next_id("ns", "call") == 1
    store.close()
