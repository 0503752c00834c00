"""Schemathesis runs all 111 Voximplant Management operations against the emulator, with every check.

Voximplant answers refusals with HTTP 200 and an `{"error": {"code", "msg"}}` body. Three built-in checks
judge a refusal by its HTTP status (positive_data_acceptance, negative_data_rejection, ignored_auth), so
here they run on the status a refusal stands for: the reply is translated (code 101, invalid arguments ->
400; 100 -> 401; unknown ids and names -> 404; ...) and the built-in check is called on that, and the
authentication probes of ignored_auth are repeated expecting Voximplant's code 100.
"""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from schemathesis.specs.openapi.checks import ignored_auth, negative_data_rejection, positive_data_acceptance

from codegen.apis import find

from ..conftest import LiveServer
from .served import load

SPEC = find("voximplant-management").spec
DEMO_AUTH = {"account_id": "1", "api_key": "demo-api-key"}

# What each Voximplant error code means as an HTTP status.
STATUS_OF_CODE = {
    100: 401,  # authorization failed
    101: 400,  # invalid arguments: the request breaks its schema
    102: 400,  # missing 'cmd'
    103: 404,  # unknown command
    105: 406,  # output format not supported
    107: 409,  # application name taken
    111: 422,  # a date the pattern lets by but the calendar has not (02-30)
    251: 404,  # call list not found
    404: 404,  # the emulator's code for an unknown id or name
    409: 409,  # the emulator's code for a name already taken
    422: 422,  # the emulator's code for a business rule (password policy, SMS not enabled, ...)
}
# Valid data may still name ids and names that do not exist, or break rules no schema states.
ACCEPTED = ["2xx", "404", "406", "409", "422"]
# Operations whose valid data can still be invalid arguments: JSON inside a string (the schema can only
# say "a string"), or a CSV file with a delimiter/escape of several characters.
CONTENT_REFUSALS = (
    "SQ_BindSkill",
    "SQ_GetAgents",
    "GetCallHistory",
    "EditCallListTasksPriority",
    "CreateCallList",
    "AppendToCallList",
    "AddDialogflowKey",
)


def as_http_status(response: Any) -> Any:
    """The response with the HTTP status its Voximplant error stands for (unchanged for results)."""
    try:
        body = response.json()
    except ValueError:
        return response
    if not isinstance(body, dict) or not isinstance(body.get("error"), dict):
        return response
    translated = copy.copy(response)
    translated.status_code = STATUS_OF_CODE.get(body["error"].get("code"), 400)
    return translated


_modes: Counter[str] = Counter()


def _credentialed(request: Any) -> bool:
    """Whether the request carries a whole credential: account_id and api_key (query or form), or a JWT."""
    if request.headers.get("authorization"):
        return True
    body = request.body or b""
    text = body.decode("latin-1") if isinstance(body, bytes) else str(body)
    sent = set(parse_qs(urlsplit(str(request.url)).query)) | set(parse_qs(text))
    return {"account_id", "api_key"} <= sent


def vendor_data_acceptance(ctx: Any, response: Any, case: Any) -> bool | None:
    """positive_data_acceptance and negative_data_rejection, on the status a Voximplant error stands for."""
    translated = as_http_status(response)
    if case.meta is not None:
        refused = translated.status_code >= 400
        _modes[f"{case.meta.generation.mode.value}:{'refused' if refused else 'accepted'}"] += 1
    # Schemathesis now and then sends half of the account_id + api_key pair as "valid" data; that is a
    # request without credentials, which vendor_auth_enforcement checks is refused with code 100.
    credentialed = _credentialed(response.request)
    _modes["credentialed" if credentialed else "half-credentialed"] += 1
    if credentialed:
        positive_data_acceptance(ctx, translated, case)
    negative_data_rejection(ctx, translated, case)
    return None


_probed: set[str] = set()


def vendor_auth_enforcement(ctx: Any, response: Any, case: Any) -> bool | None:
    """ignored_auth with Voximplant's answer: without credentials, or with a wrong key, error code 100."""
    label = case.operation.label
    if label in _probed:
        return None
    _probed.add(label)
    url = str(response.request.url).split("?", 1)[0]
    body = case.body if isinstance(case.body, dict) else {}
    for params in ({}, {"account_id": "1", "api_key": "not-the-key"}):
        probe = httpx.post(url, params=params, data={k: str(v) for k, v in body.items()}, timeout=10)
        is_json = probe.headers.get("content-type", "").startswith("application/json")
        error = probe.json().get("error") if is_json else None
        assert error is not None and error["code"] == 100, f"{label}: {probe.status_code} {probe.text[:200]}"
    return None


BASE_PATH = "/platform_api"
schema = load(
    SPEC,
    BASE_PATH,
    {
        "seed": 20261123,
        "auth": {
            "openapi": {
                "account_id": {"api_key": DEMO_AUTH["account_id"]},
                "api_key": {"api_key": DEMO_AUTH["api_key"]},
            }
        },
        "generation": {"max-examples": 8},
        "checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}},
        "operations": [
            {
                "include-operation-id": operation_id,
                "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
            }
            for operation_id in CONTENT_REFUSALS
        ],
    },
)


@pytest.fixture(scope="module")
def base_url(live_server: LiveServer) -> str:
    live_server.reset()
    return f"{live_server.url}{BASE_PATH}"


@schema.parametrize()
def test_every_operation_conforms(case: Any, base_url: str) -> None:
    case.call_and_validate(
        base_url=base_url,
        excluded_checks=[positive_data_acceptance, negative_data_rejection, ignored_auth],
        additional_checks=[vendor_data_acceptance, vendor_auth_enforcement],
    )


def test_both_generation_modes_reached_the_emulator() -> None:
    """The run above checked valid and invalid requests alike, and the emulator refused invalid ones."""
    assert _modes["positive:accepted"] > 0
    assert _modes["credentialed"] > 20 * _modes["half-credentialed"]  # the skip above stays the exception
    assert _modes["negative:refused"] > 0
