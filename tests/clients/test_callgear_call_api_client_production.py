"""The CallGear client in production conditions: every documented error of a method per tag raised as its
mnemonic's class under its kind, the points limit (`limit_exceeded`) retried, injected 5xx and dropped
connections retried for list.* methods only, credentials from the environment; sync and async."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import yaml
from callgear_call_api_client import Client, RetryPolicy, errors
from callgear_call_api_client.api.authentication import login_user
from callgear_call_api_client.api.call_making import start_simple_call
from callgear_call_api_client.api.call_management import list_calls, release_call
from callgear_call_api_client.models import StartSimpleCallFirstCall

from codegen.apis import find

from ..conftest import LiveServer
from .retry_support import EmulatorSleep, add_fault, fired

VNUMBER, CONTACT, OPERATOR = "74993720692", "79260000000", "79262444491"
KINDS = (
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.RateLimitError,
    errors.NotFoundError,
    errors.ValidationError,
    errors.ConflictError,
    errors.ServerError,
)
# One method per tag, and a kind each of some of its documented errors must be.
METHODS = {"login.user": login_user, "start.simple_call": start_simple_call, "release.call": release_call}
SAMPLE_KINDS = {
    "auth_error": errors.AuthenticationError,
    "limit_exceeded": errors.RateLimitError,
    "call_session_not_found": errors.NotFoundError,
    "invalid_parameter_value": errors.ValidationError,
    "internal_error": errors.ServerError,
}
ARGUMENTS: dict[str, dict[str, Any]] = {
    "login.user": {"login": "a", "password": "b"},
    "start.simple_call": {
        "first_call": StartSimpleCallFirstCall.OPERATOR,
        "virtual_phone_number": VNUMBER,
        "contact": CONTACT,
        "operator": OPERATOR,
    },
    "release.call": {"call_session_id": 1},
}


def load_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(find("callgear-call-api").spec.read_text(encoding="utf-8"))
    return loaded


def _documented(method: str) -> list[dict[str, Any]]:
    spec = load_spec()
    [found] = [m for m in spec["methods"] if m["name"] == method]
    shared = spec["components"]["errors"]
    return [shared[e["$ref"].rsplit("/", 1)[1]] if "$ref" in e else e for e in found.get("errors", [])]


def _client(emulator: LiveServer, sleep: EmulatorSleep | None = None, **options: Any) -> Client:
    retries = sleep.policy(RetryPolicy, **options.pop("policy", {})) if sleep is not None else RetryPolicy()
    return Client(
        login="your_login",
        password="your_password",
        base_url=f"{emulator.url}/v4.0",
        retries=retries,
        **options,
    )


def _settings(emulator: LiveServer, **settings: Any) -> None:
    with emulator.control() as control:
        control.patch("/callgear-call-api/accounts/1/settings", json=settings).raise_for_status()


def _simple_call(client: Client) -> Any:
    return start_simple_call.sync(client=client, **ARGUMENTS["start.simple_call"])


# --- errors -------------------------------------------------------------------------------------------


def test_the_methods_cover_every_tag() -> None:
    spec = load_spec()
    tag_of = {m["name"]: m["tags"][0]["$ref"] for m in spec["methods"]}
    assert {tag_of[method] for method in METHODS} == set(tag_of.values())


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_documented_error_of_a_method_per_tag_raises_its_class(method: str) -> None:
    documented = _documented(method)
    assert len(documented) >= 3
    for error in documented:
        reply = {
            "jsonrpc": "2.0",
            "id": 1,
            "error": {"code": error["code"], "message": "m", "data": error["data"]},
        }
        transport = httpx.MockTransport(lambda request, reply=reply: httpx.Response(200, json=reply))
        client = Client(
            access_token="k",
            base_url="http://callgear.test/v4.0",
            max_retries=0,
            httpx_args={"transport": transport},
        )
        with pytest.raises(errors.RpcError) as refused:
            METHODS[method].sync(client=client, **ARGUMENTS[method])
        mnemonic = error["data"]["mnemonic"]
        assert type(refused.value) is errors.ERRORS[mnemonic] and isinstance(refused.value, KINDS)
        assert isinstance(refused.value, SAMPLE_KINDS.get(mnemonic, errors.RpcError))
        assert (refused.value.code, refused.value.mnemonic, refused.value.status) == (
            error["code"],
            mnemonic,
            200,
        )
        assert refused.value.response is not None and json.loads(refused.value.response.content) == reply


def test_the_emulators_refusals_raise_their_classes(emulator: LiveServer) -> None:
    wrong = Client(login="your_login", password="wrong", base_url=f"{emulator.url}/v4.0")
    with wrong, pytest.raises(errors.AuthenticationError) as unauthenticated:
        list_calls.sync(client=wrong)
    with _client(emulator) as client, pytest.raises(errors.NotFoundError) as missing:
        release_call.sync(client=client, call_session_id=987654)
    assert (
        unauthenticated.value.mnemonic == "auth_error" and missing.value.mnemonic == "call_session_not_found"
    )


# --- retries ------------------------------------------------------------------------------------------


def test_the_points_limit_per_minute_is_waited_out_and_the_call_started_once(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep, policy={"backoff_base": 60.0, "backoff_cap": 60.0}) as client:
        first = _simple_call(client)
        _settings(emulator, minute_limit=1)  # the first call used this minute's point
        second = _simple_call(client)  # limit_exceeded: not processed, so resent a minute later
        calls = list_calls.sync(client=client).data
    assert sleep.waits == [60.0]
    assert {c.call_session_id for c in calls} >= {first.data.call_session_id, second.data.call_session_id}


def test_the_points_limit_past_the_retries_raises_rate_limit_error(emulator: LiveServer) -> None:
    emulator.reset(rate_limit=True)
    with _client(emulator, max_retries=0) as client:
        _simple_call(client)
        _settings(emulator, minute_limit=1)
        with pytest.raises(errors.RateLimitError) as limited:
            _simple_call(client)
    assert limited.value.mnemonic == "limit_exceeded" and limited.value.params["limit_type"] == "minute"


def test_an_injected_5xx_or_drop_is_retried_for_list_calls_not_for_a_call_start(emulator: LiveServer) -> None:
    sleep = EmulatorSleep(emulator)
    with _client(emulator, sleep) as client:
        client.log_in()
        add_fault(
            emulator, api="callgear-call-api", operation="list.calls", action="error", status=503, count=1
        )
        add_fault(emulator, api="callgear-call-api", operation="list.calls", action="drop", count=1)
        add_fault(emulator, api="callgear-call-api", operation="start.simple_call", action="drop", count=1)
        calls = list_calls.sync(client=client)  # 503, then dropped, then served
        with pytest.raises(httpx.TransportError):
            _simple_call(client)
        after = list_calls.sync(client=client)
    assert calls.data == [] and after.data == [] and sleep.waits == [0.5, 1.0]
    assert fired(emulator) == [1, 1, 1]


def test_async_retries_and_raises(emulator: LiveServer) -> None:
    sleep = EmulatorSleep(emulator)
    add_fault(emulator, api="callgear-call-api", operation="list.calls", action="error", status=502, count=1)

    async def scenario() -> Any:
        async with _client(emulator, sleep) as client:
            calls = await list_calls.asyncio(client=client)
            with pytest.raises(errors.NotFoundError):
                await release_call.asyncio(client=client, call_session_id=987654)
            return calls

    assert asyncio.run(scenario()).data == [] and sleep.waits == [0.5]


# --- configuration ------------------------------------------------------------------------------------


def test_credentials_and_settings_come_from_the_environment(emulator: LiveServer, monkeypatch: Any) -> None:
    monkeypatch.setenv("CALLGEAR_ACCESS_TOKEN", "demo-permanent-key")
    monkeypatch.setenv("CALLGEAR_BASE_URL", f"{emulator.url}/v4.0")
    monkeypatch.setenv("CALLGEAR_TIMEOUT", "7")
    with Client() as client:
        calls = list_calls.sync(client=client)
        assert client.get_httpx_client().timeout == httpx.Timeout(7.0)
    assert calls.data == [] and client.access_token == "demo-permanent-key"
    monkeypatch.delenv("CALLGEAR_ACCESS_TOKEN")
    monkeypatch.setenv("CALLGEAR_LOGIN", "your_login")
    monkeypatch.setenv("CALLGEAR_PASSWORD", "your_password")
    with Client() as logging_in:
        assert list_calls.sync(client=logging_in).data == [] and logging_in.access_token is not None
