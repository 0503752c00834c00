"""Calls: POST /Dials/Connect makes a live call that the live-call operations see and act on, through the
documented statuses, into the call history; inbound calls run their Call Flow on a customer server."""

from __future__ import annotations

from typing import Any

from ..conftest import LiveServer
from ..customer_server import CustomerServer, Received
from .voxology import (
    FAR_END,
    INBOUND_RING_S,
    NUMBER,
    RING_S,
    api,
    configure,
    control,
    dial,
    dial_answered,
    error,
    schema_errors,
    settings,
)


def live(emulator: LiveServer, call_id: str) -> dict[str, Any]:
    with api(emulator) as client:
        response = client.get(f"/LiveCalls/{call_id}")
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def advance(emulator: LiveServer, seconds: float) -> None:
    emulator.advance(seconds)


def test_a_placed_call_is_live_until_hung_up_then_in_the_call_history(emulator: LiveServer) -> None:
    call_id = dial(emulator, session_data={"name": "Bob", "age": 21})
    ringing = live(emulator, call_id)
    assert (ringing["status"], ringing["detection"], ringing["connected_time"]) == ("live-ringing", None, 0)
    advance(emulator, RING_S)  # the far end answers after ringing
    with api(emulator) as client:
        listed = client.get("/LiveCalls").json()
    assert [c["id"] for c in listed["calls"]] == [call_id]
    assert listed["total_calls"] == 1 and listed["longest_call"]["id"] == call_id
    call = live(emulator, call_id)
    assert call["status"] == "live-in-progress"
    assert (call["no"], call["caller_id_no"]) == (FAR_END, NUMBER)
    assert call["session_data"] == {"name": "Bob", "age": 21}
    assert call["detection"] == "live_person" and call["date"] is not None
    assert schema_errors("LiveCall", call) == []

    with api(emulator) as client:
        assert client.get(f"/History/Logs/Calls/{call_id}").status_code == 404  # no log while it is live
        advance(emulator, 90)
        assert (
            client.post(f"/LiveCalls/{call_id}/Actions/HangUp", json={"message": "Goodbye"}).status_code
            == 204
        )
        assert client.get("/LiveCalls").json()["calls"] == []
        ended = client.get(f"/LiveCalls/{call_id}").json()
        log = client.get(f"/History/Logs/Calls/{call_id}").json()
        history = client.get("/History/Logs/Calls", params={"direction": "outbound"}).json()
        again = client.post(f"/LiveCalls/{call_id}/Actions/HangUp")
    assert ended["status"] == "completed"
    assert ended["connected_time"] >= 90_000
    assert log["call_id"] == call_id and log["status"] == "completed" and log["hangup_end"] == "api"
    assert log["connect_time_sec"] >= 90 and log["connect_time_billed"] == 2
    assert schema_errors("CallLog", log) == []
    assert [entry["call_id"] for entry in history["logs"]] == [call_id]
    error(again, 404, 404404)
    heard = control(emulator, "GET", f"/calls/{call_id}")["heard"]
    assert {"type": "MESSAGE", "message": "Goodbye"} in heard


def test_ringing_answered_and_ended_calls_follow_the_documented_statuses(emulator: LiveServer) -> None:
    settings(emulator, answer="ring")
    answered, canceled, unanswered, busy = (dial(emulator) for _ in range(4))
    assert {live(emulator, c)["status"] for c in (answered, canceled, unanswered, busy)} == {"live-ringing"}

    control(emulator, "POST", f"/calls/{answered}/far-end", json={"status": "live-in-progress"})
    control(emulator, "POST", f"/calls/{busy}/far-end", json={"status": "busy"})
    with api(emulator) as client:
        assert client.delete(f"/LiveCalls/{canceled}").status_code == 204
    assert live(emulator, answered)["status"] == "live-in-progress"
    assert live(emulator, canceled)["status"] == "canceled"
    assert live(emulator, busy)["status"] == "busy"

    advance(emulator, 51)  # past the default 50 s ring timeout
    assert live(emulator, unanswered)["status"] == "no-answer"
    assert live(emulator, answered)["status"] == "live-in-progress"
    with api(emulator) as client:
        logs = {log["call_id"]: log for log in client.get("/History/Logs/Calls").json()["logs"]}
    assert {logs[c]["status"] for c in (canceled, unanswered, busy)} == {"canceled", "no-answer", "busy"}
    assert all(logs[c]["connect_time_sec"] == 0 for c in (canceled, unanswered, busy))
    assert answered not in logs


def test_max_call_time_ends_an_answered_call(emulator: LiveServer) -> None:
    call_id = dial_answered(emulator, max_call_time=60)
    advance(emulator, 59)
    assert live(emulator, call_id)["status"] == "live-in-progress"
    advance(emulator, 1)
    ended = live(emulator, call_id)
    assert ended["status"] == "completed" and ended["connected_time"] == 60_000


def test_the_make_call_throttle_answers_the_documented_error(emulator: LiveServer) -> None:
    settings(emulator, max_live_calls=2)
    dial(emulator)
    dial(emulator)
    with api(emulator) as client:
        third = client.post("/Dials/Connect", json={"call": {"no": FAR_END, "caller_id_no": NUMBER}})
    error(third, 429, 400378)


def test_a_caller_id_that_is_not_ours_cannot_place_calls(emulator: LiveServer) -> None:
    with api(emulator) as client:
        response = client.post(
            "/Dials/Connect", json={"call": {"no": FAR_END, "caller_id_no": "+13105550000"}}
        )
    error(response, 403, 403293)


def test_conference_operations_see_and_act_on_joined_calls(emulator: LiveServer) -> None:
    first, second = dial(emulator), dial_answered(emulator, to="+13235550999")
    with api(emulator) as client:
        for call_id in (first, second):
            joined = client.post(
                f"/LiveCalls/{call_id}/Actions/Conference/Join", json={"conference_name": "standup"}
            )
            assert joined.status_code == 204, joined.text
        conferences = client.get("/LiveCalls/Conferences").json()["conferences"]
        assert [(c["name"], c["num_participants"], c["status"]) for c in conferences] == [
            ("standup", 2, "in-progress")
        ]
        conference = conferences[0]
        part = next(p for p in conference["participants"] if p["call"]["id"] == first)
        body = {"conference_name": "standup"}
        assert client.post(f"/LiveCalls/{first}/Actions/Conference/Mute", json=body).status_code == 204
        assert client.post(f"/LiveCalls/{first}/Actions/Conference/Hold", json=body).status_code == 204
        viewed = client.get(f"/LiveCalls/Conferences/{conference['id']}/Participants/{part['id']}").json()
        assert viewed["participants"][0]["muted"] is True and viewed["participants"][0]["on_hold"] is True
        assert client.post(f"/LiveCalls/{first}/Actions/Conference/Unmute", json=body).status_code == 204
        assert client.post(f"/LiveCalls/{first}/Actions/Conference/Resume", json=body).status_code == 204
        resumed = client.get(f"/LiveCalls/Conferences/{conference['id']}").json()
        assert {(p["muted"], p["on_hold"]) for p in resumed["participants"]} == {(False, False)}

        assert client.post(f"/LiveCalls/{first}/Actions/Conference/Leave", json=body).status_code == 204
        left = client.post(f"/LiveCalls/{first}/Actions/Conference/Mute", json=body)
        assert client.delete(f"/LiveCalls/{second}").status_code == 204  # the last participant hangs up
        gone = client.get(f"/LiveCalls/Conferences/{conference['id']}")
        listed = client.get("/LiveCalls/Conferences").json()
    error(left, 404, 404702)
    error(gone, 404, 404701)
    assert listed == {"conferences": []}


def test_queue_operations_see_peek_poll_and_remove_queued_calls(emulator: LiveServer) -> None:
    calls = [dial(emulator, to=f"+1323555010{i}") for i in range(3)]
    advance(emulator, RING_S)
    with api(emulator) as client:
        for call_id in calls:
            response = client.post(
                f"/LiveCalls/{call_id}/Actions", json=[{"type": "QUEUE", "params": {"name": "support"}}]
            )
            assert response.status_code == 204, response.text
        advance(emulator, 30)
        assert client.get("/LiveCalls/Queues").json()["queues"][0]["name"] == "support"
        queued = client.get("/LiveCalls/Queues/support/Calls").json()
        assert [c["call"]["id"] for c in queued["calls"]] == calls
        assert [c["position"] for c in queued["calls"]] == [1, 2, 3]
        assert queued["hold_times"]["least"] >= 30
        assert client.get("/LiveCalls/Queues/support/Peek").json()["call"]["id"] == calls[0]
        assert client.get(f"/LiveCalls/Queues/support/Calls/{calls[1]}").json()["position"] == 2
        polled = client.get("/LiveCalls/Queues/support/Poll").json()
        assert polled["call"]["id"] == calls[0]
        assert client.delete(f"/LiveCalls/Queues/support/Calls/{calls[1]}").status_code == 204
        remaining = client.get("/LiveCalls/Queues/support/Calls").json()["calls"]
        assert [(c["call"]["id"], c["position"]) for c in remaining] == [(calls[2], 1)]
        assert client.delete(f"/LiveCalls/{calls[2]}").status_code == 204  # hanging up leaves the queue
        empty = client.get("/LiveCalls/Queues/support/Peek")
        deleted = client.delete("/LiveCalls/Queues/support")
        unknown = client.get("/LiveCalls/Queues/support")
    error(empty, 404, 404713)
    assert deleted.status_code == 200 and deleted.json()["hold_times"]["estimated"] >= 30
    error(unknown, 404, 404711)
    assert live(emulator, calls[0])["status"] == "live-in-progress"  # polled calls go on with their flow


def test_recording_a_live_call_keeps_the_recording_after_it_ends(emulator: LiveServer) -> None:
    call_id = dial_answered(emulator)
    with api(emulator) as client:
        action = f"/LiveCalls/{call_id}/Actions/Recording"
        assert client.post(f"{action}/Start", json={"group": "audits"}).status_code == 204
        advance(emulator, 5)
        assert client.post(f"{action}/Pause").status_code == 204
        paused_twice = client.post(f"{action}/Pause")
        advance(emulator, 100)
        assert client.post(f"{action}/Resume").status_code == 204
        advance(emulator, 3)
        assert client.delete(f"/LiveCalls/{call_id}").status_code == 204
        recordings = client.get(f"/History/Recordings/{call_id}").json()["recordings"]
        assert [(r["group"], r["duration"] // 1000) for r in recordings] == [("audits", 8)]
        recording_id = recordings[0]["id"]
        audio = client.get(f"/History/Recordings/{recording_id}/mp3")
        assert audio.status_code == 200 and audio.content.startswith(b"ID3")
        assert (
            client.get("/History/Recordings", params={"group": "audits"}).json()["recordings"] == recordings
        )
        assert client.delete(f"/History/Recordings/{recording_id}").status_code == 200
        assert client.get(f"/History/Recordings/{call_id}").json()["recordings"] == []
        error(client.delete(f"/History/Recordings/{recording_id}"), 404, 404002)
    error(paused_twice, 400, 400001)


def test_a_call_id_with_plus_at_and_colon_reaches_every_call_operation(emulator: LiveServer) -> None:
    call_id = "+19495551212@10.0.0.7:5060"
    configure(emulator, NUMBER, "https://example.invalid/flow")  # refused, never sent: the call waits
    created = control(
        emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END, "call_id": call_id}
    )
    assert created["id"] == call_id and created["status"] == "live-ringing"
    advance(emulator, INBOUND_RING_S)  # picked up after its ring, waiting for the REST API
    raw, encoded = call_id, "%2B19495551212%4010.0.0.7%3A5060"
    with api(emulator) as client:
        for form in (raw, encoded):
            assert client.get(f"/LiveCalls/{form}").json()["id"] == call_id
        session = client.post(f"/LiveCalls/{encoded}/Actions/SessionData", json={"step": 2})
        assert session.status_code == 204
        assert client.get(f"/LiveCalls/{raw}").json()["session_data"] == {"step": 2}
        assert client.post(f"/LiveCalls/{raw}/Actions/Recording/Start").status_code == 204
        assert client.post(f"/LiveCalls/{encoded}/Actions/HangUp").status_code == 204
        log = client.get(f"/History/Logs/Calls/{encoded}").json()
        recordings = client.get(f"/History/Recordings/{raw}").json()["recordings"]
    assert log["call_id"] == call_id and log["direction"] == "inbound"
    assert len(recordings) == 1


def flow(script: dict[str, list[dict[str, Any]]]) -> Any:
    """A customer server answering each callback type with the given actions (204 for the others)."""

    def answer(request: Received) -> tuple[int, Any]:
        actions = script.get(request.body["type"]) if isinstance(request.body, dict) else None
        return (200, {"actions": actions}) if actions is not None else (204, None)

    return answer


def test_an_inbound_call_runs_its_call_flow_on_the_customer_server(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    customer_server.answer_with(
        flow(
            {
                "init_call": [
                    {"type": "SAY", "params": {"text": "Welcome"}},
                    {
                        "type": "COLLECT",
                        "name": "menu",
                        "params": {"num_digits": 1},
                        "actions": [{"type": "SAY", "params": {"text": "Press 1 for sales"}}],
                    },
                ],
                "live_call": [
                    {"type": "SAY", "params": {"text": "You pressed ${$keyPresses}"}},
                    {"type": "HANGUP"},
                ],
            }
        )
    )
    configure(emulator, NUMBER, f"{customer_server.url}/flow", custom_data={"tenant": "t-1"})
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    assert call["status"] == "live-ringing"  # its init_call asks what to do before it is answered
    advance(emulator, INBOUND_RING_S + 1)  # picked up; "Welcome" said (0.5 s), the menu prompt playing
    waiting = control(emulator, "GET", f"/calls/{call['id']}")
    assert waiting["status"] == "live-in-progress"
    assert waiting["waiting"]["kind"] == "collect"
    assert [h["text"] for h in waiting["heard"]] == ["Welcome", "Press 1 for sales"]

    control(emulator, "POST", f"/calls/{call['id']}/digits", json={"digits": "1"})
    advance(emulator, 2)  # the live_call answer: "You pressed 1" is said (0.9 s), then HANGUP
    done = control(emulator, "GET", f"/calls/{call['id']}")
    assert done["status"] == "completed"
    assert done["heard"][-1] == {"type": "SAY", "text": "You pressed 1", "repeat": 1, "voice": "Kate"}

    requests = [r.body for r in customer_server.requests_to("/flow")]
    assert [r["type"] for r in requests] == ["init_call", "live_call", "end_call"]
    assert all(schema_errors("VoiceCallbackRequest", r) == [] for r in requests)
    assert requests[0]["direction"] == "inbound" and requests[0]["caller_no"] == FAR_END
    assert requests[0]["status"] == "live-ringing" and requests[1]["status"] == "live-in-progress"
    # Every documented location field of both numbers, as strings (null where the number's place is unknown).
    fields = (
        "latitude",
        "longitude",
        "postal_code",
        "city",
        "rate_center",
        "lata",
        "region",
        "country",
        "timezone",
    )
    assert all(f"{side}_{f}" in r for r in requests for side in ("caller_no", "api_no") for f in fields)
    assert (requests[0]["caller_no_city"], requests[0]["caller_no_latitude"]) == ("Los Angeles", "34.1013")
    assert (requests[0]["api_no_city"], requests[0]["api_no_timezone"]) == (
        "Newport Beach",
        "America/Los_Angeles",
    )
    assert requests[0]["custom_data"] == {"tenant": "t-1"}
    assert requests[1]["key_presses"] == [{"name": "menu", "digits": "1", "history": ["1"]}]
    assert requests[2]["status"] == "completed"
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{call['id']}").json()
    assert log["direction"] == "inbound" and log["config"]["callback"]["url"] == f"{customer_server.url}/flow"


def test_a_failing_callback_tries_the_failover_then_ends_the_call(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    customer_server.answer_with(
        lambda request: (500, None) if request.path == "/primary" else (200, [{"type": "HANGUP"}])
    )
    configure(
        emulator,
        NUMBER,
        f"{customer_server.url}/primary",
        callback_failover={"url": f"{customer_server.url}/failover"},
    )
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    advance(emulator, INBOUND_RING_S)
    assert live(emulator, call["id"])["status"] == "completed"
    # The failover answered the call's actions (a HANGUP); the end of the call is told to the callback URL.
    assert [r.body["type"] for r in customer_server.requests_to("/primary")] == ["init_call", "end_call"]
    assert [r.body["type"] for r in customer_server.requests_to("/failover")] == ["init_call"]


def test_an_invalid_call_flow_answer_ends_the_call_with_the_documented_error(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    customer_server.answer_with(lambda request: (200, {"actions": [{"type": "DANCE"}]}))
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    advance(emulator, 0)  # the init_call is delivered and its answer read
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{call['id']}").json()
    # The answer came before the call was picked up: it never connected.
    assert (log["status"], log["connect_time_sec"], log["error_code"]) == ("failed", 0, 400902)
    assert log["error"].startswith("Your callback response did not contain JSON actions")


def test_an_inbound_call_to_a_number_without_a_call_flow_fails(emulator: LiveServer) -> None:
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    assert call["status"] == "failed"
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{call['id']}").json()
    assert log["error_code"] == 400900
