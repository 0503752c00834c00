"""The CCAI client in production conditions: typed errors raised, retries on the emulator's real 429s and
on injected 5xx and dropped connections, client-side pacing, credentials from the environment, per-call
timeouts and logging; sync and async."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from ccai_platform_client import AuthenticatedClient, RetryPolicy, errors
from ccai_platform_client.api.bulk_user_management import get_bulk_user_job
from ccai_platform_client.api.calls import create_call
from ccai_platform_client.api.wait_times import get_wait_times
from ccai_platform_client.models import OutboundCallRequest, OutboundCallRequestCallType

from ..conftest import LiveServer
from .documented_errors import ErrorCase, error_cases, kind_for, raised_by
from .retry_support import EmulatorSleep, add_fault, fired, retry_lines

BASE = "/apps/api/v1"
CASES, TAGS = error_cases("ccai-platform", "ccai_platform_client")
OUTBOUND = OutboundCallRequest(
    call_type=OutboundCallRequestCallType.VOICE_OUTBOUND_API,
    agent_email="admin@somedomain.com",
    end_user_number="+1 859-657-9625",
)


def _client(emulator: LiveServer, sleep: EmulatorSleep | None = None, **options: Any) -> AuthenticatedClient:
    retries = sleep.policy(RetryPolicy) if sleep is not None else RetryPolicy()
    return AuthenticatedClient(
        "demo", "demo-token", base_url=f"{emulator.url}{BASE}", retries=retries, **options
    )


def _calls(emulator: LiveServer) -> int:
    with emulator.control() as control:
        return len(control.get("/ccai-platform/customers/demo/calls").json())


# --- errors -------------------------------------------------------------------------------------------


def test_the_error_cases_cover_every_tag() -> None:
    assert {case.tag for case in CASES} == TAGS and len(CASES) >= len(TAGS) * 2


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.label)
def test_every_documented_error_of_an_operation_per_tag_raises_its_class(case: ErrorCase) -> None:
    def client(transport: httpx.MockTransport) -> AuthenticatedClient:
        return AuthenticatedClient(
            "demo", "t", base_url="http://ccai.test", max_retries=0, httpx_args={"transport": transport}
        )

    error = raised_by(case, client)
    assert isinstance(error, errors.ApiError) and type(error).__name__ == kind_for(case.status)
    assert (error.status, error.message, error.body) == (case.status, case.example["message"], case.example)
    assert error.response is not None and error.response.request.url.host == "ccai.test"


def test_the_emulators_refusals_raise_their_classes(emulator: LiveServer) -> None:
    wrong = AuthenticatedClient("demo", "wrong", base_url=f"{emulator.url}{BASE}")
    with wrong, pytest.raises(errors.AuthenticationError) as unauthenticated:
        get_wait_times.sync(client=wrong, lang="en")
    with _client(emulator) as client:
        with pytest.raises(errors.NotFoundError) as missing:
            get_bulk_user_job.sync(999999, client=client)
        bad = OutboundCallRequest(
            call_type=OutboundCallRequestCallType.OUTBOUNDCALL,
            agent_email="nobody@somedomain.com",
            end_user_number="+1 859-657-9625",
        )
        with pytest.raises(errors.ValidationError) as invalid:
            create_call.sync(client=client, body=bad)
        detailed = create_call.sync_detailed(client=client, body=bad)  # *_detailed still returns it
    assert unauthenticated.value.status == 401 and missing.value.status == 404
    assert invalid.value.status == 400 and "agent" in invalid.value.message.lower()
    assert detailed.status_code == 400


# --- retries ------------------------------------------------------------------------------------------


def test_a_real_429_is_retried_after_its_retry_after_and_places_the_call_once(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    sleep = EmulatorSleep(emulator)
    before = _calls(emulator)
    with _client(emulator, sleep) as client:
        waits = get_wait_times.sync(client=client, lang="en")
        call = create_call.sync(client=client, body=OUTBOUND)  # refused 429 first: not processed, resent
    assert isinstance(waits, list) and call.id
    assert sleep.waits == [1.0] and _calls(emulator) == before + 1


def test_a_429_past_the_retries_raises_rate_limit_error_with_retry_after(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    with _client(emulator, max_retries=0) as client:
        get_wait_times.sync(client=client, lang="en")
        with pytest.raises(errors.RateLimitError) as limited:
            get_wait_times.sync(client=client, lang="en")
    assert limited.value.status == 429 and limited.value.retry_after == 1.0


def test_pacing_spaces_requests_a_second_apart_so_none_is_refused(emulator: LiveServer, caplog: Any) -> None:
    emulator.reset(rate_limit=True)
    sleep = EmulatorSleep(emulator)
    caplog.set_level("INFO", logger="ccai_platform_client")
    with _client(emulator, sleep, pace=True) as client:
        results = [get_wait_times.sync(client=client, lang="en") for _ in range(3)]
    assert all(isinstance(result, list) for result in results)
    assert sleep.waits == [1.0, 1.0]
    assert retry_lines(caplog, "ccai_platform_client") == []


def test_an_injected_5xx_is_retried_for_a_get_and_logged(emulator: LiveServer, caplog: Any) -> None:
    add_fault(emulator, api="ccai-platform", operation="getWaitTimes", action="error", status=503, count=1)
    sleep = EmulatorSleep(emulator)
    caplog.set_level("DEBUG", logger="ccai_platform_client")
    with _client(emulator, sleep) as client:
        waits = get_wait_times.sync(client=client, lang="en")
    assert isinstance(waits, list) and sleep.waits == [0.5] and fired(emulator) == [1]
    assert retry_lines(caplog, "ccai_platform_client") == [
        f"retrying GET {BASE}/wait_times after 503 in 0.50 s (retry 1 of 2)"
    ]
    assert any(r.getMessage().startswith(f"GET {BASE}/wait_times -> 200") for r in caplog.records)
    assert not any("demo-token" in r.getMessage() for r in caplog.records)


def test_an_injected_5xx_on_a_create_is_not_retried(emulator: LiveServer) -> None:
    add_fault(emulator, api="ccai-platform", operation="createCall", action="error", status=503)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client, pytest.raises(errors.ServerError) as failed:
        create_call.sync(client=client, body=OUTBOUND)
    assert failed.value.status == 503 and sleep.waits == [] and fired(emulator) == [1]


def test_a_dropped_connection_is_retried_for_a_get_but_not_for_a_create(emulator: LiveServer) -> None:
    add_fault(emulator, api="ccai-platform", operation="getWaitTimes", action="drop", count=1)
    add_fault(emulator, api="ccai-platform", operation="createCall", action="drop", count=1)
    before = _calls(emulator)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        waits = get_wait_times.sync(client=client, lang="en")
        with pytest.raises(httpx.TransportError):
            create_call.sync(client=client, body=OUTBOUND)
    assert isinstance(waits, list) and sleep.waits == [0.5]
    assert fired(emulator) == [1, 1] and _calls(emulator) == before


def test_async_retries_a_429_and_a_dropped_connection(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    sleep = EmulatorSleep(emulator)

    async def scenario() -> tuple[Any, Any]:
        async with _client(emulator, sleep) as client:
            first = await get_wait_times.asyncio(client=client, lang="en")
            add_fault(emulator, api="ccai-platform", operation="getWaitTimes", action="drop", count=1)
            second = await get_wait_times.asyncio(client=client, lang="en")  # dropped, then 429, then served
            return first, second

    first, second = asyncio.run(scenario())
    assert isinstance(first, list) and isinstance(second, list)
    assert sleep.waits == [0.5, 1.0]


def test_async_raises_the_typed_error(emulator: LiveServer) -> None:
    async def scenario() -> None:
        async with AuthenticatedClient("demo", "wrong", base_url=f"{emulator.url}{BASE}") as client:
            await get_wait_times.asyncio(client=client, lang="en")

    with pytest.raises(errors.AuthenticationError):
        asyncio.run(scenario())


# --- timeouts and configuration -----------------------------------------------------------------------


def test_a_per_call_timeout_cuts_a_held_request_and_the_retry_is_served(emulator: LiveServer) -> None:
    add_fault(emulator, api="ccai-platform", operation="getWaitTimes", action="timeout", hold_s=20, count=1)
    sleep = EmulatorSleep(emulator)
    started = time.monotonic()
    with _client(emulator, sleep) as client:
        waits = get_wait_times.sync(client=client, lang="en", timeout=0.3)
    assert isinstance(waits, list) and sleep.waits == [0.5] and time.monotonic() - started < 10


def test_credentials_and_settings_come_from_the_environment(emulator: LiveServer, monkeypatch: Any) -> None:
    monkeypatch.setenv("CCAI_SUBDOMAIN", "demo")
    monkeypatch.setenv("CCAI_API_TOKEN", "demo-token")
    monkeypatch.setenv("CCAI_BASE_URL", f"{emulator.url}{BASE}")
    monkeypatch.setenv("CCAI_MAX_RETRIES", "5")
    monkeypatch.setenv("CCAI_TIMEOUT", "12.5")
    with AuthenticatedClient() as client:
        waits = get_wait_times.sync(client=client, lang="en")
        assert client.get_httpx_client().timeout == httpx.Timeout(12.5)
    assert isinstance(waits, list) and client.retries.max_retries == 5 and client.subdomain == "demo"
    with AuthenticatedClient("demo", "wrong") as explicit, pytest.raises(errors.AuthenticationError):
        get_wait_times.sync(client=explicit, lang="en")  # arguments win over the environment
    monkeypatch.delenv("CCAI_API_TOKEN")
    with pytest.raises(ValueError, match="CCAI_API_TOKEN"):
        AuthenticatedClient()
