"""Stopping and recovering a call list, editing a waiting task, and the list's details as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json

import httpx

from ..conftest import LiveServer
from .vox import BASE, DEMO, control, error, new_app, ok

CSV = "phone_number;name\n12125550101;Ann\n12125550102;Ben\n"


def _list(emulator: LiveServer, max_simultaneous: int = 1) -> int:
    app_id = new_app(emulator, "campaigns")
    rule = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="out")["rule_id"]
    created = ok(
        emulator,
        "CreateCallList",
        rule_id=rule,
        priority=1,
        max_simultaneous=max_simultaneous,
        num_attempts=2,
        name="spring",
        file_content=CSV,
    )
    list_id: int = created["list_id"]
    return list_id


def _details(emulator: LiveServer, list_id: int) -> list[dict[str, object]]:
    result: list[dict[str, object]] = ok(emulator, "GetCallListDetails", list_id=list_id, output="json")[
        "result"
    ]
    return result


def test_a_stopped_list_dials_nobody_until_recovered(emulator: LiveServer) -> None:
    list_id = _list(emulator)  # one call at a time: Ann's is on, Ben waits
    stopped = ok(emulator, "StopCallListProcessing", list_id=list_id)
    assert stopped["result"] is True
    assert error(emulator, "StopCallListProcessing", list_id=list_id)["code"] == 422
    emulator.advance(120)  # Ann's call ends by itself; Ben is not dialled
    statuses = {d["custom_data"]: d["status"] for d in _details(emulator, list_id)}
    assert sorted(statuses.values()) == ["New", "Processed"]
    recovered = ok(emulator, "RecoverCallList", list_id=list_id)
    assert recovered == {"result": True, "count_recovery": 1}
    emulator.advance(120)
    assert [d["status"] for d in _details(emulator, list_id)] == ["Processed", "Processed"]
    assert error(emulator, "RecoverCallList", list_id=list_id)["code"] == 422


def test_editing_a_waiting_task(emulator: LiveServer) -> None:
    list_id = _list(emulator)
    ok(emulator, "StopCallListProcessing", list_id=list_id)
    waiting = next(d for d in _details(emulator, list_id) if d["status"] == "New")
    ok(
        emulator,
        "EditCallListTask",
        list_id=list_id,
        task_uuid=waiting["task_uuid"],
        custom_data=json.dumps({"phone_number": "12125550199", "name": "Bea"}),
        attempts_left=1,
    )
    [edited] = [d for d in _details(emulator, list_id) if d["task_id"] == waiting["task_id"]]
    assert json.loads(str(edited["custom_data"]))["name"] == "Bea" and edited["attempts_left"] == 1
    running = next(d for d in _details(emulator, list_id) if d["status"] != "New")
    assert error(emulator, "EditCallListTask", list_id=list_id, task_id=running["task_id"])["code"] == 422
    ok(emulator, "EditCallListTask", list_id=list_id, task_id=waiting["task_id"], attempts_left=0)
    [cancelled] = [d for d in _details(emulator, list_id) if d["task_id"] == waiting["task_id"]]
    assert cancelled["status"] == "Canceled" and cancelled["status_id"] == 4
    bad = error(
        emulator, "EditCallListTask", list_id=list_id, task_id=waiting["task_id"], min_execution_time="9am"
    )
    assert bad["code"] == 101


def test_details_as_csv(emulator: LiveServer) -> None:
    list_id = _list(emulator, max_simultaneous=2)
    response = httpx.post(f"{emulator.url}{BASE}/GetCallListDetails/", data={**DEMO, "list_id": list_id})
    assert response.headers["content-type"] == "application/octet-stream"
    rows = list(csv.DictReader(io.StringIO(response.text), delimiter=";"))
    assert [row["status"] for row in rows] == ["In progress", "In progress"]
    assert json.loads(rows[0]["custom_data"])["name"] == "Ann"
    missing = error(emulator, "GetCallListDetails", list_id=424242)
    assert missing["code"] == 251
