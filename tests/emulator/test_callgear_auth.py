"""CallGear sessions: login.user keys that live 1 hour, logout.user revoking them, permanent keys, and
the account-level refusals (component, account, IP whitelist), each with its documented mnemonic."""

from __future__ import annotations

import time

from ..conftest import LiveServer
from .callgear import CREDENTIALS, DEMO_KEY, Session, advance_clock, control, error_of, rpc


def test_login_issues_a_key_for_one_hour(emulator: LiveServer) -> None:
    data = rpc(emulator, "login.user", CREDENTIALS)["result"]["data"]
    assert len(data["access_token"]) == 72
    assert abs(data["expire_at"] - (time.time() + 3600)) < 120  # the emulator clock may run ahead
    assert Session(emulator, data["access_token"]).ok("list.calls") == []


def test_wrong_credentials_are_auth_error_without_metadata(emulator: LiveServer) -> None:
    for credentials in ({"login": "your_login", "password": "nope"}, {"login": "nobody", "password": "x"}):
        reply = rpc(emulator, "login.user", credentials)
        assert error_of(reply) == (-32001, "auth_error")
        assert reply["error"]["message"] == "Login or password is wrong"
        assert "metadata" not in reply["error"]["data"]


def test_unknown_key_is_invalid(emulator: LiveServer) -> None:
    assert Session(emulator, "not-a-key").fails("list.calls") == (-32001, "access_token_invalid")


def test_logout_revokes_the_key(emulator: LiveServer) -> None:
    session = Session(emulator)
    assert session.ok("logout.user") == {"success": True}
    assert session.fails("list.calls") == (-32001, "access_token_invalid")
    assert session.fails("logout.user") == (-32001, "access_token_invalid")


def test_key_expires_after_an_hour_on_the_emulator_clock(emulator: LiveServer) -> None:
    session = Session(emulator)
    advance_clock(emulator, 3590)
    assert session.ok("list.calls") == []
    advance_clock(emulator, 10)
    reply = session.call("list.calls")
    assert error_of(reply) == (-32001, "access_token_expired")
    assert reply["error"]["message"] == "Access token has been expired"
    assert Session(emulator).ok("list.calls") == []  # a new login works


def test_permanent_key_survives_logout_and_can_be_blocked(emulator: LiveServer) -> None:
    session = Session(emulator, DEMO_KEY)
    assert session.ok("logout.user") == {"success": True}
    assert session.ok("list.calls") == []
    control(emulator, "PATCH", f"//callgear-call-api/keys/{DEMO_KEY}", json={"blocked": True})
    assert session.fails("list.calls") == (-32001, "access_token_blocked")


def test_permanent_key_with_a_lifespan_expires(emulator: LiveServer) -> None:
    control(emulator, "POST", "/keys", json={"login": "your_login", "key": "short-lived", "expires_at": 1})
    assert Session(emulator, "short-lived").fails("list.calls") == (-32001, "access_token_expired")


def test_disabled_component_refuses_its_methods_only(emulator: LiveServer) -> None:
    session = Session(emulator)
    control(
        emulator, "PATCH", "//callgear-call-api/users/your_login", json={"components": ["Call API Basic set"]}
    )
    reply = session.call("list.calls")
    assert error_of(reply) == (-32008, "component_disabled")
    assert reply["error"]["message"] == "Component Call API Call management has been disabled"
    assert reply["error"]["data"]["params"] == {"component_name": "Call API Call management"}
    assert "metadata" in reply["error"]["data"]
    assert session.employee_call() > 0  # start.employee_call is in the basic set


def test_inactive_account_and_ip_whitelist(emulator: LiveServer) -> None:
    session = Session(emulator)
    control(emulator, "PATCH", "/settings", json={"ip_whitelist": ["10.1.2.3"]})
    reply = session.call("list.calls")
    assert error_of(reply) == (-32003, "ip_not_whitelisted")
    assert reply["error"]["message"] == "Your IP 127.0.0.1 is not whitelisted"
    assert "metadata" not in reply["error"]["data"]
    control(emulator, "PATCH", "/settings", json={"ip_whitelist": ["127.0.0.1"], "active": False})
    assert error_of(rpc(emulator, "login.user", CREDENTIALS)) == (-32009, "account_inactive")
    control(emulator, "PATCH", "/settings", json={"active": True})
    assert session.ok("list.calls") == []


def test_params_errors_name_the_field(emulator: LiveServer) -> None:
    session = Session(emulator)
    missing = session.call("release.call")
    assert error_of(missing) == (-32602, "required_parameter_missed")
    assert missing["error"]["message"] == "The required parameter has been missed"
    assert missing["error"]["data"]["field"] == "call_session_id"
    assert "value" not in missing["error"]["data"]
    assert "metadata" in missing["error"]["data"]
    wrong_type = session.call("release.call", call_session_id="12")
    assert error_of(wrong_type) == (-32602, "data_type_error")
    assert wrong_type["error"]["data"]["field"] == "call_session_id"
    assert wrong_type["error"]["data"]["value"] == "12"
    nested = session.call(
        "start.employee_call",
        first_call="employee",
        virtual_phone_number="74993720692",
        contact="79260000000",
        employee={"id": 25, "phone_number": 7},
    )
    assert error_of(nested) == (-32602, "data_type_error")
    assert nested["error"]["data"]["field"] == "employee.phone_number"
    bad_enum = session.call("record.call", call_session_id=1, action="maybe")
    assert error_of(bad_enum) == (-32602, "invalid_parameter_value")
    assert bad_enum["error"]["data"] | {"metadata": None} == {
        "mnemonic": "invalid_parameter_value",
        "field": "action",
        "value": "maybe",
        "params": None,
        "extended_helper": None,
        "metadata": None,
    }
    unknown = session.call("list.calls", colour="red")
    assert error_of(unknown) == (-32602, "invalid_parameter_value")
    assert unknown["error"]["data"]["field"] == "colour"
    no_token = rpc(emulator, "list.calls", {})
    assert error_of(no_token) == (-32602, "required_parameter_missed")
    assert no_token["error"]["data"]["field"] == "access_token"
