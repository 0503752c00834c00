"""The state the Voximplant Kit examples refer to: a campaign with its contacts called, finished calls,
exported reports, a custom-channel conversation and the key-value storage, each made with the
documentation's own requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ..conftest import LiveServer
from .examples import Case, request_example
from .replay import AUTHORIZATION, Step

API = "voximplant-kit"
CREDENTIALS = {"domain": "demo", "access_token": "demo-token"}
CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"  # the demo's custom channel


def kit(live: LiveServer, path: str, form: dict[str, Any] | None = None, **query: Any) -> Any:
    with httpx.Client(base_url=f"{live.url}/api", timeout=10) as client:
        response = client.post(path, params={**CREDENTIALS, **query}, data=form)
    answer = response.json()
    assert response.status_code == 200 and answer.get("success", True), f"{path}: {answer}"
    return answer["result"]


def _form(operation: str, **change: Any) -> dict[str, Any]:
    return {**request_example(API, operation), **change}


def _campaign(live: LiveServer) -> int:
    created = kit(live, "/v3/outbound/initCampaign", _form("outbound_initCampaign"))
    campaign_id: int = created["id"]
    return campaign_id


DEMO_DRAFT = 31  # campaigns are drafted in the Kit UI only: the demo holds one


def called_campaign(documented: int, *, dialled: bool = True, paused: bool = False) -> Step:
    """The documented campaign with its documented contacts appended, dialled when asked (attempts made)."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        campaign_id = _campaign(live)
        kit(live, "/v3/outbound/appendToCampaign", _form("appendToCampaign", campaign_id=campaign_id))
        if dialled:
            live.advance(120)  # the dialler calls the contacts; the far ends answer and talk
        if paused:
            kit(live, "/v3/outbound/pauseCampaign", id=campaign_id)
        return {documented: campaign_id}

    return create


def kit_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def emulator_now(live: LiveServer) -> datetime:
    return datetime.fromtimestamp(float(live.advance(0)["time"]), UTC)  # type: ignore[arg-type]


def finished_call(live: LiveServer, case: Case) -> dict[Any, Any]:
    """A scenario call to the documented number, answered and over; the documented day becomes today."""
    call = {
        "scenario_id": 101,
        "phone": "12025550123",
        "caller_id": "12025550100",
        "variables": '{"name": "Alex"}',
    }
    kit(live, "/v3/scenario/runScenario", call)
    live.advance(120)
    return {}


def today(documented: str) -> Step:
    return lambda live, case: {documented: kit_time(emulator_now(live) - timedelta(days=1))}


def report(path: str, documented: int, *, form: bool = False, campaign: bool = False) -> Step:
    """An export of the day's history (or of a campaign's attempts), run until its file is ready."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        now = emulator_now(live)
        period = {"datetime_start": kit_time(now - timedelta(days=1)), "datetime_end": kit_time(now)}
        if campaign:
            query: dict[str, Any] = {"campaign_id": _campaign(live), "locale": "en"}
        else:
            query = {} if form else {"from": period["datetime_start"]}
        started = kit(live, path, {**period, "format": "csv"} if form else None, **query)
        live.advance(5)
        return {documented: started["report_id"]}

    return create


def _login(live: LiveServer) -> dict[str, Any]:
    tokens: dict[str, Any] = kit(live, "/v3/botService/login", _form("login"))
    return tokens


def refresh_token(documented: str) -> Step:
    return lambda live, case: {documented: _login(live)["refresh_token"]}


def channel_session(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The channel's bearer token from botService/login."""
    return {AUTHORIZATION: f"Bearer {_login(live)['access_token']}", "{channel_uuid}": CHANNEL}


def conversation(documented: str) -> Step:
    """A conversation a client started on the custom channel (the documented send_message event)."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        token = _login(live)["access_token"]
        event = request_example(API, "sendEvent")
        with httpx.Client(base_url=f"{live.url}/api", timeout=10) as client:
            headers = {"Authorization": f"Bearer {token}"}
            assert client.post(f"/{CHANNEL}", json=event, headers=headers).status_code == 200
        with live.control() as control:
            found = control.get("/voximplant-kit/accounts/demo/conversations").json()
        return {documented: found[0]["uuid"]}

    return create


def kv_stored(live: LiveServer, case: Case) -> dict[Any, Any]:
    kit(live, "/v2/kv/put", _form("kv_put"))
    return {}


KIT_IDS: dict[Any, Step] = {
    "2026-11-23 00:00:00": today("2026-11-23 00:00:00"),
    "6f1d1a0e4c2b4f0e9c1f7a2d3b4c5d6e": refresh_token("6f1d1a0e4c2b4f0e9c1f7a2d3b4c5d6e"),
    "0d6f1c9e-2f7a-4c1b-9a55-1b2c3d4e5f60": conversation("0d6f1c9e-2f7a-4c1b-9a55-1b2c3d4e5f60"),
}
KIT_PREPARE: dict[str, list[Step]] = {
    "calls_searchCalls:digits": [finished_call],
    "history_searchCalls_v3:day": [finished_call],
    "getHistoryReportStatus:report": [report("/v3/calls/exportHistoryReport", 7001)],
    "getReportStatus:report": [report("/v3/history/exportCallsHistoryReport", 7001, form=True)],
    "getStatReportStatus:report": [report("/v3/attempt/exportStatReport", 7002, campaign=True)],
    "outbound_deleteCampaign:draft": [lambda live, case: {32: DEMO_DRAFT}],
    "pauseCampaign:campaign": [called_campaign(31, dialled=False)],
    "resumeCampaign:campaign": [called_campaign(31, dialled=False, paused=True)],
    "searchAttempts:campaign": [called_campaign(31)],
    "sendEvent:text": [channel_session],
    "kv_get:account": [kv_stored],
}
