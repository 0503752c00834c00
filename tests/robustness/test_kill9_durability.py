"""kill -9 in the middle of a stream of writes: whatever the emulator acknowledged is in its --db file.

Each round starts `switchboard serve --db` on the same file, streams writes to all five APIs from one
thread each, SIGKILLs the process while they are still writing and starts it again. A write cut off
by the kill may or may not have landed; every acknowledged one, of this round and the ones before,
must be read back, with its own content (an id handed out twice would overwrite an earlier record).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .process import ServerProcess, start
from .workloads import VOX, WORKLOADS, Workload

ROUNDS = 3
ACKS_BEFORE_KILL = 20  # per API and round: the kill comes once every stream has this many
STREAM_SECONDS = 60  # how long the streams may take to get there before the test gives up
DEMO_SMS_NUMBER = "12125550100"  # the Voximplant demo account's number


@dataclass
class Stream:
    workload: Workload
    first: int
    acked: list[str] = field(default_factory=list)
    enough: threading.Event = field(default_factory=threading.Event)
    failure: BaseException | None = None
    cut_off: bool = False

    def run(self, url: str) -> None:
        n = self.first
        with httpx.Client(base_url=url, timeout=10) as client:
            while True:
                try:
                    key = self.workload.write(client, n)
                except httpx.TransportError:
                    self.cut_off = True  # the server is gone: this write was in flight or came after
                    return
                except BaseException as error:  # reported by the test thread
                    self.failure = error
                    self.enough.set()
                    return
                self.acked.append(key)
                n += 1
                if len(self.acked) >= ACKS_BEFORE_KILL:
                    self.enough.set()


def _kill_mid_stream(server: ServerProcess, streams: list[Stream]) -> None:
    threads = [threading.Thread(target=s.run, args=(server.url,), daemon=True) for s in streams]
    for thread in threads:
        thread.start()
    try:
        for stream in streams:
            assert stream.enough.wait(STREAM_SECONDS), f"{stream.workload.name}: too slow"
    finally:
        server.kill()  # the streams are still writing: some requests are in flight now
        for thread in threads:
            thread.join(timeout=30)
    for stream in streams:
        if stream.failure is not None:
            raise stream.failure
        assert stream.cut_off, f"{stream.workload.name} stopped before the kill"


def _vox_sms_enabled(client: httpx.Client) -> bool:
    phones = client.post("/platform_api/GetPhoneNumbers/", data=VOX).json()["result"]
    enabled: bool = next(p for p in phones if p["phone_number"] == DEMO_SMS_NUMBER)["is_sms_enabled"]
    return enabled


def _check(server: ServerProcess, acked: dict[str, list[str]], round_no: int) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        for workload in WORKLOADS:
            records = workload.stored(client)
            ids = [record_id for record_id, _ in records]
            keys = {key for _, key in records}
            lost = [key for key in acked[workload.name] if key not in keys]
            assert lost == [], f"round {round_no}: {workload.name} lost {lost}"
            assert len(ids) == len(set(ids)), f"round {round_no}: {workload.name} repeats an id"
        assert not _vox_sms_enabled(client), f"round {round_no}: the demo number's SMS is on again"


def test_acknowledged_writes_survive_sigkill_three_times(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    acked: dict[str, list[str]] = {w.name: [] for w in WORKLOADS}
    server = start(db)
    try:
        # A change to a demo tenant's seeded state, acknowledged before the first kill: starting on
        # the file must not seed the demo tenant over it.
        switched = httpx.post(
            f"{server.url}/platform_api/ControlSms/",
            data={**VOX, "phone_number": DEMO_SMS_NUMBER, "command": "disable"},
        )
        assert switched.json() == {"result": 1}
        for round_no in range(1, ROUNDS + 1):
            streams = [Stream(w, first=round_no * 10_000) for w in WORKLOADS]
            _kill_mid_stream(server, streams)
            for stream in streams:
                acked[stream.workload.name] += stream.acked
            server = start(db)
            _check(server, acked, round_no)
    finally:
        server.stop()
