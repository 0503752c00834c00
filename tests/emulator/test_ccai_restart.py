"""With --db a scheduled call that is under way when the emulator stops carries on after the restart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from emulator.core.environment import Settings

from ..conftest import start_server, stop_server
from .ccai import api, emulator_now, far_end, history, no_failures, scheduled_body, stored


def test_a_scheduled_call_resumes_after_a_restart(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "switchboard.db", rate_limit=False, frozen_clock=True)
    first = start_server(settings)
    try:
        far_end(first, "14155550100", talk_s=15)
        when = emulator_now(first) + timedelta(minutes=10)
        with api(first) as client:
            created = client.post("/calls", json=scheduled_body(when))
        assert created.status_code == 201, created.text
        call_id = created.json()["id"]
        first.advance(300)
        stopped_at = emulator_now(first)
        assert stored(first, call_id)["status"] == "scheduled"
    finally:
        stop_server(first)
    second = start_server(settings)
    try:
        assert abs((emulator_now(second) - stopped_at).total_seconds()) < 1  # the clock resumes too
        second.advance(299)
        assert stored(second, call_id)["status"] == "scheduled"
        second.advance(4)
        mid_call = stored(second, call_id)["status"]
        second.advance(30)
        call = stored(second, call_id)
        no_failures(second)
    finally:
        stop_server(second)
    assert mid_call == "connecting"
    assert history(call, since=call["scheduled_at"]) == [
        ("scheduled", -600),
        ("queued", 0),
        ("assigned", 1),
        ("connecting", 3),
        ("connected", 5),
        ("finished", 20),
    ]
