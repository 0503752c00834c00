"""The seed entries that go beyond a tenant's own fields: Voxology numbers (and what the vendor API sees of
them), with schema errors naming the line and the field, and a route's refusal naming the entry's line."""

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
