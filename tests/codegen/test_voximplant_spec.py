"""The Voximplant Management spec covers what the vendor documentation lists, in its wire form."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from codegen.apis import find
from codegen.spec_rules import operations

GROUPS = {
    "Accounts": 2,
    "AdminRoles": 5,
    "AdminUsers": 5,
    "Applications": 4,
    "AuthorizedIPs": 4,
    "CallerIDs": 2,
    "CallLists": 8,
    "DialogflowCredentials": 1,
    "History": 5,
    "Invoices": 2,
    "KeyValueStorage": 5,
    "OutboundTestNumbers": 5,
    "PhoneNumbers": 3,
    "PSTNBlacklist": 4,
    "Queues": 6,
    "RecordStorages": 1,
    "RoleSystem": 1,
    "Scenarios": 1,
    "Secrets": 5,
    "SIPRegistration": 2,
    "SIPWhiteList": 4,
    "Skills": 5,
    "SmartQueue": 21,
    "SMS": 5,
    "Users": 4,
    "WABPhoneNumbers": 1,
}
# The documentation's 69 data types (SmartQueueStateAgentStatus_ under a name generated code can hold).
DATA_TYPES = 69


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(find("voximplant-management").spec.read_text(encoding="utf-8"))
    return document


OFFICIAL = "official-client"  # x-evidence of the commands the official client sends beyond the seed


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
                yield value.rsplit("/", 1)[1]
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reached(schemas: dict[str, Any], roots: list[Any]) -> set[str]:
    seen: set[str] = set()
    stack = [name for root in roots for name in _refs(root)]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(_refs(schemas[name]))
    return seen


def test_every_command_beyond_the_seed_is_marked_as_the_official_clients(spec: dict[str, Any]) -> None:
    tags = {tag["name"] for tag in spec["tags"]}
    for method, path, operation in operations(spec):
        assert method == "POST" and path == f"/{operation['operationId']}/"
        assert operation.get("x-evidence", OFFICIAL) == OFFICIAL
        assert set(operation["tags"]) <= tags


def test_every_documented_method_is_an_operation_in_its_group(spec: dict[str, Any]) -> None:
    found = [entry for entry in operations(spec) if entry[2].get("x-evidence") != OFFICIAL]
    assert len(found) == sum(GROUPS.values()) == 111
    per_tag: dict[str, int] = {}
    for method, path, operation in found:
        assert method == "POST" and path == f"/{operation['operationId']}/"
        [tag] = operation["tags"]
        per_tag[tag] = per_tag.get(tag, 0) + 1
    assert per_tag == GROUPS
    assert {tag["name"] for tag in spec["tags"]} >= set(GROUPS)


def test_requests_responses_and_data_types_are_component_schemas(spec: dict[str, Any]) -> None:
    """The seed's schemas: all but those only the official client's commands use."""
    every = spec["components"]["schemas"]
    found = [entry[2] for entry in operations(spec)]
    seed = [operation for operation in found if operation.get("x-evidence") != OFFICIAL]
    official = [operation for operation in found if operation.get("x-evidence") == OFFICIAL]
    schemas = set(every) - (_reached(every, official) - _reached(every, seed))
    requests = [n for n in schemas if n.endswith("Request") and "Multipart" not in n]
    responses = [n for n in schemas if n.endswith("Response") and n != "ErrorResponse"]
    data = set(schemas) - set(requests) - set(responses) - {"ErrorResponse", "IdList"}
    data -= {n for n in schemas if "Multipart" in n}
    assert len(requests) == len(responses) == 111
    assert len(data) == DATA_TYPES
    assert "SmartQueueStateAgentStatusDetails" in data and "APIError" in data


def test_every_reply_is_the_result_or_a_voximplant_error_with_http_200(spec: dict[str, Any]) -> None:
    for _, _, operation in operations(spec):
        assert set(operation["responses"]) == {"200"}
        content = operation["responses"]["200"]["content"]
        if operation["operationId"] in ("DownloadInvoice", "DownloadHistoryReport"):  # a file, or an error
            assert list(content) == ["application/octet-stream", "application/json"]
            assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}
            continue
        refs = [branch["$ref"] for branch in content["application/json"]["schema"]["oneOf"]]
        # GetAuditLog answers one of two results (with is_async, the report's id), then the error.
        assert refs[-1] == "#/components/schemas/ErrorResponse" and len(refs) <= 3
        assert refs[0] == f"#/components/schemas/{operation['operationId']}Response"
    error = spec["components"]["schemas"]["APIError"]
    assert set(error["required"]) == {"code", "msg"}


def test_wire_names_alternatives_and_auth(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    add_user = schemas["AddUserRequest"]
    assert {"user_name", "user_display_name", "user_password", "application_id"} <= set(
        add_user["properties"]
    )
    assert add_user["required"] == ["user_display_name", "user_name", "user_password"]
    assert add_user["then"] == {
        "required": ["application_id"],
        "x-missing-message": "application_id or application_name is required",
    }
    assert schemas["DelUserRequest"]["properties"]["user_id"]["pattern"] == "^(all|[0-9]+(;[0-9]+)*)$"
    assert schemas["SQ_BindSkillRequest"]["properties"]["sq_skills"]["contentMediaType"] == "application/json"
    security = spec["components"]["securitySchemes"]
    assert security["service_account_jwt"] == {
        **security["service_account_jwt"],
        "scheme": "bearer",
        "bearerFormat": "JWT",
    }
    assert spec["security"] == [{"account_id": [], "api_key": []}, {"service_account_jwt": []}]
