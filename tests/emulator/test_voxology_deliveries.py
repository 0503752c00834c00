"""What Voxology sends goes through the core outbox: each callback exactly once, even to a server that calls
the API while answering; never to the emulator's own control API; and the cost of a request does not grow
with what is stored."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from emulator.core.store import SQLiteStore

from ..conftest import LiveServer
from ..customer_server import CustomerServer, Received
from .voxology import API_KEY, APP_ID, FAR_END, NUMBER, api, configure, control, deliveries, dial, settings


def test_the_sms_sample_app_gets_each_inbound_sms_callback_once(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    """Voxology's SMS sample app answers the inbound-SMS callback and, while answering, replies with
    POST /Dials/SMS: that request must not send the callback being answered a second time."""

    def sample_app(request: Received) -> tuple[int, Any]:
        if request.path == "/sms":
            with api(emulator) as client:
                reply = {
                    "call": {"no": request.body["caller_no"], "caller_id_no": NUMBER},
                    "message": "Thanks!",
                }
                assert client.post("/Dials/SMS", json=reply).status_code == 201
        return 204, None

    customer_server.answer_with(sample_app)
    configure(
        emulator, NUMBER, f"{customer_server.url}/voice", callback_sms={"url": f"{customer_server.url}/sms"}
    )
    sent = []
    for index in range(20):
        message = control(
            emulator, "POST", "/inbound/sms", json={"to": NUMBER, "from": FAR_END, "text": f"hello {index}"}
        )
        emulator.advance(0)  # whatever is due now is delivered before this returns
        sent.append(message["message_id"])
    received = Counter(r.body["message_id"] for r in customer_server.requests_to("/sms"))
    assert received == Counter({message_id: 1 for message_id in sent})
    with api(emulator) as client:
        replies = client.get("/Messages", params={"direction": "outbound"}).json()["messages"]
    assert [m["text_message"] for m in replies] == ["Thanks!"] * 20
    assert {d["state"] for d in deliveries(emulator, "inbound_message")} == {"delivered"}


@pytest.mark.parametrize(
    "path",
    [
        "/_emulator/reset",
        "/%5Femulator/reset",
        "/%255Femulator/reset",
        "/./_emulator/reset",
        "//_emulator/reset",
        "/_EMULATOR/reset",
    ],
)
def test_callbacks_never_reach_the_emulators_control_api(emulator: LiveServer, path: str) -> None:
    with api(emulator) as client:
        kept = client.post("/SubAccounts", json={"name": "Must survive"}).json()["id"]
    target = f"{emulator.url}{path}"
    configure(emulator, NUMBER, target, callback_sms={"url": target})
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    control(emulator, "POST", "/inbound/sms", json={"to": NUMBER, "from": FAR_END, "text": "hi"})
    with api(emulator) as client:
        client.post(
            "/Messages",
            json={
                "api_no": NUMBER,
                "caller_no": FAR_END,
                "text_message": "x",
                "status_webhook": {"url": target},
            },
        )
    emulator.advance(5)
    with api(emulator) as client:
        assert client.get(f"/SubAccounts/{kept}").status_code == 200  # no reset happened
        assert client.get(f"/LiveCalls/{call['id']}").json()["status"] == "live-in-progress"  # waits for REST
    sent = deliveries(emulator)
    assert {d["kind"] for d in sent} == {"voice_callback", "inbound_message", "message_status"}
    assert {d["state"] for d in sent} == {"refused"}
    assert all(d["attempts"][0]["status"] is None and d["error"] for d in sent)


def test_callbacks_to_the_emulators_own_port_are_refused_whatever_the_path(emulator: LiveServer) -> None:
    configure(emulator, NUMBER, f"{emulator.url}/v1/Account")
    control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    emulator.advance(1)
    [delivery] = deliveries(emulator, "voice_callback")
    assert delivery["state"] == "refused" and "own" in delivery["error"]


def test_the_answer_settings_are_views_of_the_far_end_model(emulator: LiveServer) -> None:
    with emulator.control() as client:
        changed = client.patch(f"/voxology/apps/{API_KEY}/settings", json={"answer": "busy"}).json()
        rule = client.get(f"/farend/voxology/{APP_ID}/default").json()
        assert (changed["answer"], rule["outcome"]) == ("busy", "busy")
        machine = {"outcome": "machine", "answer_after_s": 5}
        client.put(f"/farend/voxology/{APP_ID}/default", json=machine).raise_for_status()
        viewed = client.patch(f"/voxology/apps/{API_KEY}/settings", json={}).json()
        bad = client.patch(f"/voxology/apps/{API_KEY}/settings", json={"answer": "maybe"})
    assert (viewed["answer"], viewed["answered_by"]) == ("answer", "voicemail")
    assert bad.status_code == 400 and "answer must be one of" in bad.text
    # A number's own rule wins over the default: this one is busy, the others answer by machine after 5 s.
    with emulator.control() as client:
        client.put(f"/farend/voxology/{APP_ID}/+13235550111", json={"outcome": "busy"}).raise_for_status()
    busy, machine_call = dial(emulator, to="+13235550111"), dial(emulator)
    emulator.advance(5)
    with api(emulator) as client:
        assert client.get(f"/LiveCalls/{busy}").json()["status"] == "busy"
        answered = client.get(f"/LiveCalls/{machine_call}").json()
    assert (answered["status"], answered["detection"]) == ("live-in-progress", "voicemail")
    settings(emulator, answer="answer", answered_by="live_person")
    with emulator.control() as client:
        assert client.get(f"/farend/voxology/{APP_ID}/default").json()["outcome"] == "answered"


def test_conference_key_combinations_mute_unmute_and_exit(emulator: LiveServer) -> None:
    conference = {
        "type": "CONFERENCE",
        "params": {"name": "room", "mute_on_key": "1", "unmute_on_key": "3", "exit_on_key": "#0"},
    }
    calls = [dial(emulator), dial(emulator, to="+13235550999")]
    emulator.advance(2)
    with api(emulator) as client:
        for call_id in calls:
            after = {"type": "SAY", "params": {"text": "You left the conference"}}
            assert client.post(f"/LiveCalls/{call_id}/Actions", json=[conference, after]).status_code == 204

    def me() -> dict[str, Any]:
        with api(emulator) as client:
            [found] = client.get("/LiveCalls/Conferences").json()["conferences"]
        return next(p for p in found["participants"] if p["call"]["id"] == calls[0])

    def press(digits: str) -> None:
        control(emulator, "POST", f"/calls/{calls[0]}/digits", json={"digits": digits})

    press("1")
    assert me()["muted"] is True
    press("3")
    assert me()["muted"] is False
    press("#")
    assert me()["muted"] is False  # half of a combination does nothing yet
    press("0")
    detail = control(emulator, "GET", f"/calls/{calls[0]}")
    assert detail["conference"] is None
    assert detail["heard"][-1]["text"] == "You left the conference"  # its flow went on after CONFERENCE
    with api(emulator) as client:
        [left] = client.get("/LiveCalls/Conferences").json()["conferences"]
    assert [p["call"]["id"] for p in left["participants"]] == [calls[1]]


def test_a_transfer_rings_its_target_by_the_far_end_model(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    with emulator.control() as client:
        client.put(f"/farend/voxology/{APP_ID}/+13235550111", json={"outcome": "busy"}).raise_for_status()
        agent = {"answer_after_s": 3, "talk_s": 10}
        client.put(f"/farend/voxology/{APP_ID}/+13235550122", json=agent).raise_for_status()

    def flow(request: Received) -> tuple[int, Any]:
        if request.body["type"] != "init_call":
            return 204, None
        actions = [
            {"type": "TRANSFER", "params": {"no": "+13235550111"}},
            {"type": "SAY", "params": {"text": "Busy"}},
            {"type": "TRANSFER", "params": {"no": "+13235550122"}},
            {"type": "SAY", "params": {"text": "Back"}},
            {"type": "PAUSE", "params": {"seconds": 60}},
        ]
        return 200, {"actions": actions}

    customer_server.answer_with(flow)
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    emulator.advance(2 + 2 + 0.5 + 2)  # picked up; the busy target refuses after 2 s; "Busy"; the agent rings
    detail = control(emulator, "GET", f"/calls/{call['id']}")
    assert [h.get("text") for h in detail["heard"]] == ["Busy"] and detail["bridged_to"] is None
    emulator.advance(1)  # the agent answers (3 s) and is bridged
    bridged = control(emulator, "GET", f"/calls/{call['id']}")
    assert bridged["bridged_to"] is not None and bridged["waiting"]["kind"] == "transfer"
    emulator.advance(10)  # the agent hangs up after 10 s: the caller goes on with its flow
    after = control(emulator, "GET", f"/calls/{call['id']}")
    assert after["status"] == "live-in-progress" and after["heard"][-1]["text"] == "Back"
    with api(emulator) as client:
        leg = client.get(f"/LiveCalls/{bridged['bridged_to']}").json()
    assert (leg["status"], leg["connected_time"]) == ("completed", 10_000)


KINDS_THAT_GROW = {"call", "log", "message", "recording"}


def test_a_request_reads_no_more_when_500_documents_are_stored(
    emulator: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listing live calls, the last hour's messages, logs and recordings, a message by external_id, a call's
    recordings and placing a call read the same stored documents whether 1 or 500 older ones exist."""
    store = emulator.app.env.store
    clock = emulator.app.env.clock
    scanned: Counter[str] = Counter()
    for name in ("list", "page", "find"):
        original = getattr(SQLiteStore, name)

        def counting(
            self: SQLiteStore, namespace: str, kind: str, *args: Any, _original: Any = original, **kw: Any
        ) -> Any:
            found = _original(self, namespace, kind, *args, **kw)
            if kind in KINDS_THAT_GROW:
                scanned[kind] += len(found)
            return found

        monkeypatch.setattr(SQLiteStore, name, counting)

    ns = f"voxology/{APP_ID}/0"

    def store_history(count: int) -> None:
        """Messages, logs, ended calls and recordings of two hours ago: outside every default window."""
        old = clock.time() - 7200
        hour = int(old // 3600)
        with store.transaction():
            for i in range(count):
                key = f"old-{count}-{i}"
                message = {
                    "message_id": key,
                    "x_ts": old,
                    "x_hour": hour,
                    "external_id": key,
                    "status": "sent",
                }
                store.put(ns, "message", key, message)
                store.put(ns, "log", key, {"call_id": key, "x_start": old, "x_end": old, "x_hour": hour})
                store.put(ns, "call", key, {"id": key, "status": "completed", "x_created": old})
                recording = {"id": key, "x_call_id": key, "x_started": old, "x_saved": old, "x_hour": hour}
                store.put(ns, "recording", key, recording)

    def cost() -> Counter[str]:
        scanned.clear()
        with api(emulator) as client:
            for path, params in (
                ("/LiveCalls", {}),
                ("/Messages", {}),
                ("/Messages", {"external_id": "order-1"}),
                ("/History/Logs/Calls", {}),
                ("/History/Recordings", {}),
                (f"/History/Recordings/{call_id}", {}),
            ):
                assert client.get(path, params=params).status_code == 200, path
            placed = client.post("/Dials/Connect", json={"call": {"no": FAR_END, "caller_id_no": NUMBER}})
            assert placed.status_code == 201
            measured = Counter(scanned)
            assert client.delete(f"/LiveCalls/{placed.json()['call']['id']}").status_code == 204
        return measured

    call_id = dial(emulator)
    store_history(1)
    with_one = cost()
    emulator.advance(3 * 3600)  # the probe's own call log leaves the default window
    store_history(500)
    with_many = cost()
    assert with_one == with_many
    assert with_one["call"] == 2  # the live call, read by /LiveCalls and by the throttle of Dials/Connect


@pytest.mark.parametrize(
    ("method", "content_type"),
    [
        ("POST", "application/json"),
        ("GET", "application/json"),
        ("POST", "application/x-www-form-urlencoded"),
        ("POST", "application/xml"),
    ],
)
def test_callbacks_keep_the_encoding_their_configuration_asks_for(
    emulator: LiveServer, customer_server: CustomerServer, method: str, content_type: str
) -> None:
    callback = {"url": f"{customer_server.url}/flow", "method": method, "content_type": content_type}
    with api(emulator) as client:
        configured = client.put(
            f"/CallFlows/Configurations/PhoneNumbers/{NUMBER}", json={"callback": callback}
        )
        assert configured.status_code == 200, configured.text
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    emulator.advance(0)
    received = customer_server.requests_to("/flow")[0]  # the init_call (its 204 answer then ends the call)
    assert received.method == method
    if content_type == "application/xml":
        assert received.headers["content-type"] == "application/xml"
        assert received.body.startswith("<request><service>programmable_voice</service>")
        assert f"<call_id>{call['id']}</call_id>" in received.body
    else:  # JSON keeps its types; a query string or a form carries text
        assert received.body["call_id"] == call["id"] and received.body["type"] == "init_call"
        assert received.body["subaccount_id"] == (0 if method == "POST" and "json" in content_type else "0")
