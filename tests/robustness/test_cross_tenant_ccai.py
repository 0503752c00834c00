"""CCAI Platform: customer B, no credentials or forged ones never read, change or delete customer A's
bulk-user job, Do Not Call entry or calls."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from ..conftest import LiveServer
from .workloads import CCAI_AUTH, CCAI_CALL

BASE = "/apps/api/v1"
B_AUTH = ("tenant-b", "b-token")
A_NUMBER = "+1 415 555 0101"
ROWS = [{"email": "jane@somedomain.com", "first_name": "Jane", "last_name": "Doe", "status": "Active"}]
FORGED = {
    "no credentials": None,
    "A's subdomain, wrong token": ("demo", "wrong-token"),
    "A's subdomain, B's token": ("demo", B_AUTH[1]),
    "B's subdomain, A's token": ("tenant-b", CCAI_AUTH[1]),
    "unknown subdomain": ("nobody", CCAI_AUTH[1]),
}

Operation = Callable[[httpx.Client], httpx.Response]


def _upload(client: httpx.Client, method: str = "POST", job_id: int | None = None) -> httpx.Response:
    files = {"file": ("users.json", json.dumps(ROWS).encode(), "application/json")}
    return client.request(
        method, "/bulk/users/upload", files=files, data=None if job_id is None else {"id": str(job_id)}
    )


def _operations(job_id: int) -> dict[str, Operation]:
    return {
        "read job": lambda c: c.get(f"/bulk/users/jobs/{job_id}"),
        "read job scheme errors": lambda c: c.get(f"/bulk/users/errors/scheme/{job_id}"),
        "read job update errors": lambda c: c.get(f"/bulk/users/errors/update/{job_id}"),
        "replace job file": lambda c: _upload(c, "PUT", job_id),
        "proceed job": lambda c: c.post("/bulk/users/proceed", files={"id": (None, str(job_id))}),
        "check DNC number": lambda c: c.get("/outbound_dialer/dnc/check", params={"phone_number": A_NUMBER}),
        "remove DNC number": lambda c: c.post(
            "/outbound_dialer/dnc/remove", json={"phone_numbers": [A_NUMBER]}
        ),
        "list jobs": lambda c: c.get("/bulk/users/jobs"),
    }


def _client(live: LiveServer, auth: tuple[str, str] | None) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}{BASE}", auth=auth, timeout=10)


def _state(live: LiveServer, job_id: int) -> dict[str, object]:
    """Customer A's resources as A and the control API see them."""
    with _client(live, CCAI_AUTH) as a, live.control() as control:
        return {
            "job": a.get(f"/bulk/users/jobs/{job_id}").json(),
            "dnc": a.get("/outbound_dialer/dnc/check", params={"phone_number": A_NUMBER}).json(),
            "calls": control.get("/ccai-platform/customers/demo/calls").json(),
            "users": control.get("/ccai-platform/customers/demo/users").json(),
        }


def test_customer_b_and_forged_credentials_never_reach_customer_a(emulator: LiveServer) -> None:
    with emulator.control() as control:
        control.post(
            "/ccai-platform/customers", json={"subdomain": B_AUTH[0], "token": B_AUTH[1]}
        ).raise_for_status()
    with _client(emulator, CCAI_AUTH) as a:
        assert a.post("/calls", json=CCAI_CALL).status_code == 201
        added = a.post("/outbound_dialer/dnc", json={"contacts": [{"phone_number": A_NUMBER}]})
        assert added.json() == [{"phone_number": A_NUMBER, "status": "created"}]
        uploaded = _upload(a)
        assert uploaded.status_code == 200, uploaded.text
        job_id: int = uploaded.json()["id"]
        emulator.advance(5)  # the bulk worker checks the file's scheme on the emulator clock
        assert a.get(f"/bulk/users/jobs/{job_id}").json()["status"] == "valid_scheme"
    before = _state(emulator, job_id)
    operations = _operations(job_id)

    wrong: list[str] = []
    with _client(emulator, B_AUTH) as b:
        # B's ids are its own: A's job is not found, A's number is not on B's list, B has no jobs.
        for name in (
            "read job",
            "read job scheme errors",
            "read job update errors",
            "replace job file",
            "proceed job",
        ):
            response = operations[name](b)
            if (response.status_code, response.json()) != (404, {"message": "Not Found"}):
                wrong.append(f"B {name}: {response.status_code} {response.text}")
        check = operations["check DNC number"](b)
        if check.json()["do_not_call"] is not False:
            wrong.append(f"B check DNC number: {check.text}")
        if operations["list jobs"](b).json() != []:
            wrong.append("B list jobs: sees A's job")
        removed = operations["remove DNC number"](b)  # removes from B's own list, which lacks it
        if removed.status_code != 200:
            wrong.append(f"B remove DNC number: {removed.status_code} {removed.text}")

    for label, auth in FORGED.items():
        with _client(emulator, auth) as forged:
            for name, operation in operations.items():
                response = operation(forged)
                if response.status_code != 401 or "Unauthorized" not in response.json()["message"]:
                    wrong.append(f"{label} {name}: {response.status_code} {response.text}")
                elif "basic" not in response.headers.get("www-authenticate", "").lower():
                    wrong.append(f"{label} {name}: 401 without a Basic challenge")

    assert wrong == []
    assert _state(emulator, job_id) == before
