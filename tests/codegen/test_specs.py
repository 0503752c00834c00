"""Every spec keeps the house rules, and every example in it validates against its own schema."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from codegen.apis import APIS, Api
from codegen.openrpc.meta_schema import meta_schema_problems
from codegen.spec_rules import example_problems, examples, methods, operation_problems, operations

OPENAPI_APIS = [api for api in APIS if api.spec_file == "openapi.yaml"]
OPENRPC_APIS = [api for api in APIS if api.spec_file == "openrpc.yaml"]


def _load(api: Api) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(api.spec.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize("api", OPENAPI_APIS, ids=lambda a: a.id)
def test_spec_is_valid_openapi_31(api: Api) -> None:
    document = _load(api)
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize("api", OPENRPC_APIS, ids=lambda a: a.id)
def test_spec_is_valid_openrpc_13(api: Api) -> None:
    document = _load(api)
    assert document["openrpc"].startswith("1.3")
    assert meta_schema_problems(document) == []


def test_meta_schema_catches_a_broken_openrpc_document() -> None:
    document = {
        "openrpc": "1.3.2",
        "info": {"title": "t", "version": "1"},
        "methods": [{"name": "a.b", "params": [{"name": "x"}], "unknown": 1}],
        "components": {"schemas": {"S": {"type": "objectx"}}},
    }
    problems = meta_schema_problems(document)
    assert len(problems) == 3
    assert any("methods/0" in p and "'unknown'" in p for p in problems)
    assert any("methods/0/params/0" in p for p in problems)
    assert any("components/schemas/S/type" in p for p in problems)


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.id)
def test_every_operation_has_id_summary_tags_and_an_example(api: Api) -> None:
    assert operation_problems(_load(api)) == []


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.id)
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


def test_openrpc_rules_catch_a_bad_method_and_a_bad_example() -> None:
    document = {
        "openrpc": "1.3.2",
        "info": {"title": "t", "version": "1"},
        "methods": [
            {
                "name": "calls.get",
                "params": [{"name": "id", "required": True, "schema": {"type": "integer"}}],
                "result": {"name": "result", "schema": {"type": "object", "required": ["data"]}},
                "examples": [
                    {
                        "name": "bad",
                        "params": [{"name": "id", "value": "seven"}, {"name": "extra", "value": 1}],
                        "result": {"name": "result", "value": {"no": "data"}},
                    }
                ],
            }
        ],
    }
    assert operation_problems(document) == [
        "calls.get: no summary",
        "calls.get: no tags",
        "calls.get: no errors",
        "calls.get example bad: param extra is not declared",
    ]
    problems = example_problems(document)
    assert len(problems) == 2
    assert "param id" in problems[0] and "'seven' is not of type 'integer'" in problems[0]
    assert "result" in problems[1] and "'data' is a required property" in problems[1]


CALLGEAR_METHODS = {
    "login.user",
    "logout.user",
    "start.employee_call",
    "start.scenario_call",
    "start.vnumber_call",
    "start.informer_call",
    "start.simple_call",
    "make.call",
    "transfer.talk",
    "restore.talk",
    "hold.call",
    "unhold.call",
    "add.coach",
    "tag.call",
    "record.call",
    "disconnect.leg",
    "send.dtmf",
    "block.contact",
    "list.calls",
    "list.talk_options",
    "call.talk_option",
    "release.call",
}


def test_callgear_spec_covers_the_22_documented_methods_with_their_errors() -> None:
    document = _load(next(a for a in APIS if a.id == "callgear-call-api"))
    found = {method["name"]: method for method in methods(document)}
    assert set(found) == CALLGEAR_METHODS
    for name, method in found.items():
        mnemonics = {error["data"]["mnemonic"] for error in method["errors"]}
        assert {"invalid_request", "parse_error", "required_parameter_missed", "limit_exceeded"} <= mnemonics
        if name != "login.user":
            assert {"access_token_invalid", "access_token_expired"} <= mnemonics, name

    # The documentation gives one mnemonic different codes in different methods; each keeps its own.
    def code(method: str, mnemonic: str) -> int:
        return next(e["code"] for e in found[method]["errors"] if e["data"]["mnemonic"] == mnemonic)

    assert code("start.employee_call", "contact_in_blacklist") == -32002
    assert code("start.scenario_call", "contact_in_blacklist") == -32602
    assert code("start.scenario_call", "scenario_not_found") == -32602
    assert code("start.vnumber_call", "scenario_not_found") == -32007
    # success is a boolean in logout.user and the string "true" elsewhere, as the examples show.
    assert found["logout.user"]["examples"][0]["result"]["value"]["data"]["success"] is True
    assert found["release.call"]["examples"][0]["result"]["value"]["data"]["success"] == "true"
