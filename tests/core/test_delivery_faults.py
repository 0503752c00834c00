"""Fault rules with target "delivery": the customer's server answering 500, slow, refusing the connection,
dropping it or never answering, as the outbox sees it (logged, retried, told to the reply topic)."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import LiveServer
from ..customer_server import CustomerServer

API = "ccai-platform"  # deliveries are queued here as a provider would; any API's deliveries match alike


def send(live: LiveServer, url: str, kind: str = "status_callback", **options: Any) -> int:
    env = live.app.env
    with env.store.transaction():
        delivery = env.outbox.send(
            api=API,
            tenant="demo",
            kind=kind,
            url=url,
            content='{"status": "answered"}',
            content_type="application/json",
            **options,
        )
    return int(delivery["id"])


def delivery(live: LiveServer, delivery_id: int) -> dict[str, Any]:
    with live.control() as control:
        found: dict[str, Any] = control.get(f"/deliveries/{delivery_id}").json()
    return found


def add_fault(live: LiveServer, **rule: Any) -> dict[str, Any]:
    with live.control() as control:
        response = control.post("/faults", json={"target": "delivery", **rule})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_the_customer_server_appears_to_answer_500_and_the_retry_gets_through(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    add_fault(emulator, api=API, action="error", status=500, data={"oops": True}, count=1)
    delivery_id = send(emulator, f"{customer_server.url}/status", retry_delays=(5,))
    emulator.advance(0)
    first = delivery(emulator, delivery_id)
    assert customer_server.requests_to("/status") == []  # answered in the server's place: nothing sent
    assert first["state"] == "pending" and first["attempts"][0]["status"] == 500
    assert first["response_body"] == {"oops": True}
    emulator.advance(5)
    settled = delivery(emulator, delivery_id)
    assert settled["state"] == "delivered" and [a["status"] for a in settled["attempts"]] == [500, 204]
    assert len(customer_server.requests_to("/status")) == 1


@pytest.mark.parametrize(
    ("action", "error", "timed_out"),
    [
        ("refuse", "Connection refused", False),
        ("drop", "Server disconnected without sending a response", False),
        ("timeout", "timed out", True),
    ],
)
def test_a_server_that_refuses_drops_or_never_answers(
    emulator: LiveServer, customer_server: CustomerServer, action: str, error: str, timed_out: bool
) -> None:
    add_fault(emulator, action=action)
    delivery_id = send(emulator, f"{customer_server.url}/status")
    emulator.advance(0)
    failed = delivery(emulator, delivery_id)
    assert failed["state"] == "failed" and failed["response_status"] is None
    assert error in failed["error"] and failed["attempts"][0]["timed_out"] is timed_out
    assert customer_server.requests_to("/status") == []


def test_a_slow_server_is_waited_for_and_then_answers(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    add_fault(emulator, action="latency", latency={"distribution": "fixed", "fixed_ms": 250})
    delivery_id = send(emulator, f"{customer_server.url}/status")
    emulator.advance(0)
    done = delivery(emulator, delivery_id)
    assert done["state"] == "delivered" and done["attempts"][0]["latency_ms"] >= 250
    assert len(customer_server.requests_to("/status")) == 1


def test_a_server_slower_than_the_timeout_times_out_unsent(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    add_fault(emulator, action="latency", latency=5000)
    delivery_id = send(emulator, f"{customer_server.url}/status", timeout_s=0.2)
    emulator.advance(0)
    failed = delivery(emulator, delivery_id)
    assert failed["state"] == "failed" and failed["attempts"][0]["timed_out"] is True
    # It gave up at its own time-out (0.2 s; the event loop's timers may fire a hair early), not the 5 s.
    assert 150 <= failed["attempts"][0]["latency_ms"] < 5000
    assert customer_server.requests_to("/status") == []


def test_delivery_rules_match_by_kind_and_path_and_leave_the_apis_alone(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    add_fault(emulator, operation="webhook", action="error", status=503)
    add_fault(emulator, path="/hooks/*", action="error", status=502)
    webhook = send(emulator, f"{customer_server.url}/status", kind="webhook")
    status = send(emulator, f"{customer_server.url}/status")
    hook = send(emulator, f"{customer_server.url}/hooks/a")
    emulator.advance(0)
    assert delivery(emulator, webhook)["response_status"] == 503
    assert delivery(emulator, status)["response_status"] == 204
    assert delivery(emulator, hook)["response_status"] == 502
    with emulator.control() as control:
        rules = control.get("/faults").json()
    assert [r["fired"] for r in rules] == [1, 1]


def test_an_api_rule_does_not_touch_deliveries(emulator: LiveServer, customer_server: CustomerServer) -> None:
    add_fault(emulator, target="api", action="error", status=503)
    delivery_id = send(emulator, f"{customer_server.url}/status")
    emulator.advance(0)
    assert delivery(emulator, delivery_id)["state"] == "delivered"


def test_a_delivery_rule_may_name_the_tenant(emulator: LiveServer, customer_server: CustomerServer) -> None:
    add_fault(emulator, tenant="other", action="error", status=500)
    mine = send(emulator, f"{customer_server.url}/status")
    env = emulator.app.env
    with env.store.transaction():
        theirs = env.outbox.send(
            api=API, tenant="other", kind="status_callback", url=f"{customer_server.url}/x"
        )
    emulator.advance(0)
    assert delivery(emulator, mine)["response_status"] == 204
    assert delivery(emulator, int(theirs["id"]))["response_status"] == 500
    with emulator.control() as control:
        refused = control.post("/faults", json={"tenant": "demo", "action": "drop"})
    assert refused.status_code == 400 and "deliveries only" in refused.json()["error"]
