"""Calls that play out by themselves on the emulator clock: the far end answers, presses keys and hangs up by
its far-end rule, SAY/PLAY/PAUSE take time, COLLECT times out, and failures reach the Call Flow."""

from __future__ import annotations

import time
from typing import Any

from ..conftest import LiveServer
from ..customer_server import CustomerServer, Received
from .voxology import APP_ID, FAR_END, NUMBER, api, configure, control, dial, schema_errors

MENU = [
    {"type": "SAY", "params": {"text": "Welcome to Example"}},  # 18 characters: 1.2 s
    {"type": "LABEL", "name": "MENU"},
    {
        "type": "COLLECT",
        "name": "menu",
        "params": {"num_digits": 1, "timeout": 3000},
        "actions": [{"type": "SAY", "params": {"text": "Press 2 for service"}}],  # 19 characters
    },
    {
        "type": "IF",
        "condition": "! $keyPresses && $collectAttempt < 3",
        "then": [{"type": "GOTO", "params": {"label": "MENU"}}],
    },
    {"type": "SAY", "params": {"text": "You chose ${$keyPresses} at ${$callTime} ms"}},
    {"type": "PAUSE", "params": {"seconds": 2}},
]


def far_end(live: LiveServer, party: str, **rule: Any) -> None:
    with live.control() as client:
        client.put(f"/farend/voxology/{APP_ID}/{party}", json=rule).raise_for_status()


def menu_server(request: Received) -> tuple[int, Any]:
    kind = request.body["type"] if isinstance(request.body, dict) else None
    if kind == "init_call":
        return 200, {"actions": MENU}
    if kind == "live_call":
        return 200, {"actions": [{"type": "PAUSE", "params": {"seconds": 60}}]}  # the far end hangs up first
    return 204, None


def play_out(live: LiveServer, server: CustomerServer) -> tuple[list[tuple[Any, ...]], list[Any]]:
    """A call nobody touches again (only the clock moves): what its Call Flow was told, what was heard."""
    live.reset()
    server.received.clear()
    server.answer_with(menu_server)
    configure(live, NUMBER, f"{server.url}/flow")
    # The far end answers after 3 s, presses 2 nine seconds later and hangs up after talking 20 s.
    far_end(live, FAR_END, answer_after_s=3, talk_s=20, dtmf=[{"at_s": 9, "digits": "2"}])
    call_id = dial(live)
    live.advance(30)
    with live.control() as client:
        timeline = client.get("/timeline").json()
    assert timeline["failures"] == []
    assert [e for e in timeline["pending"] if e["key"] == call_id] == []  # its timers went with it
    events = [
        (
            r.body["type"],
            r.body["status"],
            r.body["duration"],
            r.body["connect_time_sec"],
            r.body["key_presses"],
        )
        for r in server.requests_to("/flow")
    ]
    heard = control(live, "GET", f"/calls/{call_id}")["heard"]
    return events, heard


def test_a_call_plays_out_by_itself_on_the_clock_through_a_collect_timeout(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    events, heard = play_out(emulator, customer_server)
    # t=3 answered: init_call. The menu prompt ends at 5.47 s, its 3 s timeout passes without a key (8.47 s),
    # the IF retries it; the far end presses 2 at t=12, during the second wait.
    pressed = [{"name": "menu", "digits": "2", "history": ["2"]}]
    assert [e[:2] for e in events] == [
        ("init_call", "live-in-progress"),
        ("live_call", "live-in-progress"),
        ("end_call", "completed"),
    ]
    assert events[0][2:] == (3000, 0, [])
    # "You chose 2 at 12000 ms" takes 1.53 s and the PAUSE 2 s: the actions run out at 15.53 s.
    assert events[1][2:] == (15533, 12, pressed)
    assert events[2][2:] == (23000, 20, pressed)  # the far end hung up after talking 20 s
    assert [h.get("text") for h in heard if h["type"] == "SAY"] == [
        "Welcome to Example",
        "Press 2 for service",
        "Press 2 for service",
        "You chose 2 at 12000 ms",
    ]
    assert {"type": "PAUSE", "seconds": 60} in heard


def test_the_same_call_played_twice_on_a_frozen_clock_tells_the_same_story(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    first = play_out(emulator, customer_server)
    second = play_out(emulator, customer_server)
    assert first == second
    assert len(first[0]) == 3


def test_busy_and_unanswered_calls_send_failed_call_with_their_error(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    far_end(emulator, "+13235550111", outcome="busy", answer_after_s=4)
    far_end(emulator, "+13235550122", outcome="no_answer")
    busy = dial(emulator, to="+13235550111")
    unanswered = dial(emulator, to="+13235550122", timeout=20)
    emulator.advance(4)
    with api(emulator) as client:
        assert client.get(f"/LiveCalls/{busy}").json()["status"] == "busy"
        assert client.get(f"/LiveCalls/{unanswered}").json()["status"] == "live-ringing"
    emulator.advance(16)  # its 20 s ring timeout
    failed = {r.body["call_id"]: r.body for r in customer_server.requests_to("/flow")}
    assert set(failed) == {busy, unanswered}
    assert all(body["type"] == "failed_call" for body in failed.values())
    assert (failed[busy]["status"], failed[busy]["error_code"]) == ("busy", 486)
    assert (failed[unanswered]["status"], failed[unanswered]["error_code"]) == ("no-answer", 480)
    assert failed[unanswered]["error"] == "The far end did not answer before the ring timeout"
    assert all(schema_errors("VoiceCallbackRequest", body) == [] for body in failed.values())
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{busy}").json()
    assert (log["status"], log["connect_time_sec"], log["error_code"]) == ("busy", 0, 486)


def test_a_dial_leg_that_fails_tells_the_call_flow_that_dialled_it(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    far_end(emulator, "+13235550133", outcome="failed", answer_after_s=1, details={"sip_code": 503})

    def flow(request: Received) -> tuple[int, Any]:
        if request.body["type"] == "init_call" and request.body["direction"] == "inbound":
            dial_leg = {"type": "DIAL", "params": {"no": "+13235550133", "caller_id_no": NUMBER}}
            return 200, {"actions": [dial_leg, {"type": "PAUSE", "params": {"seconds": 30}}]}
        return 204, None

    customer_server.answer_with(flow)
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    call = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    emulator.advance(4)  # picked up at 2 s; the leg rings 1 s and fails
    [failed] = [r.body for r in customer_server.requests_to("/flow") if r.body["type"] == "failed_call"]
    assert failed["parent_call_id"] == call["id"] and failed["caller_no"] == "+13235550133"
    assert (failed["status"], failed["error_code"], failed["direction"]) == ("failed", 503, "outbound")


def slow_server(seconds: float) -> Any:
    def answer(request: Received) -> tuple[int, Any]:
        if request.body["type"] == "init_call":
            time.sleep(seconds)  # the customer's server is slow: real time, past the callback timeout
            return 200, {"actions": [{"type": "HANGUP"}]}
        return 204, None

    return answer


def test_a_callback_that_times_out_ends_the_call_with_4001(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    customer_server.answer_with(slow_server(1.5))
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    with api(emulator) as client:
        client.put(
            f"/CallFlows/Configurations/PhoneNumbers/{NUMBER}",
            json={"callback": {"url": f"{customer_server.url}/flow", "timeout": 1}},
        ).raise_for_status()
    call_id = dial(emulator)
    emulator.advance(2)
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{call_id}").json()
    assert (log["status"], log["error_code"]) == ("completed", 4001)
    assert log["error"].startswith("The request to your callback url timed out")
    heard = control(emulator, "GET", f"/calls/{call_id}")["heard"]
    assert heard[-1]["message"].endswith("Error code 4001.")


def test_an_answer_over_81_kb_ends_the_call_with_413900(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    huge = {"actions": [{"type": "SAY", "params": {"text": "x" * 83_000}}]}
    customer_server.answer_with(
        lambda request: (200, huge) if request.body["type"] == "init_call" else (204, None)
    )
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    inbound = control(emulator, "POST", "/inbound/calls", json={"to": NUMBER, "from": FAR_END})
    outbound = dial(emulator)
    emulator.advance(3)
    with api(emulator) as client:
        inbound_log = client.get(f"/History/Logs/Calls/{inbound['id']}").json()
        outbound_log = client.get(f"/History/Logs/Calls/{outbound}").json()
    assert (inbound_log["error_code"], inbound_log["connect_time_sec"]) == (413900, 0)
    assert outbound_log["error_code"] == 413910  # the outbound form of the same limit
    assert "81 KB" in inbound_log["error"]


def test_a_non_2xx_answer_after_init_call_ends_an_outbound_call_with_400912(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    def flow(request: Received) -> tuple[int, Any]:
        if request.body["type"] == "init_call":
            return 200, {"actions": [{"type": "SAY", "params": {"text": "One moment"}}]}
        return (500, None) if request.body["type"] == "live_call" else (204, None)

    customer_server.answer_with(flow)
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    call_id = dial(emulator)
    emulator.advance(5)
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{call_id}").json()
    assert (log["status"], log["error_code"]) == ("completed", 400912)
    end_call = customer_server.requests_to("/flow")[-1].body
    assert (end_call["type"], end_call["error_code"]) == ("end_call", 400912)


def test_a_server_that_always_answers_instant_actions_is_cut_off(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    label = {"actions": [{"type": "LABEL", "name": "again"}]}  # runs out at once: another live_call
    customer_server.answer_with(
        lambda request: (200, label) if request.body["type"] != "end_call" else (204, None)
    )
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    call_id = dial(emulator)
    emulator.advance(2)
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{call_id}").json()
    assert (log["status"], log["error_code"]) == ("completed", 400902)
    assert len([r for r in customer_server.requests_to("/flow") if r.body["type"] == "live_call"]) == 50
