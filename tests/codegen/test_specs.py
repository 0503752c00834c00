"""Every spec keeps the house rules, and every example in it validates against its own schema."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from codegen.apis import APIS, Api
from codegen.spec_rules import example_problems, examples, operation_problems, operations

OPENAPI_APIS = [api for api in APIS if api.spec_file == "openapi.yaml"]


def _load(api: Api) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(api.spec.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize("api", OPENAPI_APIS, ids=lambda a: a.id)
def test_spec_is_valid_openapi_31(api: Api) -> None:
    document = _load(api)
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize("api", OPENAPI_APIS, ids=lambda a: a.id)
def test_every_operation_has_id_summary_tags_and_an_example(api: Api) -> None:
    assert operation_problems(_load(api)) == []


@pytest.mark.parametrize("api", OPENAPI_APIS, ids=lambda a: a.id)
def test_every_example_validates_against_its_schema(api: Api) -> None:
    document = _load(api)
    assert sum(1 for _ in examples(document)) > 0
    assert example_problems(document) == []


def test_example_checker_catches_a_bad_example() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "required": ["id"]},
                                    "examples": {"bad": {"value": {"name": "no id"}}},
                                }
                            }
                        }
                    }
                }
            }
        },
    }
    problems = example_problems(document)
    assert len(problems) == 1 and "'id' is a required property" in problems[0]
    assert operation_problems(document) == ["GET /x: no operationId", "GET /x: no summary", "GET /x: no tags"]


def test_ccai_spec_covers_the_seventeen_documented_operations_and_variants() -> None:
    document = _load(next(a for a in APIS if a.id == "ccai-platform"))
    found = {(method, path) for method, path, _ in operations(document)}
    assert {
        ("POST", "/calls"),
        ("POST", "/sms"),
        ("GET", "/wait_times"),
        ("POST", "/crm/contact_data"),
        ("GET", "/bulk/users/template"),
        ("GET", "/bulk/users/jobs/{job_id}"),
        ("POST", "/bulk/users/upload"),
        ("PUT", "/bulk/users/upload"),
        ("POST", "/bulk/users/proceed"),
        ("GET", "/bulk/users/errors/scheme/{job_id}"),
        ("GET", "/bulk/users/errors/update/{job_id}"),
        ("POST", "/outbound_dialer/dnc"),
        ("POST", "/outbound_dialer/dnc/remove"),
        ("GET", "/outbound_dialer/dnc/check"),
    } <= found
    # The four documented forms of POST /calls: one body schema each, deprecated aliases included.
    calls = document["paths"]["/calls"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    mapping = calls["discriminator"]["mapping"]
    assert set(mapping) == {
        "Voice Outbound (API)",
        "OutboundCall",
        "Voice Inbound (API)",
        "IncomingCall",
        "Voice Scheduled (API)",
        "ScheduledCall",
    }
    outbound = document["components"]["schemas"][mapping["OutboundCall"].split("/")[-1]]
    assert outbound["if"] == {"not": {"required": ["ticket_id"]}}
    assert outbound["then"]["required"] == ["end_user_number"]
