"""Sub Accounts: prepending /SubAccounts/{id} runs any application-level method in that Sub Account only."""

from __future__ import annotations

from ..conftest import LiveServer
from .voxology import FAR_END, NUMBER, api, control, dial, error


def create_sub_account(emulator: LiveServer, name: str) -> int:
    with api(emulator) as client:
        response = client.post("/SubAccounts", json={"name": name})
    assert response.status_code == 201, response.text
    sub_id: int = response.json()["id"]
    return sub_id


def test_numbers_calls_and_caller_ids_are_scoped_to_their_sub_account(emulator: LiveServer) -> None:
    tenant = create_sub_account(emulator, "Tenant A")
    other = create_sub_account(emulator, "Tenant B")
    scoped = f"/SubAccounts/{tenant}"
    with api(emulator, scoped) as client:
        provisioned = client.post("/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": "+19495551214"}]})
        assert provisioned.status_code == 200, provisioned.text
        assert client.post("/CallerIDs/%2B13105550100", json={"description": "Desk"}).status_code == 201
    call_id = dial(emulator, caller_id="+19495551214", prefix=scoped)

    with (
        api(emulator, scoped) as tenant_client,
        api(emulator) as parent,
        api(emulator, f"/SubAccounts/{other}") as b,
    ):
        assert [n["no"] for n in tenant_client.get("/PhoneNumbers").json()["phone_numbers"]] == [
            "+19495551214"
        ]
        assert tenant_client.get("/LiveCalls").json()["calls"][0]["subaccount_id"] == tenant
        assert [c["no"] for c in tenant_client.get("/CallerIDs").json()["caller_ids"]] == ["+13105550100"]
        # The documented example form of the same listing, and the parent's own numbers.
        assert (
            parent.get(f"/SubAccounts/{tenant}/PhoneNumbers").json()["phone_numbers"][0]["no"]
            == "+19495551214"
        )
        assert {n["no"] for n in parent.get("/PhoneNumbers").json()["phone_numbers"]} == {
            NUMBER,
            "+17145551212",
        }
        assert parent.get("/LiveCalls").json()["calls"] == []
        assert parent.get("/CallerIDs").json()["caller_ids"] == []
        error(parent.get(f"/LiveCalls/{call_id}"), 404, 404404)
        error(parent.get("/PhoneNumbers/+19495551214"), 404, 400404)
        assert b.get("/PhoneNumbers").json()["phone_numbers"] == []
        # A Sub Account cannot place calls from the parent's numbers.
        refused = b.post("/Dials/Connect", json={"call": {"no": FAR_END, "caller_id_no": NUMBER}})
    error(refused, 403, 403293)


def test_inbound_traffic_lands_in_the_sub_account_of_the_number(emulator: LiveServer) -> None:
    tenant = create_sub_account(emulator, "Tenant A")
    with api(emulator, f"/SubAccounts/{tenant}") as client:
        client.post("/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": "+19495551214"}]})
        configured = client.put(
            "/CallFlows/Configurations/Default", json={"callback": {"url": "https://x.invalid"}}
        )
        assert configured.status_code == 200
    control(
        emulator,
        "POST",
        "/inbound/sms",
        params={"subaccount_id": tenant},
        json={"to": "+19495551214", "from": FAR_END, "text": "hello"},
    )
    with api(emulator, f"/SubAccounts/{tenant}") as client, api(emulator) as parent:
        assert [m["text_message"] for m in client.get("/Messages").json()["messages"]] == ["hello"]
        assert parent.get("/Messages").json()["messages"] == []


def test_unknown_and_deleted_sub_accounts_get_their_documented_errors(emulator: LiveServer) -> None:
    tenant = create_sub_account(emulator, "Short-lived")
    with api(emulator) as client:
        error(client.get("/SubAccounts/99/PhoneNumbers"), 404, 404801)
        error(client.get("/SubAccounts/99/CallerIDs"), 404, 404801)
        assert client.delete(f"/SubAccounts/{tenant}").status_code == 204
        gone = client.get(f"/SubAccounts/{tenant}/LiveCalls")
        listed = client.get("/SubAccounts").json()["subaccounts"]
    error(gone, 404, 404802)
    assert listed == []


def test_a_sub_account_with_usage_cannot_be_deleted_only_deactivated(emulator: LiveServer) -> None:
    tenant = create_sub_account(emulator, "Busy")
    with api(emulator) as client:
        client.post(
            f"/SubAccounts/{tenant}/PhoneNumbers/CallFlows", json={"phone_numbers": [{"no": "+19495551214"}]}
        )
        error(client.delete(f"/SubAccounts/{tenant}"), 403, 403803)
        updated = client.put(f"/SubAccounts/{tenant}", json={"name": "Busy", "status": "inactive"})
        assert updated.status_code == 201 and updated.json()["status"] == "inactive"
        assert client.get("/SubAccounts").json()["subaccounts"] == []
        inactive = client.get("/SubAccounts", params={"status": "inactive"}).json()["subaccounts"]
    assert [s["id"] for s in inactive] == [tenant]


def test_numbers_move_between_the_application_and_its_sub_accounts(emulator: LiveServer) -> None:
    first, second = create_sub_account(emulator, "A"), create_sub_account(emulator, "B")
    with api(emulator) as parent:
        moved = parent.put(
            "/PhoneNumbers/Move/CallFlows",
            json={"subaccount_id": first, "phone_numbers": [{"no": NUMBER}, {"no": "+13105559999"}]},
        )
        assert moved.status_code == 200
        assert moved.json() == [
            {"no": NUMBER, "formatted": "(949) 555-1212"},
            {"no": "+13105559999", "formatted": "(310) 555-9999", "error": "Phone number not found"},
        ]
        assert NUMBER not in {n["no"] for n in parent.get("/PhoneNumbers").json()["phone_numbers"]}
    with api(emulator, f"/SubAccounts/{first}") as child:
        sibling = child.put(
            "/PhoneNumbers/Move/CallFlows",
            json={"subaccount_id": str(second), "phone_numbers": [{"no": NUMBER}]},
        )
        assert sibling.status_code == 200
        assert child.get("/PhoneNumbers").json()["phone_numbers"] == []
    with api(emulator, f"/SubAccounts/{second}") as child:
        assert [n["no"] for n in child.get("/PhoneNumbers").json()["phone_numbers"]] == [NUMBER]
        foreign = child.put(
            "/PhoneNumbers/Move/CallFlows", json={"app_id": "another-app", "phone_numbers": [{"no": NUMBER}]}
        )
        home = child.put(
            "/PhoneNumbers/Move/CallFlows",
            json={"app_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "phone_numbers": [{"no": NUMBER}]},
        )
        missing = child.put("/PhoneNumbers/Move/CallFlows", json={"phone_numbers": [{"no": NUMBER}]})
    error(foreign, 404, 404002)
    assert home.status_code == 200
    body = error(missing, 400, 400001)
    assert (
        body["help"] == "subaccount_id (to a Sub Account) or app_id (to the parent application) is required"
    )
    with api(emulator) as parent:
        assert NUMBER in {n["no"] for n in parent.get("/PhoneNumbers").json()["phone_numbers"]}
