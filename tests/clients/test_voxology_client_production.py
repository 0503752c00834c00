"""The Voxology client in production conditions: typed errors raised with Voxology's six-digit codes,
retries on injected 429s, 5xx and dropped connections (a read retried, a call placement not), credentials
from the environment; sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from voxology_client import AuthenticatedClient, RetryPolicy, errors
from voxology_client.api.account import view_account
from voxology_client.api.calls import list_live_calls, make_call, view_live_call
from voxology_client.models import Account, CallEndpoints, MakeCallRequest

from ..conftest import LiveServer
from .documented_errors import ErrorCase, error_cases, kind_for, raised_by
from .retry_support import EmulatorSleep, add_fault, fired

CASES, TAGS = error_cases("voxology", "voxology_client")
API_KEY = "demo-api-key"
USERNAME, PASSWORD = "john.doe@company.com", "demo-password"
CALL = MakeCallRequest(call=CallEndpoints(no="+13235550123", caller_id_no="+19495551212"))


def _client(emulator: LiveServer, sleep: EmulatorSleep | None = None, **options: Any) -> AuthenticatedClient:
    retries = sleep.policy(RetryPolicy) if sleep is not None else RetryPolicy()
    return AuthenticatedClient(api_key=API_KEY, base_url=f"{emulator.url}/v1", retries=retries, **options)


def _live_calls(emulator: LiveServer) -> int:
    with _client(emulator) as client:
        return len(list_live_calls.sync(client=client).calls)


# --- errors -------------------------------------------------------------------------------------------


def test_the_error_cases_cover_every_tag() -> None:
    assert {case.tag for case in CASES} == TAGS and len(CASES) >= len(TAGS) * 3


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.label} {case.example['code']}")
def test_every_documented_error_of_an_operation_per_tag_raises_its_class(case: ErrorCase) -> None:
    def client(transport: httpx.MockTransport) -> AuthenticatedClient:
        return AuthenticatedClient(
            api_key="k",
            base_url="http://voxology.test/v1",
            max_retries=0,
            httpx_args={"transport": transport},
        )

    error = raised_by(case, client)
    assert isinstance(error, errors.ApiError) and type(error).__name__ == kind_for(case.status)
    assert (error.status, error.code) == (case.status, case.example["code"])
    assert error.message.startswith(case.example["message"]) and error.body == case.example


def test_the_emulators_refusals_raise_their_classes(emulator: LiveServer) -> None:
    wrong = AuthenticatedClient(api_key="nope", base_url=f"{emulator.url}/v1")
    with wrong, pytest.raises(errors.AuthenticationError) as unauthenticated:
        list_live_calls.sync(client=wrong)
    with _client(emulator) as client:
        with pytest.raises(errors.AuthenticationError) as no_basic:
            view_account.sync(client=client)  # an account-level method needs HTTP Basic
        with pytest.raises(errors.NotFoundError) as missing:
            view_live_call.sync("CA0000000000", client=client)
        with pytest.raises(errors.ValidationError) as invalid:
            make_call.sync(
                client=client,
                body=MakeCallRequest(call=CallEndpoints(no="not-a-number", caller_id_no="+19495551212")),
            )
    assert (unauthenticated.value.status, unauthenticated.value.code) == (401, 401001)
    assert no_basic.value.code == 401002 and missing.value.code == 404404
    assert invalid.value.status == 400 and str(invalid.value.code).startswith("400")


# --- retries ------------------------------------------------------------------------------------------


def test_an_injected_429_is_retried_even_for_a_call_placement(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", operation="makeCall", action="error", status=429, count=1)
    sleep = EmulatorSleep(emulator)
    before = _live_calls(emulator)
    with _client(emulator, sleep) as client:
        placed = make_call.sync(client=client, body=CALL)  # a 429 was not processed: resent
    assert placed.call.id and sleep.waits == [0.5] and _live_calls(emulator) == before + 1


def test_an_injected_5xx_is_retried_for_a_read_not_for_a_call_placement(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", operation="listLiveCalls", action="error", status=500, count=2)
    add_fault(emulator, api="voxology", operation="makeCall", action="error", status=503, count=1)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        calls = list_live_calls.sync(client=client)
        with pytest.raises(errors.ServerError) as failed:
            make_call.sync(client=client, body=CALL)
    assert calls.calls == [] and sleep.waits == [0.5, 1.0]  # exponential backoff
    assert (failed.value.status, failed.value.code) == (503, 503999) and fired(emulator) == [2, 1]


def test_retries_run_out_and_the_last_error_is_raised(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", operation="listLiveCalls", action="error", status=503)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep, max_retries=3) as client, pytest.raises(errors.ServerError):
        list_live_calls.sync(client=client)
    assert sleep.waits == [0.5, 1.0, 2.0] and fired(emulator) == [4]


def test_a_dropped_connection_is_retried_for_a_read_not_for_a_call_placement(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", operation="listLiveCalls", action="drop", count=1)
    add_fault(emulator, api="voxology", operation="makeCall", action="drop", count=1)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        calls = list_live_calls.sync(client=client)
        with pytest.raises(httpx.TransportError):
            make_call.sync(client=client, body=CALL)
    assert calls.calls == [] and sleep.waits == [0.5] and fired(emulator) == [1, 1]
    assert _live_calls(emulator) == 0


def test_async_retries_and_raises(emulator: LiveServer) -> None:
    add_fault(emulator, api="voxology", operation="listLiveCalls", action="drop", count=1)
    sleep = EmulatorSleep(emulator)

    async def scenario() -> Any:
        async with _client(emulator, sleep) as client:
            calls = await list_live_calls.asyncio(client=client)
            with pytest.raises(errors.NotFoundError):
                await view_live_call.asyncio("CA0000000000", client=client)
            return calls

    assert asyncio.run(scenario()).calls == [] and sleep.waits == [0.5]


# --- configuration ------------------------------------------------------------------------------------


def test_credentials_and_settings_come_from_the_environment(emulator: LiveServer, monkeypatch: Any) -> None:
    monkeypatch.setenv("VOXOLOGY_API_KEY", API_KEY)
    monkeypatch.setenv("VOXOLOGY_ACCOUNT_ID", USERNAME)
    monkeypatch.setenv("VOXOLOGY_PASSWORD", PASSWORD)
    monkeypatch.setenv("VOXOLOGY_BASE_URL", f"{emulator.url}/v1")
    with AuthenticatedClient() as client:
        account = view_account.sync(client=client)  # HTTP Basic, from the environment
        calls = list_live_calls.sync(client=client)  # the API key, from the environment
    assert isinstance(account, Account) and account.username == USERNAME and calls.calls == []
    with AuthenticatedClient(api_key="nope") as explicit, pytest.raises(errors.AuthenticationError):
        list_live_calls.sync(client=explicit)  # an argument replaces all the environment's credentials
    monkeypatch.delenv("VOXOLOGY_BASE_URL")
    assert AuthenticatedClient().base_url == "https://api.voxolo.gy/v1"
