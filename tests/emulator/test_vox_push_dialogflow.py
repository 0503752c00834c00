"""Push credentials and Dialogflow keys, bound to applications: the control API's keys and the API's are
the same state."""

from __future__ import annotations

import json

from ..conftest import LiveServer
from .vox import control, error, new_app, ok

GOOGLE_FILE = json.dumps({"project_id": "pushy", "client_email": "push@pushy.iam.gserviceaccount.com"})
DIALOGFLOW_FILE = json.dumps(
    {
        "type": "service_account",
        "project_id": "botty",
        "client_email": "bot@botty.iam.gserviceaccount.com",
        "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
    }
)


def test_push_credentials_are_added_bound_edited_and_deleted(emulator: LiveServer) -> None:
    app_id, other_id = new_app(emulator, "mobile"), new_app(emulator, "web")
    added = ok(
        emulator,
        "AddPushCredential",
        push_provider_name="GOOGLE",
        application_id=app_id,
        credential_bundle="com.example.app",
        service_account_file=GOOGLE_FILE,
    )
    credential_id = added["push_credential_id"]
    [shown] = ok(emulator, "GetPushCredential", application_id=app_id)["result"]
    assert (shown["push_provider_id"], shown["credential_bundle"]) == (2, "com.example.app")
    assert "service_account_file" not in shown["content"][0]  # a secret: only with_cert
    [with_cert] = ok(emulator, "GetPushCredential", push_credential_id=credential_id, with_cert=True)[
        "result"
    ]
    assert with_cert["content"][0]["service_account_file"] == GOOGLE_FILE
    assert ok(emulator, "GetPushCredential", application_id=other_id)["result"] == []
    ok(emulator, "BindPushCredential", push_credential_id=str(credential_id), application_id=f"{other_id}")
    [bound] = ok(emulator, "GetPushCredential", application_id=other_id)["result"]
    assert [a["application_id"] for a in bound["applications"]] == [app_id, other_id]
    ok(
        emulator,
        "BindPushCredential",
        push_credential_id=str(credential_id),
        application_id="all",
        bind=False,
    )
    assert (
        ok(emulator, "GetPushCredential", push_credential_id=credential_id)["result"][0]["applications"] == []
    )
    ok(emulator, "SetPushCredential", push_credential_id=credential_id, server_key="AAAA")
    [edited] = ok(emulator, "GetPushCredential", push_provider_name="GOOGLE", with_cert=True)["result"]
    assert edited["content"][0]["server_key"] == "AAAA"
    foreign = error(emulator, "SetPushCredential", push_credential_id=credential_id, cert_content="PEM")
    assert foreign["code"] == 422 and "cert_content" in foreign["msg"]
    ok(emulator, "DelPushCredential", push_credential_id=credential_id)
    assert ok(emulator, "GetPushCredential")["result"] == []
    assert error(emulator, "DelPushCredential", push_credential_id=credential_id)["code"] == 404


def test_push_credentials_need_their_providers_secret(emulator: LiveServer) -> None:
    missing = error(emulator, "AddPushCredential", push_provider_name="APPLE", credential_bundle="b")
    assert missing["code"] == 422 and "cert_content" in missing["msg"]
    unknown = error(emulator, "AddPushCredential", push_provider_id=9, cert_content="x")
    assert unknown["code"] == 101
    voip = ok(emulator, "AddPushCredential", push_provider_id=3, cert_content="PEM")
    [shown] = ok(emulator, "GetPushCredential", push_credential_id=voip["push_credential_id"])["result"]
    assert shown["push_provider_name"] == "APPLE_VOIP"
    assert error(emulator, "BindPushCredential", push_credential_id="999", application_id="1")["code"] == 404


def test_dialogflow_keys_through_the_api_and_the_control_api(emulator: LiveServer) -> None:
    app_id, other_id = new_app(emulator, "bot"), new_app(emulator, "bot2")
    made = control(emulator, "POST", "/accounts/1/dialogflow-keys", description="panel key")
    added = ok(
        emulator,
        "AddDialogflowKey",
        application_id=app_id,
        json_credentials=DIALOGFLOW_FILE,
        description="api",
    )
    key_id = added["dialogflow_key_id"]
    [mine] = ok(emulator, "GetDialogflowKeys", application_id=app_id)["result"]
    assert mine["content"] == {"project_id": "botty", "client_email": "bot@botty.iam.gserviceaccount.com"}
    assert "private_key" not in json.dumps(mine)
    everything = ok(emulator, "GetDialogflowKeys")["result"]
    assert [k["dialogflow_key_id"] for k in everything] == [made["dialogflow_key_id"], key_id]
    ok(
        emulator,
        "BindDialogflowKeys",
        dialogflow_key_id=made["dialogflow_key_id"],
        application_id=f"{app_id};{other_id}",
    )
    assert len(ok(emulator, "GetDialogflowKeys", application_id=app_id)["result"]) == 2
    ok(
        emulator,
        "BindDialogflowKeys",
        dialogflow_key_id=made["dialogflow_key_id"],
        application_id=app_id,
        bind=False,
    )
    [left] = ok(emulator, "GetDialogflowKeys", application_name="bot2")["result"]
    assert left["dialogflow_key_id"] == made["dialogflow_key_id"]
    ok(emulator, "SetDialogflowKey", dialogflow_key_id=key_id, description="renamed")
    assert (
        ok(emulator, "GetDialogflowKeys", dialogflow_key_id=key_id)["result"][0]["description"] == "renamed"
    )
    ok(emulator, "DelDialogflowKey", dialogflow_key_id=key_id)
    assert error(emulator, "DelDialogflowKey", dialogflow_key_id=key_id)["code"] == 404
    # Deleting an application leaves the key, bound to the applications that remain.
    ok(emulator, "DelApplication", application_id=other_id)
    assert ok(emulator, "GetDialogflowKeys")["result"][0]["applications"] == []


def test_dialogflow_credentials_must_be_a_service_account_file(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "bot")
    broken = error(emulator, "AddDialogflowKey", application_id=app_id, json_credentials="{not json")
    assert broken["code"] == 101 and "json_credentials" in broken["msg"]
    partial = error(
        emulator, "AddDialogflowKey", application_id=app_id, json_credentials='{"project_id": "p"}'
    )
    assert partial["code"] == 101 and "client_email" in partial["msg"]
    no_app = error(emulator, "AddDialogflowKey", json_credentials=DIALOGFLOW_FILE)
    assert no_app["code"] == 101
