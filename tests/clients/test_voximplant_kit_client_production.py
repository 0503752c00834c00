"""The Kit client in production conditions: typed errors raised (Kit's `code`), retries on the emulator's
real 429s and on injected 5xx and dropped connections (a read retried, a write not), credentials from the
environment; sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from voximplant_kit_client import AuthenticatedClient, RetryPolicy, errors
from voximplant_kit_client.api.account import get_account_info
from voximplant_kit_client.api.key_value_storage import kv_get, kv_put
from voximplant_kit_client.api.tags import search_tags
from voximplant_kit_client.models import GetAccountInfoResponseType, KvGetForm, KvPutForm, SearchTagsForm

from ..conftest import LiveServer
from .documented_errors import ErrorCase, error_cases, kind_for, raised_by
from .retry_support import EmulatorSleep, add_fault, fired, retry_lines

CASES, TAGS = error_cases("voximplant-kit", "voximplant_kit_client")
# The demo account's documented limit (its rate_limit_per_second).
PER_SECOND = 10


def _client(emulator: LiveServer, sleep: EmulatorSleep | None = None, **options: Any) -> AuthenticatedClient:
    retries = sleep.policy(RetryPolicy) if sleep is not None else RetryPolicy()
    return AuthenticatedClient(
        "demo", "demo-token", base_url=f"{emulator.url}/api", retries=retries, **options
    )


def _stored(emulator: LiveServer, key: str) -> Any:
    with _client(emulator) as client:
        return kv_get.sync(client=client, body=KvGetForm(key=key)).result


# --- errors -------------------------------------------------------------------------------------------


def test_the_error_cases_cover_every_tag() -> None:
    assert {case.tag for case in CASES} == TAGS and len(CASES) >= len(TAGS) * 3


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.label)
def test_every_documented_error_of_an_operation_per_tag_raises_its_class(case: ErrorCase) -> None:
    def client(transport: httpx.MockTransport) -> AuthenticatedClient:
        return AuthenticatedClient(
            "d", "t", base_url="http://kit.test/api", max_retries=0, httpx_args={"transport": transport}
        )

    error = raised_by(case, client)
    assert isinstance(error, errors.ApiError) and type(error).__name__ == kind_for(case.status)
    result = case.example["result"]
    assert (error.status, error.code, error.message) == (case.status, result["code"], result["error"])
    assert error.body == case.example


def test_the_emulators_refusals_raise_their_classes(emulator: LiveServer) -> None:
    with AuthenticatedClient("demo", "wrong", base_url=f"{emulator.url}/api") as wrong:
        with pytest.raises(errors.AuthenticationError) as unauthenticated:
            get_account_info.sync(client=wrong)
        detailed = get_account_info.sync_detailed(client=wrong)
    with _client(emulator) as client, pytest.raises(errors.ValidationError) as invalid:
        kv_put.sync(client=client, body=KvPutForm(key="", value="x", ttl=-1))
    assert (unauthenticated.value.status, unauthenticated.value.code) == (401, 401)
    assert detailed.status_code == 401  # *_detailed still returns the response
    assert invalid.value.status in (400, 422) and invalid.value.code == invalid.value.status


# --- retries ------------------------------------------------------------------------------------------


def test_the_accounts_real_429_is_retried_after_retry_after(emulator: LiveServer, caplog: Any) -> None:
    emulator.reset(rate_limit=True)
    sleep = EmulatorSleep(emulator)
    caplog.set_level("INFO", logger="voximplant_kit_client")
    with _client(emulator, sleep) as client:
        for _ in range(PER_SECOND):
            get_account_info.sync(client=client)
        put = kv_put.sync(
            client=client, body=KvPutForm(key="retried", value="1", ttl=-1)
        )  # a write: 429 first
    assert put.result == "ok" and sleep.waits == [1.0]
    assert retry_lines(caplog, "voximplant_kit_client") == [
        "retrying POST /api/v2/kv/put after 429 in 1.00 s (retry 1 of 2)"
    ]
    assert not any("demo-token" in r.getMessage() for r in caplog.records)


def test_a_429_past_the_retries_raises_rate_limit_error(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    with _client(emulator, max_retries=0) as client:
        for _ in range(PER_SECOND):
            get_account_info.sync(client=client)
        with pytest.raises(errors.RateLimitError) as limited:
            get_account_info.sync(client=client)
    assert (limited.value.status, limited.value.code, limited.value.retry_after) == (429, 429, 1.0)


def test_an_injected_5xx_is_retried_for_a_read_not_for_a_write(emulator: LiveServer) -> None:
    add_fault(emulator, api="voximplant-kit", operation="searchTags", action="error", status=502, count=1)
    add_fault(emulator, api="voximplant-kit", operation="kv_put", action="error", status=502, count=1)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        tags = search_tags.sync(client=client, body=SearchTagsForm(per_page=0))  # a POST that only reads
        with pytest.raises(errors.ServerError) as failed:
            kv_put.sync(client=client, body=KvPutForm(key="five", value="1", ttl=-1))
    assert tags.success is True and sleep.waits == [0.5]
    assert failed.value.status == 502 and fired(emulator) == [1, 1]


def test_a_dropped_connection_is_retried_for_a_read_not_for_a_write(emulator: LiveServer) -> None:
    add_fault(emulator, api="voximplant-kit", operation="getAccountInfo", action="drop", count=1)
    add_fault(emulator, api="voximplant-kit", operation="kv_put", action="drop", count=1)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        account = get_account_info.sync(client=client)
        with pytest.raises(httpx.TransportError):
            kv_put.sync(client=client, body=KvPutForm(key="dropped", value="1", ttl=-1))
    assert isinstance(account, GetAccountInfoResponseType) and sleep.waits == [0.5]
    assert fired(emulator) == [1, 1] and _stored(emulator, "dropped") in (None, "")


def test_async_retries_a_429_and_an_injected_5xx(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    sleep = EmulatorSleep(emulator)

    async def scenario() -> Any:
        async with _client(emulator, sleep) as client:
            for _ in range(PER_SECOND + 1):  # the last refused 429 first
                await get_account_info.asyncio(client=client)
            add_fault(
                emulator,
                api="voximplant-kit",
                operation="getAccountInfo",
                action="error",
                status=503,
                count=1,
            )
            return await get_account_info.asyncio(client=client)  # 503 first

    account = asyncio.run(scenario())
    assert isinstance(account, GetAccountInfoResponseType) and sleep.waits == [1.0, 0.5]


def test_async_raises_the_typed_error(emulator: LiveServer) -> None:
    async def scenario() -> None:
        async with AuthenticatedClient("demo", "wrong", base_url=f"{emulator.url}/api") as client:
            await get_account_info.asyncio(client=client)

    with pytest.raises(errors.AuthenticationError):
        asyncio.run(scenario())


# --- configuration ------------------------------------------------------------------------------------


def test_credentials_and_settings_come_from_the_environment(emulator: LiveServer, monkeypatch: Any) -> None:
    monkeypatch.setenv("VOXIMPLANT_KIT_DOMAIN", "demo")
    monkeypatch.setenv("VOXIMPLANT_KIT_ACCESS_TOKEN", "demo-token")
    monkeypatch.setenv("VOXIMPLANT_KIT_BASE_URL", f"{emulator.url}/api")
    monkeypatch.setenv("VOXIMPLANT_KIT_MAX_RETRIES", "0")
    with AuthenticatedClient() as client:
        account = get_account_info.sync(client=client)
    assert isinstance(account, GetAccountInfoResponseType) and client.retries.max_retries == 0
    monkeypatch.setenv("VOXIMPLANT_KIT_REGION", "eu")
    monkeypatch.delenv("VOXIMPLANT_KIT_BASE_URL")
    regional = AuthenticatedClient()
    assert regional.base_url == "https://kitapi-eu.voximplant.com/api" and regional.domain == "demo"
    monkeypatch.delenv("VOXIMPLANT_KIT_ACCESS_TOKEN")
    with pytest.raises(ValueError, match="VOXIMPLANT_KIT_ACCESS_TOKEN"):
        AuthenticatedClient()
