"""CallGear call sessions: start.* methods and their documented refusals, list.calls, and the call
management methods under the documented state rules."""

from __future__ import annotations

import pytest

from ..conftest import LiveServer
from .callgear import CONTACT, OTHER_VNUMBER, VNUMBER, Session, advance_clock, control, error_of, far_end

HOLD_MESSAGE = {"type": "media", "value": "2034"}


def _legs(session: Session, call_id: int) -> dict[str, str]:
    call = session.active(call_id)
    assert call is not None
    return {leg["called_phone_number"]: leg["state"] for leg in call["legs"]}


def test_employee_call_rings_the_first_party_then_talks(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.employee_call(dtmf_string=".1.2", external_id="334otr01", direction="out")
    call = session.active(call_id)
    assert call is not None
    assert call["direction"] == "out" and call["external_id"] == "334otr01" and call["tags"] == []
    assert call["virtual_phone_number"] == VNUMBER and call["contact_phone_number"] == CONTACT
    contact, employee = call["legs"]
    assert (contact["called_phone_number"], contact["state"], contact["is_operator"]) == (
        "79260000000.1.2",
        "Next in line",
        False,
    )
    assert (employee["called_phone_number"], employee["state"], employee["employee_id"]) == (
        "79260000001",
        "Redial",
        25,
    )
    assert employee["employee_full_name"] == "Anna Smirnova" and employee["is_operator"] is True
    control(emulator, "POST", f"/calls/{call_id}/answer", json={"leg_id": employee["leg_id"]})
    assert _legs(session, call_id) == {"79260000000.1.2": "Redial", "79260000001": "Talk"}
    control(emulator, "POST", f"/calls/{call_id}/answer", json={"leg_id": contact["leg_id"]})
    assert set(_legs(session, call_id).values()) == {"Talk"}
    assert control(emulator, "GET", f"/calls/{call_id}")["state"] == "talk"


def test_hold_consult_restore_transfer_and_release(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.talking_call()
    for method in ("unhold.call", "make.call", "transfer.talk", "restore.talk"):
        params = {"to": "79261111111"} if method == "make.call" else {}
        assert session.fails(method, call_session_id=call_id, **params) == (-32004, "invalid_state"), method
    assert session.ok("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE) == {
        "success": "true"
    }
    assert session.fails("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE) == (
        -32004,
        "invalid_state",
    )
    assert _legs(session, call_id)["79260000000"] == "On hold"
    assert session.ok("unhold.call", call_session_id=call_id) == {"success": "true"}
    assert _legs(session, call_id)["79260000000"] == "Talk"
    # consultation, then back to the contact
    session.ok("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE)
    session.ok("make.call", call_session_id=call_id, to="79261111111")
    assert _legs(session, call_id)["79261111111"] == "Redial"
    assert session.fails("unhold.call", call_session_id=call_id) == (-32004, "invalid_state")
    control(emulator, "POST", f"/calls/{call_id}/answer")
    assert _legs(session, call_id) == {
        "79260000000": "On hold",
        "79260000001": "Operators' conversation",
        "79261111111": "Operators' conversation",
    }
    session.ok("restore.talk", call_session_id=call_id)
    assert _legs(session, call_id) == {"79260000000": "Talk", "79260000001": "Talk"}
    assert session.fails("restore.talk", call_session_id=call_id) == (-32004, "invalid_state")
    # consultation, then the contact is handed over
    session.ok("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE)
    session.ok("make.call", call_session_id=call_id, to="102")  # an employee's extension
    control(emulator, "POST", f"/calls/{call_id}/answer")
    session.ok("transfer.talk", call_session_id=call_id)
    call = session.active(call_id)
    assert call is not None
    assert [(leg["called_phone_number"], leg["employee_id"], leg["state"]) for leg in call["legs"]] == [
        ("79260000000", None, "Talk"),
        ("79262444393", 2345, "Talk"),
    ]
    assert session.ok("release.call", call_session_id=call_id) == {"success": "true"}
    assert session.active(call_id) is None
    assert session.fails("release.call", call_session_id=call_id) == (-32602, "call_session_not_found")


def test_transfer_while_the_new_party_is_still_ringing(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.talking_call()
    session.ok("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE)
    session.ok("make.call", call_session_id=call_id, to="79261111111")
    session.ok("transfer.talk", call_session_id=call_id)
    assert _legs(session, call_id) == {"79260000000": "Transferring call", "79261111111": "Redial"}
    assert session.fails("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE) == (
        -32004,
        "invalid_state",
    )
    control(emulator, "POST", f"/calls/{call_id}/answer")
    assert _legs(session, call_id) == {"79260000000": "Talk", "79261111111": "Talk"}


def test_make_call_to_an_unknown_extension(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.talking_call()
    session.ok("hold.call", call_session_id=call_id, contact_message=HOLD_MESSAGE)
    assert session.fails("make.call", call_session_id=call_id, to="999") == (-32602, "no_active_phone_number")


def test_tags_recording_dtmf_and_legs(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.talking_call()
    session.ok("tag.call", call_session_id=call_id, tag_id=456)
    assert session.fails("tag.call", call_session_id=call_id, tag_id=456) == (-32602, "duplicate_tag")
    missing = session.call("tag.call", call_session_id=call_id, tag_id=1)
    assert error_of(missing) == (-32602, "tag_not_found")
    assert missing["error"]["message"] == "Tag with 1 not found"
    call = session.active(call_id)
    assert call is not None and call["tags"] == [{"tag_id": 456, "tag_name": "Relevant"}]
    assert session.fails("record.call", call_session_id=call_id, action="off") == (
        -32602,
        "record_already_stopped",
    )
    session.ok("record.call", call_session_id=call_id, action="on")
    assert session.fails("record.call", call_session_id=call_id, action="on") == (
        -32602,
        "record_already_started",
    )
    call = session.active(call_id)
    assert call is not None and all(leg["record_call_enabled"] for leg in call["legs"])
    session.ok("record.call", call_session_id=call_id, action="off")
    session.ok("send.dtmf", call_session_id=call_id, dtmf_string="1#")
    assert control(emulator, "GET", f"/calls/{call_id}")["dtmf_sent"] == ["1#"]
    session.ok("add.coach", call_session_id=call_id, phone_number="79263333333")
    coach = next(
        leg for leg in session.active(call_id)["legs"] if leg["called_phone_number"] == "79263333333"
    )  # type: ignore[index]
    assert session.fails("disconnect.leg", call_session_id=call_id, leg_id=1) == (-32602, "leg_not_found")
    session.ok("disconnect.leg", call_session_id=call_id, leg_id=coach["leg_id"])
    assert "79263333333" not in _legs(session, call_id)
    contact = session.active(call_id)["legs"][0]  # type: ignore[index]
    session.ok("disconnect.leg", call_session_id=call_id, leg_id=contact["leg_id"])  # ends the session
    assert session.active(call_id) is None


def test_universal_recording_cannot_be_switched_off(emulator: LiveServer) -> None:
    control(
        emulator,
        "POST",
        "/employees",
        json={"id": 77, "full_name": "Rec", "phone_numbers": ["79264444444"], "record_calls": True},
    )
    session = Session(emulator)
    call_id = session.talking_call(employee={"id": 77})
    assert session.fails("record.call", call_session_id=call_id, action="off") == (-32003, "forbidden")
    assert session.fails("record.call", call_session_id=call_id, action="on") == (
        -32602,
        "record_already_started",
    )


def test_coach_from_the_settings(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.talking_call()
    session.ok("add.coach", call_session_id=call_id)
    assert "79260000001" in _legs(session, call_id)  # employee 25 is the demo account's coach
    control(emulator, "PATCH", "/settings", json={"coach_employee_id": None})
    assert session.fails("add.coach", call_session_id=call_id) == (-32602, "coach_not_found")


def test_block_contact_refuses_later_calls_with_each_methods_code(emulator: LiveServer) -> None:
    session = Session(emulator)
    call_id = session.talking_call()
    session.ok("block.contact", call_session_id=call_id)
    duplicate = session.call("block.contact", call_session_id=call_id)
    assert error_of(duplicate) == (-32602, "duplicate_contact")
    assert duplicate["error"]["message"] == "The contact with phone number 79260000000 already exists"
    assert control(emulator, "GET", "/blacklist")[0]["number"] == CONTACT
    employee = session.call(
        "start.employee_call",
        first_call="contact",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        employee={"id": 25},
    )
    assert error_of(employee) == (-32002, "contact_in_blacklist")
    assert employee["error"]["message"] == "The contact 79260000000 has been found in the blacklist"
    scenario = session.call(
        "start.scenario_call",
        first_call="contact",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        scenario_id=23456,
    )
    assert error_of(scenario) == (-32602, "contact_in_blacklist")


def test_talk_options(emulator: LiveServer) -> None:
    session = Session(emulator)
    options = session.ok("list.talk_options")
    assert options[0] == {
        "button": "1",
        "mnemonic": "tag_call",
        "name": "Tag",
        "button_value": {"id": 254, "value": "Relevant"},
    }
    call_id = session.employee_call()
    assert session.fails("call.talk_option", call_session_id=call_id, button="1") == (-32004, "invalid_state")
    control(emulator, "POST", f"/calls/{call_id}/answer")
    assert session.fails("call.talk_option", call_session_id=call_id, button="7") == (
        -32602,
        "talk_option_not_found",
    )
    session.ok("call.talk_option", call_session_id=call_id, button="1")
    session.ok("call.talk_option", call_session_id=call_id, button="2")
    call = session.active(call_id)
    assert call is not None and call["tags"] == [{"tag_id": 254, "tag_name": "Relevant"}]
    assert all(leg["record_call_enabled"] for leg in call["legs"])
    session.ok("call.talk_option", call_session_id=call_id, button="2")  # again: recording off
    assert not any(leg["record_call_enabled"] for leg in session.active(call_id)["legs"])  # type: ignore[index]
    session.ok("call.talk_option", call_session_id=call_id, button="9")  # finish the conversation
    assert session.active(call_id) is None
    assert session.fails("call.talk_option", call_session_id=call_id, button="1") == (
        -32602,
        "call_session_not_found",
    )


def test_scenario_vnumber_simple_and_informer_calls(emulator: LiveServer) -> None:
    session = Session(emulator)
    scenario = session.ok(
        "start.scenario_call",
        first_call="employee",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        scenario_id=23456,
    )["call_session_id"]
    vnumber = session.ok(
        "start.vnumber_call", first_call="contact", virtual_phone_number=OTHER_VNUMBER, contact=CONTACT
    )["call_session_id"]
    simple = session.ok(
        "start.simple_call",
        first_call="operator",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        operator="79262444491",
        show_virtual_phone_number=False,
    )["call_session_id"]
    informer = session.ok(
        "start.informer_call",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        contact_message={"type": "tts", "value": "Your order is ready"},
    )["call_session_id"]
    assert _legs(session, scenario) == {CONTACT: "Next in line", "79262444393": "Redial"}
    assert _legs(session, vnumber) == {CONTACT: "Redial", "79262444393": "Next in line"}
    simple_call = session.active(simple)
    assert simple_call is not None
    operator = simple_call["legs"][1]
    assert (operator["called_phone_number"], operator["calling_phone_number"]) == ("79262444491", CONTACT)
    assert (operator["employee_id"], operator["employee_full_name"], operator["is_operator"]) == (
        None,
        None,
        True,
    )
    assert _legs(session, informer) == {CONTACT: "Redial"}
    assert [c["call_session_id"] for c in session.ok("list.calls", virtual_phone_number=OTHER_VNUMBER)] == [
        vnumber
    ]
    assert session.ok("list.calls", direction="out") == []
    control(emulator, "POST", f"/calls/{informer}/answer")
    assert control(emulator, "GET", f"/calls/{informer}")["state"] == "informing"
    control(emulator, "POST", f"/calls/{informer}/hangup")  # the message has been played
    assert session.active(informer) is None


def test_informer_call_not_answered_in_time_ends(emulator: LiveServer) -> None:
    far_end(emulator, CONTACT, outcome="no_answer")
    session = Session(emulator)
    informer = session.ok(
        "start.informer_call",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        dialing_timeout=20,
        contact_message={"type": "media", "value": "237"},
    )["call_session_id"]
    advance_clock(emulator, 19)
    assert session.active(informer) is not None
    advance_clock(emulator, 2)
    assert session.active(informer) is None
    assert control(emulator, "GET", f"/calls/{informer}")["ended_reason"] == "no_answer"


START = {
    "first_call": "employee",
    "virtual_phone_number": VNUMBER,
    "contact": CONTACT,
    "employee": {"id": 25},
}
REFUSALS = [
    (
        {"virtual_phone_number": "70000000000"},
        -32007,
        "virtual_phone_number_not_found",
        "Virtual phone number 70000000000 not found. It is not your virtual phone number.",
    ),
    (
        {"contact": OTHER_VNUMBER},
        -32602,
        "own_virtual_phone_number_not_allowed",
        "Parameter contact can not contain own virtual phone number",
    ),
    ({"media_file_id": 1}, -32602, "media_file_not_found", "The media file with id 1 not found"),
    (
        {"employee_message": {"type": "media", "value": "55"}},
        -32602,
        "media_file_not_found",
        "The media file with id 55 not found",
    ),
    (
        {"contact_message": {"type": "tts", "value": "x" * 1001}},
        -32602,
        "tts_text_exceeded",
        "The maximum length of Text-to-Speech message is 1000. The length of your message is 1001",
    ),
    (
        {"employee": {"id": 1}},
        -32602,
        "employee_not_found",
        "Employee with id 1 not found. It is not your employee.",
    ),
    (
        {"employee": {"id": 25, "phone_number": "79269999999"}},
        -32602,
        "no_active_phone_number",
        "The phone number does not exist or inactive",
    ),
    (
        {"early_switching": True},
        -32602,
        "invalid_parameters_combination",
        "The combination of parameters is not permitted",
    ),
    (
        {"early_switching": True, "switch_at_once": True, "first_call": "contact"},
        -32602,
        "invalid_parameters_combination",
        "The combination of parameters is not permitted",
    ),
]


@pytest.mark.parametrize(("change", "code", "mnemonic", "message"), REFUSALS, ids=[r[2] for r in REFUSALS])
def test_employee_call_refusals(
    emulator: LiveServer, change: dict[str, object], code: int, mnemonic: str, message: str
) -> None:
    reply = Session(emulator).call("start.employee_call", **{**START, **change})
    assert error_of(reply) == (code, mnemonic)
    assert reply["error"]["message"] == message


def test_early_switching_in_the_allowed_combination(emulator: LiveServer) -> None:
    assert Session(emulator).employee_call(early_switching=True, switch_at_once=True) > 0


def test_scenario_refusals_differ_between_methods(emulator: LiveServer) -> None:
    session = Session(emulator)
    missing = session.call(
        "start.scenario_call",
        first_call="contact",
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        scenario_id=1,
    )
    assert error_of(missing) == (-32602, "scenario_not_found")
    assert missing["error"]["message"] == "Scenario with id 1 not found"
    control(emulator, "POST", "/virtual_numbers", json={"number": "74990000001"})
    no_scenario = session.call(
        "start.vnumber_call", first_call="contact", virtual_phone_number="74990000001", contact=CONTACT
    )
    assert error_of(no_scenario) == (-32007, "scenario_not_found")
    assert no_scenario["error"]["message"] == "Virtual phone number does not have a scenario"


def test_inbound_call_through_the_virtual_pbx_can_be_managed(emulator: LiveServer) -> None:
    session = Session(emulator)
    inbound = control(
        emulator, "POST", "/calls/inbound", json={"virtual_phone_number": VNUMBER, "contact": "79265555555"}
    )
    call_id = inbound["call_session_id"]
    assert _legs(session, call_id) == {
        VNUMBER: "Talk",
        "79262444393": "Redial",
    }  # the scenario's employee rings
    assert session.fails(
        "hold.call", call_session_id=call_id, contact_message={"type": "tts", "value": "Please wait"}
    ) == (-32004, "invalid_state")
    advance_clock(emulator, 2)  # the employee answers (the far end's default: after 2 s)
    assert _legs(session, call_id) == {VNUMBER: "Talk", "79262444393": "Talk"}
    session.ok("hold.call", call_session_id=call_id, contact_message={"type": "tts", "value": "Please wait"})
    session.ok("unhold.call", call_session_id=call_id)
    session.ok("release.call", call_session_id=call_id)
    assert session.active(call_id) is None
