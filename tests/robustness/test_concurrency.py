"""32 clients at once against one emulator process (rate limits off).

Writers across the five APIs: no 5xx, no id handed out twice, no write lost. Creates of one name:
one wins. Voxology calls whose Call Flow calls a customer server: one callback per call and step.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ..customer_server import CustomerServer, Received
from .process import ServerProcess, running
from .workloads import KIT, VOX, VOXOLOGY_KEY, WORKLOADS, Workload

WRITERS = 32
WRITES_EACH = 12
VOXOLOGY_NUMBER = "+19495551212"  # the demo application's number on CallFlows


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running(tmp_path_factory.mktemp("concurrency") / "state.db") as process:
        yield process


class Writer:
    def __init__(self, index: int, workload: Workload, start: threading.Barrier) -> None:
        self.index = index
        self.workload = workload
        self.start = start
        self.acked: list[str] = []
        self.statuses: Counter[int] = Counter()
        self.failure: BaseException | None = None

    def run(self, url: str) -> None:
        def count(response: httpx.Response) -> None:
            self.statuses[response.status_code] += 1

        try:
            with httpx.Client(base_url=url, timeout=30, event_hooks={"response": [count]}) as client:
                self.start.wait(timeout=30)  # every writer's first request goes out together
                for j in range(WRITES_EACH):
                    self.acked.append(self.workload.write(client, self.index * 1000 + j))
        except BaseException as error:  # reported by the test thread
            self.failure = error


def test_concurrent_writers_across_the_five_apis(server: ServerProcess) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        before = {w.name: {key for _, key in w.stored(client)} for w in WORKLOADS}
        start = threading.Barrier(WRITERS)
        writers = [Writer(i, WORKLOADS[i % len(WORKLOADS)], start) for i in range(WRITERS)]
        threads = [threading.Thread(target=w.run, args=(server.url,), daemon=True) for w in writers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads), "a writer hung"

        statuses = sum((w.statuses for w in writers), Counter[int]())
        assert not [code for code in statuses if code >= 500], statuses
        failures = [f"writer {w.index} ({w.workload.name}): {w.failure!r}" for w in writers if w.failure]
        assert failures == []

        for workload in WORKLOADS:
            acked = [key for w in writers if w.workload is workload for key in w.acked]
            assert len(acked) == len(set(acked)), f"{workload.name}: two writes answered the same id"
            records = workload.stored(client)
            ids = [record_id for record_id, _ in records]
            assert len(ids) == len(set(ids)), f"{workload.name}: an id is stored twice"
            created = {key for _, key in records} - before[workload.name]
            # Exactly what was acknowledged, nothing lost and nothing extra.
            assert created == set(acked), f"{workload.name}: {len(created)} stored, {len(acked)} acknowledged"
            writers_of = sum(1 for w in writers if w.workload is workload)
            assert len(acked) == writers_of * WRITES_EACH
    assert "Traceback" not in server.log.read_text(errors="replace"), server.log.read_text()[-3000:]


def _same_name_races(client: httpx.Client, index: int) -> dict[str, bool]:
    """Each writer creates the one Voximplant application, Voxology Caller ID and Kit DNC number all
    the others create too; which of them the vendor acknowledged."""
    vox = client.post("/platform_api/AddApplication/", data={**VOX, "application_name": "contended"})
    caller = client.post(
        "/v1/CallerIDs/+13105550177", json={"description": f"writer {index}"}, headers=VOXOLOGY_KEY
    )
    dnc = client.post("/api/v3/dnc/addDncContacts", params=KIT, data={"id": 1, "contacts": '["12025550177"]'})
    for response in (vox, caller, dnc):
        assert response.status_code < 500, response.text
    assert dnc.json() == {"success": True, "result": True}  # a number already listed is no error
    if caller.status_code != 201:
        assert caller.json()["code"] == 404254, caller.text  # Voxology's "already exists"
    return {"application": "error" not in vox.json(), "caller ID": caller.status_code == 201}


def test_concurrent_creates_of_one_name_succeed_once(server: ServerProcess) -> None:
    start = threading.Barrier(WRITERS)
    outcomes: list[dict[str, bool]] = []
    failures: list[BaseException] = []

    def race(index: int) -> None:
        try:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                start.wait(timeout=30)
                outcomes.append(_same_name_races(client, index))
        except BaseException as error:  # reported by the test thread
            failures.append(error)

    threads = [threading.Thread(target=race, args=(i,), daemon=True) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert len(outcomes) == WRITERS
    assert sum(o["application"] for o in outcomes) == 1
    assert sum(o["caller ID"] for o in outcomes) == 1
    with httpx.Client(base_url=server.url, timeout=30) as client:
        apps = client.post("/platform_api/GetApplications/", data={**VOX, "application_name": "contended"})
        callers = client.get("/v1/CallerIDs", headers=VOXOLOGY_KEY).json()["caller_ids"]
        listed = client.post(
            "/api/v3/dnc/searchDncContacts", params=KIT, data={"list_id": 1, "number": "12025550177"}
        )
    assert apps.json()["total_count"] == 1
    assert [e["number"] for e in listed.json()["result"]] == ["12025550177"]
    assert [c["no"] for c in callers] == ["+13105550177"]
    assert "Traceback" not in server.log.read_text(errors="replace"), server.log.read_text()[-3000:]


def test_concurrent_calls_call_their_customer_server_back_once_each(
    server: ServerProcess, customer_server: CustomerServer
) -> None:
    """Voxology sends each Callback Request once and acts on its answer once, while other requests flush
    their own deliveries and the customer server calls the API back from inside its answer."""
    looked_up: list[int] = []

    def flow(request: Received) -> tuple[int, Any]:
        if request.body["type"] != "init_call":
            return 204, None
        call_id = request.body["call_id"]
        # The documented pattern: the customer server reads the call before it answers.
        looked_up.append(
            httpx.get(f"{server.url}/v1/LiveCalls/{call_id}", headers=VOXOLOGY_KEY, timeout=30).status_code
        )
        return 200, [{"type": "SAY", "params": {"text": f"Hello {call_id}"}}, {"type": "HANGUP"}]

    customer_server.answer_with(flow)
    configured = httpx.put(
        f"{server.url}/v1/CallFlows/Configurations/PhoneNumbers/{VOXOLOGY_NUMBER}",
        # The longest wait Voxology allows: a busy machine is slow to answer, which is not what this checks.
        json={"callback": {"url": f"{customer_server.url}/flow", "timeout": 15}},
        headers=VOXOLOGY_KEY,
    )
    assert configured.status_code == 200, configured.text
    start = threading.Barrier(WRITERS)
    placed: list[str] = []
    failures: list[BaseException] = []

    def dial() -> None:
        try:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                start.wait(timeout=30)
                response = client.post(
                    "/v1/Dials/Connect",
                    json={"call": {"no": "+13235550123", "caller_id_no": VOXOLOGY_NUMBER}},
                    headers=VOXOLOGY_KEY,
                )
                assert response.status_code == 201, response.text
                placed.append(response.json()["call"]["id"])
        except BaseException as error:  # reported by the test thread
            failures.append(error)

    threads = [threading.Thread(target=dial, daemon=True) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert len(set(placed)) == WRITERS
    with server.control() as control:  # the calls ring, answer, speak and end on the emulator clock
        control.post("/clock", json={"advance_seconds": 120}).raise_for_status()

    sent = Counter((r.body["call_id"], r.body["type"]) for r in customer_server.requests_to("/flow"))
    assert sent == Counter({(call_id, kind): 1 for call_id in placed for kind in ("init_call", "end_call")})
    assert looked_up == [200] * WRITERS
    with server.control() as control:
        for call_id in placed:
            call = control.get(f"/voxology/apps/demo-api-key/calls/{call_id}").json()
            assert call["status"] == "completed", call
            assert [h["text"] for h in call["heard"]] == [f"Hello {call_id}"]
        deliveries = control.get("/voxology/apps/demo-api-key/deliveries").json()
    mine = [d for d in deliveries if d["payload"].get("call_id") in set(placed)]
    assert len(mine) == 2 * WRITERS and {d["state"] for d in mine} == {"delivered"}
    assert "Traceback" not in server.log.read_text(errors="replace"), server.log.read_text()[-3000:]
