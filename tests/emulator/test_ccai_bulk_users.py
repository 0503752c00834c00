"""A bulk-user job moves upload → scheme check → proceed → finished, reporting bad rows."""

from __future__ import annotations

import json
from typing import Any

from ..conftest import LiveServer
from .ccai import api, control

GOOD_ROWS = [
    {
        "email": "jane@somedomain.com",
        "first_name": "Jane",
        "last_name": "Doe",
        "status": "Active",
        "location": "mexico",
        "roles": [{"name": "Agent", "value": 1}],
        "teams": [{"name": "test team_1", "value": 1}],
    },
    {
        "email": "john@somedomain.com",
        "first_name": "John",
        "last_name": "Doe",
        "max_chat_limit": "2",
        "roles": [{"name": "Astronaut", "value": 1}],
    },
]


def _upload(client: Any, rows: Any, method: str = "POST", job_id: int | None = None) -> Any:
    files = {"file": ("users.json", json.dumps(rows).encode(), "application/json")}
    data = {"id": str(job_id)} if job_id is not None else None
    return client.request(method, "/bulk/users/upload", files=files, data=data)


def _proceed(client: Any, job_id: int) -> Any:
    # The documentation sends form-data (multipart), even for this one plain field.
    return client.post("/bulk/users/proceed", files={"id": (None, str(job_id))})


def _advance(emulator: LiveServer, seconds: float) -> None:
    with emulator.control() as ctl:
        ctl.post("/clock", json={"advance_seconds": seconds}).raise_for_status()


def test_job_lifecycle_with_a_slow_worker(emulator: LiveServer) -> None:
    control(emulator, "PATCH", "/settings", json={"bulk_job_delay_seconds": 60})
    with api(emulator) as client:
        created = _upload(client, GOOD_ROWS)
        assert created.status_code == 200
        job_id = created.json()["id"]
        assert created.json() == {
            "id": job_id,
            "status": "created",
            "link": f"{emulator.url}/apps/api/v1/bulk/users/jobs/{job_id}",
        }
        early = _proceed(client, job_id)
        assert (early.status_code, early.json()) == (
            400,
            {"message": "This job cannot proceed update. status: created"},
        )
        _advance(emulator, 61)
        checked = client.get(f"/bulk/users/jobs/{job_id}").json()
        assert (checked["status"], checked["total_rows"]) == ("valid_scheme", 2)
        proceed = _proceed(client, job_id)
        assert (
            proceed.json()["status"] == "valid_scheme"
        )  # the documentation answers with the status it proceeded from
        running = client.get(f"/bulk/users/jobs/{job_id}").json()
        assert running["status"] == "in_progress" and running["process_requested_at"] is not None
        again = _proceed(client, job_id)
        assert again.json() == {"message": "Update is already in progress."}
        _advance(emulator, 61)
        done = client.get(f"/bulk/users/jobs/{job_id}").json()
        update_errors = client.get(f"/bulk/users/errors/update/{job_id}").json()
        replaced = _upload(client, GOOD_ROWS, "PUT", job_id)
        listing = client.get("/bulk/users/jobs").json()
    assert (done["status"], done["affected_rows"], done["failed_rows"]) == ("finished", 2, 0)
    assert update_errors == [
        {
            "message": "role 'Astronaut' does not exist and was ignored",
            "column": None,
            "row": 2,
            "error_type": "warning",
        }
    ]
    assert done["update_errors"] == ["role 'Astronaut' does not exist and was ignored"]
    assert (replaced.status_code, replaced.json()) == (
        404,
        {"message": "Can't update JSON. job status: finished"},
    )
    assert [j["id"] for j in listing] == [job_id]
    users = {u["email"]: u for u in control(emulator, "GET", "/users")}
    assert users["jane@somedomain.com"]["roles"] == ["Agent"]
    assert users["jane@somedomain.com"]["teams"] == ["test team_1"]


def test_scheme_errors_are_reported_per_row_and_block_proceed(emulator: LiveServer) -> None:
    rows = [
        {"email": "not-an-email", "first_name": "A", "last_name": "B"},
        {"email": "a@somedomain.com", "first_name": "", "last_name": "B", "status": "Sleeping"},
        {
            "email": "a@somedomain.com",
            "first_name": "A",
            "last_name": "B",
            "location": "Atlantis",
            "max_chat_limit": "99",
            "max_chat_limit_enabled": "yes",
        },
    ]
    with api(emulator) as client:
        job_id = _upload(client, rows).json()["id"]
        unchecked = client.get(f"/bulk/users/jobs/{job_id}").json()
        _advance(emulator, 2)  # the worker's default delay
        job = client.get(f"/bulk/users/jobs/{job_id}").json()
        errors = client.get(f"/bulk/users/errors/scheme/{job_id}").json()
        refused = _proceed(client, job_id)
        fixed = _upload(client, GOOD_ROWS, "PUT", job_id)
        _advance(emulator, 2)
        recheck = client.get(f"/bulk/users/jobs/{job_id}").json()
    assert (unchecked["status"], unchecked["scheme_errors"]) == ("created", [])
    assert job["status"] == "invalid_scheme"
    assert [(e["row"], e["column"]) for e in errors] == [
        (1, "email"),
        (2, "first_name"),
        (2, "status"),
        (3, "email"),
        (3, "location"),
        (3, "max_chat_limit"),
        (3, "max_chat_limit_enabled"),
    ]
    assert job["scheme_errors"] == [e["message"] for e in errors]
    assert refused.json() == {"message": "This job cannot proceed update. status: invalid_scheme"}
    assert fixed.status_code == 200 and recheck["status"] == "valid_scheme"


def test_update_errors_for_conflicting_rows(emulator: LiveServer) -> None:
    rows = [
        {"email": "jane@somedomain.com", "first_name": "Jane", "last_name": "Doe"},
        {"email": "john@somedomain.com", "first_name": "John", "last_name": "Doe"},
    ]
    with api(emulator) as client:
        first = _upload(client, rows).json()["id"]
        _advance(emulator, 2)
        _proceed(client, first)
        _advance(emulator, 3)
        assert client.get(f"/bulk/users/jobs/{first}").json()["status"] == "finished"
        clash = [
            {
                "email": "john@somedomain.com",
                "new_email": "jane@somedomain.com",
                "first_name": "J",
                "last_name": "D",
            }
        ]
        second = _upload(client, clash).json()["id"]
        _advance(emulator, 2)
        _proceed(client, second)
        _advance(emulator, 3)
        job = client.get(f"/bulk/users/jobs/{second}").json()
        errors = client.get(f"/bulk/users/errors/update/{second}").json()
    assert (job["status"], job["affected_rows"], job["failed_rows"]) == ("finished", 0, 1)
    assert errors[0]["error_type"] == "error" and "already belongs" in errors[0]["message"]


def test_unknown_jobs_and_unreadable_files(emulator: LiveServer) -> None:
    with api(emulator) as client:
        missing = client.get("/bulk/users/jobs/999")
        missing_errors = client.get("/bulk/users/errors/scheme/999")
        replace_missing = _upload(client, GOOD_ROWS, "PUT", 999)
        broken = client.post(
            "/bulk/users/upload", files={"file": ("u.json", b"{not json", "application/json")}
        ).json()["id"]
        _advance(emulator, 2)
        broken_job = client.get(f"/bulk/users/jobs/{broken}").json()
        no_file = client.post("/bulk/users/upload", files={"other": ("u.json", b"[]", "application/json")})
    assert (missing.status_code, missing.json()) == (404, {"message": "Not Found"})
    assert missing_errors.status_code == 404
    assert replace_missing.status_code == 404
    assert broken_job["status"] == "invalid_scheme"
    assert no_file.status_code == 400


def test_template_lists_the_customers_roles_and_teams(emulator: LiveServer) -> None:
    with api(emulator) as client:
        rows = client.get("/bulk/users/template").json()
    assert [r["name"] for r in rows[0]["roles"]][:3] == ["Admin", "Manager", "Agent"]
    assert [t["name"] for t in rows[0]["teams"]] == ["test team_1", "test Team 2", "test team 3"]


def test_a_job_is_in_progress_while_the_worker_applies_its_rows(emulator: LiveServer) -> None:
    rows = [{"email": f"user{n}@somedomain.com", "first_name": "U", "last_name": str(n)} for n in range(100)]
    with api(emulator) as client:
        job_id = _upload(client, rows).json()["id"]
        _advance(emulator, 1.9)
        assert client.get(f"/bulk/users/jobs/{job_id}").json()["status"] == "created"
        _advance(emulator, 0.2)  # the worker picks the file up after 2 s
        checked = client.get(f"/bulk/users/jobs/{job_id}").json()
        _proceed(client, job_id)
        _advance(emulator, 6.9)  # 2 s to pick it up, then 0.05 s a row
        running = client.get(f"/bulk/users/jobs/{job_id}").json()
        _advance(emulator, 0.2)
        done = client.get(f"/bulk/users/jobs/{job_id}").json()
    assert (checked["status"], checked["total_rows"]) == ("valid_scheme", 100)
    assert (running["status"], running["affected_rows"]) == ("in_progress", 0)
    assert (done["status"], done["affected_rows"]) == ("finished", 100)
    assert len(control(emulator, "GET", "/users")) == 100
