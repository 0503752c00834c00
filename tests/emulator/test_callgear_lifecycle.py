"""CallGear calls play out by themselves on the emulator clock: legs ring and answer by the far-end model,
messages play for their length, the dialing timeout ends an unanswered leg, employees are busy while on
a call, and the far end hangs up after its talk time. Only the clock moves in these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server
from .callgear import CONTACT, VNUMBER, Session, control, far_end, timeline_failures

EMPLOYEE = "79260000001"  # employee 25's number
TEST_EMPLOYEE = "79262444393"  # employee 2345's number (scenario 23456)


def _legs(session: Session, call_id: int) -> dict[str, str]:
    call = session.active(call_id)
    assert call is not None, f"call {call_id} is not in progress"
    return {leg["called_phone_number"]: leg["state"] for leg in call["legs"]}


def _history(live: LiveServer, call_id: int) -> list[tuple[str, float]]:
    """The session's events, each at its second since the call started."""
    stored = control(live, "GET", f"/calls/{call_id}")
    return [(e["event"], round(e["at"] - stored["started_at"], 3)) for e in stored["events"]]


def _employee_call_with_messages(live: LiveServer) -> tuple[Session, int]:
    far_end(live, "25", answer_after_s=3)
    far_end(live, CONTACT, answer_after_s=5, talk_s=60)
    session = Session(live)
    call_id = session.employee_call(
        employee_message={"type": "media", "value": "2561"},  # 4 s
        contact_message={"type": "media", "value": "237"},  # 6 s
        switch_at_once=False,
    )
    return session, call_id


PLAYED_OUT = [
    ("started", 0.0),
    ("dialing", 0.0),
    ("answered", 3.0),
    ("message_started", 3.0),
    ("message_played", 7.0),
    ("dialing", 7.0),
    ("answered", 12.0),
    ("message_started", 12.0),
    ("message_played", 18.0),
    ("conversation", 18.0),
    ("ended", 78.0),
]


def test_employee_call_plays_out_by_itself(emulator: LiveServer) -> None:
    session, call_id = _employee_call_with_messages(emulator)
    assert _legs(session, call_id) == {CONTACT: "Next in line", EMPLOYEE: "Redial"}
    emulator.advance(2.9)
    assert _legs(session, call_id) == {CONTACT: "Next in line", EMPLOYEE: "Redial"}
    emulator.advance(0.1)  # the employee answers and hears the employee message (4 s) ...
    assert _legs(session, call_id) == {CONTACT: "Next in line", EMPLOYEE: "Talk"}
    emulator.advance(3.9)
    assert _legs(session, call_id)[CONTACT] == "Next in line"
    emulator.advance(0.1)  # ... to the end; only then is the contact dialed
    assert _legs(session, call_id) == {CONTACT: "Redial", EMPLOYEE: "Talk"}
    emulator.advance(5)  # the contact answers and hears the contact message (6 s, switch_at_once false)
    assert _legs(session, call_id) == {CONTACT: "Talk", EMPLOYEE: "Talk"}
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "message"
    hold = {"type": "media", "value": "2034"}
    assert session.fails("hold.call", call_session_id=call_id, contact_message=hold) == (
        -32004,
        "invalid_state",
    )
    emulator.advance(6)  # the conversation starts
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "talk"
    emulator.advance(59.9)
    assert session.active(call_id) is not None
    emulator.advance(0.1)  # the contact hangs up after 60 s of talk: the session ends
    assert session.active(call_id) is None
    ended = control(emulator, "GET", f"/calls/{call_id}")
    assert (ended["state"], ended["ended_reason"], ended["duration_s"]) == ("ended", "hangup", 78.0)
    assert {leg["state"] for leg in ended["legs"]} == {"Disconnect"}
    assert _history(emulator, call_id) == PLAYED_OUT
    with emulator.control() as client:
        assert client.get("/timeline").json()["pending"] == []  # nothing of the call is left to fire
    assert timeline_failures(emulator) == []


def test_the_same_run_gives_the_same_events(emulator: LiveServer) -> None:
    runs: list[list[dict[str, Any]]] = []
    for _ in range(2):
        emulator.reset()
        _, call_id = _employee_call_with_messages(emulator)
        emulator.advance(100)
        stored = control(emulator, "GET", f"/calls/{call_id}")
        runs.append([{**e, "at": round(e["at"] - stored["started_at"], 3)} for e in stored["events"]])
    assert runs[0] == runs[1]
    assert [(e["event"], e["at"]) for e in runs[0]] == PLAYED_OUT


def test_switch_at_once_interrupts_the_contact_message(emulator: LiveServer) -> None:
    far_end(emulator, "25", answer_after_s=4)
    session = Session(emulator)
    call_id = session.employee_call(
        first_call="contact", switch_at_once=True, contact_message={"type": "media", "value": "2034"}
    )
    assert _legs(session, call_id) == {CONTACT: "Redial", EMPLOYEE: "Next in line"}
    emulator.advance(2)  # the contact answers, hears hold music (30 s), and the employee is dialed
    assert _legs(session, call_id) == {CONTACT: "Talk", EMPLOYEE: "Redial"}
    emulator.advance(4)  # the employee answers: the message stops, they talk
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "talk"
    assert [e for e, _ in _history(emulator, call_id)][-1] == "conversation"


def test_a_tts_contact_message_is_played_to_the_end_even_with_switch_at_once(emulator: LiveServer) -> None:
    session = Session(emulator)
    text = "Hello, this is a reminder of your appointment tomorrow at ten."  # 62 characters: 4.2 s
    call_id = session.employee_call(
        first_call="contact", switch_at_once=True, contact_message={"type": "tts", "value": text}
    )
    emulator.advance(4)  # contact answers at 2 s, employee at 4 s: 2.2 s of the message are left
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "message"
    emulator.advance(2.2)
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "talk"
    assert session.active(call_id) is not None


def test_informer_call_plays_its_message_and_completes(emulator: LiveServer) -> None:
    session = Session(emulator)
    text = "Your order 1234 is ready. Please collect it."  # 44 characters: 3 s of speech
    call_id = session.ok(
        "start.informer_call",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        dtmf_string=".1",
        contact_message={"type": "tts", "value": text},
    )["call_session_id"]
    assert _legs(session, call_id) == {f"{CONTACT}.1": "Redial"}
    emulator.advance(2)
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "informing"
    emulator.advance(2.9)
    assert session.active(call_id) is not None
    emulator.advance(0.1)
    assert session.active(call_id) is None
    assert control(emulator, "GET", f"/calls/{call_id}")["ended_reason"] == "message_played"
    assert _history(emulator, call_id) == [
        ("started", 0.0),
        ("dialing", 0.0),
        ("answered", 2.0),
        ("message_started", 2.0),
        ("dtmf_sent", 3.0),
        ("message_played", 5.0),
        ("ended", 5.0),
    ]


def test_informer_listener_who_hangs_up_early(emulator: LiveServer) -> None:
    far_end(emulator, CONTACT, talk_s=1)
    session = Session(emulator)
    call_id = session.ok(
        "start.informer_call",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        contact_message={"type": "media", "value": "237"},  # 6 s
    )["call_session_id"]
    emulator.advance(10)
    ended = control(emulator, "GET", f"/calls/{call_id}")
    assert (ended["ended_reason"], ended["duration_s"]) == ("hangup", 3.0)


OPERATOR = "79262444491"


def _simple_call(session: Session) -> int:
    call_id: int = session.ok(
        "start.simple_call",
        first_call="operator",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        operator=OPERATOR,
        operator_confirmation="1",
    )["call_session_id"]
    return call_id


def test_the_operator_confirms_with_a_key_before_the_contact_is_dialed(emulator: LiveServer) -> None:
    far_end(emulator, OPERATOR, dtmf=[{"at_s": 3, "digits": "1"}])
    session = Session(emulator)
    call_id = _simple_call(session)
    emulator.advance(4.9)  # the operator answered at 2 s and has not pressed 1 yet
    assert _legs(session, call_id) == {CONTACT: "Next in line", OPERATOR: "Talk"}
    emulator.advance(0.1)
    assert _legs(session, call_id) == {CONTACT: "Redial", OPERATOR: "Talk"}
    emulator.advance(2)
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "talk"
    assert ("operator_confirmed", 5.0) in _history(emulator, call_id)


def test_an_operator_who_never_confirms_ends_the_call(emulator: LiveServer) -> None:
    far_end(emulator, OPERATOR, dtmf=[{"at_s": 1, "digits": "2"}])  # the wrong key
    session = Session(emulator)
    call_id = _simple_call(session)
    emulator.advance(31.9)
    assert _legs(session, call_id) == {CONTACT: "Next in line", OPERATOR: "Talk"}
    emulator.advance(0.1)
    ended = control(emulator, "GET", f"/calls/{call_id}")
    assert (ended["ended_reason"], ended["duration_s"]) == ("operator_not_confirmed", 32.0)


def test_a_busy_employee_gets_no_second_call(emulator: LiveServer) -> None:
    session = Session(emulator)
    first = session.employee_call()
    emulator.advance(4)  # employee 25 answers at 2 s, the contact at 4 s
    assert control(emulator, "GET", f"/calls/{first}")["state"] == "talk"
    second = session.employee_call(contact="79267777777")
    assert session.active(second) is None  # the employee is on the first call: busy at once
    refused = control(emulator, "GET", f"/calls/{second}")
    assert refused["ended_reason"] == "busy"
    assert [e for e, _ in _history(emulator, second)] == [
        "started",
        "dialing",
        "employee_busy",
        "leg_disconnected",
        "ended",
    ]
    contact_first = session.employee_call(contact="79268888888", first_call="contact")
    emulator.advance(2)  # this contact answers; then the employee is dialed, and is busy
    assert control(emulator, "GET", f"/calls/{contact_first}")["ended_reason"] == "busy"
    session.ok("release.call", call_session_id=first)  # the employee is free again
    third = session.employee_call(contact="79269999999")
    assert _legs(session, third)[EMPLOYEE] == "Redial"
    emulator.advance(2)
    assert _legs(session, third)[EMPLOYEE] == "Talk"


def test_answering_through_the_control_api_still_finds_the_employee_busy(emulator: LiveServer) -> None:
    session = Session(emulator)
    first = session.talking_call()  # answered through the control API: employee 25 is on it
    second = session.employee_call(first_call="contact", contact="79267777777")
    forced = control(emulator, "POST", f"/calls/{second}/answer")
    assert (forced["state"], forced["ended_reason"]) == ("ended", "busy")
    assert _legs(session, first) == {CONTACT: "Talk", EMPLOYEE: "Talk"}
    session.ok("release.call", call_session_id=first)
    third = session.employee_call(first_call="contact", contact="79268888888")
    assert control(emulator, "POST", f"/calls/{third}/answer")["state"] == "talk"


@pytest.mark.parametrize("outcome", ["busy", "failed", "rejected"])
def test_a_far_end_that_refuses_ends_the_call(emulator: LiveServer, outcome: str) -> None:
    far_end(emulator, CONTACT, outcome=outcome, answer_after_s=4)
    session = Session(emulator)
    call_id = session.employee_call(first_call="contact")
    emulator.advance(3.9)
    assert _legs(session, call_id) == {CONTACT: "Redial", EMPLOYEE: "Next in line"}
    emulator.advance(0.1)
    ended = control(emulator, "GET", f"/calls/{call_id}")
    assert (ended["ended_reason"], ended["duration_s"]) == (outcome, 4.0)
    assert {leg["state"] for leg in ended["legs"]} == {"Disconnect"}


def test_dialing_timeouts_end_unanswered_legs(emulator: LiveServer) -> None:
    far_end(emulator, CONTACT, outcome="no_answer")
    far_end(emulator, "2345", answer_after_s=45)  # would answer, but after the 30 s timeout
    session = Session(emulator)
    informer = session.ok(
        "start.informer_call",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        contact_message={"type": "media", "value": "237"},
    )["call_session_id"]  # dialing_timeout not given: 30 s, as documented
    scenario = session.ok(
        "start.scenario_call",
        first_call="employee",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        scenario_id=23456,
    )["call_session_id"]
    emulator.advance(29.9)
    assert _legs(session, informer) == {CONTACT: "Redial"}
    assert _legs(session, scenario) == {CONTACT: "Next in line", TEST_EMPLOYEE: "Redial"}
    emulator.advance(0.1)
    assert session.ok("list.calls") == []
    for call_id in (informer, scenario):
        ended = control(emulator, "GET", f"/calls/{call_id}")
        assert (ended["ended_reason"], ended["duration_s"]) == ("no_answer", 30.0)


def test_each_active_number_of_the_employee_is_dialed_in_turn(emulator: LiveServer) -> None:
    employee = {"id": 77, "full_name": "Two phones", "phone_numbers": ["79264440001", "79264440002"]}
    control(emulator, "POST", "/employees", json=employee)
    far_end(emulator, "77", outcome="no_answer")
    session = Session(emulator)
    call_id = session.employee_call(employee={"id": 77})
    emulator.advance(30)  # the first number rang out: the second rings
    assert _legs(session, call_id) == {CONTACT: "Next in line", "79264440002": "Redial"}
    emulator.advance(30)
    ended = control(emulator, "GET", f"/calls/{call_id}")
    assert (ended["ended_reason"], ended["duration_s"]) == ("no_answer", 60.0)
    named = session.employee_call(employee={"id": 77, "phone_number": "79264440002"})
    emulator.advance(30)  # a number given: only that one is dialed
    assert control(emulator, "GET", f"/calls/{named}")["ended_reason"] == "no_answer"


def test_consultation_and_transfer_play_out(emulator: LiveServer) -> None:
    far_end(emulator, "2345", answer_after_s=3, talk_s=20)
    session = Session(emulator)
    call_id = session.employee_call()
    emulator.advance(4)
    session.ok("hold.call", call_session_id=call_id, contact_message={"type": "media", "value": "2034"})
    session.ok("make.call", call_session_id=call_id, to="102")  # employee 2345's extension
    emulator.advance(3)
    assert _legs(session, call_id) == {
        CONTACT: "On hold",
        EMPLOYEE: "Operators' conversation",
        TEST_EMPLOYEE: "Operators' conversation",
    }
    session.ok("transfer.talk", call_session_id=call_id)
    assert _legs(session, call_id) == {CONTACT: "Talk", TEST_EMPLOYEE: "Talk"}
    assert _legs(session, session.employee_call(contact="79267777777"))[EMPLOYEE] == "Redial"  # 25 is free
    emulator.advance(20)  # employee 2345 hangs up after 20 s: nobody is left for the contact
    assert control(emulator, "GET", f"/calls/{call_id}")["ended_reason"] == "hangup"


def test_inbound_call_plays_out(emulator: LiveServer) -> None:
    far_end(emulator, "2345", answer_after_s=4, talk_s=10)
    session = Session(emulator)
    call_id = control(
        emulator, "POST", "/calls/inbound", json={"virtual_phone_number": VNUMBER, "contact": CONTACT}
    )["call_session_id"]
    emulator.advance(4)
    assert _legs(session, call_id) == {VNUMBER: "Talk", TEST_EMPLOYEE: "Talk"}
    emulator.advance(10)
    ended = control(emulator, "GET", f"/calls/{call_id}")
    assert (ended["ended_reason"], ended["duration_s"]) == ("hangup", 14.0)


def test_a_call_refused_for_points_opens_no_session(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    control(
        emulator,
        "PATCH",
        "/settings",
        json={"minute_limit": 1000, "method_points": {"start.employee_call": 600}},
    )
    session = Session(emulator)
    first = session.employee_call()
    refused = session.call(
        "start.employee_call",
        first_call="employee",
        virtual_phone_number=VNUMBER,
        contact="79267777777",
        employee={"id": 2345},
    )
    assert refused["error"]["code"] == -32029 and refused["error"]["data"]["mnemonic"] == "limit_exceeded"
    assert refused["error"]["data"]["metadata"]["limits"]["minute_remaining"] == 400
    assert [c["call_session_id"] for c in control(emulator, "GET", "/calls")] == [first]
    emulator.advance(4)
    assert _legs(session, first) == {CONTACT: "Talk", EMPLOYEE: "Talk"}  # the accepted call goes on


def test_a_restart_with_a_db_file_resumes_a_call_mid_way(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "switchboard.db", rate_limit=False, frozen_clock=True)
    first = start_server(settings)
    try:
        far_end(first, CONTACT, answer_after_s=2, talk_s=30)
        session = Session(first)
        call_id = session.employee_call()
        first.advance(3)  # the employee has answered; the contact is ringing
        assert _legs(session, call_id) == {CONTACT: "Redial", EMPLOYEE: "Talk"}
    finally:
        stop_server(first)
    second = start_server(settings)
    try:
        again = Session(second, session.token)
        assert _legs(again, call_id) == {CONTACT: "Redial", EMPLOYEE: "Talk"}
        second.advance(1)
        assert _legs(again, call_id) == {CONTACT: "Talk", EMPLOYEE: "Talk"}
        second.advance(30)
        assert again.active(call_id) is None
        ended = control(second, "GET", f"/calls/{call_id}")
        failures = timeline_failures(second)
    finally:
        stop_server(second)
    assert (ended["ended_reason"], ended["duration_s"]) == ("hangup", 34.0)
    assert failures == []
