"""The role system: sub-users and service-account keys with roles; a key made by CreateKey signs JWTs,
its roles (or its sub-user's) decide what it may call, and DeleteKey revokes it."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt

from ..conftest import LiveServer
from .vox import BASE, control, error, new_app, ok


def _signed(emulator: LiveServer, credentials: dict[str, Any], method: str, **fields: Any) -> dict[str, Any]:
    now = int(time.time())
    token = jwt.encode(
        {"iss": str(credentials["account_id"]), "iat": now, "exp": now + 60},
        credentials["private_key"],
        algorithm="RS256",
        headers={"kid": credentials["key_id"]},
    )
    response = httpx.post(
        f"{emulator.url}{BASE}/{method}/",
        data={k: str(v) for k, v in fields.items()},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def _credentials(created: dict[str, Any]) -> dict[str, Any]:
    [key] = created["result"]
    return {"account_id": 1, "key_id": key["key_id"], "private_key": key["private_key"]}


def test_roles_are_listed_by_group_and_expand_to_the_roles_they_include(emulator: LiveServer) -> None:
    roles = ok(emulator, "GetRoles")["result"]
    assert [r["role_name"] for r in roles] == [
        "Owner",
        "Admin",
        "Developer",
        "Supervisor",
        "Accountant",
        "Support",
    ]
    billing = ok(emulator, "GetRoles", group_name="Billing")["result"]
    assert [r["role_name"] for r in billing] == ["Accountant"]
    created = ok(emulator, "CreateKey", role_name="Admin")
    key_id = created["result"][0]["key_id"]
    plain = ok(emulator, "GetKeyRoles", key_id=key_id)["result"]
    assert [r["role_name"] for r in plain] == ["Admin"]
    expanded = ok(emulator, "GetKeyRoles", key_id=key_id, with_expanded_roles=True)["result"]
    assert [r["role_name"] for r in expanded] == ["Admin", "Developer", "Supervisor", "Accountant", "Support"]
    assert error(emulator, "CreateKey", role_name="Janitor")["code"] == 404


def test_a_created_key_authenticates_within_its_roles_and_is_revoked_by_delete(emulator: LiveServer) -> None:
    created = ok(emulator, "CreateKey", key_name="ci", description="CI", role_name="Support")
    credentials = _credentials(created)
    assert "BEGIN PRIVATE KEY" in credentials["private_key"]
    # Support reads everything but changes nothing.
    assert _signed(emulator, credentials, "GetAccountInfo")["result"]["account_id"] == 1
    refused = _signed(emulator, credentials, "AddApplication", application_name="nope")
    assert refused["error"]["code"] == 100 and "AddApplication" in refused["error"]["msg"]
    ok(emulator, "SetKeyRoles", key_id=credentials["key_id"], role_name="Developer")
    assert _signed(emulator, credentials, "AddApplication", application_name="yes")["result"] == 1
    # A developer still may not manage keys.
    assert _signed(emulator, credentials, "CreateKey")["error"]["code"] == 100
    ok(emulator, "RemoveKeyRoles", key_id=credentials["key_id"], role_name="Developer;Support")
    assert _signed(emulator, credentials, "GetAccountInfo")["error"]["code"] == 100  # no role: nothing
    listed = ok(emulator, "GetKeys", with_roles=True)
    [mine] = [k for k in listed["result"] if k["key_id"] == credentials["key_id"]]
    assert (mine["key_name"], mine["description"], mine["roles"]) == ("ci", "CI", [])
    ok(emulator, "UpdateKey", key_id=credentials["key_id"], description="nightly", key_name="cron")
    [renamed] = ok(emulator, "GetKeys", key_id=credentials["key_id"])["result"]
    assert (renamed["key_name"], renamed["description"]) == ("cron", "nightly")
    ok(emulator, "SetKeyRoles", key_id=credentials["key_id"], role_id="1")
    assert "result" in _signed(emulator, credentials, "GetAccountInfo")
    ok(emulator, "DeleteKey", key_id=credentials["key_id"])
    revoked = _signed(emulator, credentials, "GetAccountInfo")
    assert revoked["error"]["code"] == 100 and "kid" in revoked["error"]["msg"]
    assert error(emulator, "DeleteKey", key_id=credentials["key_id"])["code"] == 404


def test_keys_of_another_account_are_not_ours(emulator: LiveServer) -> None:
    other = control(emulator, "POST", "/accounts", account_name="other")
    foreign = control(emulator, "POST", f"/accounts/{other['account_id']}/service-accounts")
    assert error(emulator, "GetKeyRoles", key_id=foreign["key_id"])["code"] == 404
    assert all(k["key_id"] != foreign["key_id"] for k in ok(emulator, "GetKeys")["result"])
    # The control panel's key is the account owner's.
    [owner] = _signed(emulator, foreign, "GetKeys", with_roles=True)["result"]
    assert owner["roles"] == [{"role_id": 1, "role_name": "Owner", "group_name": "Administration"}]


def test_sub_users_with_roles(emulator: LiveServer) -> None:
    added = ok(
        emulator,
        "AddSubUser",
        new_subuser_name="sup",
        new_subuser_password="Passw0rd!",
        role_name="Supervisor",
    )
    subuser_id = added["result"]["subuser_id"]
    duplicate = error(emulator, "AddSubUser", new_subuser_name="sup", new_subuser_password="Passw0rd!")
    assert duplicate["code"] == 409
    weak = error(emulator, "AddSubUser", new_subuser_name="weak", new_subuser_password="short")
    assert weak["code"] == 422
    listed = ok(emulator, "GetSubUsers", with_roles=True)
    assert listed["total_count"] == 1
    assert listed["result"][0]["roles"] == [
        {"role_id": 4, "role_name": "Supervisor", "group_name": "Telephony", "parent_role_id": 2}
    ]
    wrong_old = error(
        emulator,
        "SetSubUserInfo",
        subuser_id=subuser_id,
        old_subuser_password="x",
        new_subuser_password="N3w!pass",
    )
    assert wrong_old["code"] == 422
    ok(
        emulator,
        "SetSubUserInfo",
        subuser_id=subuser_id,
        old_subuser_password="Passw0rd!",
        new_subuser_password="N3w!passw",
        description="night shift",
    )
    assert ok(emulator, "GetSubUsers", subuser_id=subuser_id)["result"][0]["description"] == "night shift"
    ok(emulator, "SetSubUserRoles", subuser_id=subuser_id, role_name="Accountant")
    names = [r["role_name"] for r in ok(emulator, "GetSubUserRoles", subuser_id=subuser_id)["result"]]
    assert names == ["Supervisor", "Accountant"]
    last = error(emulator, "RemoveSubUserRoles", subuser_id=subuser_id, role_id="4;5")
    assert last["code"] == 422  # every role at once needs force
    ok(emulator, "RemoveSubUserRoles", subuser_id=subuser_id, role_name="Accountant")
    ok(emulator, "DelSubUser", subuser_id=subuser_id)
    assert ok(emulator, "GetSubUsers")["total_count"] == 0
    assert error(emulator, "GetSubUserRoles", subuser_id=subuser_id)["code"] == 404


def test_a_sub_users_key_may_call_what_the_sub_users_roles_permit(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "desk")
    subuser_id = ok(
        emulator,
        "AddSubUser",
        new_subuser_name="sv",
        new_subuser_password="Passw0rd!",
        role_name="Supervisor",
    )["result"]["subuser_id"]
    credentials = control(emulator, "POST", f"/accounts/1/subusers/{subuser_id}/service-accounts")
    queue = _signed(emulator, credentials, "AddQueue", application_id=app_id, acd_queue_name="line")
    assert queue["result"] == 1  # supervisors run the queues
    assert _signed(emulator, credentials, "DelApplication", application_id=app_id)["error"]["code"] == 100
    own = error(emulator, "SetKeyRoles", key_id=credentials["key_id"], role_name="Developer")
    assert own["code"] == 422 and "sub-user" in own["msg"]  # its roles are the sub-user's
    ok(emulator, "SetSubUserRoles", subuser_id=subuser_id, role_name="Developer")
    assert _signed(emulator, credentials, "DelApplication", application_id=app_id)["result"] == 1
    ok(emulator, "DelSubUser", subuser_id=subuser_id)
    gone = _signed(emulator, credentials, "GetAccountInfo")
    assert gone["error"]["code"] == 100 and "sub-user" in gone["error"]["msg"]


def test_role_arguments_are_validated(emulator: LiveServer) -> None:
    both = error(emulator, "SetKeyRoles", key_id="x", role_id="1", role_name="Owner")
    assert both["code"] == 101 and "together" in both["msg"]
    neither = error(emulator, "SetSubUserRoles", subuser_id=1)
    assert neither["code"] == 101 and "role_id or role_name" in neither["msg"]
