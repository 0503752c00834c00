"""The retry rules of the shared client template, on scripted transports (the CCAI client stands for all
four OpenAPI clients: they share the template): what is resent, after how long, and what is not."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from ccai_platform_client import AuthenticatedClient, RetryPolicy, errors
from ccai_platform_client.api.calls import create_call
from ccai_platform_client.api.wait_times import get_wait_times
from ccai_platform_client.models import OutboundCallRequest, OutboundCallRequestCallType

from emulator.core.specs import load_spec

CALL = OutboundCallRequest(
    call_type=OutboundCallRequestCallType.VOICE_OUTBOUND_API,
    agent_email="admin@somedomain.com",
    end_user_number="+1 859-657-9625",
)
# The documentation's own created call, as CCAI answers createCall.
CREATED = next(
    iter(
        load_spec("ccai-platform")["paths"]["/calls"]["post"]["responses"]["201"]["content"][
            "application/json"
        ]["examples"].values()
    )
)["value"]


class Script:
    """A transport that answers (or fails) each request in turn, recording them."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


def _client(script: Script, waits: list[float], **policy: object) -> AuthenticatedClient:
    retries = RetryPolicy(sleep=waits.append, jitter=False, **policy)  # type: ignore[arg-type]
    transport = httpx.MockTransport(script)
    return AuthenticatedClient(
        "demo", "t", base_url="http://ccai.test", retries=retries, httpx_args={"transport": transport}
    )


def _ok() -> httpx.Response:
    return httpx.Response(200, json=[])


def test_a_connection_never_made_is_retried_even_for_a_create() -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(201, json=CREATED))
    waits: list[float] = []
    call = create_call.sync(client=_client(script, waits), body=CALL)
    assert call.id == CREATED["id"] and waits == [0.5] and len(script.requests) == 2


def test_a_read_error_after_sending_a_create_is_not_retried() -> None:
    script = Script(httpx.ReadError("reset"))
    waits: list[float] = []
    with pytest.raises(httpx.ReadError):
        create_call.sync(client=_client(script, waits), body=CALL)
    assert waits == [] and len(script.requests) == 1


def test_retry_after_as_an_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": when}), _ok())
    waits: list[float] = []
    assert get_wait_times.sync(client=_client(script, waits), lang="en") == []
    assert len(waits) == 1 and 28 <= waits[0] <= 30


def test_a_retry_after_past_the_policys_bound_is_not_waited_for() -> None:
    script = Script(httpx.Response(429, json={"message": "tomorrow"}, headers={"Retry-After": "86400"}))
    waits: list[float] = []
    with pytest.raises(errors.RateLimitError) as limited:
        get_wait_times.sync(client=_client(script, waits), lang="en")
    assert waits == [] and limited.value.retry_after == 86400 and limited.value.message == "tomorrow"


def test_backoff_doubles_up_to_its_cap_and_jitter_stays_below_it() -> None:
    failing = [httpx.Response(503, json={"message": "down"}) for _ in range(5)]
    waits: list[float] = []
    with pytest.raises(errors.ServerError):
        get_wait_times.sync(
            client=_client(Script(*failing), waits, max_retries=4, backoff_cap=1.5), lang="en"
        )
    assert waits == [0.5, 1.0, 1.5, 1.5]
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=4.0)
    assert (
        all(0 <= policy.backoff(3) <= 4.0 for _ in range(200))
        and len({policy.backoff(3) for _ in range(20)}) > 1
    )


def test_501_and_4xx_are_not_retried_and_max_retries_zero_turns_retrying_off() -> None:
    waits: list[float] = []
    for status, kind in (
        (501, errors.ServerError),
        (400, errors.ValidationError),
        (404, errors.NotFoundError),
    ):
        with pytest.raises(kind):
            get_wait_times.sync(
                client=_client(Script(httpx.Response(status, json={"message": "x"})), waits), lang="en"
            )
    with pytest.raises(errors.ServerError):
        get_wait_times.sync(
            client=_client(Script(httpx.Response(503, json={})), waits, max_retries=0), lang="en"
        )
    assert waits == []


def test_a_per_call_timeout_reaches_the_request_and_the_clients_otherwise() -> None:
    script = Script(_ok(), _ok())
    client = _client(script, [])
    get_wait_times.sync(client=client, lang="en", timeout=2.5)
    get_wait_times.sync(client=client, lang="en")
    per_call, default = (request.extensions["timeout"] for request in script.requests)
    assert per_call == httpx.Timeout(2.5).as_dict() and default == httpx.Timeout(30.0, connect=10.0).as_dict()


def test_async_retries_by_the_same_rules() -> None:
    script = Script(
        httpx.ConnectError("refused"), httpx.Response(429, json={}, headers={"Retry-After": "2"}), _ok()
    )
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    retries = RetryPolicy(async_sleep=sleep, jitter=False)
    client = AuthenticatedClient(
        "demo",
        "t",
        base_url="http://ccai.test",
        retries=retries,
        httpx_args={"transport": httpx.MockTransport(script)},
    )
    assert asyncio.run(get_wait_times.asyncio(client=client, lang="en")) == []
    assert waits == [0.5, 2.0]
