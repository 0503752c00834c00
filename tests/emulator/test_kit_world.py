"""Kit's world on the emulator clock: calls play out by the far-end model, callbacks reach the customer's
server with Kit's hash, campaigns keep to their lines and calling windows, and a restart resumes them."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server
from ..customer_server import CustomerServer
from .kit import BASE, DEMO, advance, api, control, kit_time_from_now, run_scenario

SALT = "pepper-42"
NUMBER = "12025550123"


def _subscribe(client: httpx.Client, url: str, events: str = '["finished_call"]') -> None:
    client.post(
        "/v3/callback/create",
        data={"name": "CRM", "url": url, "salt": SALT, "callbacks": events, "is_enabled": "true"},
    ).raise_for_status()


def _far_end(live: LiveServer, party: str, **rule: Any) -> None:
    with live.control() as client:
        client.put(f"/farend/voximplant-kit/demo/{party}", json=rule).raise_for_status()


def _failures(live: LiveServer) -> list[str]:
    with live.control() as client:
        failures: list[str] = client.get("/timeline").json()["failures"]
    return failures


def _expected_hash(domain: str, event: str) -> str:
    """What the callback/create notes say Kit sends: md5(salt + domainName + callbackName), hex."""
    return hashlib.md5((SALT + domain + event).encode("utf-8")).hexdigest()


def test_a_scenario_call_plays_out_by_itself_and_calls_back_with_kits_hash(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    _far_end(emulator, NUMBER, outcome="answered", answer_after_s=4, talk_s=20)
    with api(emulator) as client:
        _subscribe(client, f"{customer_server.url}/kit-events")
        assert run_scenario(client, NUMBER).json() == {"success": True, "result": True}
        advance(emulator, 23)  # ringing 4 s, talking 20 s: still on the call
        assert customer_server.requests_to("/kit-events") == []
        assert client.get("/v3/history/searchCalls").json()["result"] == []
        advance(emulator, 1)
        (received,) = customer_server.requests_to("/kit-events")
        (record,) = client.get("/v3/history/searchCalls").json()["result"]
        outcomes = control(emulator, "GET", "/accounts/demo/outcomes")
    assert received.method == "POST"
    assert received.headers["content-type"] == "application/json"
    (event,) = received.body["callbacks"]
    assert event["hash"] == _expected_hash("demo", "finished_call")
    assert event["type"] == "finished_call"
    data = event["finished_call"]
    assert (data["id"], data["completion_code"], data["duration"]) == (record["id"], "Call_Answered", 20)
    assert data["phone_b"] == NUMBER and json.loads(data["call_data"]) == {"name": "Alex"}
    assert record["completion_code"] == "Call_Answered" and record["call_cost"] > 0
    # The Kit outcome control reads the far-end rule it is a view of.
    assert outcomes == [{"number": NUMBER, "outcome": "answered", "duration": 20, "answer_after_s": 4.0}]
    events = control(emulator, "GET", "/accounts/demo/callback_events")
    assert [(e["state"], e["body"]) for e in events] == [("delivered", received.body)]
    assert _failures(emulator) == []


def test_a_failed_callback_is_retried_five_minutes_apart(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    answers = iter([(500, None), (503, None), (200, {"ok": True})])
    customer_server.answer_with(lambda request: next(answers))
    set_busy = {"outcome": "busy"}
    control(emulator, "PUT", f"/accounts/demo/outcomes/{NUMBER}", json=set_busy)
    with api(emulator) as client:
        _subscribe(client, f"{customer_server.url}/kit-events")
        run_scenario(client, NUMBER).raise_for_status()
    advance(emulator, 2)  # busy after 2 s of ringing
    assert len(customer_server.received) == 1
    advance(emulator, 299)
    assert len(customer_server.received) == 1
    advance(emulator, 1)
    assert len(customer_server.received) == 2
    advance(emulator, 300)
    (event,) = control(emulator, "GET", "/accounts/demo/callback_events")
    assert len(customer_server.received) == 3 and event["state"] == "delivered" and event["attempts"] == 3
    assert event["body"]["callbacks"][0]["finished_call"]["completion_code"] == "Call_Busy"
    assert {r.body["callbacks"][0]["hash"] for r in customer_server.received} == {
        _expected_hash("demo", "finished_call")
    }


def _world_run(live: LiveServer, server: CustomerServer) -> list[tuple[Any, ...]]:
    """A busy morning: calls with several outcomes and a small campaign; what the customer saw, in order."""
    live.reset()
    server.received.clear()
    control(live, "PUT", "/accounts/demo/outcomes/12025550131", json={"outcome": "busy", "answer_after_s": 3})
    control(live, "PUT", "/accounts/demo/outcomes/12025550132", json={"outcome": "answered", "duration": 7})
    control(live, "PUT", "/accounts/demo/outcomes/12025550133", json={"outcome": "no_answer"})
    control(live, "PUT", "/accounts/demo/outcomes/12025550134", json={"outcome": "amd", "duration": 4})
    with live.control() as client:
        started = client.get("/clock").json()["time"]
    with api(live) as client:
        _subscribe(client, f"{server.url}/kit-events")
        for number in ("12025550131", "12025550132", "12025550133"):
            run_scenario(client, number).raise_for_status()
        campaign = _outbound(client, max_lines=1, max_attempts=2, interval=1)
        _append(client, campaign, ["12025550134", "12025550131", "12025550135"])
        for _ in range(30):
            advance(live, 10)
    seen = []
    for request in server.received:
        data = request.body["callbacks"][0]["finished_call"]
        start = datetime.strptime(data["datetime_start"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        seen.append(
            (
                round(start.timestamp() - int(started)),  # Kit's times are whole seconds
                data["phone_b"],
                data["completion_code"],
                data["duration"],
                data["campaign_id"] is not None,
                data["attempt_num"],
            )
        )
    return seen


def test_the_same_run_twice_on_a_frozen_clock_gives_the_same_events(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    first = _world_run(emulator, customer_server)
    second = _world_run(emulator, customer_server)
    assert first == second
    # (start s, number, code, talk s, from the campaign, attempt), in the order the customer received them:
    # scenario calls end by their far ends; the one-line campaign dials 134, 131, 135 in turn, then
    # retries 134 (AMD) and 131 (busy) a minute after their calls ended.
    assert first == [
        (0, "12025550131", "Call_Busy", 0, False, None),
        (0, "12025550134", "AMD", 4, True, 1),
        (0, "12025550132", "Call_Answered", 7, False, None),
        (6, "12025550131", "Call_Busy", 0, True, 1),
        (9, "12025550135", "Call_Answered", 30, True, 1),
        (0, "12025550133", "No_Answer", 0, False, None),
        (66, "12025550134", "AMD", 4, True, 2),
        (72, "12025550131", "Call_Busy", 0, True, 2),
    ]
    assert _failures(emulator) == []


# --- campaigns ------------------------------------------------------------------------------------


def _outbound(client: httpx.Client, **overrides: Any) -> int:
    form = {
        "title": "Reminders",
        "max_attempts": 1,
        "interval": 10,
        "max_lines": 2,
        "scenario_id": 101,
        "phone_number_id": 11,
        "caller_id": 21,
        "time_start": "00:00:00",
        "time_end": "23:59:59",
        "date_start": "2000-01-01 00:00:00",
        "date_end": "9999-12-31 23:59:59",
        "permanent": "false",
        "description": "",
        **overrides,
    }
    response = client.post("/v3/outbound/initCampaign", data=form)
    assert response.status_code == 200, response.text
    campaign_id: int = response.json()["result"]["id"]
    return campaign_id


def _append(client: httpx.Client, campaign_id: int, phones: list[str]) -> None:
    rows = json.dumps([{"phone": phone, "UTC": "Europe/Berlin"} for phone in phones])
    client.post(
        "/v3/outbound/appendToCampaign", data={"campaign_id": campaign_id, "rows": rows}
    ).raise_for_status()


def _attempts(client: httpx.Client, campaign_id: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = client.get(
        "/v3/attempt/searchAttempts", params={"campaign_id": campaign_id, "per-page": 50}
    ).json()["result"]
    return found


def _most_at_once(attempts: list[dict[str, Any]]) -> int:
    """The most attempts in progress at one moment, from their start and end times (end exclusive)."""
    edges = []
    for attempt in attempts:
        edges += [(attempt["datetime_start"], 1), (attempt["datetime_end"], -1)]
    most = current = 0
    for _, change in sorted(edges, key=lambda edge: (edge[0], edge[1])):
        current += change
        most = max(most, current)
    return most


def _live(live: LiveServer) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = control(live, "GET", "/accounts/demo/live_calls")
    return calls


def test_a_campaign_never_has_more_calls_than_its_lines(emulator: LiveServer) -> None:
    phones = [f"120255502{i:02d}" for i in range(6)]
    with api(emulator) as client:
        campaign = _outbound(client, max_lines=2)
        _append(client, campaign, phones)
        in_progress = []
        for _ in range(30):
            advance(emulator, 4)
            in_progress.append(len(_live(emulator)))
        attempts = _attempts(client, campaign)
        stat = client.post("/v3/outbound/stat", data={"campaign_ids": f"[{campaign}]"}).json()["result"][0]
    assert max(in_progress) == 2 and in_progress[-1] == 0
    assert sorted(a["calllist_item_id"] for a in attempts) == sorted(
        {a["calllist_item_id"] for a in attempts}
    )
    assert len(attempts) == 6 and _most_at_once(attempts) == 2
    # Three waves of two 32-second calls: each wave starts when the one before ends.
    starts = sorted({a["datetime_start"] for a in attempts})
    assert len(starts) == 3
    assert (stat["Status"], stat["CallSuccess"], stat["CallEnded"]) == ("completed", 6, 6)


def _window_around(live: LiveServer, hours_ahead: int) -> tuple[str, str, float]:
    """A one-hour daily window opening `hours_ahead` hours from the emulator's now (UTC), and how many
    seconds until it opens."""
    now = datetime.strptime(kit_time_from_now(live), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    opening = (now + timedelta(hours=hours_ahead)).replace(minute=0, second=0)
    if opening.hour == 23:  # keep start < end within one day
        opening += timedelta(hours=2)
    closing = opening + timedelta(minutes=59)
    return opening.strftime("%H:%M:%S"), closing.strftime("%H:%M:%S"), (opening - now).total_seconds()


def test_pds_contacts_are_called_only_inside_the_working_time(emulator: LiveServer) -> None:
    start, end, wait = _window_around(emulator, 3)
    with api(emulator) as client:
        campaign = client.post(
            "/v3/agentCampaigns/createCampaign",
            data={
                "title": "Renewals",
                "phone_number_id": 11,
                "user_ids": "[1, 2]",
                "working_time": json.dumps([start, end]),
            },
        ).json()["result"]
        rows = json.dumps([{"phone": f"1202555030{i}", "UTC": "Etc/UTC"} for i in range(3)])
        client.post("/v3/agentCampaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows})
        client.post("/v3/agentCampaigns/setCampaignStatus", data={"id": campaign["id"], "status": "ongoing"})
        advance(emulator, wait - 30)
        assert _live(emulator) == [] and client.get("/v3/history/searchCalls").json()["result"] == []
        advance(emulator, 31)
        assert len(_live(emulator)) == 2  # two agents: two lines
        advance(emulator, 120)
        calls = client.get("/v3/history/searchCalls").json()["result"]
        contacts = client.post(
            "/v3/agentCampaigns/searchContacts", data={"campaign_id": campaign["id"]}
        ).json()["result"]
    assert len(calls) == 3 and {c["status"] for c in contacts} == {"success"}
    for record in calls:
        assert start <= record["datetime_start"][11:] <= end
    assert {c["user_id"] for c in calls} == {1, 2}


def test_dialer_contacts_wait_for_the_window_and_the_line_limit(emulator: LiveServer) -> None:
    start, end, wait = _window_around(emulator, 5)
    with api(emulator) as client:
        campaign = client.post(
            "/v3/campaigns/create",
            data={
                "title": "Survey",
                "max_lines": 1,
                "scenario_id": 101,
                "region": "europe",
                "max_attempts": 1,
                "dialing_strategy": json.dumps([{"key": "phone1", "interval_min": [10]}]),
                "phone_numbers": '{"phone_number_ids":[11]}',
                "working_time": json.dumps([start, end]),
            },
        ).json()["result"]
        rows = json.dumps([{"phone1": f"1202555040{i}", "timezone": "Etc/UTC"} for i in range(3)])
        client.post("/v3/campaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows})
        client.post("/v3/campaigns/start", data={"id": campaign["id"]}).raise_for_status()
        advance(emulator, wait - 1)
        assert _live(emulator) == []
        in_progress = []
        for _ in range(30):
            advance(emulator, 5)
            in_progress.append(len(_live(emulator)))
        calls = client.get("/v3/history/searchCalls", params={"campaign_ids": f"[{campaign['id']}]"}).json()
    assert max(in_progress) == 1
    assert len(calls["result"]) == 3
    for record in calls["result"]:
        assert start <= record["datetime_start"][11:] <= end


def test_a_restart_with_a_database_resumes_a_campaign(tmp_path: Path) -> None:
    db = tmp_path / "kit.db"
    phones = [f"120255505{i:02d}" for i in range(6)]
    first = start_server(Settings(db_path=db, rate_limit=False, frozen_clock=True))
    try:
        with httpx.Client(base_url=f"{first.url}{BASE}", params=DEMO) as client:
            campaign = _outbound(client, max_lines=2)
            _append(client, campaign, phones)
            first.advance(40)  # the first two calls ended, the next two are talking
            before = _attempts(client, campaign)
            live_before = len(_live(first))
    finally:
        stop_server(first)
    second = start_server(Settings(db_path=db, rate_limit=False, frozen_clock=True))
    try:
        with httpx.Client(base_url=f"{second.url}{BASE}", params=DEMO) as client:
            assert len(_live(second)) == live_before == 2
            for _ in range(10):
                second.advance(10)
            after = _attempts(client, campaign)
            stat = client.post("/v3/outbound/stat", data={"campaign_ids": f"[{campaign}]"}).json()["result"][
                0
            ]
        failures = _failures(second)
    finally:
        stop_server(second)
    assert len(before) == 2
    assert len(after) == 6 and len({a["calllist_item_id"] for a in after}) == 6
    assert _most_at_once(after) == 2
    assert (stat["Status"], stat["CallSuccess"]) == ("completed", 6)
    assert failures == []


def test_calling_windows_and_time_zones_that_are_not_ones_are_refused(emulator: LiveServer) -> None:
    with api(emulator) as client:
        pds = client.post(
            "/v3/agentCampaigns/createCampaign",
            data={"title": "X", "phone_number_id": 11, "working_time": '["09:00", "99:99"]'},
        )
        dialer = client.post(
            "/v3/campaigns/createAgent",
            data={"title": "X", "phone_numbers": '{"caller_id_ids":[21]}', "timezone": "Mars/Olympus"},
        )
    assert pds.status_code == 400
    assert pds.json()["result"]["error"] == "working_time: '99:99' is not a time of day (HH:mm or HH:mm:ss)"
    assert dialer.status_code == 400
    assert dialer.json()["result"]["error"] == "timezone 'Mars/Olympus' is not a time zone"


def test_a_pds_call_goes_to_an_agent_who_is_not_on_a_call(emulator: LiveServer) -> None:
    _far_end(emulator, NUMBER, outcome="answered", answer_after_s=2, talk_s=10)
    with api(emulator) as client:
        client.post("/demo/makeCall", data={"number": NUMBER, "user_id": 2}).raise_for_status()
        campaign = client.post(
            "/v3/agentCampaigns/createCampaign",
            data={"title": "Renewals", "phone_number_id": 11, "user_ids": "[2, 1]"},
        ).json()["result"]
        rows = json.dumps([{"phone": f"1202555060{i}", "UTC": "Etc/UTC"} for i in range(2)])
        client.post("/v3/agentCampaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows})
        client.post("/v3/agentCampaigns/setCampaignStatus", data={"id": campaign["id"], "status": "ongoing"})
        advance(emulator, 1)
        first = [c["dial"] for c in _live(emulator) if c["dial"]["campaign_id"] == campaign["id"]]
        advance(emulator, 11)  # the softphone call ends at 12 s: agent 2 is free again
        second = [c["dial"] for c in _live(emulator) if c["dial"]["campaign_id"] == campaign["id"]]
        advance(emulator, 60)
        calls = client.get("/v3/history/searchCalls", params={"campaign_ids": f"[{campaign['id']}]"}).json()
    # Agent 2 is on the softphone call: the campaign has one line (agent 1) until that call ends.
    assert [(d["phone_b"], d["user_id"]) for d in first] == [("12025550600", 1)]
    assert sorted((d["phone_b"], d["user_id"]) for d in second) == [("12025550600", 1), ("12025550601", 2)]
    assert {c["user_id"] for c in calls["result"]} == {1, 2} and _live(emulator) == []


def test_campaigns_share_the_accounts_lines(emulator: LiveServer) -> None:
    control(emulator, "PATCH", "/accounts/demo/settings", json={"max_lines_count": 3})
    with api(emulator) as client:
        first, second = _outbound(client, max_lines=2), _outbound(client, max_lines=2)
        _append(client, first, [f"120255507{i:02d}" for i in range(4)])
        _append(client, second, [f"120255508{i:02d}" for i in range(4)])
        in_progress = []
        for _ in range(40):
            advance(emulator, 4)
            in_progress.append(len(_live(emulator)))
        done = [len(_attempts(client, campaign)) for campaign in (first, second)]
        both = _attempts(client, first) + _attempts(client, second)
    assert max(in_progress) == 3 and in_progress[-1] == 0
    assert done == [4, 4] and _most_at_once(both) == 3
    assert _failures(emulator) == []


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        ("first_attempts", ["12025550900", "12025550901", "12025550902", "12025550900"]),
        ("repeated_attempts", ["12025550900", "12025550900", "12025550901", "12025550902"]),
    ],
)
def test_the_dialer_takes_first_or_repeated_attempts_first(
    emulator: LiveServer, strategy: str, expected: list[str]
) -> None:
    control(emulator, "PUT", "/accounts/demo/outcomes/12025550900", json={"outcome": "busy"})
    with api(emulator) as client:
        campaign = client.post(
            "/v3/campaigns/create",
            data={
                "title": "Survey",
                "max_lines": 1,
                "scenario_id": 101,
                "region": "europe",
                "max_attempts": 2,
                "task_priority_strategy": strategy,
                "dialing_strategy": json.dumps([{"key": "phone1", "interval_min": [0]}]),
                "phone_numbers": '{"phone_number_ids":[11]}',
            },
        ).json()["result"]
        rows = json.dumps([{"phone1": f"1202555090{i}"} for i in range(3)])
        client.post("/v3/campaigns/appendContacts", data={"campaign_id": campaign["id"], "rows": rows})
        client.post("/v3/campaigns/start", data={"id": campaign["id"]}).raise_for_status()
        for _ in range(10):
            advance(emulator, 10)
        calls = client.get("/v3/history/searchCalls", params={"campaign_ids": f"[{campaign['id']}]"}).json()
    dialled = sorted(calls["result"], key=lambda c: (c["datetime_start"], c["id"]))
    assert [c["phone_b"] for c in dialled] == expected


def test_generic_far_end_rules_read_as_kit_outcomes(emulator: LiveServer) -> None:
    _far_end(emulator, NUMBER, outcome="failed", answer_after_s=1, details={"sip_code": 480})
    _far_end(emulator, "default", outcome="rejected", answer_after_s=3)
    with api(emulator) as client:
        run_scenario(client, NUMBER).raise_for_status()
        run_scenario(client, "12025550777").raise_for_status()  # no rule of its own: the default
        advance(emulator, 4)
        codes = {
            c["phone_b"]: c["completion_code"] for c in client.get("/v3/history/searchCalls").json()["result"]
        }
    views = {v["number"]: v for v in control(emulator, "GET", "/accounts/demo/outcomes")}
    assert codes == {NUMBER: "Temporary_Unavailable", "12025550777": "Call_Was_Rejected"}
    assert views[NUMBER]["outcome"] == "unavailable"  # Kit's name for CallFailed 480
    assert views["default"]["outcome"] == "rejected" and "sip_code" not in views["default"]
    control(emulator, "DELETE", f"/accounts/demo/outcomes/{NUMBER}")
    with emulator.control() as client:
        remaining = [rule["party"] for rule in client.get("/farend/voximplant-kit/demo").json()]
    assert remaining == ["default"]
