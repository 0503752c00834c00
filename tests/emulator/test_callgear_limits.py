"""CallGear points limits: counted per account on successful calls only, reported in metadata on every
reply that is not a protocol or authentication error, refused with limit_exceeded, reset by the clock."""

from __future__ import annotations

from ..conftest import LiveServer
from .callgear import Session, advance_clock, control, error_of


def _limits(reply: dict[str, object]) -> dict[str, int]:
    holder = reply["result"] if "result" in reply else reply["error"]["data"]  # type: ignore[index]
    limits: dict[str, int] = holder["metadata"]["limits"]  # type: ignore[index]
    return limits


def test_metadata_counts_successful_calls_only(emulator: LiveServer) -> None:
    session = Session(emulator)
    before = _limits(session.call("list.calls"))
    assert before["minute_limit"] == 1000 and before["day_limit"] == 100_000
    assert 0 < before["minute_reset"] <= 60 and 0 < before["day_reset"] <= 86400
    call_id = session.employee_call()
    after_start = _limits(session.call("list.calls"))  # list.calls itself reports no success: free
    assert after_start["minute_remaining"] == before["minute_remaining"] - 1
    assert after_start["day_remaining"] == before["day_remaining"] - 1
    refused = session.call(
        "hold.call", call_session_id=call_id, contact_message={"type": "media", "value": "2034"}
    )
    assert error_of(refused) == (-32004, "invalid_state")
    assert _limits(refused)["minute_remaining"] == after_start["minute_remaining"]  # errors cost nothing
    released = session.call("release.call", call_session_id=call_id)
    assert _limits(released)["minute_remaining"] == after_start["minute_remaining"] - 1


def test_minute_limit_is_refused_then_reset_by_the_clock(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    control(
        emulator, "PATCH", "/settings", json={"minute_limit": 3, "method_points": {"start.employee_call": 2}}
    )
    session = Session(emulator)
    advance_clock(emulator, 60 - _limits(session.call("list.calls"))["minute_reset"] + 0.01)  # a fresh minute
    first = session.employee_call()
    assert first
    refused = session.call(
        "start.employee_call",
        first_call="employee",
        virtual_phone_number="74993720692",
        contact="79260000000",
        employee={"id": 25},
    )
    assert error_of(refused) == (-32029, "limit_exceeded")
    assert (
        refused["error"]["message"]
        == "Limit per minute has been exceeded. Value of current limit per minute is 3"
    )
    assert refused["error"]["data"]["params"] == {"limit_type": "minute", "limit_max_value": 3}
    assert _limits(refused)["minute_remaining"] == 1
    assert session.ok("release.call", call_session_id=first) == {"success": "true"}  # 1 point left
    assert error_of(session.call("release.call", call_session_id=first)) == (-32029, "limit_exceeded")
    advance_clock(emulator, 60)
    assert _limits(session.call("list.calls"))["minute_remaining"] == 3
    assert session.employee_call() > first


def test_day_limit(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    control(emulator, "PATCH", "/settings", json={"day_limit": 1})
    session = Session(emulator)
    session.employee_call()
    reply = session.call("list.calls")
    call_id = reply["result"]["data"][0]["call_session_id"]
    refused = session.call("release.call", call_session_id=call_id)
    assert error_of(refused) == (-32029, "limit_exceeded")
    assert refused["error"]["data"]["params"] == {"limit_type": "day", "limit_max_value": 1}
    advance_clock(emulator, 86400)
    assert Session(emulator).ok("release.call", call_session_id=call_id) == {"success": "true"}


def test_limits_are_counted_but_not_enforced_when_rate_limiting_is_off(emulator: LiveServer) -> None:
    control(emulator, "PATCH", "/settings", json={"minute_limit": 1})
    session = Session(emulator)
    session.employee_call()
    session.employee_call()
    assert _limits(session.call("list.calls"))["minute_remaining"] == 0
