"""Admin roles and users, authorized IPs, the SIP white list and the PSTN black list."""

from __future__ import annotations

from pathlib import Path

from ..conftest import LiveServer
from .vox import error, ok, spec_methods

SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"

SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"


def test_roles_grant_entries_to_admin_users(emulator: LiveServer) -> None:
    entries = ok(emulator, "GetAvailableAdminRoleEntries")["result"]
    assert set(entries) == spec_methods() and "AddUser" in entries
    viewer = ok(emulator, "AddAdminRole", admin_role_name="viewer", allowed_entries="GetUsers;GetQueues")[
        "admin_role_id"
    ]
    ok(
        emulator,
        "AddAdminRole",
        admin_role_name="viewer2",
        like_admin_role_id=viewer,
        denied_entries="GetQueues",
    )
    unknown = error(emulator, "AddAdminRole", admin_role_name="bad", allowed_entries="GetUsers;DropDatabase")
    assert unknown["code"] == 404 and "DropDatabase" in unknown["msg"]
    admin = ok(
        emulator,
        "AddAdminUser",
        new_admin_user_name="auditor",
        admin_user_display_name="Auditor",
        new_admin_user_password="secret1",
        admin_role_name="viewer2",
    )
    assert admin["admin_user_api_key"]
    [user] = ok(emulator, "GetAdminUsers", with_access_entries=True, with_roles=True)["result"]
    assert user["access_entries"] == ["GetUsers"]  # denied entries win
    assert [r["admin_role_name"] for r in user["admin_roles"]] == ["viewer2"]
    ok(
        emulator,
        "AttachAdminRole",
        required_admin_user_id=admin["admin_user_id"],
        admin_role_id=viewer,
        mode="set",
    )
    [user] = ok(emulator, "GetAdminUsers", with_access_entries=True)["result"]
    assert user["access_entries"] == ["GetQueues", "GetUsers"]
    ok(
        emulator,
        "SetAdminRoleInfo",
        admin_role_id=viewer,
        entry_modification_mode="del",
        allowed_entries="GetQueues",
    )
    [role] = ok(emulator, "GetAdminRoles", admin_role_id=viewer, with_entries=True)["result"]
    assert role["allowed_entries"] == ["GetUsers"]
    held = ok(
        emulator, "GetAdminRoles", included_admin_user_id=admin["admin_user_id"], with_system_roles=False
    )
    assert [r["admin_role_name"] for r in held["result"]] == ["viewer"]
    assert (
        error(emulator, "SetAdminRoleInfo", admin_role_name="Owner", admin_role_active=False)["code"] == 422
    )
    ok(emulator, "DelAdminRole", admin_role_id="all")  # system roles stay
    assert [r["admin_role_name"] for r in ok(emulator, "GetAdminRoles")["result"]] == [
        "Owner",
        "Developer",
        "Accountant",
    ]
    ok(emulator, "DelAdminUser", required_admin_user_name="auditor")
    assert ok(emulator, "GetAdminUsers")["total_count"] == 0


def test_authorized_ips_white_and_black_lists(emulator: LiveServer) -> None:
    assert (
        ok(emulator, "CheckAuthorizedAccountIP", authorized_ip="203.0.113.7")["result"] is True
    )  # empty lists
    ok(emulator, "AddAuthorizedAccountIP", authorized_ip="203.0.113.0/24", description="office")
    ok(emulator, "AddAuthorizedAccountIP", authorized_ip="203.0.113.66", allowed=False)
    assert ok(emulator, "CheckAuthorizedAccountIP", authorized_ip="203.0.113.7") == {
        "result": True,
        "authorized_ip": "203.0.113.0/24",
    }
    assert ok(emulator, "CheckAuthorizedAccountIP", authorized_ip="203.0.113.66")["result"] is False
    assert (
        ok(emulator, "CheckAuthorizedAccountIP", authorized_ip="198.51.100.1")["result"] is False
    )  # not whitelisted
    listed = ok(emulator, "GetAuthorizedAccountIPs", contains_ip="203.0.113.66")
    assert listed["total_count"] == 2
    assert ok(emulator, "DelAuthorizedAccountIP", contains_ip="203.0.113.66", allowed=False)["result"] == 1
    assert ok(emulator, "DelAuthorizedAccountIP", authorized_ip="all")["result"] == 1


def test_sip_white_list_and_pstn_black_list(emulator: LiveServer) -> None:
    item = ok(emulator, "AddSipWhiteListItem", sip_whitelist_network="192.168.1.5/16", description="pbx")[
        "sip_whitelist_id"
    ]
    ok(emulator, "SetSipWhiteListItem", sip_whitelist_id=item, sip_whitelist_network="10.0.0.0/255.0.0.0")
    [network] = ok(emulator, "GetSipWhiteList")["result"]
    assert network == {"sip_whitelist_id": item, "sip_whitelist_network": "10.0.0.0/8", "description": "pbx"}
    ok(emulator, "DelSipWhiteListItem", sip_whitelist_id=item)
    assert error(emulator, "DelSipWhiteListItem", sip_whitelist_id=item)["code"] == 404

    blocked = ok(emulator, "AddPstnBlackListItem", pstn_blacklist_phone="12125550666")["pstn_blacklist_id"]
    assert error(emulator, "AddPstnBlackListItem", pstn_blacklist_phone="12125550666")["code"] == 409
    sent = ok(emulator, "A2PSendSms", src_number="Acme", dst_numbers="12125550666;12125550777", text="hi")
    assert [s["destination_number"] for s in sent["result"]] == ["12125550777"]
    assert [f["destination_number"] for f in sent["failed"]] == ["12125550666"]
    ok(emulator, "SetPstnBlackListItem", pstn_blacklist_id=blocked, pstn_blacklist_phone="12125550667")
    assert ok(emulator, "GetPstnBlackList", pstn_blacklist_phone="12125550667")["total_count"] == 1
    ok(emulator, "DelPstnBlackListItem", pstn_blacklist_id=blocked)
    assert ok(emulator, "GetPstnBlackList")["total_count"] == 0
