"""The core's request handling across the APIs: numbers too large to convert, HEAD, bodies that never
arrive, and the validation rules of a few parameters."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import httpx
import pytest

from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server

CCAI = ("demo", "demo-token")
KIT = {"domain": "demo", "access_token": "demo-token"}
VOX = {"account_id": "1", "api_key": "demo-api-key"}
HUGE = "9" * 5000


def test_integers_past_pythons_conversion_limit_are_refused_in_the_vendors_format(
    emulator: LiveServer,
) -> None:
    url = emulator.url
    job = httpx.get(f"{url}/apps/api/v1/bulk/users/jobs/{'9' * 4301}", auth=CCAI)
    scenario = httpx.post(
        f"{url}/api/v3/scenario/runScenario",
        params=KIT,
        data={"scenario_id": HUGE, "phone": "12025550123", "caller_id": "12025550100", "variables": "{}"},
    )
    user = httpx.post(f"{url}/platform_api/GetUsers/", data={**VOX, "application_id": "1", "user_id": HUGE})
    assert job.status_code == 404 and job.json() == {"message": "job_id is out of range"}
    assert scenario.status_code == 400
    assert scenario.json() == {
        "success": False,
        "result": {"error": "scenario_id is out of range", "code": 400},
    }
    assert user.status_code == 200
    assert user.json() == {"error": {"code": 101, "msg": "user_id is out of range"}}


def test_json_numbers_too_large_for_a_float_reach_validation(emulator: LiveServer) -> None:
    body = (
        '{"jsonrpc": "2.0", "id": 1, "method": "list.calls", "params": {"access_token": "demo-permanent-key",'
    )
    reply = httpx.post(
        f"{emulator.url}/v4.0",
        content=f'{body} "limit": {HUGE}}}}}',
        headers={"Content-Type": "application/json"},
    )
    error = reply.json()["error"]
    assert reply.status_code == 200
    assert error["data"]["mnemonic"] == "invalid_parameter_value" and error["data"]["field"] == "limit"


@pytest.mark.parametrize(
    ("path", "kwargs"),
    [
        ("/apps/api/v1/wait_times", {"params": {"lang": "en"}, "auth": CCAI}),
        ("/api/v3/scenario/searchScenarios", {"params": KIT}),
        ("/v1/PhoneNumbers", {"headers": {"X-API-Key": "demo-api-key"}}),
    ],
)
def test_head_answers_as_get_without_the_body(
    emulator: LiveServer, path: str, kwargs: dict[str, Any]
) -> None:
    get = httpx.get(f"{emulator.url}{path}", **kwargs)
    head = httpx.head(f"{emulator.url}{path}", **kwargs)
    assert get.status_code == head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["content-type"] == get.headers["content-type"]


def test_405_lists_head_beside_get(emulator: LiveServer) -> None:
    refused = httpx.delete(f"{emulator.url}/apps/api/v1/wait_times", auth=CCAI)
    assert refused.status_code == 405 and refused.headers["allow"] == "GET, HEAD"


def _promise_more_than_sent(port: int, path: str, content_type: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Basic ZGVtbzpkZW1vLXRva2Vu\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: 1000\r\n\r\n"
    )
    sock.sendall(head.encode() + b"0123456789")
    return sock


def _read_reply(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data or not data.rstrip().endswith((b"}", b"]")):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def test_a_body_that_stops_short_is_answered_after_the_read_timeout() -> None:
    live = start_server(Settings(rate_limit=False, body_read_timeout=0.5))
    try:
        started = time.monotonic()
        stalled = [
            _promise_more_than_sent(live.port, "/apps/api/v1/calls", "application/json"),
            _promise_more_than_sent(live.port, "/v4.0", "application/json"),
            _promise_more_than_sent(
                live.port, "/platform_api/GetUsers/", "application/x-www-form-urlencoded"
            ),
        ]
        # Meanwhile the emulator serves everyone else.
        served = httpx.get(f"{live.url}/apps/api/v1/wait_times", params={"lang": "en"}, auth=CCAI)
        replies = [_read_reply(sock) for sock in stalled]
        elapsed = time.monotonic() - started
        for sock in stalled:
            sock.close()
    finally:
        stop_server(live)
    assert served.status_code == 200
    assert elapsed < 5
    ccai, rpc, vox = (reply.split(b"\r\n\r\n", 1) for reply in replies)
    assert ccai[0].startswith(b"HTTP/1.1 408") and b"connection: close" in ccai[0].lower()
    assert json.loads(ccai[1]) == {"message": "The request body was not received within 0.5 s"}
    assert rpc[0].startswith(b"HTTP/1.1 408") and json.loads(rpc[1])["error"]["code"] == -32600
    assert vox[0].startswith(b"HTTP/1.1 408")
    assert json.loads(vox[1]) == {
        "error": {"code": 101, "msg": "The request body was not received within 0.5 s"}
    }


def test_an_empty_phone_number_is_refused_by_the_dnc_check(emulator: LiveServer) -> None:
    empty = httpx.get(f"{emulator.url}/apps/api/v1/outbound_dialer/dnc/check?phone_number=", auth=CCAI)
    assert empty.status_code == 400 and empty.json() == {"message": "phone_number is invalid"}


def test_kit_dnc_entries_must_be_phone_numbers(emulator: LiveServer) -> None:
    url = f"{emulator.url}/api/v3/dnc/addDncContacts"
    empty = httpx.post(url, params=KIT, data={"id": "1", "contacts": '["12025550999", ""]'})
    added = httpx.post(url, params=KIT, data={"id": "1", "contacts": '["+1 202 555 0999"]'})
    assert empty.status_code == 400
    assert empty.json()["result"] == {"error": "contacts must be a JSON array of phone numbers", "code": 400}
    assert added.json() == {"success": True, "result": True}


@pytest.mark.parametrize(
    ("wire", "required_only"),
    [("1", True), ("true", True), ("0", False), ("", False), ("false", False)],
)
def test_kit_reads_booleans_as_php_does(emulator: LiveServer, wire: str, required_only: bool) -> None:
    reply = httpx.post(
        f"{emulator.url}/api/v3/scenario/getScenarioVariables",
        params=KIT,
        data={"scenario_id": "101", "required_only": wire},
    )
    names = [variable["name"] for variable in reply.json()["result"]]
    assert names == (["name"] if required_only else ["name", "appointment_date"])


def test_other_vendors_keep_their_own_booleans(emulator: LiveServer) -> None:
    form = {**VOX, "application_id": "1", "user_active": "1"}
    refused = httpx.post(f"{emulator.url}/platform_api/GetUsers/", data=form)
    assert refused.json() == {"error": {"code": 101, "msg": "user_active must be of type boolean"}}


def test_a_json_body_with_a_number_too_large_for_a_float_names_the_field(emulator: LiveServer) -> None:
    reply = httpx.post(
        f"{emulator.url}/apps/api/v1/sms",
        auth=CCAI,
        content=(
            '{"chat_type": "Messaging (SMS)", "outbound_number": "+13392195276", "message": "hi",'
            f' "end_user_number": {HUGE}}}'
        ),
        headers={"Content-Type": "application/json"},
    )
    assert reply.status_code == 400
    assert reply.json() == {"message": "end_user_number is invalid"}  # the spec's wording for the field
