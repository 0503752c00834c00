"""A state file holding N finished CCAI calls of the demo customer, written through the store directly
(one transaction), so that the bench measures the same mix with a large history in the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from emulator.app import create_app
from emulator.core.environment import Settings
from emulator.core.store import SQLiteStore

NAMESPACE = "ccai-platform/demo"
FIRST_ID = 50_000_000  # far above the ids the emulator hands out during the run


def finished_call(call_id: int, at: dt.datetime) -> dict[str, object]:
    """A finished outbound call shaped as the emulator keeps one (what a scan would have to parse)."""
    stamp = at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {
        "id": call_id,
        "lang": "en",
        "call_type": "Voice Outbound (API)",
        "status": "finished",
        "fail_reason": None,
        "agent": {"id": 1, "email": "admin@somedomain.com", "first_name": "Admin", "last_name": "UJET"},
        "end_user": {"id": call_id, "phone_number": "+18596579625"},
        "outbound_number": "+13392195276",
        "created_at": stamp,
        "queued_at": None,
        "assigned_at": stamp,
        "connected_at": stamp,
        "ended_at": stamp,
        "duration": 20,
        "x_agent_email": "admin@somedomain.com",
        "x_status_history": [
            {"status": s, "at": stamp} for s in ("assigned", "connecting", "connected", "finished")
        ],
    }


def seeded_store(path: Path, calls: int) -> Path:
    """`path`, a new state file: `calls` finished calls, then the demo tenants.

    The calls go in first, through the store's own `put` in one transaction and before any field of
    theirs is declared indexed, so that writing them costs one insert each; the emulator then declares
    its indexes and indexes them once, as it does for a state file written by an older version."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    store = SQLiteStore(path)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with store.transaction():
        for n in range(calls):
            call_id = FIRST_ID + n
            store.put(
                NAMESPACE, "call", str(call_id), finished_call(call_id, start + dt.timedelta(seconds=n))
            )
    store.close()
    create_app(Settings(db_path=path, rate_limit=False)).env.store.close()
    return path
