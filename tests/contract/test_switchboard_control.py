"""Schemathesis runs every operation of the control spec against an emulator of its own, with all of its
checks and the bearer control token.

The control API resets the world, moves the clock and changes settings for every API at once, so it runs
against a dedicated server (its own store and clock), never the session's shared one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from codegen.apis import find
from emulator.core import inspector
from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server
from .served import load

SPEC = find("switchboard-control").spec
TOKEN = "contract-control-token"
BASE_PATH = "/_emulator"
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]  # schemathesis's own default
# Schema-valid requests these routes refuse with a 400 by rules no schema can express: the clock stops at
# 9000-01-01 (advances add up over the run); a fault rule's fields depend on each other (refuse and
# tenant are for deliveries, an error needs a status or a code, the window must not end before it starts,
# the api and operation must be served ones); a CCAI number must be a well-formed phone number of its
# country; a CallGear key's login must be a user of the account, and an inbound call's number one of
# the account's, with a scenario that rings an employee; a CCAI menu's parent must exist; an injected Kit
# call's outcome must be one its call type's documented table lists (a call_failed one by its sip_code,
# so an enum per call type cannot say it either); a Voximplant
# regulation address's country must be in the number catalogue; dates must be real calendar dates
# (2026-13-45 has the right shape).
RULES_BEYOND_SCHEMA = (
    "advanceClock",
    "addFaultRule",
    "listJournalEntries",
    "ccaiCreateMenu",
    "ccaiCreateCustomer",
    "ccaiAddOutboundNumber",
    "callgearCreateKey",
    "callgearInboundCall",
    "kitInjectInboundCall",
    "kitInjectAutomaticCallback",
    "vmAddRegulationAddress",
    "vmAddAcdRequest",
    "vmAddCallSession",
)
# OpenAPI 3.1 cannot give an event stream's events a schema and a client the stream's bytes at once
# (itemSchema is 3.2's): the spec gives the inspector's stream as text, and its events' data are checked
# against InspectorState in tests/clients/test_switchboard_control_client.py.
STREAMS = ("streamInspectorState",)
schema = load(
    SPEC,
    BASE_PATH,
    {
        "seed": 20261202,
        "headers": {"Authorization": f"Bearer {TOKEN}"},
        "generation": {"max-examples": 8},
        "operations": [
            *(
                {
                    "include-operation-id": operation_id,
                    "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
                }
                for operation_id in RULES_BEYOND_SCHEMA
            ),
            *(
                {
                    "include-operation-id": operation_id,
                    "checks": {"response_schema_conformance": {"enabled": False}},
                }
                for operation_id in STREAMS
            ),
        ],
    },
)


@pytest.fixture(scope="module")
def control_server() -> Iterator[LiveServer]:
    with pytest.MonkeyPatch.context() as patch:
        # The inspector's event stream stays open 30 s of wall time; half a second shows its events.
        patch.setattr(inspector, "STREAM_S", 0.5)
        live = start_server(Settings(rate_limit=False, control_token=TOKEN))
        yield live
        stop_server(live)


@pytest.fixture(scope="module")
def base_url(control_server: LiveServer) -> str:
    return f"{control_server.url}{BASE_PATH}"


@schema.parametrize()
def test_every_operation_conforms(case: Any, base_url: str) -> None:
    case.call_and_validate(base_url=base_url)
