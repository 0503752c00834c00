"""Several emulator processes on one PostgreSQL database behave as one emulator."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..customer_server import CustomerServer
from .postgres_server import PostgresServer
from .replicas import Replica, send_sms, start_replicas

STATUSES = 4  # queued, sending, sent, delivered: each a webhook of its own


REPLICA_OPTIONS = ("--clock", "frozen", "--no-rate-limit")


@pytest.fixture(scope="module")
def replica_pair(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[list[Replica], str, Path]]:
    """Started once for the module (starting a process is the slow part)."""
    folder = tmp_path_factory.mktemp("replicas")
    db = postgres_server.create_database()
    started = start_replicas(db, 2, folder, *REPLICA_OPTIONS)
    yield started, db, folder
    for replica in started:
        replica.stop()


@pytest.fixture
def replicas(replica_pair: tuple[list[Replica], str, Path]) -> list[Replica]:
    started, db, folder = replica_pair
    for n, replica in enumerate(started):
        if replica.proc.poll() is not None:  # killed by an earlier test: a new one in its place
            started[n] = Replica(db, *REPLICA_OPTIONS, log=folder / f"replica-{n}-{time.monotonic_ns()}.log")
            started[n].wait_ready()
    with started[0].control() as client:
        client.post("/reset").raise_for_status()  # a new world, seen by both
        client.patch("/settings", json={"clock": "frozen"}).raise_for_status()
    return started


def _webhooks_settle(server: CustomerServer, expected: int, timeout: float = 30) -> Counter[tuple[str, str]]:
    """Waits for `expected` webhooks, then a while longer (past a runner's poll) for any duplicate."""
    deadline = time.monotonic() + timeout
    while len(server.received) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)
    with server.lock:
        return Counter((r.body["message_id"], r.body["status"]) for r in server.received)


def test_writes_through_two_replicas_are_all_kept_and_each_callback_is_sent_once(
    replicas: list[Replica], customer_server: CustomerServer
) -> None:
    acknowledged: list[list[str]] = [[] for _ in range(4)]

    def write(n: int) -> None:  # two clients per replica, at the same time
        with replicas[n % 2].api() as client:
            for _ in range(15):
                acknowledged[n].append(send_sms(client, f"{customer_server.url}/status"))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    sent = [message_id for ids in acknowledged for message_id in ids]
    assert len(sent) == len(set(sent)) == 60

    # Every write is seen by the other replica.
    for n, ids in enumerate(acknowledged):
        with replicas[(n + 1) % 2].api() as client:
            assert all(client.get(f"/Messages/{message_id}").status_code == 200 for message_id in ids)

    # The clock is shared: advanced on one replica, each status event fires once, on whichever replica.
    replicas[0].advance(0.5)
    replicas[1].advance(2.5)
    received = _webhooks_settle(customer_server, 60 * STATUSES)
    assert {message_id for message_id, _ in received} == set(sent)
    assert len(received) == 60 * STATUSES and set(received.values()) == {1}

    with replicas[1].control() as client:
        deliveries = client.get("/deliveries", params={"api": "voxology"}).json()
    ids = [d["id"] for d in deliveries]
    assert len(ids) == len(set(ids)) == 60 * STATUSES  # delivery ids from both replicas never collide
    assert {(d["state"], len(d["attempts"])) for d in deliveries} == {("delivered", 1)}

    with replicas[0].control() as client:  # one journal: the requests both replicas served
        journal = client.get("/journal", params={"operation": "sendMessage"}).json()
    assert len(journal) == 60 and len({entry["id"] for entry in journal}) == 60


def test_a_fault_rule_posted_to_one_replica_fires_on_the_other_and_counts_once(
    replicas: list[Replica],
) -> None:
    rule = {"api": "voxology", "operation": "sendMessage", "action": "error", "status": 503, "count": 1}
    with replicas[0].control() as client:
        created = client.post("/faults", json=rule)
        assert created.status_code == 201, created.text
    body = {"api_no": "+19495551212", "caller_no": "+13235550123", "text_message": "hi"}
    with replicas[1].api() as client:
        assert client.post("/Messages", json=body).status_code == 503
    with replicas[0].api() as client:
        assert client.post("/Messages", json=body).status_code == 200  # its one firing is spent
    with replicas[0].control() as client:
        [shown] = client.get("/faults").json()
    assert (shown["fired"], shown["remaining"]) == (1, 0)


def test_an_event_a_stopped_replica_scheduled_fires_on_time_through_the_other(
    replicas: list[Replica], customer_server: CustomerServer
) -> None:
    with replicas[1].control() as client:
        client.patch("/settings", json={"clock": "real"}).raise_for_status()  # for both replicas
    with replicas[0].api() as client:
        message_id = send_sms(client, f"{customer_server.url}/status")  # events due in 0.5 s and 3 s
    began = time.monotonic()
    replicas[0].proc.send_signal(signal.SIGSTOP)  # its runner, which would fire them, is stopped
    try:
        deadline = began + 15
        while len(customer_server.received) < STATUSES and time.monotonic() < deadline:
            time.sleep(0.02)
        took = time.monotonic() - began
    finally:
        replicas[0].proc.send_signal(signal.SIGCONT)
    # The other replica's runner did not schedule them: it looks at least every 0.5 s.
    assert len(customer_server.received) == STATUSES and took < 3 + 1.5
    received = _webhooks_settle(customer_server, STATUSES)  # and the woken one fires none again
    assert received == {(message_id, status): 1 for status in ("queued", "sending", "sent", "delivered")}


def test_a_replica_killed_during_writes_loses_nothing_it_acknowledged(
    replicas: list[Replica], customer_server: CustomerServer
) -> None:
    acknowledged: list[str] = []
    stop = threading.Event()

    def write_until_it_dies() -> None:
        with replicas[0].api() as client:
            while not stop.is_set():
                try:
                    acknowledged.append(send_sms(client, f"{customer_server.url}/status"))
                except httpx.HTTPError:
                    return  # the replica is gone

    writer = threading.Thread(target=write_until_it_dies)
    writer.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 25 and time.monotonic() < deadline:
        time.sleep(0.01)
    replicas[0].kill()  # mid-request: the writer has one in flight
    writer.join(timeout=30)
    stop.set()
    assert len(acknowledged) >= 25

    survivor = replicas[1]
    with survivor.api() as client:
        after = [send_sms(client, f"{customer_server.url}/status") for _ in range(5)]  # nothing held
        assert all(client.get(f"/Messages/{m}").status_code == 200 for m in acknowledged + after)
        kept = [m["message_id"] for m in client.get("/Messages", params={"limit": 1000}).json()["messages"]]
    # At most the request in flight was written without being acknowledged: whole, or not at all.
    assert set(acknowledged + after) <= set(kept) and len(kept) - len(acknowledged + after) <= 1

    survivor.advance(3)  # each kept message was written whole: its events fire and send every webhook
    received = _webhooks_settle(customer_server, len(kept) * STATUSES)
    assert {message_id for message_id, _ in received} == set(kept)
    assert len(received) == len(kept) * STATUSES and set(received.values()) == {1}
