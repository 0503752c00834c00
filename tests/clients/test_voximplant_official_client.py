"""Voximplant's own Python client (voximplant-apiclient) against the emulator over HTTPS.

The client signs a service-account JWT per request and posts every method to `https://{endpoint}/platform_api`
with a `cmd` field; its `endpoint` setting is a host[:port], and it trusts the CA file named by
REQUESTS_CA_BUNDLE. The emulator's certificate comes from a test CA made for the session.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from voximplant.apiclient import VoximplantAPI, VoximplantException

from ..conftest import LiveServer

SOURCE = "12125550142"
DESTINATION = "12125550199"


@pytest.fixture
def official(
    tls_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[VoximplantAPI, int]:
    """A fresh account with a service account and an SMS-capable number, and the official client for it."""
    assert tls_server.tls is not None and tls_server.tls.ca is not None
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_server.tls.ca))
    with tls_server.control() as control:
        account = control.post("/voximplant-management/accounts", json={"account_name": "interop"}).json()
        account_id = account["account_id"]
        credentials = control.post(f"/voximplant-management/accounts/{account_id}/service-accounts").json()
        number = control.post(
            f"/voximplant-management/accounts/{account_id}/phone-numbers",
            json={"phone_number": SOURCE, "sms_supported": True},
        )
        number.raise_for_status()
    assert set(credentials) == {"account_id", "key_id", "private_key"}
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    return VoximplantAPI(str(path), endpoint=f"127.0.0.1:{tls_server.port}"), account_id


def test_scripted_scenario_with_the_official_client(official: tuple[VoximplantAPI, int]) -> None:
    api, account_id = official

    app = api.add_application("interop")
    assert app["result"] == 1 and app["application_name"] == "interop.interop.n1.voximplant.com"
    app_id = app["application_id"]

    users = [
        api.add_user("agent1", "Agent One", "Passw0rd!1", application_id=app_id),
        api.add_user("agent2", "Agent Two", "Passw0rd!2", application_id=app_id, user_custom_data="vip"),
    ]
    assert all(user["result"] == 1 for user in users)
    user_ids = [user["user_id"] for user in users]

    queue = api.add_queue("support", application_id=app_id, service_probability=0.9)
    assert queue["result"] == 1
    bound = api.bind_user_to_queue(
        bind=True, application_id=app_id, user_id=user_ids, acd_queue_id=queue["acd_queue_id"]
    )
    assert bound["result"] == 1

    listed = api.get_users(application_id=app_id, with_queues=True)
    assert listed["total_count"] == 2
    by_id = {user["user_id"]: user for user in listed["result"]}
    assert set(by_id) == set(user_ids)
    assert by_id[user_ids[1]]["user_custom_data"] == "vip"
    for user in by_id.values():
        assert [q["acd_queue_id"] for q in user["acd_queues"]] == [queue["acd_queue_id"]]
        assert isinstance(user["created"], datetime)  # the client parsed the documented date format
    queues = api.get_queues(application_id=app_id, with_operatorcount=True)
    assert [
        (q["acd_queue_name"], q["operatorcount"], q["service_probability"]) for q in queues["result"]
    ] == [("support", 2, 0.9)]

    stored = api.set_key_value_item("session:42", "warm", app_id, ttl=3600)
    assert stored["result"]["key"] == "session:42" and stored["result"]["value"] == "warm"
    api.set_key_value_item("session:43", "cold", app_id, ttl=3600)
    api.set_key_value_item("other", "x", app_id, ttl=3600)
    item = api.get_key_value_item("session:42", app_id)
    assert item["result"] == stored["result"]
    items = api.get_key_value_items("session", app_id)
    assert [(i["key"], i["value"]) for i in items["result"]] == [
        ("session:42", "warm"),
        ("session:43", "cold"),
    ]

    info = api.get_account_info()
    assert info["result"]["account_id"] == account_id
    assert info["result"]["account_name"] == "interop"
    assert isinstance(info["result"]["created"], datetime)

    assert api.control_sms(SOURCE, "enable")["result"] == 1
    sent = api.send_sms_message(SOURCE, DESTINATION, "Your code is 4242", store_body=True)
    assert sent["result"] == 1 and sent["fragments_count"] == 1
    history = api.get_sms_history(source_number=SOURCE, direction="OUT")
    assert history["total_count"] == 1
    [message] = history["result"]
    assert message["message_id"] == sent["message_id"]
    assert (message["source_number"], message["destination_number"]) == (int(SOURCE), int(DESTINATION))
    assert message["text"] == "Your code is 4242"


def test_errors_reach_the_official_client_as_voximplant_exceptions(
    official: tuple[VoximplantAPI, int],
) -> None:
    api, _ = official
    with pytest.raises(VoximplantException) as refused:
        api.get_key_value_item("missing", 999999)
    assert refused.value.code == 404 and "Application 999999" in refused.value.message
    with pytest.raises(VoximplantException) as weak:
        app_id = api.add_application("weak")["application_id"]
        api.add_user("agent9", "Agent Nine", "password", application_id=app_id)
    assert weak.value.code == 422


def test_a_foreign_service_account_is_refused(official: tuple[VoximplantAPI, int], tmp_path: Path) -> None:
    api, _ = official
    foreign: dict[str, Any] = dict(api.credentials)
    # Same key id, someone else's key: the signature cannot verify.
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    foreign["private_key"] = other.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(foreign), encoding="utf-8")
    impostor = VoximplantAPI(str(path), endpoint=api.endpoint)
    with pytest.raises(VoximplantException) as refused:
        impostor.get_account_info()
    assert refused.value.code == 100
