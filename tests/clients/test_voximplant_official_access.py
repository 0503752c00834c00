"""Voximplant's own Python client (voximplant-apiclient) through the role system over HTTPS: sub-users and
their roles, and service-account keys made with CreateKey, whose credentials file then drives the client
itself until DeleteKey revokes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from voximplant.apiclient import VoximplantAPI, VoximplantException

from ..conftest import LiveServer


@pytest.fixture
def official(
    tls_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[VoximplantAPI, int]:
    """A fresh account with a service account, and the official client for it."""
    assert tls_server.tls is not None and tls_server.tls.ca is not None
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_server.tls.ca))
    with tls_server.control() as control:
        account_id = control.post("/voximplant-management/accounts", json={"account_name": "roles"}).json()[
            "account_id"
        ]
        credentials = control.post(f"/voximplant-management/accounts/{account_id}/service-accounts").json()
    path = tmp_path / "owner.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    return VoximplantAPI(str(path), endpoint=f"127.0.0.1:{tls_server.port}"), account_id


def test_keys_made_with_create_key_drive_the_client_within_their_roles(
    official: tuple[VoximplantAPI, int], tls_server: LiveServer, tmp_path: Path
) -> None:
    api, account_id = official
    roles = api.get_roles()["result"]
    assert {r["role_name"] for r in roles} >= {"Owner", "Developer", "Support"}
    support = next(r["role_id"] for r in roles if r["role_name"] == "Support")

    created = api.create_key(description="reporting", key_name="reports", role_id=[support])
    [key] = created["result"]
    path = tmp_path / "reports.json"
    path.write_text(json.dumps({"account_id": account_id, **key}), encoding="utf-8")
    reports = VoximplantAPI(str(path), endpoint=f"127.0.0.1:{tls_server.port}")
    assert reports.get_account_info()["result"]["account_id"] == account_id
    with pytest.raises(VoximplantException) as read_only:
        reports.add_application("blocked")
    assert read_only.value.code == 100  # the Support role reads only: the service refuses the write

    assert api.update_key(key["key_id"], "reporting and apps", key_name="apps")["result"] == 1
    assert api.set_key_roles(key["key_id"], role_name="Developer")["result"] == 1
    assert reports.add_application("allowed")["result"] == 1
    names = [r["role_name"] for r in api.get_key_roles(key["key_id"])["result"]]
    assert names == ["Developer", "Support"]
    assert api.remove_key_roles(key["key_id"], role_name=["Support"])["result"] == 1
    [listed] = [k for k in api.get_keys(with_roles=True)["result"] if k["key_id"] == key["key_id"]]
    assert (listed["key_name"], listed["description"]) == ("apps", "reporting and apps")
    assert [r["role_name"] for r in listed["roles"]] == ["Developer"]

    assert api.delete_key(key["key_id"])["result"] == 1
    with pytest.raises(VoximplantException) as revoked:
        reports.get_account_info()
    assert revoked.value.code == 100


def test_sub_users_and_their_roles(official: tuple[VoximplantAPI, int]) -> None:
    api, _ = official
    added = api.add_sub_user("supervisor1", "Passw0rd!1", role_name=["Supervisor"], description="nights")
    subuser_id = added["result"]["subuser_id"]
    [listed] = api.get_sub_users(with_roles=True)["result"]
    assert (listed["subuser_name"], [r["role_name"] for r in listed["roles"]]) == (
        "supervisor1",
        ["Supervisor"],
    )
    assert api.set_sub_user_info(subuser_id, "Passw0rd!1", "Passw0rd!2", description="days")["result"] == 1
    assert api.set_sub_user_roles(subuser_id, role_name=["Accountant", "Support"])["result"] == 1
    roles = api.get_sub_user_roles(subuser_id, with_expanded_roles=True)["result"]
    assert [r["role_name"] for r in roles] == ["Supervisor", "Accountant", "Support"]
    assert api.remove_sub_user_roles(subuser_id, role_name=["Support"], force=False)["result"] == 1
    assert api.del_sub_user(subuser_id)["result"] == 1
    assert api.get_sub_users()["total_count"] == 0
