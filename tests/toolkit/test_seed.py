"""Seed files: schema errors name the line and the field; a valid file creates working tenants through
the control routes, and a route's refusal is reported at the entry's line."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from emulator.seed import SeedError, apply_seed, load_seed_file

from ..conftest import LiveServer

SEED = """\
version: 1
ccai-platform:
  - subdomain: acme
    token: acme-token
    agents:
      - email: ann@acme.test
        first_name: Ann
    menus:
      - {id: 7, name: Support, menu_type: ivr_menu, wait_times: {voice_call: 30}}
voximplant-kit:
  - domain: acme
    access_token: acme-kit
    outcomes:
      "12025550123": {outcome: busy}
voxology:
  - {account_id: acc-1, username: a@acme.test, password: pw, app_id: app-1, api_key: acme-vox}
callgear-call-api:
  - id: 77
    users: [{login: acme, password: acme-pw}]
    employees: [{full_name: Bob}]
voximplant-management:
  - {account_id: 42, api_key: acme-mgmt}
farend:
  - {api: ccai-platform, tenant: acme, party: "+18596579625", outcome: busy, answer_after_s: 4}
"""


def _write(tmp_path: Path, text: str, name: str = "seed.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(SeedError) as raised:
        load_seed_file(path)
    return raised.value.problems


def test_schema_errors_name_the_line_and_the_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "ccai-platform:\n  - subdomain: acme\n    tokn: x\nfarend:\n  - api: ccai\n    tenant: t\n"
        "    answer_after_s: soon\n",
    )
    assert _problems(path) == [
        f"{path}:2: ccai-platform[0]: 'token' is a required property",
        f"{path}:3: ccai-platform[0].tokn: unknown field",
        f"{path}:5: farend[0].api: 'ccai' is not one of ['ccai-platform', 'callgear-call-api',"
        " 'voximplant-kit', 'voxology', 'voximplant-management']",
        f"{path}:7: farend[0].answer_after_s: 'soon' is not of type 'number'",
    ]


def test_a_json_seed_file_gets_line_numbers_too(tmp_path: Path) -> None:
    text = json.dumps({"voxology": [{"account_id": "a", "username": "u", "password": "p"}]}, indent=2)
    path = _write(tmp_path, text, "seed.json")
    assert _problems(path) == [
        f"{path}:3: voxology[0]: 'app_id' is a required property",
        f"{path}:3: voxology[0]: 'api_key' is a required property",
    ]


def test_unreadable_yaml_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "ccai-platform:\n  - subdomain: [unclosed\n    token: x\n")
    assert _problems(path) == [f"{path}:3: not valid YAML or JSON: expected ',' or ']', but got ':'"]


def test_a_seed_creates_tenants_that_the_vendor_apis_accept(emulator: LiveServer, tmp_path: Path) -> None:
    with emulator.control() as control:
        apply_seed(load_seed_file(_write(tmp_path, SEED)), control)
        far_end = control.get("/farend/ccai-platform/acme/+18596579625").json()
        kit_outcomes = control.get("/voximplant-kit/accounts/acme/outcomes").json()
    assert far_end["outcome"] == "busy" and far_end["answer_after_s"] == 4
    assert "12025550123" in json.dumps(kit_outcomes)
    with httpx.Client(base_url=emulator.url) as client:
        wait_times = client.get("/apps/api/v1/wait_times", params={"lang": "en"}, auth=("acme", "acme-token"))
        voxology = client.get("/v1/Account/Billings/Balance", auth=("a@acme.test", "pw"))
        management = client.post(
            "/platform_api/GetAccountInfo/", data={"account_id": 42, "api_key": "acme-mgmt"}
        )
        login = client.post(
            "/v4.0",
            json={
                "jsonrpc": "2.0",
                "id": 1,
                "method": "login.user",
                "params": {"login": "acme", "password": "acme-pw"},
            },
        )
    assert [m["menu_id"] for m in wait_times.json()] == [7]
    assert voxology.status_code == 200
    assert management.json()["result"]["account_id"] == 42
    assert "access_token" in login.json()["result"]["data"]


def test_a_route_refusal_names_the_entry_line(emulator: LiveServer, tmp_path: Path) -> None:
    path = _write(
        tmp_path, "ccai-platform:\n  - subdomain: acme\n    token: a\n  - subdomain: demo\n    token: b\n"
    )
    with emulator.control() as control, pytest.raises(SeedError) as raised:
        apply_seed(load_seed_file(path), control)
    assert raised.value.problems == [
        f"{path}:4: ccai-platform[1]: subdomain 'demo' is empty or taken"
        " (POST /_emulator/ccai-platform/customers answered 409)"
    ]


def test_the_guide_s_seed_file_applies(emulator: LiveServer, tmp_path: Path) -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "testing.md").read_text(encoding="utf-8")
    example = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    with emulator.control() as control:
        apply_seed(load_seed_file(_write(tmp_path, example)), control)
        employees = control.get("/callgear-call-api/accounts/77/employees").json()
    assert [e["full_name"] for e in employees] == ["Bob"]
