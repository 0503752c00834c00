"""--control-token: the control API answers only with the bearer token; the vendor APIs do not change."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server

TOKEN = "s3cret-control-token"


@pytest.fixture(scope="module")
def guarded() -> Iterator[LiveServer]:
    live = start_server(Settings(rate_limit=False, control_token=TOKEN))
    yield live
    stop_server(live)


@pytest.fixture
def http(guarded: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=guarded.url, timeout=10) as client:
        yield client


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/_emulator/settings"),
        ("POST", "/_emulator/reset"),
        ("POST", "/_emulator/voximplant-management/accounts/1/service-accounts"),
        ("GET", "/_emulator/ccai-platform/customers/demo/calls"),
    ],
)
@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", f"Basic {TOKEN}", TOKEN])
def test_control_routes_refuse_a_missing_or_wrong_token(
    http: httpx.Client, method: str, path: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = http.request(method, path, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "error" in response.json()


def test_the_right_token_opens_the_control_api(http: httpx.Client) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert http.get("/_emulator/settings", headers=headers).status_code == 200
    assert http.post("/_emulator/reset", headers=headers).status_code == 204
    assert http.get("/_emulator/ccai-platform/customers/demo/calls", headers=headers).status_code == 200


def test_vendor_apis_and_the_index_need_no_control_token(http: httpx.Client) -> None:
    wait_times = http.get("/apps/api/v1/wait_times", params={"lang": "en"}, auth=("demo", "demo-token"))
    assert wait_times.status_code == 200
    login = {"login": "your_login", "password": "your_password"}
    rpc = http.post("/v4.0", json={"jsonrpc": "2.0", "id": 1, "method": "login.user", "params": login})
    assert "result" in rpc.json()
    assert http.get("/").status_code == 200


def test_without_a_token_the_control_api_stays_open(emulator: LiveServer) -> None:
    with emulator.control() as control:
        assert control.get("/settings").status_code == 200
