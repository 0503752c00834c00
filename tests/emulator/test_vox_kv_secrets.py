"""Key-value storage (expiry on the emulator clock, prefixes, paging) and application secrets."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import error, new_app, ok


def _advance(emulator: LiveServer, seconds: float) -> None:
    with emulator.control() as control:
        control.post("/clock", json={"advance_seconds": seconds}).raise_for_status()


def test_items_expire_on_the_emulator_clock(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    short = ok(emulator, "SetKeyValueItem", application_id=app_id, key="otp:1", value="1234", ttl=30)[
        "result"
    ]
    ok(emulator, "SetKeyValueItem", application_id=app_id, key="otp:2", value="9999", ttl=3600)
    assert ok(emulator, "GetKeyValueItem", application_id=app_id, key="otp:1")["result"] == short
    _advance(emulator, 31)
    assert error(emulator, "GetKeyValueItem", application_id=app_id, key="otp:1")["code"] == 404
    assert [k["key"] for k in ok(emulator, "GetKeyValueKeys", application_id=app_id)["result"]] == ["otp:2"]


def test_set_replaces_and_expires_at_is_absolute(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    ok(emulator, "SetKeyValueItem", application_id=app_id, key="a", value="1", ttl=60)
    replaced = ok(
        emulator, "SetKeyValueItem", application_id=app_id, key="a", value="2", expires_at=4102444800
    )
    assert replaced["result"] == {"key": "a", "value": "2", "expires_at": 4102444800}
    neither = error(emulator, "SetKeyValueItem", application_id=app_id, key="b", value="1")
    assert neither == {"code": 101, "msg": "ttl or expires_at is required"}
    ok(emulator, "DelKeyValueItem", application_id=app_id, key="a")
    assert error(emulator, "DelKeyValueItem", application_id=app_id, key="a")["code"] == 404


def test_prefix_search_pages_and_stays_inside_the_application(emulator: LiveServer) -> None:
    app_id, other = new_app(emulator, "kv1"), new_app(emulator, "kv2")
    for number in range(12):
        ok(
            emulator,
            "SetKeyValueItem",
            application_id=app_id,
            key=f"cart:{number:02d}",
            value=str(number),
            ttl=60,
        )
    ok(emulator, "SetKeyValueItem", application_id=other, key="cart:99", value="x", ttl=60)
    first = ok(emulator, "GetKeyValueItems", application_id=app_id, key="cart")["result"]
    rest = ok(emulator, "GetKeyValueItems", application_id=app_id, key="cart", count=10, offset=10)["result"]
    assert len(first) == 10  # the documented default page size
    assert [i["key"] for i in rest] == ["cart:10", "cart:11"]
    assert error(emulator, "GetKeyValueItems", application_id=app_id, key="cart", count=51)["code"] == 101


def test_secrets_hide_values_in_listings(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    [added] = ok(
        emulator,
        "AddSecret",
        application_id=app_id,
        secret_name="crm_token",
        secret_value="s3cr3t",
        description="x" * 250,
    )["result"]
    assert (
        error(emulator, "AddSecret", application_id=app_id, secret_name="crm_token", secret_value="v")["code"]
        == 409
    )
    [listed] = ok(emulator, "GetSecrets", application_id=app_id, secret_name_part="crm")["result"]
    assert "secret_value" not in listed and len(listed["description"]) == 200  # truncated, as documented
    ok(
        emulator,
        "SetSecretInfo",
        application_id=app_id,
        secret_id=added["secret_id"],
        new_secret_name="crm",
        secret_value="n3w",
    )
    [value] = ok(emulator, "GetSecretValue", application_id=app_id, secret_name="crm")["result"]
    assert (value["secret_id"], value["secret_value"]) == (added["secret_id"], "n3w")
    ok(emulator, "DelSecret", application_id=app_id, secret_id="all")
    assert ok(emulator, "GetSecrets", application_id=app_id)["total_count"] == 0
