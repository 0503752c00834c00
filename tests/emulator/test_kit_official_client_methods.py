"""Every method of Kit's official PHP API client, sent to the emulator as that client sends it (its verb,
its query and form placement, its credentials), each answer read as the client reads it: the keys of its
models (tests/data/voximplant_kit_official_client.yaml)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import yaml

from ..conftest import LiveServer
from .kit import BASE, CALLER, DEMO, advance, finish_calls
from .test_kit_campaigns import INIT

TABLE: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "data" / "voximplant_kit_official_client.yaml").read_text()
)
# The messaging client's methods (login, refreshToken, sendEvent) are the subject of test_kit_messaging.py.
MESSAGING = {"login", "refreshToken", "sendEvent"}
API_CLIENT_METHODS = {name: m for name, m in TABLE["methods"].items() if name not in MESSAGING}
PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "string": (str,),
}


def _spelling(key: str) -> str:
    return key.replace("_", "").lower()


def read_as_the_client(expected: Any, value: Any, where: str, problems: list[str]) -> None:
    """What the client would lose or misread: keys it wants under another spelling, values of another type."""
    if value is None:
        return  # the client reads null as an unset value
    if isinstance(expected, list):
        if not isinstance(value, list):
            problems.append(f"{where}: the client reads an array, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            read_as_the_client(expected[0], item, f"{where}[{i}]", problems)
    elif expected in PYTHON_TYPES:
        wanted = PYTHON_TYPES[expected]
        if not isinstance(value, wanted) or (bool not in wanted and isinstance(value, bool)):
            problems.append(f"{where}: the client reads {expected}, got {value!r}")
    elif not isinstance(value, dict):
        problems.append(f"{where}: the client reads the object {expected}, got {type(value).__name__}")
    else:
        fields: dict[str, Any] = TABLE["models"][expected] or {}
        by_spelling = {_spelling(k): k for k in value}
        for key, field_type in fields.items():
            if key in value:
                read_as_the_client(field_type, value[key], f"{where}.{key}", problems)
            elif _spelling(key) in by_spelling:
                problems.append(
                    f"{where}: the client reads {key}, the answer has {by_spelling[_spelling(key)]}"
                )


class OfficialClient:
    """Sends a method as the official client does: credentials in the query, the rest where it puts them."""

    def __init__(self, live: LiveServer) -> None:
        self.http = httpx.Client(base_url=f"{live.url}{BASE}", timeout=10)
        self.answers: dict[str, httpx.Response] = {}

    def call(self, name: str, **arguments: Any) -> httpx.Response:
        method = TABLE["methods"][name]
        query = {k: v for k, v in arguments.items() if k in (method.get("query") or {})}
        form = {k: v for k, v in arguments.items() if k in (method.get("form") or {})}
        assert set(query) | set(form) == set(arguments), (
            f"{name} takes no {set(arguments) - set(query) - set(form)}"
        )
        if method["credentials"] == "query":
            query = {**DEMO, **query}
        response = self.http.request(method["verb"], method["path"], params=query, data=form or None)
        self.answers[name] = response
        return response

    def result(self, name: str, **arguments: Any) -> Any:
        response = self.call(name, **arguments)
        assert response.status_code == 200, (name, response.text)
        return response.json()["result"]


def _php(flag: bool) -> str:
    return "1" if flag else ""  # how the client's query builder writes a boolean argument


def _run_every_method(live: LiveServer, client: OfficialClient) -> None:
    campaign = client.result("initCampaign", **{**INIT, "permanent": _php(False), "max_lines": 2})
    rows = [
        {"phone": "12025550102", "UTC": "America/New_York", "name": "Alex"},
        {"phone": "1", "UTC": "Mars/X"},
    ]
    client.result("appendToCampaign", campaign_id=campaign["id"], rows=json.dumps(rows))
    client.result("pauseCampaign", id=campaign["id"])
    client.result("resumeCampaign", id=campaign["id"])
    variables = json.dumps({"name": "Alex"})
    client.result("runScenario", scenario_id=101, phone="12025550123", variables=variables, caller_id=CALLER)
    finish_calls(live)
    window = {"from": "2000-01-01 00:00:00", "to": "9999-12-31 23:59:59"}
    stat_report = client.result(
        "exportStatReport", campaign_id=campaign["id"], format="xlsx", locale="en", **window
    )
    history_report = client.result("exportHistoryReport", call_direction="all", **window)
    calls_report = client.result("exportCallsHistoryReport", format="xlsx", call_direction="all")
    advance(live, 5)
    client.result("getStatReportStatus", report_id=stat_report["report_id"])
    client.result("getHistoryReportStatus", report_id=history_report["report_id"])
    client.result("getReportStatus", report_id=calls_report["report_id"])
    for download, report in [
        ("downloadStatReport", stat_report),
        ("downloadHistoryReport", history_report),
        ("downloadReport", calls_report),
    ]:
        assert client.call(download, report_id=report["report_id"]).status_code == 200, download
    client.result("getAccountInfo")
    client.result("searchSettings", key="account_id")
    client.result("calls_searchCalls")
    client.result("history_searchCalls", call_direction="all")
    client.result("stat", campaign_ids=json.dumps([campaign["id"]]))
    client.result("searchCampaigns", page=1, **{"per-page": 5})
    client.result("searchAttempts", campaign_id=campaign["id"])
    client.result("searchScenarios", with_campaigns=1, with_phones=1)
    client.result("getScenarioVariables", scenario_id=101, required_only=_php(False))
    client.result("searchNumbers", with_campaigns=1, with_scenarios=1)
    client.result("searchCallerIDs", active=1)
    client.result("getListTimezones")
    client.result("getTimezonesByNumber", phone_number=12025550123)
    client.result("deleteCampaign", id=31)  # the demo account's draft: only drafts can be deleted


def test_every_official_client_method_answers_as_the_client_reads_it(emulator: LiveServer) -> None:
    client = OfficialClient(emulator)
    with client.http:
        _run_every_method(emulator, client)
    assert set(client.answers) == set(API_CLIENT_METHODS) and len(API_CLIENT_METHODS) == 28  # none skipped
    problems: list[str] = []
    for name, response in client.answers.items():
        answer = TABLE["methods"][name]["answer"]
        if answer == "file":
            assert not response.headers["content-type"].startswith("application/json"), name
            continue
        read_as_the_client(answer, response.json(), name, problems)
    assert problems == []
