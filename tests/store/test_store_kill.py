"""A process killed in the middle of a transaction leaves nothing of it behind, and holds nothing; an
event it was firing is fired by another."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from emulator.core.clock import Clock
from emulator.core.store_factory import is_postgres_url, open_store
from emulator.core.timeline import Timeline

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


STUCK_FIRER = """
import asyncio, sys, time
from pathlib import Path
from emulator.core.clock import Clock
from emulator.core.store_factory import is_postgres_url, open_store
from emulator.core.timeline import Timeline
db = sys.argv[1]
store = open_store(None if is_postgres_url(db) else Path(db), db if is_postgres_url(db) else None)
timeline = Timeline(store, Clock(frozen=True))

def ring(event):
    store.put("ns", "call", "c1", {"rang": True})
    print("firing", flush=True)
    time.sleep(120)

timeline.on("call.ring", ring)
timeline.after(0, "call.ring", {"call": "c1"}, key="c1")
asyncio.run(timeline.fire_due())
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_event_whose_process_is_killed_while_firing_it_fires_once_elsewhere(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db = request.getfixturevalue("postgres_url") if backend == "postgres" else str(tmp_path / "state.db")
    firer = subprocess.Popen(
        [sys.executable, "-c", STUCK_FIRER, db], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert firer.stdout is not None and firer.stdout.readline().strip() == "firing"
    firer.kill()
    firer.wait(timeout=10)

    store = open_store(None if is_postgres_url(db) else Path(db), db if is_postgres_url(db) else None)
    assert store.get("ns", "call", "c1") is None  # the handler's write went with its process
    timeline = Timeline(store, Clock(frozen=True))
    fired: list[dict[str, object]] = []
    timeline.on("call.ring", lambda event: fired.append(event.payload))
    assert asyncio.run(timeline.fire_due()) == 1 and asyncio.run(timeline.fire_due()) == 0
    assert fired == [{"call": "c1"}]
    store.close()
