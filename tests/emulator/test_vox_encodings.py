"""Every seed method reads its parameters alike from an urlencoded form, a multipart form and the query
string: each is sent its spec example three times, from the same demo state, and answers the same."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from ..conftest import LiveServer
from .vox import BASE, DEMO

SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")
# Secrets a method makes up (API keys, UUIDs): random by design, so each send has its own.
TOKEN = re.compile(r"[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _seed_requests() -> list[tuple[str, dict[str, str]]]:
    """(method, example fields) for every method the seed documents (not those the official client adds)."""
    document = yaml.safe_load(SPEC.read_text())
    found = []
    for template, item in document["paths"].items():
        operation = item["post"]
        if operation.get("x-evidence") == "official-client":
            continue
        content = (operation.get("requestBody") or {}).get("content", {})
        fields: dict[str, Any] = {}
        for media in content.values():
            for example in (media.get("examples") or {}).values():
                fields = example["value"]
                break
            break
        found.append((template.strip("/"), {key: _wire(value) for key, value in fields.items()}))
    return found


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(_wire(item) for item in value)
    return str(value)


def _send(emulator: LiveServer, method: str, fields: dict[str, str], encoding: str) -> dict[str, Any]:
    url = f"{emulator.url}{BASE}/{method}/"
    if encoding == "urlencoded":
        response = httpx.post(url, data={**DEMO, **fields})
    elif encoding == "multipart":
        parts = {key: (None, value) for key, value in {**DEMO, **fields}.items()}
        response = httpx.post(url, files=parts)
        assert response.request.headers["content-type"].startswith("multipart/form-data")
    else:
        response = httpx.post(url, params={**DEMO, **fields})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _comparable(answer: Any) -> Any:
    """The answer with its timestamps and made-up secrets blanked: each send starts from a fresh demo state
    at its own moment."""
    if isinstance(answer, dict):
        return {key: _comparable(value) for key, value in answer.items()}
    if isinstance(answer, list):
        return [_comparable(item) for item in answer]
    if isinstance(answer, str):
        return TOKEN.sub("<token>", MOMENT.sub("<moment>", answer))
    return answer


SEED = _seed_requests()


def test_every_seed_method_is_covered() -> None:
    assert len(SEED) == 111


@pytest.mark.parametrize(("method", "fields"), SEED, ids=[method for method, _ in SEED])
def test_the_three_encodings_answer_alike(emulator: LiveServer, method: str, fields: dict[str, str]) -> None:
    answers = {}
    for encoding in ("urlencoded", "multipart", "query"):
        emulator.reset()
        answers[encoding] = _comparable(_send(emulator, method, fields, encoding))
    refusal = answers["multipart"].get("error", {}).get("msg", "")
    assert "Content-Type" not in refusal, answers["multipart"]
    assert answers["multipart"] == answers["urlencoded"]
    assert answers["query"] == answers["urlencoded"]


def test_a_multipart_write_takes_effect(emulator: LiveServer) -> None:
    created = _send(emulator, "AddApplication", {"application_name": "viamultipart"}, "multipart")
    wanted = {"application_id": str(created["application_id"])}
    listed = _send(emulator, "GetApplications", wanted, "multipart")
    assert created["application_name"] == "viamultipart.demo.n1.voximplant.com"
    assert [app["application_name"] for app in listed["result"]] == [created["application_name"]]


def test_multipart_with_a_file_and_booleans(emulator: LiveServer) -> None:
    app = _send(emulator, "AddApplication", {"application_name": "flags"}, "multipart")
    secured = _send(
        emulator,
        "SetApplicationInfo",
        {"application_id": str(app["application_id"]), "secure_record_storage": "True"},
        "multipart",
    )
    assert secured["secure_record_storage"] is True
