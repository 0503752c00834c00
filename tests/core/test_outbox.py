"""The outbox: sent once after commit, to allowed hosts only, never to the emulator itself; retries,
time-outs and the delivery log."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from emulator.core.environment import Settings
from emulator.core.outbox import DELIVER, RECLAIM, RECLAIM_MARGIN_S, answer_of
from emulator.core.store import Event

from ..conftest import LiveServer, start_server, stop_server
from ..customer_server import CustomerServer, Received


@pytest.fixture
def world(emulator: LiveServer) -> LiveServer:
    return emulator


def send(live: LiveServer, url: str, **options: Any) -> int:
    env = live.app.env
    with env.store.transaction():
        delivery = env.outbox.send(
            api="test",
            tenant="t1",
            kind="status_callback",
            url=url,
            content='{"status": "answered"}',
            content_type="application/json",
            payload={"status": "answered"},
            **options,
        )
    return int(delivery["id"])


def log(live: LiveServer, **filters: str) -> list[dict[str, Any]]:
    with live.control() as control:
        response = control.get("/deliveries", params={"api": "test", **filters})
        response.raise_for_status()
        found: list[dict[str, Any]] = response.json()
        return found


def test_a_delivery_is_sent_once_with_its_content_type_and_logged(
    world: LiveServer, customer_server: CustomerServer
) -> None:
    delivery_id = send(world, f"{customer_server.url}/status", headers={"X-Signature": "abc"})
    world.advance(0)
    [received] = customer_server.requests_to("/status")
    assert received.body == {"status": "answered"}
    assert received.headers["content-type"] == "application/json"
    assert received.headers["x-signature"] == "abc"
    [logged] = log(world, tenant="t1")
    assert (logged["id"], logged["state"], logged["response_status"]) == (delivery_id, "delivered", 204)
    assert logged["attempts"][0]["latency_ms"] >= 0 and logged["payload"] == {"status": "answered"}
    world.advance(60)
    assert len(customer_server.requests_to("/status")) == 1


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://example.com/hook", "not allowed"),
        ("http://10.0.0.5/hook", "not allowed"),
        ("http://0.0.0.0:{port}/hook", "not allowed"),
        ("ftp://127.0.0.1/hook", "only http and https"),
        ("http://127.0.0.1:{port}/_emulator/reset", "control API"),
        ("http://localhost:{cport}/%5Femulator/reset", "control API"),
        ("http://127.0.0.1:{cport}/%255Femulator/reset", "control API"),
        ("http://127.0.0.1:{cport}/./_emulator/reset", "control API"),
        ("http://127.0.0.1:{cport}//_emulator/reset", "control API"),
        ("http://127.0.0.1:{cport}/v1/../_EMULATOR/reset", "control API"),
        ("http://127.0.0.1:{port}/v1/Dials/Connect", "emulator's own"),
    ],
)
def test_forbidden_destinations_are_refused_not_sent(
    world: LiveServer, customer_server: CustomerServer, url: str, why: str
) -> None:
    cport = customer_server.url.rsplit(":", 1)[1]
    with world.control() as control:
        control.put("/farend/test/t1/default", json={"outcome": "busy"}).raise_for_status()
    send(world, url.format(port=world.port, cport=cport))
    world.advance(0)
    [logged] = log(world)
    assert logged["state"] == "refused" and why in logged["error"]
    assert customer_server.received == []
    with world.control() as control:  # nothing was reset: the rule set above is still there
        assert control.get("/farend/test/t1").json()[0]["outcome"] == "busy"


def test_failed_attempts_are_retried_on_the_given_schedule(
    world: LiveServer, customer_server: CustomerServer
) -> None:
    answers = iter([500, 503, 200])
    customer_server.answer_with(lambda request: (next(answers), None))
    send(world, f"{customer_server.url}/hook", retry_delays=(5, 10))
    world.advance(0)
    assert [d["state"] for d in log(world)] == ["pending"]
    world.advance(4.9)
    assert len(customer_server.received) == 1
    world.advance(0.1)
    assert len(customer_server.received) == 2
    world.advance(10)
    [logged] = log(world)
    assert [a["status"] for a in logged["attempts"]] == [500, 503, 200]
    assert logged["state"] == "delivered"


def test_without_a_retry_schedule_a_failure_is_final(
    world: LiveServer, customer_server: CustomerServer
) -> None:
    customer_server.answer_with(lambda request: (500, {"oops": True}))
    send(world, f"{customer_server.url}/hook")
    world.advance(3600)
    [logged] = log(world)
    assert (logged["state"], len(logged["attempts"])) == ("failed", 1)
    assert logged["response_body"] == {"oops": True}


def test_a_slow_server_times_out(world: LiveServer, customer_server: CustomerServer) -> None:
    def slow(request: Received) -> tuple[int, None]:
        time.sleep(1.0)  # the customer's server is slow: the emulator must give up first
        return 200, None

    customer_server.answer_with(slow)
    send(world, f"{customer_server.url}/hook", timeout_s=0.2)
    world.advance(0)
    [logged] = log(world)
    assert logged["state"] == "failed" and logged["attempts"][0]["timed_out"] is True
    assert "timed out" in logged["error"]


def test_an_oversized_answer_is_reported(world: LiveServer, customer_server: CustomerServer) -> None:
    customer_server.answer_with(lambda request: (200, {"blob": "x" * 2000}))
    send(world, f"{customer_server.url}/hook", max_response_bytes=1000)
    world.advance(0)
    [logged] = log(world)
    assert logged["state"] == "failed" and "exceeded 1000 bytes" in logged["error"]


def test_the_reply_topic_gets_the_customers_answer(
    world: LiveServer, customer_server: CustomerServer
) -> None:
    answers: list[Any] = []

    def on_reply(event: Event) -> None:
        answer = answer_of(event.payload["delivery"])
        answers.append((answer.ok, answer.status, answer.body))

    world.app.env.timeline.on("test.reply", on_reply)
    customer_server.answer_with(lambda request: (200, {"actions": [{"type": "HANGUP"}]}))
    send(world, f"{customer_server.url}/flow", reply_topic="test.reply")
    world.advance(0)
    assert answers == [(True, 200, {"actions": [{"type": "HANGUP"}]})]


def test_a_delivery_claimed_twice_is_sent_once(world: LiveServer, customer_server: CustomerServer) -> None:
    """Two runners (or an advance and the runner) taking the same due delivery: one request goes out."""
    env = world.app.env
    delivery_id = send(world, f"{customer_server.url}/hook", delay_s=60)  # not due: the runner leaves it
    [event] = [e for e in env.store.events() if e.payload.get("id") == delivery_id]
    deliver = env.outbox._deliver  # what the timeline calls for this event

    async def both() -> None:
        await asyncio.gather(deliver(event), deliver(event))

    asyncio.run(both())
    assert len(customer_server.received) == 1


def test_callback_hosts_extend_the_allow_list() -> None:
    live = start_server(Settings(rate_limit=False, callback_hosts=("crm.internal",)))
    try:
        refusal = live.app.env.destinations.refusal
        assert refusal("http://crm.internal:9000/hook") is None
        assert refusal("http://CRM.internal./hook") is None
        assert refusal("http://crm.internal.evil.com/hook") is not None
        assert refusal("http://crm.internal/_emulator/reset") is not None
    finally:
        stop_server(live)


@pytest.fixture(autouse=True)
def _no_failed_events(world: LiveServer) -> Iterator[None]:
    yield
    with world.control() as control:
        assert control.get("/timeline").json()["failures"] == []


def test_a_claim_left_by_a_stopped_process_is_taken_back_and_sent_once(
    world: LiveServer, customer_server: CustomerServer
) -> None:
    env = world.app.env
    with env.store.transaction():
        delivery = env.outbox.send(
            api="test", tenant="t1", kind="status_callback", url=f"{customer_server.url}/status", delay_s=5
        )
    [pending] = [e for e in env.store.events() if e.topic == DELIVER]
    key = pending.key
    # A process claims it and stops before sending (a replica killed mid-send): nothing goes out.
    env.store.cancel_events(DELIVER, key)
    assert env.outbox.claim(key) is not None
    world.advance(float(delivery["timeout_s"]) + RECLAIM_MARGIN_S - 1)
    assert customer_server.requests_to("/status") == []
    assert env.outbox.get(int(delivery["id"]))["state"] == "sending"  # type: ignore[index]
    world.advance(2)  # past the time-out and the margin: another process takes the claim back
    assert len(customer_server.requests_to("/status")) == 1
    sent = env.outbox.get(int(delivery["id"]))
    assert sent is not None and (sent["state"], sent["reclaimed"]) == ("delivered", 1)
    world.advance(120)
    assert len(customer_server.requests_to("/status")) == 1
    assert [e for e in env.store.events() if e.topic in (DELIVER, RECLAIM)] == []
