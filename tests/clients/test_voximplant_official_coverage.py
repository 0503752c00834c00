"""Every command the official Python client (voximplant-apiclient) can send is an operation of the spec."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import yaml

SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"
COMMAND = re.compile(r"_perform_request\('([A-Za-z0-9_]+)'")


def _official_commands() -> set[str]:
    """Every command the installed official client can send, read from its source."""
    found = importlib.util.find_spec("voximplant.apiclient.client")
    assert found is not None and found.origin is not None
    return set(COMMAND.findall(Path(found.origin).read_text(encoding="utf-8")))


def test_every_official_command_is_in_the_spec() -> None:
    commands = _official_commands()
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = {item["post"]["operationId"] for item in document["paths"].values()}
    assert len(commands) == 184  # voximplant-apiclient 2.12.0
    assert sorted(commands - operations) == []


def test_every_added_operation_names_its_evidence() -> None:
    commands = _official_commands()
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    seed = [
        item["post"]["operationId"]
        for item in document["paths"].values()
        if item["post"].get("x-evidence") != "official-client"
    ]
    # The seed documents 111 methods; every other operation comes from the official client.
    assert len(seed) == 111
    assert {item["post"]["operationId"] for item in document["paths"].values()} - set(seed) <= commands
