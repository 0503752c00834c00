"""SIP registrations created, edited and deleted through the API (registering on the emulator clock) and
WhatsApp Business numbers managed through the API: the state GetSipRegistrations and
GetWABPhoneNumbers read."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import control, error, new_app, new_user, ok

EVERY = {"rule_id": "all", "user_id": "all"}


def _registration(emulator: LiveServer, registration_id: int) -> dict[str, object]:
    [found] = ok(emulator, "GetSipRegistrations", sip_registration_id=registration_id, **EVERY)["result"]
    return found


def test_a_created_registration_registers_on_the_clock_and_is_charged(emulator: LiveServer) -> None:
    balance = ok(emulator, "GetAccountInfo")["result"]["balance"]
    app_id = new_app(emulator, "pbx")
    user_id = new_user(emulator, app_id, "desk")
    created = ok(
        emulator,
        "CreateSipRegistration",
        sip_username="office",
        proxy="sip.example.com",
        auth_user="office",
        password="secret",
        application_id=app_id,
        user_id=user_id,
    )
    registration_id = created["sip_registration_id"]
    pending = _registration(emulator, registration_id)
    assert pending["successful"] is False and "status_code" not in pending
    assert (pending["application_id"], pending["user_id"]) == (app_id, user_id)
    assert "password" not in pending
    assert ok(emulator, "GetAccountInfo")["result"]["balance"] == round(balance - 0.99, 4)
    emulator.advance(2)
    registered = _registration(emulator, registration_id)
    assert (registered["successful"], registered["status_code"]) == (True, 200)
    ok(emulator, "UpdateSipRegistration", sip_registration_id=registration_id, proxy="sip2.example.com")
    again = _registration(emulator, registration_id)
    assert again["proxy"] == "sip2.example.com" and again["successful"] is False  # registers anew
    emulator.advance(2)
    assert _registration(emulator, registration_id)["status_code"] == 200
    ok(emulator, "DeleteSipRegistration", sip_registration_id=registration_id)
    assert ok(emulator, "GetSipRegistrations", **EVERY)["result"] == []
    assert error(emulator, "DeleteSipRegistration", sip_registration_id=registration_id)["code"] == 404
    emulator.advance(5)
    assert emulator.control().get("/timeline").json()["failures"] == []


def test_registration_bindings_are_checked(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "pbx")
    needs_app = error(emulator, "CreateSipRegistration", sip_username="u", proxy="p", user_id=1)
    assert needs_app["code"] == 101 and "application_id" in needs_app["msg"]
    unknown_user = error(
        emulator, "CreateSipRegistration", sip_username="u", proxy="p", application_id=app_id, user_id=999
    )
    assert unknown_user["code"] == 404
    made = control(emulator, "POST", "/accounts/1/sip-registrations", sip_username="old", proxy="sip.old")
    rule = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="in")
    ok(
        emulator,
        "UpdateSipRegistration",
        sip_registration_id=made["sip_registration_id"],
        application_id=app_id,
        rule_name="in",
    )
    bound = _registration(emulator, made["sip_registration_id"])
    assert (bound["rule_id"], bound["successful"]) == (
        rule["rule_id"],
        True,
    )  # same registrar: still registered
    missing = error(emulator, "UpdateSipRegistration", sip_registration_id=made["sip_registration_id"] + 100)
    assert missing["code"] == 404


def test_whatsapp_numbers_are_added_edited_and_removed(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "wa")
    rule = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name="chat")
    ok(
        emulator,
        "AddWABPhoneNumber",
        wab_phone_number="+4915112345678",
        voice_password="pw",
        description="DE line",
    )
    assert (
        error(emulator, "AddWABPhoneNumber", wab_phone_number="4915112345678", voice_password="pw")["code"]
        == 409
    )
    [added] = ok(emulator, "GetWABPhoneNumbers")["result"]
    assert (added["wab_phone_number"], added["country_code"], added["description"]) == (
        "4915112345678",
        "DE",
        "DE line",
    )
    assert "voice_password" not in added
    ok(
        emulator,
        "SetWABPhoneNumberInfo",
        wab_phone_number="4915112345678",
        application_id=app_id,
        rule_id=rule["rule_id"],
    )
    [bound] = ok(emulator, "GetWABPhoneNumbers", application_id=app_id)["result"]
    assert (bound["application_name"], bound["rule_name"]) == ("wa", "chat")
    assert (
        error(
            emulator,
            "SetWABPhoneNumberInfo",
            wab_phone_number="4915112345678",
            application_id=app_id,
            rule_name="nope",
        )["code"]
        == 404
    )
    ok(emulator, "DeleteWABPhoneNumber", wab_phone_number="+4915112345678")
    assert ok(emulator, "GetWABPhoneNumbers")["total_count"] == 0
    assert error(emulator, "DeleteWABPhoneNumber", wab_phone_number="4915112345678")["code"] == 404
    bad = error(emulator, "AddWABPhoneNumber", wab_phone_number="call-me", voice_password="pw")
    assert bad["code"] == 101
