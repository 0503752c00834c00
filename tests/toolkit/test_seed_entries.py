"""The seed entries that go beyond a tenant's own fields: Voxology numbers (a control route) and Voximplant
Management applications and users (the vendor API itself), seen through the vendor APIs; schema errors
name the line and the field, and a refusal names the entry's line."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from emulator.seed import SeedError, apply_seed, load_seed_file

from ..conftest import LiveServer

VOXOLOGY = """\
voxology:
  - account_id: acc-7
    username: seven@acme.test
    password: pw
    app_id: app-7
    api_key: acme-seven
    numbers:
      - {number: "+13125550142", description: Front desk}
      - {number: "+13125550143", price: 2.5}
    call_flows:
      default: {callback: {url: "http://127.0.0.1:9/flows"}}
      "+13125550142": {callback: {url: "http://127.0.0.1:9/front-desk"}, answer_on_ring: 3}
"""

MANAGEMENT = """\
voximplant-management:
  - account_id: 43
    api_key: acme-mgmt-43
    applications:
      - application_name: support
        users:
          - {user_name: ann, user_display_name: Ann, user_password: "Secret-pw1"}
          - {user_name: bob, user_display_name: Bob, user_password: "Secret-pw2", user_active: false}
      - {application_name: sales}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "seed.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(SeedError) as raised:
        load_seed_file(path)
    return raised.value.problems


def test_seeded_voxology_numbers_are_the_application_s(emulator: LiveServer, tmp_path: Path) -> None:
    with emulator.control() as control:
        apply_seed(load_seed_file(_write(tmp_path, VOXOLOGY)), control)
    headers = {"X-API-Key": "acme-seven"}
    with httpx.Client(base_url=f"{emulator.url}/v1", headers=headers) as client:
        listed = client.get("/PhoneNumbers").json()["phone_numbers"]
        demo = client.get("/PhoneNumbers", headers={"X-API-Key": "demo-api-key"})
    found = {number["no"]: number for number in listed}
    assert sorted(found) == ["+13125550142", "+13125550143"]
    assert found["+13125550142"]["description"] == "Front desk"
    assert found["+13125550142"]["price"] == 0.035  # the vendor's local price without one of its own
    assert found["+13125550143"]["price"] == 2.5
    assert {n["assigned_to"] for n in listed} == {"CallFlows"}
    assert "+13125550142" not in demo.text
    with httpx.Client(base_url=f"{emulator.url}/v1", headers=headers) as client:
        default = client.get("/CallFlows/Configurations/Default").json()
        front_desk = client.get("/CallFlows/Configurations/PhoneNumbers/+13125550142").json()
    assert default["callback"]["url"] == "http://127.0.0.1:9/flows"
    assert (front_desk["callback"]["url"], front_desk["answer_on_ring"]) == (
        "http://127.0.0.1:9/front-desk",
        3,
    )


def test_number_errors_name_the_line_and_the_field(tmp_path: Path) -> None:
    text = VOXOLOGY.replace('{number: "+13125550142", description: Front desk}', "{no: 1, price: -1}")
    path = _write(tmp_path, text)
    assert sorted(_problems(path)) == [
        f"{path}:8: voxology[0].numbers[0].False: unknown field (a bare no, yes, on or off key reads"
        " as a boolean in YAML: quote it)",
        f"{path}:8: voxology[0].numbers[0].price: -1 is less than the minimum of 0",
        f"{path}:8: voxology[0].numbers[0]: 'number' is a required property",
    ]


def test_a_taken_number_names_its_entry_line(emulator: LiveServer, tmp_path: Path) -> None:
    path = _write(tmp_path, VOXOLOGY.replace("+13125550143", "+19495551212"))  # a demo number
    with emulator.control() as control, pytest.raises(SeedError) as raised:
        apply_seed(load_seed_file(path), control)
    assert raised.value.problems == [
        f"{path}:9: voxology[0].numbers[1]: +19495551212 is already assigned"
        " (POST /_emulator/voxology/apps/acme-seven/numbers answered 409)"
    ]


def _platform(emulator: LiveServer, method: str, **form: object) -> dict[str, object]:
    fields = {"account_id": "43", "api_key": "acme-mgmt-43", **{k: str(v) for k, v in form.items()}}
    with httpx.Client(base_url=emulator.url) as client:
        found: dict[str, object] = client.post(f"/platform_api/{method}/", data=fields).json()
    return found


def test_seeded_applications_and_users_are_the_account_s(emulator: LiveServer, tmp_path: Path) -> None:
    with emulator.control() as control:
        apply_seed(load_seed_file(_write(tmp_path, MANAGEMENT)), control)
    applications = _platform(emulator, "GetApplications")["result"]
    assert isinstance(applications, list)
    names = [app["application_name"].split(".")[0] for app in applications]
    assert names == ["support", "sales"]
    support = applications[0]["application_id"]
    users = _platform(emulator, "GetUsers", application_id=support)["result"]
    assert isinstance(users, list)
    assert [(u["user_name"], u["user_active"]) for u in users] == [("ann", True), ("bob", False)]


def test_application_errors_name_the_line_and_the_field(tmp_path: Path) -> None:
    text = MANAGEMENT.replace('user_password: "Secret-pw2", ', "").replace("{application_name: sales}", "{}")
    path = _write(tmp_path, text)
    where = "voximplant-management[0].applications"
    assert _problems(path) == [
        f"{path}:8: {where}[0].users[1]: 'user_password' is a required property",
        f"{path}:9: {where}[1]: 'application_name' is a required property",
    ]


def test_a_refused_user_names_its_entry_line(emulator: LiveServer, tmp_path: Path) -> None:
    path = _write(tmp_path, MANAGEMENT.replace("Secret-pw2", "weak"))
    with emulator.control() as control, pytest.raises(SeedError) as raised:
        apply_seed(load_seed_file(path), control)
    assert raised.value.problems == [
        f"{path}:8: voximplant-management[0].applications[0].users[1]: user_password is invalid: 'weak' is"
        " too short (AddUser answered error 101)"
    ]


def test_call_flow_errors_name_the_line_and_the_field(tmp_path: Path) -> None:
    text = VOXOLOGY.replace('"+13125550142": {callback', '"3125550142": {callbak')
    path = _write(tmp_path, text)
    assert sorted(_problems(path)) == [
        f"{path}:12: voxology[0].call_flows.3125550142.callbak: unknown field",
        f"{path}:12: voxology[0].call_flows.3125550142: 'callback' is a required property",
        f"{path}:12: voxology[0].call_flows.3125550142: not a valid key: 'default' or an E.164 number",
    ]


def test_a_call_flow_for_a_number_not_owned_names_its_line(emulator: LiveServer, tmp_path: Path) -> None:
    path = _write(tmp_path, VOXOLOGY.replace('"+13125550142": {callback', '"+13125550199": {callback'))
    with emulator.control() as control, pytest.raises(SeedError) as raised:
        apply_seed(load_seed_file(path), control)
    assert raised.value.problems == [
        f"{path}:12: voxology[0].call_flows.+13125550199: +13125550199 is neither a provisioned number nor"
        " a verified Caller ID of this application"
        " (PUT /v1/CallFlows/Configurations/PhoneNumbers/%2B13125550199 answered 404)"
    ]
