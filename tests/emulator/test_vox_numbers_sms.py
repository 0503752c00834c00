"""Phone numbers, SMS (readable back through the history methods), caller IDs, the outbound test number,
SIP registrations and WhatsApp Business numbers."""

from __future__ import annotations

import httpx

from ..conftest import LiveServer
from .vox import BASE, DEMO, control, error, new_app, new_user, ok

DEMO_NUMBER = "12125550100"


def test_numbers_list_filter_and_belong_to_the_account(emulator: LiveServer) -> None:
    control(
        emulator,
        "POST",
        "/accounts/1/phone-numbers",
        phone_number="+442071234567",
        sms_supported=False,
        category_name="MOBILE",
    )
    everything = ok(emulator, "GetPhoneNumbers")
    assert everything["total_count"] == 2
    [uk] = ok(emulator, "GetPhoneNumbers", country_code="GB;DE")["result"]
    assert (uk["phone_number"], uk["category_name"], uk["is_sms_supported"]) == (
        "442071234567",
        "MOBILE",
        False,
    )
    assert ok(emulator, "GetPhoneNumbers", phone_template="1212")["total_count"] == 1
    assert ok(emulator, "IsAccountPhoneNumber", phone_number=DEMO_NUMBER)["result"] is True
    assert ok(emulator, "IsAccountPhoneNumber", phone_number="19999999999")["result"] is False
    unsupported = error(emulator, "ControlSms", phone_number="442071234567", command="enable")
    assert unsupported["code"] == 422
    assert ok(emulator, "GetPhoneNumbersAsync")["result"] > 0


def test_sent_sms_shows_up_in_the_history(emulator: LiveServer) -> None:
    sent = ok(emulator, "SendSmsMessage", source=DEMO_NUMBER, destination="12125550199", sms_body="x" * 200)
    assert sent["fragments_count"] == 2  # 153 GSM-7 characters per part
    ok(emulator, "ControlSms", phone_number=DEMO_NUMBER, command="disable")
    disabled = error(emulator, "SendSmsMessage", source=DEMO_NUMBER, destination="12125550199", sms_body="hi")
    assert disabled["code"] == 422 and "ControlSms" in disabled["msg"]
    not_ours = error(
        emulator, "SendSmsMessage", source="19999999999", destination="12125550199", sms_body="hi"
    )
    assert not_ours["code"] == 404
    ok(emulator, "ControlSms", phone_number=DEMO_NUMBER, command="enable")
    control(
        emulator, "POST", "/accounts/1/inbound-sms", source="12125550199", destination=DEMO_NUMBER, text="ok!"
    )
    history = ok(emulator, "GetSmsHistory")
    assert history["total_count"] == 2
    outgoing, incoming = history["result"]
    assert (outgoing["message_id"], outgoing["direction"], outgoing["fragments"]) == (
        sent["message_id"],
        "OUT",
        2,
    )
    assert "text" not in outgoing  # store_body was not set
    assert (incoming["direction"], incoming["text"]) == ("IN", "ok!")
    assert ok(emulator, "GetSmsHistory", direction="in")["total_count"] == 1
    assert ok(emulator, "GetSmsHistory", from_date="2099-01-01 00:00:00")["total_count"] == 0
    sent_log = control(emulator, "GET", "/accounts/1/sms")
    assert [m["message_id"] for m in sent_log["sms"]] == [sent["message_id"]]
    csv = httpx.post(f"{emulator.url}{BASE}/GetSmsHistory/", data={**DEMO, "output": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.count("\n") == 3
    assert error(emulator, "GetSmsHistory", output="xls")["code"] == 105
    charges = ok(
        emulator, "GetTransactionHistory", from_date="2000-01-01 00:00:00", to_date="2100-01-01 00:00:00"
    )
    assert [t["transaction_type"] for t in charges["result"]] == ["resource_charge"]


def test_a2p_messages_have_their_own_history(emulator: LiveServer) -> None:
    sent = ok(
        emulator,
        "A2PSendSms",
        src_number="Acme",
        dst_numbers="12125550001;12125550002",
        text="Код 1234",
        store_body=True,
    )
    assert len(sent["result"]) == 2 and sent["fragments_count"] == 1
    history = ok(emulator, "A2PGetSmsHistory", destination_number="12125550002", delivery_status=5)
    [message] = history["result"]
    assert (message["message_id"], message["text"]) == (sent["result"][1]["message_id"], "Код 1234")
    assert ok(emulator, "A2PGetSmsHistory", delivery_status=6)["total_count"] == 0


def test_caller_ids_and_the_outbound_test_number(emulator: LiveServer) -> None:
    caller = control(emulator, "POST", "/accounts/1/caller-ids", callerid_number="12125550123")
    [listed] = ok(emulator, "GetCallerIDs")["result"]
    assert listed["callerid_id"] == caller["callerid_id"] and listed["active"] is True
    ok(emulator, "DelCallerID", callerid_number="12125550123")
    assert ok(emulator, "GetCallerIDs")["total_count"] == 0

    ok(emulator, "AddOutboundTestPhoneNumber", phone_number="+447700900123")
    assert error(emulator, "AddOutboundTestPhoneNumber", phone_number="12125550000")["code"] == 409
    assert ok(emulator, "VerifyOutboundTestPhoneNumber") == {"daily_attempts_left": 4}
    assert error(emulator, "VerifyOutboundTestPhoneNumber")["code"] == 422  # a minute between attempts
    assert error(emulator, "ActivateOutboundTestPhoneNumber", verification_code="99999")["code"] == 422
    code = control(emulator, "GET", "/accounts/1/test-number")["code"]
    ok(emulator, "ActivateOutboundTestPhoneNumber", verification_code=code)
    assert ok(emulator, "GetOutboundTestPhoneNumbers")["result"] == [
        {"phone_number": "447700900123", "country_code": "GB", "is_verified": True}
    ]
    ok(emulator, "DelOutboundTestPhoneNumber")
    assert ok(emulator, "GetOutboundTestPhoneNumbers")["result"] == []


def test_sip_registrations_bind_one_per_user(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    user = new_user(emulator, app_id, "ann")
    first = control(
        emulator, "POST", "/accounts/1/sip-registrations", sip_username="a", proxy="sip.example.com"
    )
    second = control(
        emulator, "POST", "/accounts/1/sip-registrations", sip_username="b", proxy="sip.example.com"
    )
    for reg in (first, second):
        ok(
            emulator,
            "BindSipRegistration",
            sip_registration_id=reg["sip_registration_id"],
            application_id=app_id,
            user_id=user,
            bind=True,
        )
    mine = ok(emulator, "GetSipRegistrations", rule_id="all", user_id=user)["result"]
    assert [r["sip_username"] for r in mine] == ["b"]  # binding b unbound a
    needs_app = error(emulator, "BindSipRegistration", sip_registration_id=1, user_id=user)
    assert needs_app["code"] == 101 and "application_id or application_name" in needs_app["msg"]
    ok(emulator, "BindSipRegistration", sip_registration_id=second["sip_registration_id"], bind=False)
    everything = ok(
        emulator, "GetSipRegistrations", rule_id="all", user_id="all", is_bound_to_application=False
    )
    assert everything["count"] == 2


def test_whatsapp_business_numbers(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "wa")
    control(
        emulator,
        "POST",
        "/accounts/1/wab-phone-numbers",
        wab_phone_number="+4915112345678",
        application_id=app_id,
    )
    control(emulator, "POST", "/accounts/1/wab-phone-numbers", wab_phone_number="12125550100")
    [bound] = ok(emulator, "GetWABPhoneNumbers", application_name="wa")["result"]
    assert (bound["wab_phone_number"], bound["country_code"]) == ("4915112345678", "DE")
    assert bound["extended_application_name"] == "wa.demo.n1.voximplant.com"
    assert ok(emulator, "GetWABPhoneNumbers")["total_count"] == 2
