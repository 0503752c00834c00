"""Applications and users: names, renames, cascading deletes, the password policy, `;` lists, `all`,
filters, ordering and paging (count, offset, total_count)."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import error, new_app, new_user, ok


def test_application_names_are_unique_and_renamable(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "shop")
    taken = error(emulator, "AddApplication", application_name="shop")
    renamed = ok(emulator, "SetApplicationInfo", required_application_name="shop", application_name="store")
    bad = error(emulator, "AddApplication", application_name="Bad_Name")
    assert taken["code"] == 107 and "shop.demo.n1.voximplant.com" in taken["msg"]
    assert renamed["application_name"] == "store.demo.n1.voximplant.com"
    assert bad["code"] == 101 and "application_name" in bad["msg"]
    listed = ok(emulator, "GetApplications", application_id=app_id)["result"]
    assert [a["application_name"] for a in listed] == ["store.demo.n1.voximplant.com"]


def test_deleting_an_application_removes_what_belongs_to_it(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "gone")
    keep_id = new_app(emulator, "kept")
    new_user(emulator, app_id, "alice")
    new_user(emulator, keep_id, "bob")
    ok(emulator, "SetKeyValueItem", application_id=app_id, key="k", value="v", ttl=60)
    ok(emulator, "AddSecret", application_id=app_id, secret_name="token", secret_value="s")
    ok(emulator, "DelApplication", application_name="gone")
    assert error(emulator, "GetUsers", application_id=app_id)["code"] == 404
    assert [u["user_name"] for u in ok(emulator, "GetUsers", application_id=keep_id)["result"]] == ["bob"]
    again = new_app(emulator, "gone")
    assert ok(emulator, "GetKeyValueKeys", application_id=again)["result"] == []
    assert ok(emulator, "GetSecrets", application_id=again)["total_count"] == 0


def test_user_passwords_follow_the_documented_policy(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    weak = error(
        emulator,
        "AddUser",
        application_id=app_id,
        user_name="weak",
        user_display_name="W",
        user_password="password1",
    )
    assert weak["code"] == 422 and "uppercase" in weak["msg"]
    user_id = new_user(emulator, app_id, "strong")
    assert error(emulator, "SetUserInfo", user_id=user_id, user_password="NoDigits!!")["code"] == 422
    ok(emulator, "SetUserInfo", user_id=user_id, user_password="An0ther!pass", user_display_name="Strong One")
    [user] = ok(emulator, "GetUsers", application_id=app_id, user_id=user_id)["result"]
    assert user["user_display_name"] == "Strong One"


def test_user_names_are_unique_per_application(emulator: LiveServer) -> None:
    first, second = new_app(emulator, "one"), new_app(emulator, "two")
    new_user(emulator, first, "sam")
    new_user(emulator, second, "sam")  # another application: allowed
    dup = error(
        emulator,
        "AddUser",
        application_id=first,
        user_name="sam",
        user_display_name="S",
        user_password="Passw0rd!",
    )
    assert dup["code"] == 409
    needs_app = error(emulator, "SetUserInfo", user_name="sam", user_active=False)
    assert needs_app["code"] == 101 and "application_id or application_name" in needs_app["msg"]
    ok(emulator, "SetUserInfo", user_name="sam", application_name="two", user_active=False)
    [sam] = ok(emulator, "GetUsers", application_id=second, user_active=False)["result"]
    assert sam["user_active"] is False


def test_lists_all_and_paging(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    ids = [new_user(emulator, app_id, name) for name in ("carol", "alice", "bob", "dave", "erin")]
    page = ok(emulator, "GetUsers", application_id=app_id, order_by="user_name", count=2, offset=1)
    assert page["count"] == 2 and page["total_count"] == 5
    assert [u["user_name"] for u in page["result"]] == ["bob", "carol"]
    ok(emulator, "DelUser", user_id=f"{ids[0]};{ids[1]}")
    left = ok(emulator, "GetUsers", application_id=app_id)
    assert [u["user_name"] for u in left["result"]] == ["bob", "dave", "erin"]
    assert error(emulator, "DelUser", user_id=f"{ids[0]}")["code"] == 404
    ok(emulator, "DelUser", user_name="bob;dave", application_id=app_id)
    assert [u["user_name"] for u in ok(emulator, "GetUsers", application_id=app_id)["result"]] == ["erin"]
    ok(emulator, "DelUser", user_id="all", application_id=app_id)
    assert ok(emulator, "GetUsers", application_id=app_id)["total_count"] == 0
