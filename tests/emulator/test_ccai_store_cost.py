"""No CCAI request reads more stored documents because more of them exist (calls, chats, users)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from emulator.core.store import SQLiteStore

from ..conftest import LiveServer
from .ccai import INCOMING, OUTBOUND, api, control

NS = "ccai-platform/demo"
WHOLE_COLLECTION = {"chat": "/chats", "call": "/calls", "user": "/users"}  # control routes that list all
SMS = {
    "chat_type": "Messaging (SMS)",
    "end_user_number": "+1 415-555-0100",
    "outbound_number": "+1 339-219-5276",
    "message": "hello",
}


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Documents the store hands out by scanning, looking up or paging, per kind."""
    counts: Counter[str] = Counter()
    for name in ("list", "find", "page"):
        original = getattr(SQLiteStore, name)

        def counting(
            self: SQLiteStore, namespace: str, kind: str, *args: Any, _original: Any = original, **kw: Any
        ) -> Any:
            docs = _original(self, namespace, kind, *args, **kw)
            counts[kind] += len(docs)
            return docs

        monkeypatch.setattr(SQLiteStore, name, counting)
    yield counts


@contextmanager
def sqlite_steps(live: LiveServer) -> Iterator[list[int]]:
    """How much work SQLite does meanwhile, in tens of virtual-machine instructions."""
    taken = [0]

    def step() -> int:
        taken[0] += 1
        return 0  # carry on

    connection = live.app.env.store._conn  # type: ignore[attr-defined]
    connection.set_progress_handler(step, 10)
    try:
        yield taken
    finally:
        connection.set_progress_handler(None, 0)


def _seed(live: LiveServer, kind: str, count: int, doc: Callable[[int], dict[str, Any]]) -> None:
    store = live.app.env.store
    with store.transaction():
        for n in range(count):
            store.put(NS, kind, str(100_000 + n), doc(100_000 + n))


def _chats(live: LiveServer, count: int) -> None:
    # Open SMS sessions of other end users: each one is what the old active-session check parsed.
    _seed(
        live,
        "chat",
        count,
        lambda n: {"id": n, "ends_at": None, "end_user": {"id": n}, "x_active_end_user": n},
    )


def _calls(live: LiveServer, count: int) -> None:
    _seed(live, "call", count, lambda n: {"id": n, "status": "finished", "call_type": "Voice Outbound (API)"})


def _users(live: LiveServer, count: int) -> None:
    _seed(
        live,
        "user",
        count,
        lambda n: {
            "email": f"u{n}@somedomain.com",
            "first_name": "U",
            "last_name": str(n),
            "roles": [],
            "teams": [],
        },
    )


def _send_sms(live: LiveServer) -> None:
    with api(live) as client:
        assert client.post("/sms", json=SMS).status_code == 200


def _play_calls(live: LiveServer) -> None:
    with api(live) as client:
        assert client.post("/calls", json=OUTBOUND).status_code == 201
        assert client.post("/calls", json=INCOMING).status_code == 201
    live.advance(600)  # both play out: the queue, the legs and the hang-ups are timeline handlers


def _bulk_job(live: LiveServer) -> None:
    rows = [{"email": "u100000@somedomain.com", "first_name": "Renamed", "last_name": "User"}]
    with api(live) as client:
        client.get("/bulk/users/template").raise_for_status()
        files = {"file": ("users.json", json.dumps(rows).encode(), "application/json")}
        job_id = client.post("/bulk/users/upload", files=files).json()["id"]
        live.advance(5)
        client.post("/bulk/users/proceed", files={"id": (None, str(job_id))}).raise_for_status()
        live.advance(5)
        assert client.get(f"/bulk/users/jobs/{job_id}").json()["status"] == "finished"


@pytest.mark.parametrize(
    ("kind", "seed", "request_under_test"),
    [("chat", _chats, _send_sms), ("call", _calls, _play_calls), ("user", _users, _bulk_job)],
    ids=["create_sms", "calls_playing_out", "bulk_users"],
)
def test_a_request_reads_as_much_with_500_documents_as_with_2(
    emulator: LiveServer,
    scanned: Counter[str],
    kind: str,
    seed: Callable[[LiveServer, int], None],
    request_under_test: Callable[[LiveServer], None],
) -> None:
    costs, steps = [], []
    for count in (2, 500):  # (the bulk template shows up to two users: 2 is its most)
        emulator.reset()
        seed(emulator, count)
        scanned.clear()
        with sqlite_steps(emulator) as taken:
            request_under_test(emulator)
        costs.append(dict(scanned))
        steps.append(taken[0])
        # The counter does see the collection when something reads all of it (a control route may).
        scanned.clear()
        control(emulator, "GET", WHOLE_COLLECTION[kind])
        assert scanned[kind] >= count
    assert costs[0] == costs[1]
    # Nor does SQLite walk the collection behind an indexed look-up (a query plan can scan all the same).
    assert steps[1] < steps[0] * 1.2, steps
    with emulator.control() as ctl:
        assert ctl.get("/timeline").json()["failures"] == []


def test_the_queue_is_not_read_while_no_agent_is_free(emulator: LiveServer, scanned: Counter[str]) -> None:
    """Under load, calls pile up in the queue and every one of them schedules a dispatch: a dispatch
    that finds every agent busy must not read the whole queue (that made a write load quadratic)."""
    costs = []
    for count in (2, 500):
        emulator.reset()
        _seed(
            emulator,
            "call",
            count,
            lambda n: {"id": n, "status": "queued", "call_type": "Voice Inbound (API)", "menu_id": 9},
        )
        env = emulator.app.env
        with env.store.transaction():
            assert env.farend.occupy("ccai-platform", "demo", "admin@somedomain.com", "99")
        scanned.clear()
        with api(emulator) as client:
            created = client.post("/calls", json=INCOMING)
        assert created.status_code == 201
        emulator.advance(5)  # past the queue's assignment delay: the dispatch fires
        costs.append(scanned["call"])
        assert control(emulator, "GET", f"/calls/{created.json()['id']}")["status"] == "queued"
    assert costs[0] == costs[1], costs
