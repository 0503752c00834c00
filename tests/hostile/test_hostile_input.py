"""Hostile input over every operation of the five APIs: never a 5xx, always the vendor's own error format,
and the emulator keeps serving afterwards.

Every parameter and top-level body field of every operation gets, in turn, huge integers (5,000 digits),
a 100,000-character string, NUL, a lone surrogate, unicode, negative numbers, the wrong types and
duplicated query keys. The requests are built deterministically from the specs, so a failure reproduces.
They run in process (httpx over ASGI) to keep the whole sweep fast.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import pytest

from emulator.app import Switchboard, create_app
from emulator.core.environment import Settings
from emulator.core.operations import Operation

from .apis import (
    Auth,
    Case,
    basic,
    ccai_problem,
    jsonrpc_problem,
    kit_problem,
    openapi_cases,
    openrpc_cases,
    voximplant_problem,
    voxology_problem,
)

CCAI = basic("demo", "demo-token")
KIT = {"domain": "demo", "access_token": "demo-token"}
KIT_CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"
VOX = {"account_id": "1", "api_key": "demo-api-key"}
VOX_APPLICATION = 10001  # the first application of a fresh emulator, which the sweep creates
VOXOLOGY_KEY = {"X-API-Key": "demo-api-key"}
VOXOLOGY_ACCOUNT = basic("john.doe@company.com", "demo-password")
CALLGEAR = {
    "*": {"access_token": "demo-permanent-key"},
    "login.user": {"login": "your_login", "password": "your_password"},
}

Problem = Callable[[int, Any], "str | None"]
# A normal request per API, which must still succeed once the hostile ones are through.
HEALTHY: dict[str, tuple[str, str, dict[str, str], bytes | None]] = {
    "ccai-platform": ("GET", "/apps/api/v1/wait_times?lang=en", CCAI, None),
    "voximplant-kit": (
        "GET",
        "/api/v3/scenario/searchScenarios?domain=demo&access_token=demo-token",
        {},
        None,
    ),
    "voxology": ("GET", "/v1/PhoneNumbers", VOXOLOGY_KEY, None),
    "voximplant-management": (
        "POST",
        "/platform_api/GetAccountInfo/",
        {"Content-Type": "application/x-www-form-urlencoded"},
        b"account_id=1&api_key=demo-api-key",
    ),
    "callgear-call-api": (
        "POST",
        "/v4.0",
        {"Content-Type": "application/json"},
        b'{"jsonrpc": "2.0", "id": 1, "method": "list.calls",'
        b' "params": {"access_token": "demo-permanent-key"}}',
    ),
}


def _voxology_headers(operation: Operation) -> dict[str, str]:
    schemes = [name for requirement in operation.security for name in requirement]
    return VOXOLOGY_ACCOUNT if schemes and schemes[0] == "basicAuth" else VOXOLOGY_KEY


def _kit_auth(channel_token: str) -> Auth:
    def headers(operation: Operation) -> dict[str, str]:
        channel = any("channelJwt" in requirement for requirement in operation.security)
        return {"Authorization": f"Bearer {channel_token}"} if channel else {}

    return Auth(headers=headers, query=KIT)


def _sweeps(channel_token: str) -> Iterator[tuple[str, Iterator[Case], Problem]]:
    yield "ccai-platform", openapi_cases("ccai-platform", Auth(headers=lambda op: CCAI)), ccai_problem
    yield "voximplant-kit", openapi_cases("voximplant-kit", _kit_auth(channel_token)), kit_problem
    yield "voxology", openapi_cases("voxology", Auth(headers=_voxology_headers)), voxology_problem
    vox = Auth(form=VOX, known={"application_id": VOX_APPLICATION}, fields_in_query=True)
    yield "voximplant-management", openapi_cases("voximplant-management", vox), voximplant_problem
    yield "callgear-call-api", openrpc_cases("callgear-call-api", CALLGEAR), jsonrpc_problem


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    content: bytes


async def call(
    app: Switchboard, method: str, url: str, headers: dict[str, str], content: bytes | None
) -> Answer:
    """One request straight through ASGI, as a server would pass it: no client-side limit on the URL's length
    (a 100,000-character query value) and no re-encoding of what is sent."""
    path, _, query = url.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": unquote(path),
        "raw_path": path.encode("ascii"),
        "query_string": query.encode("ascii"),
        "root_path": "",
        "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("emulator.test", 80),
    }
    pending = [{"type": "http.request", "body": content or b"", "more_body": False}]
    answer = Answer(0, {}, b"")

    async def receive() -> MutableMapping[str, Any]:
        return pending.pop() if pending else {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer.status = message["status"]
            answer.headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in message["headers"]}
        else:
            answer.content += message.get("body", b"")

    try:
        await app(scope, receive, send)
    except Exception as error:  # what a server would answer with a bare 500
        return Answer(500, {}, repr(error).encode())
    return answer


async def _sweep(app: Switchboard) -> tuple[int, list[str]]:
    failures: list[str] = []
    sent = 0
    login = await call(
        app,
        "POST",
        "/api/v3/botService/login?domain=demo&access_token=demo-token",
        {"Content-Type": "application/x-www-form-urlencoded"},
        f"channel_uuid={KIT_CHANNEL}".encode(),
    )
    channel_token = json.loads(login.content)["result"]["access_token"]
    created = await call(
        app,
        "POST",
        "/platform_api/AddApplication/",
        {"Content-Type": "application/x-www-form-urlencoded"},
        b"account_id=1&api_key=demo-api-key&application_name=hostile",
    )
    assert json.loads(created.content)["application_id"] == VOX_APPLICATION
    for api, cases, problem in _sweeps(channel_token):
        for case in cases:
            sent += 1
            found = _judge(await call(app, case.method, case.url, case.headers, case.content), problem)
            if found:
                failures.append(f"{api} {case.operation} [{case.label}] -> {found}")
        after = await call(app, *HEALTHY[api])
        if after.status != 200 or "error" in json.loads(after.content):
            failures.append(
                f"{api}: a normal request after the sweep failed: {after.status} {after.content[:200]!r}"
            )
    return sent, failures


def _judge(answer: Answer, problem: Problem) -> str | None:
    status = answer.status
    summary = f"{status} {answer.content[:160]!r}"
    if status >= 500:
        return f"server error: {summary}"
    if not answer.content:
        return None if status < 400 else f"an error without a body: {summary}"
    try:
        body = json.loads(answer.content)
    except ValueError:
        is_json = "json" in answer.headers.get("content-type", "")
        return None if status < 400 and not is_json else f"not JSON: {summary}"
    found = problem(status, body)
    return f"{found}: {summary}" if found else None


@pytest.fixture
def quiet_logs(caplog: pytest.LogCaptureFixture) -> None:
    # Provider failures are logged with their traceback; thousands of them would bury the report.
    caplog.set_level(logging.CRITICAL, logger="emulator")


def test_hostile_input_never_breaks_an_api(quiet_logs: None) -> None:
    app = create_app(Settings(rate_limit=False))
    sent, failures = asyncio.run(_sweep(app))
    report = "\n".join(failures[:40])
    assert sent > 10_000
    assert not failures, f"{len(failures)} of {sent} hostile requests went wrong:\n{report}"
