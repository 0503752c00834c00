"""Phone numbers from search to release, and Caller IDs with their verification call."""

from __future__ import annotations

from ..conftest import LiveServer
from .voxology import FAR_END, api, control, dial, error, schema_errors


def test_a_number_goes_from_search_to_provisioned_updated_and_released(emulator: LiveServer) -> None:
    with api(emulator) as client:
        found = client.get(
            "/PhoneNumbers/Available",
            params={"capabilities": "sms", "search_by": "region", "search_on": "Irvine,CA", "max_results": 3},
        ).json()["phone_numbers"]
        assert len(found) == 3
        assert all(n["location"]["city"] == "Irvine" and "sms_outbound" in n["capabilities"] for n in found)
        assert "+17145551212" not in {n["no"] for n in found}  # the demo's own number is not for sale
        chosen = found[0]
        provisioned = client.post("/PhoneNumbers/CallFlows", json={"phone_numbers": [chosen]})
        assert provisioned.status_code == 200
        again = client.post("/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": chosen["no"]}]})
        number = client.get(f"/PhoneNumbers/{chosen['no']}").json()
        assert (number["status"], number["assigned_to"]) == ("routed", "CallFlows")
        assert number["capabilities"] == chosen["capabilities"]
        assert schema_errors("PhoneNumber", number) == []
        after = client.get(
            "/PhoneNumbers/Available", params={"capabilities": "sms", "search_on": "Irvine,CA"}
        )
        assert chosen["no"] not in {n["no"] for n in after.json()["phone_numbers"]}

        updated = client.put(
            f"/PhoneNumbers/%2B{chosen['no'][1:]}",
            json={"description": "Front desk", "caller_id_name": "Acme"},
        ).json()
        assert (updated["description"], updated["caller_id_name"]) == ("Front desk", "Acme")
        listed = client.get("/PhoneNumbers/CallFlows", params={"sort_by": "no", "sort_order": "desc"}).json()
        assert [n["no"] for n in listed["phone_numbers"]] == sorted(
            ["+19495551212", "+17145551212", chosen["no"]], reverse=True
        )

        released = client.request(
            "DELETE", "/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": chosen["no"]}]}
        )
        assert released.status_code == 204
        gone = client.get(f"/PhoneNumbers/{chosen['no']}")
        released_twice = client.request(
            "DELETE", "/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": chosen["no"]}]}
        )
        history = client.get("/PhoneNumbers", params={"status": "released"}).json()["phone_numbers"]
    error(again, 400, 400200)
    error(gone, 404, 400404)
    error(released_twice, 400, 400201)
    assert [n["no"] for n in history] == [chosen["no"]]


def test_toll_free_numbers_route_within_a_day(emulator: LiveServer) -> None:
    with api(emulator) as client:
        found = client.get(
            "/PhoneNumbers/Available", params={"capabilities": "voice", "type": "toll_free", "max_results": 1}
        ).json()["phone_numbers"][0]
        assert found["capabilities"] == ["voice_inbound", "voice_outbound"]
        client.post("/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": found["no"]}]})
        assert client.get(f"/PhoneNumbers/{found['no']}").json()["status"] == "routing"
        with emulator.control() as ctl:
            ctl.post("/clock", json={"advance_seconds": 6 * 3600}).raise_for_status()
        routed = client.get("/PhoneNumbers", params={"type": "toll_free"}).json()["phone_numbers"]
    assert [(n["no"], n["status"]) for n in routed] == [(found["no"], "routed")]


def test_numbers_on_a_trunk_are_listed_under_its_assigned_to_path(emulator: LiveServer) -> None:
    with api(emulator) as client:
        trunk = client.post(
            "/Trunks", json={"direction": "inbound", "inbound": {"destination": "pbx.example.com"}}
        )
        assert trunk.status_code == 201, trunk.text
        trunk_id = trunk.json()["trunk_id"]
        assert trunk.json()["inbound"]["phone_numbers_uri"] == f"/v1/PhoneNumbers/Trunks/{trunk_id}"
        put = client.post(
            f"/PhoneNumbers/Trunks/{trunk_id}", json={"phone_numbers": [{"no": "+13235551300"}]}
        )
        assert put.status_code == 200, put.text
        plain = client.get(f"/PhoneNumbers/Trunks/{trunk_id}").json()["phone_numbers"]
        encoded = client.get(f"/PhoneNumbers/Trunks%2F{trunk_id}").json()["phone_numbers"]
        unknown = client.get("/PhoneNumbers/Trunks/no-such-trunk")
        outbound = client.post("/Trunks", json={"direction": "outbound", "outbound": {}})
    assert [n["no"] for n in plain] == [n["no"] for n in encoded] == ["+13235551300"]
    assert plain[0]["assigned_to"] == f"Trunks/{trunk_id}"
    error(unknown, 400, 400202)
    assert error(outbound, 400, 400001)["help"] == "outbound.authentication is required for an outbound trunk"


def test_a_caller_id_places_calls_only_once_verified(emulator: LiveServer) -> None:
    caller_id = "+13105550100"
    with api(emulator) as client:
        created = client.post(f"/CallerIDs/{caller_id}", json={"description": "Desk"})
        duplicate = client.post(f"/CallerIDs/{caller_id}", json={"description": "Desk"})
        unverified = client.post("/Dials/Connect", json={"call": {"no": FAR_END, "caller_id_no": caller_id}})
        verification = client.post(f"/CallerIDs/{caller_id}/Verify")
    assert created.status_code == 201 and created.json()["status"] == "unverified"
    body = error(duplicate, 400, 404254)
    assert body["message"] == "1001: failed to insert caller-id: this caller-id already exists"
    error(unverified, 403, 403293)
    pin = verification.json()["verify_pin"]
    assert len(pin) == 4 and pin.isdigit()

    with emulator.control() as ctl:
        wrong = ctl.post(f"/voxology/apps/demo-api-key/caller-ids/{caller_id}/verify", json={"pin": "x"})
    assert wrong.status_code == 409
    assert (
        control(emulator, "POST", f"/caller-ids/{caller_id}/verify", json={"pin": pin})["status"]
        == "verified"
    )
    call_id = dial(emulator, caller_id=caller_id)
    with api(emulator) as client:
        assert client.get(f"/LiveCalls/{call_id}").json()["caller_id_no"] == caller_id
        viewed = client.get(f"/CallerIDs/%2B{caller_id[1:]}").json()
        assert (viewed["status"], viewed["usage"]) == ("verified", 1)
        renamed = client.put(f"/CallerIDs/{caller_id}", json={"description": "Mobile"}).json()
        assert renamed["description"] == "Mobile"
        assert client.delete(f"/CallerIDs/{caller_id}").status_code == 204
        missing = client.get(f"/CallerIDs/{caller_id}")
        listed = client.get("/CallerIDs").json()
    body = error(missing, 404, 404254)
    assert body["message"] == "Not Found"
    assert listed["caller_ids"] == [] and listed["pagination"]["total_items"] == 0
