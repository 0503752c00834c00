"""Schemathesis runs every operation of the Voximplant Kit spec against the emulator, all checks on.

Kit reads form booleans as PHP does (`1`, `0` and an empty string besides true and false; see the spec's
x-doc-notes), so a negative case whose body is valid once read that way is not expected to be refused.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from schemathesis.specs.openapi.checks import negative_data_rejection

from codegen.apis import find
from emulator.core.operations import Coercion, coerce_scalar, compile_operations
from emulator.core.specs import load_spec
from emulator.providers.voximplant_kit.base import KitBase

from ..conftest import LiveServer
from .served import load

SPEC = find("voximplant-kit").spec
DEMO = {"domain": "demo", "access_token": "demo-token"}
CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"
# Kit documents 402 and 422 for well-formed requests the account's state refuses (an illegal status
# change, a report not built yet, a campaign without agents, a low balance): random data meets those
# states, so they are acceptable answers to valid data everywhere.
ACCEPTED = ["2xx", "401", "402", "403", "404", "422", "429"]
# And 400 where the schema cannot say what the method needs: a parameter the vendor's client marks
# optional that the method needs after all, JSON text whose shape only its contentSchema describes
# (any JSON value, contact rows, caller pools), or a cursor only a previous response can give.
NEEDS_MORE_THAN_THE_SCHEMA_SAYS = (
    "appendToCampaign",
    "pauseCampaign",
    "resumeCampaign",
    "getScenarioVariables",
    "getTimezonesByNumber",
    "kv_put",
    "history_searchCalls_v4",
    "agentCampaigns_createCampaign",
    "agentCampaigns_updateCampaign",
    "agentCampaigns_appendContacts",
    "campaigns_create",
    "campaigns_update",
    "createAgent",
    "updateAgent",
    "campaigns_appendContacts",
    "editCallListTasksPriority",
    "makeCall",
    "makeTransfer",
)


BASE_PATH = "/api"
# The channel's JWT exists only once the server runs, after schemathesis has built the cases: they carry
# this stand-in, which each test swaps for the JWT of a login.
JWT_STAND_IN = "the-channel-jwt-of-a-login"
schema = load(
    SPEC,
    BASE_PATH,
    {
        "seed": 20261123,
        "auth": {
            "openapi": {
                "accessToken": {"api_key": DEMO["access_token"]},
                "domain": {"api_key": DEMO["domain"]},
                "channelJwt": {"bearer": JWT_STAND_IN},
            }
        },
        "generation": {"max-examples": 15},
        "checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}},
        "operations": [
            {
                "include-operation-id": operation_id,
                "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
            }
            for operation_id in NEEDS_MORE_THAN_THE_SCHEMA_SAYS
        ],
    },
)


@pytest.fixture(scope="module")
def served(live_server: LiveServer) -> tuple[str, str]:
    """The base URL of the reset live server and a channel JWT it issued."""
    live_server.reset()
    login = httpx.post(
        f"{live_server.url}/api/v3/botService/login", params=DEMO, data={"channel_uuid": CHANNEL}, timeout=10
    )
    login.raise_for_status()
    return f"{live_server.url}{BASE_PATH}", login.json()["result"]["access_token"]


_OPERATIONS = {op.operation_id: op for op in compile_operations(load_spec("voximplant-kit"))[1]}
_KIT_WIRE = Coercion(KitBase.any_case_booleans, KitBase.php_booleans)


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _valid_as_kit_reads_it(case: Any) -> bool:
    operation = _OPERATIONS.get(case.operation.definition.raw.get("operationId", ""))
    media = operation.body_media.get(str(case.media_type)) if operation else None
    if media is None or not isinstance(case.body, dict) or not media.media_type.endswith("urlencoded"):
        return False
    properties = media.schema.get("properties", {})
    read = {
        key: coerce_scalar(_as_text(value), properties.get(key, {"type": "string"}), _KIT_WIRE)
        for key, value in case.body.items()
    }
    return media.validator.is_valid(read)


def kit_negative_data_rejection(ctx: Any, response: Any, case: Any) -> bool | None:
    if case.meta is not None and case.meta.generation.mode.is_negative and _valid_as_kit_reads_it(case):
        return None
    negative_data_rejection(ctx, response, case)
    return None


@schema.parametrize()
def test_every_operation_conforms(case: Any, served: tuple[str, str]) -> None:
    base_url, jwt = served
    if case.headers and case.headers.get("Authorization") == f"Bearer {JWT_STAND_IN}":
        case.headers["Authorization"] = f"Bearer {jwt}"
    case.call_and_validate(
        base_url=base_url,
        excluded_checks=[negative_data_rejection],
        additional_checks=[kit_negative_data_rejection],
    )
