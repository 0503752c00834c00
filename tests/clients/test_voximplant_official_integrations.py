"""Voximplant's own Python client (voximplant-apiclient) over HTTPS through push credentials, Dialogflow
keys, SIP registration and WhatsApp Business number management, and ACD history and statistics."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from voximplant.apiclient import VoximplantAPI

from ..conftest import LiveServer

DIALOGFLOW_FILE = {
    "type": "service_account",
    "project_id": "botty",
    "client_email": "bot@botty.iam.gserviceaccount.com",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
}


@pytest.fixture
def official(
    tls_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[VoximplantAPI, int, LiveServer]:
    assert tls_server.tls is not None and tls_server.tls.ca is not None
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_server.tls.ca))
    with tls_server.control() as control:
        account_id = control.post("/voximplant-management/accounts", json={"account_name": "integr"}).json()[
            "account_id"
        ]
        credentials = control.post(f"/voximplant-management/accounts/{account_id}/service-accounts").json()
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    return VoximplantAPI(str(path), endpoint=f"127.0.0.1:{tls_server.port}"), account_id, tls_server


def test_push_credentials_and_dialogflow_keys(official: tuple[VoximplantAPI, int, LiveServer]) -> None:
    api, _, _ = official
    app_id = api.add_application("mobile")["application_id"]
    other_id = api.add_application("web")["application_id"]

    added = api.add_push_credential(
        push_provider_name="GOOGLE",
        application_id=app_id,
        credential_bundle="com.example.app",
        service_account_file=json.dumps({"project_id": "pushy"}),
    )
    credential_id = added["push_credential_id"]
    assert api.bind_push_credential([credential_id], [other_id])["result"] == 1
    [shown] = api.get_push_credential(application_id=other_id)["result"]
    assert [a["application_id"] for a in shown["applications"]] == [app_id, other_id]
    assert api.set_push_credential(credential_id, server_key="AAAA")["result"] == 1
    [with_cert] = api.get_push_credential(push_credential_id=credential_id, with_cert=True)["result"]
    assert with_cert["content"][0]["server_key"] == "AAAA"
    assert api.del_push_credential(credential_id)["result"] == 1
    assert api.get_push_credential()["result"] == []

    key = api.add_dialogflow_key(app_id, json.dumps(DIALOGFLOW_FILE), description="support bot")
    key_id = key["dialogflow_key_id"]
    assert api.bind_dialogflow_keys(key_id, [other_id])["result"] == 1
    [listed] = api.get_dialogflow_keys(application_id=other_id)["result"]
    assert listed["content"]["project_id"] == "botty"
    assert [a["application_id"] for a in listed["applications"]] == [app_id, other_id]
    assert api.bind_dialogflow_keys(key_id, [app_id], bind=False)["result"] == 1
    assert api.get_dialogflow_keys(application_id=app_id)["result"] == []
    assert api.del_dialogflow_key(key_id)["result"] == 1


def test_sip_registrations_and_whatsapp_numbers(official: tuple[VoximplantAPI, int, LiveServer]) -> None:
    api, _, _ = official
    app_id = api.add_application("pbx")["application_id"]
    user_id = api.add_user("desk", "Front Desk", "Passw0rd!1", application_id=app_id)["user_id"]

    created = api.create_sip_registration(
        "office",
        "sip.example.com",
        auth_user="office",
        password="secret",
        application_id=app_id,
        user_id=user_id,
    )
    registration_id = created["sip_registration_id"]
    updated = api.update_sip_registration(registration_id, proxy="sip2.example.com", application_id=app_id)
    assert updated["result"] == 1
    [found] = api.get_sip_registrations(sip_registration_id=registration_id, rule_id="all", user_id="all")[
        "result"
    ]
    assert (found["proxy"], found["application_id"], found["user_id"]) == (
        "sip2.example.com",
        app_id,
        user_id,
    )
    assert api.delete_sip_registration(registration_id)["result"] == 1

    assert api.add_wab_phone_number("+4915112345678", "voice-secret", description="DE line")["result"] == 1
    assert (
        api.set_wab_phone_number_info("4915112345678", description="DE sales", application_id=app_id)[
            "result"
        ]
        == 1
    )
    [number] = api.get_wab_phone_numbers(application_id=app_id)["result"]
    assert (number["wab_phone_number"], number["description"]) == ("4915112345678", "DE sales")
    assert api.delete_wab_phone_number("4915112345678")["result"] == 1
    assert api.get_wab_phone_numbers()["total_count"] == 0


def test_acd_history_and_statistics(official: tuple[VoximplantAPI, int, LiveServer]) -> None:
    api, account_id, server = official
    app_id = api.add_application("cc")["application_id"]
    user_id = api.add_user("op1", "Operator One", "Passw0rd!1", application_id=app_id)["user_id"]
    queue_id = api.add_queue("line", application_id=app_id)["acd_queue_id"]
    api.bind_user_to_queue(True, application_id=app_id, user_id=[user_id], acd_queue_id=queue_id)
    with server.control() as control:
        control.post(
            f"/voximplant-management/accounts/{account_id}/acd-requests",
            json={"acd_queue_id": queue_id, "user_id": user_id, "waiting_time": 12, "talk_time": 60},
        ).raise_for_status()
    # Since the start of today: an hour back would cross midnight in the first hour of a day, and the
    # day aggregation below would then answer two days' buckets.
    since = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)

    history = api.get_acd_history(from_date=since, acd_queue_id=[queue_id], with_events=True)
    [session] = history["result"]
    assert isinstance(session["begin_time"], datetime)  # the client parsed the documented format
    assert (session["user_id"], session["talk_time"]) == (user_id, 60)
    [queue] = api.get_acd_queue_statistics(since, [queue_id])["result"]
    assert queue["AC"] == [{"count": 1}] and queue["SA"]["sum"] == 12.0
    [group] = api.get_acd_operator_statistics(since, "all", aggregation="day")["result"]
    assert group["user_id"] == user_id and group["statistics"][0]["TT"]["sum"] == 60.0
    [status] = api.get_acd_operator_status_statistics(since, [user_id], acd_status=["OFFLINE"])["result"]
    assert status["statistics"][0]["acd_status"][0]["OFFLINE"]["count"] == 1  # offline since it was added
