"""Do-Not-Call add, remove and check agree with each other, expiry included."""

from __future__ import annotations

from ..conftest import LiveServer
from .ccai import api


def test_the_seed_example_batch(emulator: LiveServer) -> None:
    contacts = [
        {"phone_number": "+1-7187309219", "expires_at": "2099-10-29 00:00:00 UTC"},
        {"phone_number": "+1-(358)-213-1634"},
        {"phone_number": "+1-4151113333", "expires_at": "2099-10-30 00:00:00 UTC"},
        {"phone_number": "+1-7187309219", "expires_at": "2022-10-27 00:00:00 UTC"},
        {"phone_number": "sssssss"},
        {"phone_number": "911", "expires_at": "2099-02-05 00:00:00 UTC"},
    ]
    with api(emulator) as client:
        client.post("/outbound_dialer/dnc", json={"contacts": [{"phone_number": "+1 415 111 3333"}]})
        results = client.post("/outbound_dialer/dnc", json={"contacts": contacts}).json()
    assert [r["status"] for r in results] == ["created", "created", "updated", "failed", "failed", "failed"]
    assert [r.get("error") for r in results[3:]] == [
        "expires_at cannot be past date/time",
        "phone_number is invalid",
        "emergency phone number is not allowed",
    ]
    assert results[0] == {
        "phone_number": "+1-7187309219",
        "expires_at": "2099-10-29 00:00:00 UTC",
        "status": "created",
    }


def test_add_check_remove_and_expiry_agree(emulator: LiveServer) -> None:
    with api(emulator) as client:
        client.post(
            "/outbound_dialer/dnc",
            json={
                "contacts": [
                    {"phone_number": "1-415-111-1111", "expires_at": "2099-01-01 00:00:00 UTC"},
                    {"phone_number": "1-415-222-2222"},
                ]
            },
        )
        listed = client.get("/outbound_dialer/dnc/check", params={"phone_number": "+1 (415) 111-1111"}).json()
        forever = client.get("/outbound_dialer/dnc/check", params={"phone_number": "1-415-222-2222"}).json()
        client.post("/outbound_dialer/dnc/remove", json={"phone_numbers": ["1-415-222-2222"]})
        removed = client.get("/outbound_dialer/dnc/check", params={"phone_number": "1-415-222-2222"}).json()
    assert listed["do_not_call"] is True
    assert listed["expired_at"].startswith("2099-01-01 00:00:00")
    assert forever == {"phone_number": "1-415-222-2222", "expired_at": None, "do_not_call": True}
    assert removed["do_not_call"] is False
    with emulator.control() as ctl:
        ctl.post("/clock", json={"advance_seconds": 100 * 365 * 86400}).raise_for_status()
    with api(emulator) as client:
        expired = client.get("/outbound_dialer/dnc/check", params={"phone_number": "1-415-111-1111"}).json()
        readded = client.post(
            "/outbound_dialer/dnc", json={"contacts": [{"phone_number": "1-415-111-1111"}]}
        ).json()
    assert expired["do_not_call"] is False
    assert readded[0]["status"] == "created"  # an expired entry no longer counts as listed
