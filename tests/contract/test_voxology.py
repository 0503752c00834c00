"""Schemathesis runs every operation of the Voxology spec against the emulator, with all of its checks."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from codegen.apis import find

from ..conftest import LiveServer

SPEC = find("voxology").spec


@pytest.fixture(scope="module")
def voxology_schema(live_server: LiveServer) -> Any:
    live_server.reset()
    config = SchemathesisConfig.from_dict(
        {
            "seed": 20261123,
            "base-url": f"{live_server.url}/v1",
            "headers": {"X-API-Key": "demo-api-key"},
            "auth": {"basic": {"username": "john.doe@company.com", "password": "demo-password"}},
            "generation": {"max-examples": 8},
        }
    )
    return schemathesis.openapi.from_path(SPEC, config=config)


schema = schemathesis.pytest.from_fixture("voxology_schema")


@schema.parametrize()
def test_every_operation_conforms(case: Any) -> None:
    case.call_and_validate()
