"""The state the Voximplant Kit examples refer to: a campaign with its contacts called, finished calls,
exported reports, a custom-channel conversation and the key-value storage, each made with the
documentation's own requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ..conftest import LiveServer
from .examples import Case, request_example
from .replay import AUTHORIZATION, PATH_PARAMETER, Field, Step

API = "voximplant-kit"
CREDENTIALS = {"domain": "demo", "access_token": "demo-token"}
CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"  # the demo's custom channel


def kit(
    live: LiveServer, path: str, form: dict[str, Any] | None = None, method: str = "POST", **query: Any
) -> Any:
    with httpx.Client(base_url=f"{live.url}/api", timeout=10) as client:
        response = client.request(method, path, params={**CREDENTIALS, **query}, data=form)
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
    return {AUTHORIZATION: f"Bearer {_login(live)['access_token']}", PATH_PARAMETER + "channel_uuid": CHANNEL}


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


# --- the operations known from third-party notes ------------------------------------------------------


def _create(live: LiveServer, path: str, operation: str, **change: Any) -> Any:
    return kit(live, path, _form(operation, **change))


def agent_campaign(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The documented agent campaign (61) with its documented contact list (62)."""
    campaign_id = _create(live, "/v3/agentCampaigns/createCampaign", "agentCampaigns_createCampaign")["id"]
    found: dict[Any, Any] = {Field(k, 61): campaign_id for k in ("id", "campaign_id", "agent_campaign_id")}
    if case.operation in ("setListStatus", "cancelContacts", "addAttempts"):
        appended = _create(
            live,
            "/v3/agentCampaigns/appendContacts",
            "agentCampaigns_appendContacts",
            campaign_id=campaign_id,
        )
        found[Field("id", 62)] = appended["list_id"]
    return found


# how each campaigns/ method's example finds its campaign: the transitions that lead there
_CAMPAIGN_PATHS = {
    "campaigns_pause": ["start"],
    "campaigns_resume": ["start", "pause"],
    "campaigns_stop": ["start"],
    "campaigns_draft": ["schedule"],
}


def campaign_81(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The documented automated campaign (81), in the status its example acts on, with its list (91)."""
    campaign_id = _create(live, "/v3/campaigns/create", "campaigns_create")["id"]
    if case.operation in ("campaigns_schedule", "campaigns_draft"):  # scheduled for its planned start
        planned = {"id": campaign_id, "planned_date_start": kit_time(emulator_now(live) + timedelta(days=1))}
        kit(live, "/v3/campaigns/update", planned)
    for step in _CAMPAIGN_PATHS.get(case.operation, []):
        kit(live, f"/v3/campaigns/{step}", {"id": campaign_id})
    found: dict[Any, Any] = {Field("id", 81): campaign_id, Field("campaign_id", 81): campaign_id}
    if case.operation in (
        "campaigns_searchContacts",
        "campaigns_cancelLists",
        "editCallListTasksPriority",
        "cancelContact",
    ):
        _create(live, "/v3/campaigns/appendContacts", "campaigns_appendContacts", campaign_id=campaign_id)
        list_id = kit(live, "/v3/campaigns/searchLists", {"campaign_id": campaign_id})[0]["id"]
        contact_id = kit(live, "/v3/campaigns/searchContacts", {"list_id": list_id})[0]["id"]
        found.update(
            {
                Field("list_id", 91): list_id,
                Field("list_ids", "[91]"): f"[{list_id}]",
                Field("contact_ids", "[1]"): f"[{contact_id}]",
            }
        )
    return found


def agent_campaign_82(live: LiveServer, case: Case) -> dict[Any, Any]:
    return {Field("id", 82): _create(live, "/v3/campaigns/createAgent", "createAgent")["id"]}


def history_call(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The documented call (5001): a finished scenario call of today's history."""
    finished_call(live, case)
    since = kit_time(emulator_now(live) - timedelta(days=1))
    call_id = kit(live, "/v3/history/searchCalls", method="GET", datetime_start=since)[0]["id"]
    return {Field("call_id", 5001): call_id, Field("call_id", "5001"): str(call_id)}


def dnc_contact(live: LiveServer, case: Case) -> dict[Any, Any]:
    _create(live, "/v3/dnc/addDncContacts", "addDncContacts")
    entry = kit(live, "/v3/dnc/searchDncContacts", {"list_id": 1})[0]
    return {Field("id", 1): entry["id"]}


def callback_subscription(live: LiveServer, case: Case) -> dict[Any, Any]:
    return {Field("id", 1): _create(live, "/v3/callback/create", "callback_create")["id"]}


KIT_IDS.update(
    {
        Field("to", "2026-11-23 23:59:59"): lambda live, case: {
            Field("to", "2026-11-23 23:59:59"): kit_time(emulator_now(live) + timedelta(days=1))
        },
    }
)
for _operation in [
    "agentCampaigns_updateCampaign",
    "agentCampaigns_deleteCampaign",
    "agentCampaigns_searchCampaigns",
    "setCampaignStatus",
    "setListStatus",
    "agentCampaigns_searchContacts",
    "agentCampaigns_appendContacts",
    "searchCampaignLists",
    "cancelContacts",
    "addAttempts",
]:
    KIT_PREPARE[f"{_operation}:request"] = [agent_campaign]
for _operation in [
    "campaigns_update",
    "campaigns_search",
    "campaigns_delete",
    "campaigns_pause",
    "campaigns_schedule",
    "campaigns_start",
    "campaigns_resume",
    "campaigns_stop",
    "campaigns_draft",
    "searchLists",
    "campaigns_searchContacts",
    "campaigns_appendContacts",
    "campaigns_cancelLists",
    "editCallListTasksPriority",
    "cancelContact",
]:
    KIT_PREPARE[f"{_operation}:request"] = [campaign_81]
KIT_PREPARE.update(
    {
        "updateAgent:request": [agent_campaign_82],
        "bindTags:request": [history_call],
        "bindTopics:request": [history_call],
        "makeTransfer:request": [history_call],
        "searchDncContacts:request": [dnc_contact],
        "deleteDncContact:request": [dnc_contact],
        "callback_update:request": [callback_subscription],
        "callback_search:request": [callback_subscription],
        "callback_delete:request": [callback_subscription],
    }
)


def connected_call(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The documented call (5001) still connected to agent 2: the call the CTI makeCall example places,
    answered by the far end."""
    kit(live, "/demo/makeCall", _form("makeCall"))
    live.advance(5)
    with live.control() as control:
        calls = control.get("/voximplant-kit/accounts/demo/live_calls").json()
    return {Field("call_id", "5001"): str(calls[-1]["id"])}


KIT_PREPARE["makeTransfer:request"] = [connected_call]
