"""Calls play out by themselves on the emulator clock: the far end answers, talks and hangs up."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from ..conftest import LiveServer
from .ccai import (
    INCOMING,
    OUTBOUND,
    api,
    control,
    emulator_now,
    far_end,
    history,
    no_failures,
    parse,
    scheduled_body,
    stored,
)

END_USER = "18596579625"  # OUTBOUND's end_user_number, as the far-end model keys it
AGENT = "admin@somedomain.com"


def play_outbound(live: LiveServer) -> dict[str, Any]:
    far_end(live, END_USER, answer_after_s=3, talk_s=30)
    with api(live) as client:
        created = client.post("/calls", json=OUTBOUND)
    assert created.status_code == 201
    call_id = created.json()["id"]
    seen = [stored(live, call_id)["status"]]
    for _ in range(5):  # only the clock moves from here on
        live.advance(10)
        seen.append(stored(live, call_id)["status"])
    call = stored(live, call_id)
    call["x_seen_every_10s"] = seen
    return call


def test_an_outbound_call_plays_out_by_itself(emulator: LiveServer) -> None:
    call = play_outbound(emulator)
    assert history(call) == [("assigned", 0), ("connecting", 2), ("connected", 5), ("finished", 35)]
    assert call["x_seen_every_10s"] == [
        "assigned",
        "connected",
        "connected",
        "connected",
        "finished",
        "finished",
    ]
    created = parse(call["created_at"])
    assert parse(call["connected_at"]) - created == timedelta(seconds=5)
    assert parse(call["ends_at"]) - created == timedelta(seconds=35)
    assert call["call_duration"] == 30
    assert call["disconnected_by"] == "disconnected_by_end_user"
    agent, end_user = call["participants"]
    assert (agent["status"], agent["call_duration"]) == ("finished", 33)
    assert (end_user["status"], end_user["call_duration"]) == ("finished", 30)
    assert parse(end_user["ended_at"]) == parse(call["ends_at"])
    no_failures(emulator)


def test_the_same_scenario_in_frozen_time_gives_the_same_sequence(emulator: LiveServer) -> None:
    first = play_outbound(emulator)
    emulator.reset()
    second = play_outbound(emulator)
    assert history(first) == history(second)
    assert first["x_seen_every_10s"] == second["x_seen_every_10s"]
    assert (first["id"], first["call_duration"]) == (second["id"], second["call_duration"])


def test_an_agent_on_a_call_is_not_available_for_another(emulator: LiveServer) -> None:
    with api(emulator) as client:
        first = client.post("/calls", json=OUTBOUND)
        busy = client.post("/calls", json={**OUTBOUND, "end_user_number": "+1 415-555-0100"})
        assert (busy.status_code, busy.json()) == (
            400,
            {"message": "Agent is not available to take this call"},
        )
        emulator.advance(125)  # nobody hangs up by themselves: the agent wraps up after 120 s of talk
        assert stored(emulator, first.json()["id"])["status"] == "finished"
        again = client.post("/calls", json={**OUTBOUND, "end_user_number": "+1 415-555-0100"})
    assert again.status_code == 201
    assert stored(emulator, first.json()["id"])["disconnected_by"] == "disconnected_by_agent"


@pytest.mark.parametrize(
    ("rule", "statuses", "reason"),
    [
        ({"outcome": "busy", "answer_after_s": 4}, [("failed", 6)], "end_user_busy"),
        ({"outcome": "no_answer"}, [("failed", 32)], "end_user_no_answer"),
        ({"outcome": "rejected", "answer_after_s": 1}, [("failed", 3)], "end_user_rejected"),
        # A failed connection is retried once through another VOIP provider before the call fails.
        (
            {"outcome": "failed", "answer_after_s": 1},
            [("switching", 3), ("connecting", 4), ("failed", 5)],
            "end_user_failed",
        ),
        ({"outcome": "answered", "answer_after_s": 45}, [("failed", 32)], "end_user_no_answer"),
    ],
)
def test_an_end_user_who_does_not_answer_fails_the_call(
    emulator: LiveServer, rule: dict[str, Any], statuses: list[tuple[str, float]], reason: str
) -> None:
    far_end(emulator, END_USER, **rule)
    with api(emulator) as client:
        call_id = client.post("/calls", json=OUTBOUND).json()["id"]
    emulator.advance(60)
    call = stored(emulator, call_id)
    assert history(call) == [("assigned", 0), ("connecting", 2), *statuses]
    assert (call["fail_reason"], call["connected_at"], call["call_duration"]) == (reason, None, 0)
    assert call["fail_details"]
    assert [p["status"] for p in call["participants"]] == ["finished", "failed"]
    with api(emulator) as client:  # the agent is free again
        assert client.post("/calls", json=OUTBOUND).status_code == 201


def test_an_agent_who_does_not_pick_up_fails_the_call(emulator: LiveServer) -> None:
    far_end(emulator, AGENT, outcome="no_answer")
    with api(emulator) as client:
        call_id = client.post("/calls", json=OUTBOUND).json()["id"]
    emulator.advance(31)
    call = stored(emulator, call_id)
    assert history(call) == [("assigned", 0), ("failed", 30)]
    assert call["fail_reason"] == "agent_no_answer"


def test_an_incoming_call_waits_in_the_queue_for_a_free_agent(emulator: LiveServer) -> None:
    far_end(emulator, AGENT, talk_s=20)
    with api(emulator) as client:
        outbound = client.post("/calls", json=OUTBOUND).json()
        incoming = client.post("/calls", json=INCOMING).json()
    assert incoming["status"] == "queued"
    emulator.advance(10)
    assert stored(emulator, incoming["id"])["status"] == "queued"  # the only agent is on the other call
    emulator.advance(60)
    first, second = stored(emulator, outbound["id"]), stored(emulator, incoming["id"])
    assert history(first) == [("assigned", 0), ("connecting", 2), ("connected", 4), ("finished", 24)]
    assert history(second, since=first["created_at"]) == [
        ("queued", 0),
        ("assigned", 25),  # the queue selects the agent a second after they are free
        ("connecting", 27),
        ("connected", 29),
        ("finished", 49),
    ]
    assert second["agent_info"]["name"] == "Admin UJET"
    assert [p["type"] for p in second["participants"]] == ["end_user", "agent"]
    assert second["wait_duration"] == 29  # from queued to connected
    assert (second["call_duration"], second["disconnected_by"]) == (20, "disconnected_by_agent")
    no_failures(emulator)


def test_a_scheduled_call_fires_at_its_time_and_plays_out(emulator: LiveServer) -> None:
    far_end(emulator, "14155550100", talk_s=15)
    when = emulator_now(emulator) + timedelta(hours=1)
    with api(emulator) as client:
        created = client.post("/calls", json=scheduled_body(when))
    assert created.status_code == 201, created.text
    call_id = created.json()["id"]
    emulator.advance(3599)
    assert stored(emulator, call_id)["status"] == "scheduled"
    emulator.advance(30)
    call = stored(emulator, call_id)
    assert history(call, since=call["scheduled_at"]) == [
        ("scheduled", -3600),
        ("queued", 0),
        ("assigned", 1),
        ("connecting", 3),
        ("connected", 5),
        ("finished", 20),
    ]
    assert parse(call["queued_at"]) == when.replace(microsecond=when.microsecond // 1000 * 1000)
    assert call["call_duration"] == 15


def test_a_call_back_by_call_id_needs_no_menu_and_recovers_its_failed_parent(emulator: LiveServer) -> None:
    far_end(emulator, END_USER, outcome="busy")
    with api(emulator) as client:
        parent = client.post("/calls", json=OUTBOUND).json()
    emulator.advance(10)
    assert stored(emulator, parent["id"])["status"] == "failed"
    far_end(emulator, END_USER, talk_s=10)
    when = emulator_now(emulator) + timedelta(minutes=5)
    with api(emulator) as client:
        created = client.post(
            "/calls",
            json=scheduled_body(
                when, menu_id=None, call_id=parent["id"], end_user_number=OUTBOUND["end_user_number"]
            ),
        )
    assert created.status_code == 201, created.text
    child = created.json()
    assert (child["parent_id"], child["selected_menu"], child["status"]) == (parent["id"], None, "scheduled")
    emulator.advance(300 + 30)
    assert stored(emulator, child["id"])["status"] == "finished"
    assert stored(emulator, parent["id"])["status"] == "recovered"


def test_a_forced_rare_state_carries_on_by_itself(emulator: LiveServer) -> None:
    far_end(emulator, END_USER, talk_s=5)
    with api(emulator) as client:
        call_id = client.post("/calls", json=OUTBOUND).json()["id"]
    emulator.advance(2)
    forced = control(emulator, "POST", f"/calls/{call_id}/status", json={"status": "switching"})
    assert forced["status"] == "switching"
    emulator.advance(20)
    call = stored(emulator, call_id)
    assert history(call) == [
        ("assigned", 0),
        ("connecting", 2),
        ("switching", 2),
        ("connecting", 3),
        ("connected", 5),
        ("finished", 10),
    ]
    no_failures(emulator)


def test_forcing_a_queued_call_to_assigned_needs_a_free_agent(emulator: LiveServer) -> None:
    with api(emulator) as client:
        client.post("/calls", json=OUTBOUND)
        incoming = client.post("/calls", json=INCOMING).json()
    with emulator.control() as ctl:
        refused = ctl.post(
            f"/ccai-platform/customers/demo/calls/{incoming['id']}/status", json={"status": "assigned"}
        )
    assert refused.status_code == 409
    assert "no available agent" in refused.json()["error"]
    assert stored(emulator, incoming["id"])["status"] == "queued"
