"""The Voximplant Management client in production conditions: Voximplant's HTTP-200 error bodies raised
as one class per documented code, retries on injected 5xx and dropped connections (Get* methods retried,
the others not), credentials from the environment (API key or a credentials file); sync and async."""

from __future__ import annotations

import asyncio
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case
from voximplant_management_client import AuthenticatedClient, RetryPolicy, errors
from voximplant_management_client.api.applications import add_application, get_applications
from voximplant_management_client.api.call_lists import edit_call_list
from voximplant_management_client.models import (
    AddApplicationRequest,
    EditCallListRequest,
    ErrorResponse,
    GetApplicationsRequest,
    GetApplicationsResponse,
)

from emulator.core.specs import load_spec

from ..conftest import LiveServer
from .documented_errors import fake_arguments
from .retry_support import EmulatorSleep, add_fault, fired

BASE = "/platform_api"
PACKAGE = "voximplant_management_client"
# The codes the spec documents (its x-doc-notes), and the class each must raise.
DOCUMENTED_CODES = {
    100: ("AuthorizationFailedError", "AuthenticationError"),
    101: ("InvalidArgumentsError", "ValidationError"),
    102: ("MissingCommandError", "ValidationError"),
    103: ("UnknownCommandError", "NotFoundError"),
    105: ("UnsupportedOutputError", "ValidationError"),
    107: ("InvalidApplicationNameError", "ValidationError"),
    111: ("InvalidDateFormatError", "ValidationError"),
    251: ("CallListNotFoundError", "NotFoundError"),
    404: ("ObjectNotFoundError", "NotFoundError"),
    409: ("AlreadyExistsError", "ConflictError"),
    422: ("RuleViolatedError", "ValidationError"),
    496: ("InvalidServerLocationError", "ValidationError"),
}


def _one_operation_per_tag() -> dict[str, Any]:
    chosen: dict[str, Any] = {}
    for item in load_spec("voximplant-management")["paths"].values():
        for operation in item.values():
            tag = operation["tags"][0]
            if tag not in chosen:
                module = importlib.import_module(
                    f"{PACKAGE}.api.{snake_case(tag)}.{snake_case(operation['operationId'])}"
                )
                if fake_arguments(module.sync) is not None:
                    chosen[tag] = module
    return chosen


OPERATIONS = _one_operation_per_tag()
TAGS = {
    operation["tags"][0]
    for item in load_spec("voximplant-management")["paths"].values()
    for operation in item.values()
}


def _client(emulator: LiveServer, sleep: EmulatorSleep | None = None, **options: Any) -> AuthenticatedClient:
    retries = sleep.policy(RetryPolicy) if sleep is not None else RetryPolicy()
    return AuthenticatedClient(
        account_id=1, api_key="demo-api-key", base_url=f"{emulator.url}{BASE}", retries=retries, **options
    )


def _applications(emulator: LiveServer, name: str) -> int:
    with _client(emulator) as client:
        return get_applications.sync(
            client=client, body=GetApplicationsRequest(application_name=name)
        ).total_count


# --- errors -------------------------------------------------------------------------------------------


def test_one_operation_of_every_tag_is_checked() -> None:
    assert set(OPERATIONS) == TAGS


@pytest.mark.parametrize("tag", sorted(TAGS))
def test_every_documented_code_raises_its_class_from_an_http_200_body(tag: str) -> None:
    module = OPERATIONS[tag]
    arguments = fake_arguments(module.sync)
    assert arguments is not None
    for code, (name, kind) in DOCUMENTED_CODES.items():
        body = {"error": {"code": code, "msg": f"refused {code}"}}
        transport = httpx.MockTransport(lambda request, body=body: httpx.Response(200, json=body))
        client = AuthenticatedClient(
            account_id=1, api_key="k", base_url="http://vox.test", httpx_args={"transport": transport}
        )
        with pytest.raises(errors.ApiError) as refused:
            module.sync(client=client, **arguments)
        assert type(refused.value).__name__ == name and isinstance(refused.value, getattr(errors, kind))
        assert (refused.value.status, refused.value.code, refused.value.message) == (
            200,
            code,
            f"refused {code}",
        )
        assert refused.value.body == body


def test_the_emulators_refusals_raise_their_classes(emulator: LiveServer) -> None:
    with AuthenticatedClient(account_id=1, api_key="wrong", base_url=f"{emulator.url}{BASE}") as wrong:
        with pytest.raises(errors.AuthorizationFailedError) as unauthenticated:
            get_applications.sync(client=wrong)
        detailed = get_applications.sync_detailed(client=wrong)
    with _client(emulator) as client:
        with pytest.raises(errors.CallListNotFoundError) as missing:
            edit_call_list.sync(client=client, body=EditCallListRequest(list_id=999999))
        add_application.sync(client=client, body=AddApplicationRequest(application_name="twice"))
        with pytest.raises(errors.InvalidApplicationNameError) as duplicate:
            add_application.sync(client=client, body=AddApplicationRequest(application_name="twice"))
    assert unauthenticated.value.code == 100 and isinstance(unauthenticated.value, errors.AuthenticationError)
    assert detailed.status_code == 200 and isinstance(detailed.parsed, ErrorResponse)  # returned, not raised
    assert missing.value.code == 251 and duplicate.value.code == 107
    assert "already exists" in duplicate.value.message and isinstance(duplicate.value, errors.ValidationError)


# --- retries ------------------------------------------------------------------------------------------


def test_an_injected_5xx_is_retried_for_a_get_method_not_for_an_add(emulator: LiveServer) -> None:
    add_fault(
        emulator,
        api="voximplant-management",
        operation="GetApplications",
        action="error",
        status=503,
        count=1,
    )
    add_fault(
        emulator, api="voximplant-management", operation="AddApplication", action="error", status=503, count=1
    )
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        apps = get_applications.sync(client=client)
        with pytest.raises(errors.ServerError) as failed:
            add_application.sync(client=client, body=AddApplicationRequest(application_name="faulty"))
    assert isinstance(apps, GetApplicationsResponse) and sleep.waits == [0.5]
    assert failed.value.status == 503 and fired(emulator) == [1, 1] and _applications(emulator, "faulty") == 0


def test_a_dropped_connection_is_retried_for_a_get_method_not_for_an_add(emulator: LiveServer) -> None:
    add_fault(emulator, api="voximplant-management", operation="GetApplications", action="drop", count=1)
    add_fault(emulator, api="voximplant-management", operation="AddApplication", action="drop", count=1)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        apps = get_applications.sync(client=client)
        with pytest.raises(httpx.TransportError):
            add_application.sync(client=client, body=AddApplicationRequest(application_name="dropped"))
    assert isinstance(apps, GetApplicationsResponse) and sleep.waits == [0.5]
    assert fired(emulator) == [1, 1] and _applications(emulator, "dropped") == 0


def test_async_retries_and_raises(emulator: LiveServer) -> None:
    add_fault(
        emulator,
        api="voximplant-management",
        operation="GetApplications",
        action="error",
        status=502,
        count=1,
    )
    sleep = EmulatorSleep(emulator)

    async def scenario() -> Any:
        async with _client(emulator, sleep) as client:
            apps = await get_applications.asyncio(client=client)
            with pytest.raises(errors.CallListNotFoundError):
                await edit_call_list.asyncio(client=client, body=EditCallListRequest(list_id=999999))
            return apps

    assert isinstance(asyncio.run(scenario()), GetApplicationsResponse) and sleep.waits == [0.5]


# --- configuration ------------------------------------------------------------------------------------


def test_an_api_key_from_the_environment(emulator: LiveServer, monkeypatch: Any) -> None:
    monkeypatch.setenv("VOXIMPLANT_ACCOUNT_ID", "1")
    monkeypatch.setenv("VOXIMPLANT_API_KEY", "demo-api-key")
    monkeypatch.setenv("VOXIMPLANT_BASE_URL", f"{emulator.url}{BASE}")
    with AuthenticatedClient() as client:
        assert isinstance(get_applications.sync(client=client), GetApplicationsResponse)
    monkeypatch.delenv("VOXIMPLANT_BASE_URL")
    assert AuthenticatedClient().base_url == "https://api.voximplant.com/platform_api"


def test_a_credentials_file_from_the_environment(
    emulator: LiveServer, tmp_path: Path, monkeypatch: Any
) -> None:
    with emulator.control() as control:
        credentials = control.post("/voximplant-management/accounts/1/service-accounts").json()
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    monkeypatch.setenv("VOXIMPLANT_CREDENTIALS", str(path))
    monkeypatch.setenv("VOXIMPLANT_API_KEY", "ignored: the file wins")
    with AuthenticatedClient(base_url=f"{emulator.url}{BASE}") as client:
        apps = get_applications.sync(client=client)
    assert (
        isinstance(apps, GetApplicationsResponse)
        and client.credentials is not None
        and client.api_key is None
    )
