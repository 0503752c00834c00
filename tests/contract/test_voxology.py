"""Schemathesis runs every operation of the Voxology spec against the emulator, with all of its checks."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.apis import find

from ..conftest import LiveServer
from .served import load

SPEC = find("voxology").spec
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]  # schemathesis's own default
# Voxology documents a 400 for these schema-valid requests when the account's state refuses them: a payment
# the card declines or with a token of no payment method (400300 "Payment was not successful"), a Caller ID
# that already exists (400 with code 404254, "this caller-id already exists"), numbers already assigned
# (400200) and a release of numbers that are not (400201). No schema can express those.
STATEFUL_REFUSALS = ("makePayment", "createCallerId", "provisionNumbers", "releaseNumbers")
# Rules between query parameters that OpenAPI parameters cannot express: listAvailableNumbers documents
# search_on as optional, yet its "Search Details" table makes it the value each search_by searches on,
# so search_by=prefixes without search_on is refused with 400203 "The search was invalid".
CROSS_PARAMETER_RULES = ("listAvailableNumbers",)
# The vendor documentation gives one URL shape several templates: /PhoneNumbers/{phone_number} (GET) and
# /PhoneNumbers/{no} (PUT) are the same number, /History/Recordings/{call_id} (GET) and
# /History/Recordings/{id} (DELETE) the same recording path. An OPTIONS request's Allow header lists what
# that URL supports (GET and PUT; GET and DELETE), which the check compares with one template's methods only.
COLLIDING_TEMPLATES = ("viewProvisionedNumber", "updatePhoneNumber", "listCallRecordings", "deleteRecording")


OPERATIONS: list[dict[str, Any]] = [
    {
        "include-operation-id": operation_id,
        "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
    }
    for operation_id in (*STATEFUL_REFUSALS, *CROSS_PARAMETER_RULES)
]
OPERATIONS += [
    {"include-operation-id": operation_id, "checks": {"allow_header_conformance": {"enabled": False}}}
    for operation_id in COLLIDING_TEMPLATES
]
BASE_PATH = "/v1"
schema = load(
    SPEC,
    BASE_PATH,
    {
        "seed": 20261123,
        "headers": {"X-API-Key": "demo-api-key"},
        "auth": {"basic": {"username": "john.doe@company.com", "password": "demo-password"}},
        "generation": {"max-examples": 8},
        "operations": OPERATIONS,
    },
)


@pytest.fixture(scope="module")
def base_url(live_server: LiveServer) -> str:
    live_server.reset()
    return f"{live_server.url}{BASE_PATH}"


@schema.parametrize()
def test_every_operation_conforms(case: Any, base_url: str) -> None:
    case.call_and_validate(base_url=base_url)
