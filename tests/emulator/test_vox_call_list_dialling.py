"""Call lists dial themselves on the emulator clock: the far-end model answers each task's number, the
list keeps to max_simultaneous, retries failed attempts after interval_seconds, waits for start times,
records every attempt in the call history, stops on cancellation and resumes after a restart."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server
from .vox import control, new_app, ok, post

NUMBERS = [f"1212555{n:04d}" for n in range(200, 206)]
PERIOD = {"from_date": "2000-01-01 00:00:00", "to_date": "2100-01-01 00:00:00"}


def _csv(numbers: list[str], extra: str = "") -> str:
    header = "phone_number;name;__task_uuid" + (";__start_at" if extra else "")
    rows = [f"{n};Client {i};t-{i}" + (f";{extra}" if extra else "") for i, n in enumerate(numbers)]
    return "\n".join([header, *rows]) + "\n"


def _far_end(emulator: LiveServer, party: str, **rule: Any) -> None:
    with emulator.control() as client:
        client.put(f"/farend/voximplant-management/1/{party}", json=rule).raise_for_status()


def _create(emulator: LiveServer, csv: str, **fields: Any) -> int:
    app_id = new_app(emulator, "dialer")
    rule = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="campaign")
    settings = {"priority": 1, "max_simultaneous": 2, "num_attempts": 2, "interval_seconds": 60, **fields}
    created = ok(
        emulator, "CreateCallList", rule_id=rule["rule_id"], name="spring", file_content=csv, **settings
    )
    list_id: int = created["list_id"]
    return list_id


def _tasks(emulator: LiveServer, list_id: int) -> dict[str, Any]:
    state: dict[str, Any] = control(emulator, "GET", f"/accounts/1/call-lists/{list_id}/tasks")
    return state


def _statuses(state: dict[str, Any]) -> list[str]:
    return [t["status"] for t in state["tasks"]]


def _run(
    emulator: LiveServer, list_id: int, seconds: int, step: int = 1, start: int = 0
) -> list[tuple[int, list[str]]]:
    """Advance step by step: the task statuses seen at each step (seconds since `start`), checking the
    list's limit of 2 simultaneous calls at every one."""
    seen = []
    for second in range(start, start + seconds, step):
        emulator.advance(step)
        state = _tasks(emulator, list_id)
        in_progress = _statuses(state).count("In progress")
        assert in_progress == state["in_progress"] <= 2, (second, state)
        seen.append((second + step, _statuses(state)))
    return seen


def _failures(emulator: LiveServer) -> list[str]:
    with emulator.control() as client:
        failures: list[str] = client.get("/timeline").json()["failures"]
    return failures


def test_a_call_list_dials_itself_within_its_limits(emulator: LiveServer) -> None:
    busy = NUMBERS[1]
    _far_end(emulator, "default", outcome="answered", answer_after_s=3, talk_s=10)
    _far_end(emulator, busy, outcome="busy", answer_after_s=2)
    list_id = _create(emulator, _csv(NUMBERS[:4]))
    # Dialling starts with the request: two calls at once, the others wait.
    assert _statuses(_tasks(emulator, list_id)) == ["In progress", "In progress", "New", "New"]
    at = dict(_run(emulator, list_id, 30))
    emulator.advance(30)
    at.update(_run(emulator, list_id, 6, start=60))
    # The busy number fails after 2 s, freeing its slot for the third task.
    assert at[2] == ["In progress", "New", "In progress", "New"]
    # The first call answers at 3 s and the scenario ends it 10 s later: the fourth task gets its slot.
    assert at[13] == ["Processed", "New", "In progress", "In progress"]
    # The busy number is retried once interval_seconds (60) have passed after its failed attempt ...
    assert at[61] == ["Processed", "New", "Processed", "Processed"]
    assert at[62] == ["Processed", "In progress", "Processed", "Processed"]
    # ... and after its second (last) attempt the task is in error and the list complete.
    assert at[64] == ["Processed", "Error", "Processed", "Processed"]
    state = _tasks(emulator, list_id)
    failed = state["tasks"][1]
    assert [a["outcome"] for a in failed["attempts"]] == ["busy", "busy"]
    assert failed["attempts_made"] == 2 and failed["attempts_left"] == 0
    assert state["tasks"][0]["result_data"] == '{"result":"answered","duration":10}'
    [listed] = ok(emulator, "GetCallLists", list_id=list_id)["result"]
    assert listed["status"] == "Completed" and listed["dt_complete"]
    history = ok(emulator, "GetCallHistory", with_calls=True, **PERIOD)
    assert history["total_count"] == 5  # 4 tasks, one of them twice
    calls = [s["calls"][0] for s in history["result"]]
    assert [c["remote_number"] for c in calls].count(busy) == 2
    assert {c["remote_number"]: c["successful"] for c in calls} == {
        NUMBERS[0]: True,
        busy: False,
        NUMBERS[2]: True,
        NUMBERS[3]: True,
    }
    busy_call = next(c for c in calls if c["remote_number"] == busy)
    assert busy_call["end_reason"] == {"code": 486, "description": "Busy Here"}
    assert next(c for c in calls if c["remote_number"] == NUMBERS[0])["duration"] == 10
    assert all(s["rule_name"] == "campaign" for s in history["result"])
    assert _failures(emulator) == []


def test_the_same_run_twice_gives_the_same_sequence(emulator: LiveServer) -> None:
    def one_run() -> tuple[list[tuple[int, list[str]]], list[tuple[str, int, bool]]]:
        _far_end(emulator, "default", outcome="answered", answer_after_s=2, talk_s=5)
        _far_end(emulator, NUMBERS[2], outcome="no_answer")
        _far_end(emulator, NUMBERS[4], outcome="failed", answer_after_s=1)
        list_id = _create(emulator, _csv(NUMBERS), interval_seconds=20, num_attempts=3)
        seen = _run(emulator, list_id, 150, step=6)
        sessions = ok(emulator, "GetCallHistory", with_calls=True, **PERIOD)["result"]
        calls = [
            (s["calls"][0]["remote_number"], s["duration"], s["calls"][0]["successful"]) for s in sessions
        ]
        return seen, calls

    first = one_run()
    emulator.reset()
    assert one_run() == first
    seen, calls = first
    assert seen[-1][1] == ["Processed", "Processed", "Error", "Processed", "Error", "Processed"]
    assert len(calls) == 4 + 3 + 3  # the unanswered and the failing number used all three attempts
    assert (NUMBERS[2], 30, False) in calls and (NUMBERS[0], 7, True) in calls


def test_cancelling_mid_run_stops_the_waiting_tasks(emulator: LiveServer) -> None:
    _far_end(emulator, "default", outcome="answered", answer_after_s=2, talk_s=20)
    list_id = _create(emulator, _csv(NUMBERS[:4]), max_simultaneous=1)
    emulator.advance(5)
    batch = _tasks(emulator, list_id)["tasks"][0]["batch_id"]
    assert _statuses(_tasks(emulator, list_id)) == ["In progress", "New", "New", "New"]
    ok(emulator, "CancelCallListBatch", list_id=list_id, batch_ids=batch)
    # The call already on goes on to its end; nothing else is dialled.
    assert _statuses(_tasks(emulator, list_id)) == ["Canceled"] * 4
    emulator.advance(120)
    state = _tasks(emulator, list_id)
    assert state["in_progress"] == 0 and [len(t["attempts"]) for t in state["tasks"]] == [1, 0, 0, 0]
    assert ok(emulator, "GetCallHistory", **PERIOD)["total_count"] == 1
    [listed] = ok(emulator, "GetCallLists", list_id=list_id)["result"]
    assert listed["status"] == "Canceled"


def test_a_start_time_in_the_future_waits(emulator: LiveServer) -> None:
    with emulator.control() as client:
        now = client.get("/clock").json()["time"]
    _far_end(emulator, "default", outcome="answered", answer_after_s=1, talk_s=2)
    list_id = _create(emulator, _csv(NUMBERS[:2], extra=str(int(now) + 600)))
    assert _statuses(_tasks(emulator, list_id)) == ["New", "New"]
    emulator.advance(590)
    assert _statuses(_tasks(emulator, list_id)) == ["New", "New"]
    assert ok(emulator, "GetCallHistory", **PERIOD)["total_count"] == 0
    emulator.advance(20)
    assert _statuses(_tasks(emulator, list_id)) == ["Processed", "Processed"]


def test_a_daily_window_holds_a_task_until_it_opens(emulator: LiveServer) -> None:
    with emulator.control() as client:
        now = client.get("/clock").json()["time"]

    def time_of_day(moment: float) -> str:
        return datetime.fromtimestamp(moment, tz=UTC).strftime("%H:%M:%S")

    _far_end(emulator, "default", outcome="answered", answer_after_s=1, talk_s=2)
    window = f"{time_of_day(now + 600)};{time_of_day(now + 4200)}"
    csv = f"phone_number;__start_execution_time;__end_execution_time\n{NUMBERS[0]};{window}\n"
    list_id = _create(emulator, csv)
    emulator.advance(595)
    assert _statuses(_tasks(emulator, list_id)) == ["New"]
    emulator.advance(6)  # the window opened within the last 2 s (its start is a whole second)
    assert _statuses(_tasks(emulator, list_id)) == ["In progress"]
    emulator.advance(5)
    assert _statuses(_tasks(emulator, list_id)) == ["Processed"]


def test_a_list_start_at_holds_the_dialling(emulator: LiveServer) -> None:
    with emulator.control() as client:
        now = client.get("/clock").json()["time"]
    _far_end(emulator, "default", outcome="answered", answer_after_s=1, talk_s=2)
    list_id = _create(emulator, _csv(NUMBERS[:1]), max_simultaneous=1)
    # Paused by a start time an hour away (EditCallList start_at): the next task waits for it.
    later = datetime.fromtimestamp(now + 3600, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")
    ok(emulator, "EditCallList", list_id=list_id, start_at=later)
    ok(emulator, "AppendToCallList", list_id=list_id, file_content=f"phone_number\n{NUMBERS[1]}\n")
    emulator.advance(60)
    assert _statuses(_tasks(emulator, list_id)) == ["Processed", "New"]
    emulator.advance(3600)
    assert _statuses(_tasks(emulator, list_id)) == ["Processed", "Processed"]


def test_a_restart_with_a_database_resumes_the_list(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "state.db", rate_limit=False, frozen_clock=True)
    first = start_server(settings)
    try:
        _far_end(first, "default", outcome="answered", answer_after_s=2, talk_s=10)
        list_id = _create(first, _csv(NUMBERS[:4]))
        first.advance(5)
        assert _statuses(_tasks(first, list_id)) == ["In progress", "In progress", "New", "New"]
    finally:
        stop_server(first)
    second = start_server(settings)
    try:
        with second.control() as client:
            client.patch("/settings", json={"clock": "frozen"}).raise_for_status()
        assert _statuses(_tasks(second, list_id)) == ["In progress", "In progress", "New", "New"]
        second.advance(10)
        assert _statuses(_tasks(second, list_id)) == ["Processed", "Processed", "In progress", "In progress"]
        second.advance(15)
        assert _statuses(_tasks(second, list_id)) == ["Processed"] * 4
        assert ok(second, "GetCallHistory", **PERIOD)["total_count"] == 4
    finally:
        stop_server(second)


def test_connected_calls_are_charged_and_a_low_balance_stops_the_list(emulator: LiveServer) -> None:
    control(emulator, "POST", "/accounts", account_id=2, api_key="key-2", balance=1.015)
    auth = {"account_id": "2", "api_key": "key-2"}
    with emulator.control() as client:
        rule = {"outcome": "answered", "answer_after_s": 1, "talk_s": 10}
        client.put("/farend/voximplant-management/2/default", json=rule).raise_for_status()
    app_id = post(emulator, "AddApplication", auth=auth, application_name="billing")["application_id"]
    rule_id = control(emulator, "POST", "/accounts/2/rules", application_id=app_id, rule_name="r")["rule_id"]
    created = post(
        emulator,
        "CreateCallList",
        auth=auth,
        rule_id=rule_id,
        name="tight",
        priority=1,
        max_simultaneous=1,
        num_attempts=1,
        file_content=_csv(NUMBERS[:3]),
    )
    list_id = created["list_id"]
    emulator.advance(60)
    # Each connected call costs 0.01: after the second the balance is below 1 USD and the list stops.
    state = control(emulator, "GET", f"/accounts/2/call-lists/{list_id}/tasks")
    assert (state["status"], _statuses(state)) == ("Canceled", ["Processed", "Processed", "New"])
    assert post(emulator, "GetAccountInfo", auth=auth)["result"]["balance"] == 0.995
    charges = post(emulator, "GetTransactionHistory", auth=auth, **PERIOD)["result"]
    assert [c["amount"] for c in charges] == [-0.01, -0.01]
    history = post(emulator, "GetCallHistory", auth=auth, with_calls=True, **PERIOD)["result"]
    assert [s["calls"][0]["transaction_id"] for s in history] == [c["transaction_id"] for c in charges]


def test_fewer_attempts_edited_in_end_a_waiting_retry(emulator: LiveServer) -> None:
    _far_end(emulator, "default", outcome="busy", answer_after_s=1)
    list_id = _create(emulator, _csv(NUMBERS[:1]), num_attempts=3, interval_seconds=30)
    emulator.advance(5)
    [task] = _tasks(emulator, list_id)["tasks"]
    assert (task["status"], task["attempts_made"], task["attempts_left"]) == ("New", 1, 2)
    ok(emulator, "EditCallList", list_id=list_id, num_attempts=1)
    emulator.advance(60)
    [task] = _tasks(emulator, list_id)["tasks"]
    assert (task["status"], len(task["attempts"])) == ("Error", 1)
    assert ok(emulator, "GetCallLists", list_id=list_id)["result"][0]["status"] == "Completed"
