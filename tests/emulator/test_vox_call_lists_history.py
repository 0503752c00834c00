"""Call lists and their tasks, conferences and call history, transactions, reports, invoices and the small
reference methods (record storages, role groups, Dialogflow keys, exchange rates)."""

from __future__ import annotations

import json

import httpx

from ..conftest import LiveServer
from .vox import BASE, DEMO, control, error, new_app, ok

CSV = "phone_number;name;__task_uuid\n12125550100;Jane;t-1\n12125550101;John;t-2\n12125550102;Jim;t-3\n"
PERIOD = {"from_date": "2000-01-01 00:00:00", "to_date": "2100-01-01 00:00:00"}


def _rule(emulator: LiveServer, app_id: int, name: str = "dialer") -> int:
    rule_id: int = control(emulator, "POST", "/accounts/1/rules", application_id=app_id, rule_name=name)[
        "rule_id"
    ]
    return rule_id


def test_call_list_lifecycle(emulator: LiveServer) -> None:
    rule = _rule(emulator, new_app(emulator))
    created = ok(
        emulator,
        "CreateCallList",
        rule_id=rule,
        priority=1,
        max_simultaneous=2,
        num_attempts=2,
        name="spring",
        file_content=CSV,
    )
    assert (created["result"], created["count"]) == (True, 3)
    list_id = created["list_id"]
    appended = ok(emulator, "AppendToCallList", list_id=list_id, file_content="phone_number\n12125550103\n")
    assert appended["count"] == 1 and isinstance(appended["batch_id"], int)
    ok(emulator, "CancelCallListBatch", list_name="spring", batch_ids=str(appended["batch_id"]))
    cancelled = ok(emulator, "CancelCallListTask", account_id="1", list_id=str(list_id), tasks_uuids="t-2")
    assert cancelled["task_uuid"] == "t-2" and cancelled["result"] is True
    tasks = json.dumps([{"task_uuid": "t-1", "task_priority": 5}, {"task_id": 999999, "task_priority": 1}])
    results = json.loads(ok(emulator, "EditCallListTasksPriority", list_id=list_id, tasks=tasks)["results"])
    assert [r["result"] for r in results] == [True, False]
    ok(emulator, "EditCallList", list_id=list_id, name="summer", num_attempts=4)
    [listed] = ok(emulator, "GetCallLists", list_id=f"{list_id};424242")["result"]
    assert (listed["list_name"], listed["num_attempts"], listed["status"]) == ("summer", 4, "In progress")
    assert error(emulator, "EditCallList", list_id=424242)["code"] == 251  # the documented code
    # account_id is a method parameter too: with the credentials in the query, another account is refused
    other = httpx.post(
        f"{emulator.url}{BASE}/DeleteCallList/", params=DEMO, data={"account_id": 2, "list_id": list_id}
    )
    assert other.json()["error"]["code"] == 404
    assert ok(emulator, "DeleteCallList", account_id=1, list_id=list_id)["result"] is True
    assert ok(emulator, "GetCallLists")["total_count"] == 0


def test_call_list_needs_a_known_rule_and_valid_csv(emulator: LiveServer) -> None:
    rule = _rule(emulator, new_app(emulator))
    fields = {"priority": 1, "max_simultaneous": 1, "num_attempts": 1, "name": "x"}
    assert error(emulator, "CreateCallList", rule_id=999, file_content=CSV, **fields)["code"] == 404
    assert error(emulator, "CreateCallList", rule_id=rule, file_content="", **fields)["code"] == 101
    multi = error(emulator, "CreateCallList", rule_id=rule, file_content=CSV, delimiter=";;", **fields)
    assert "single characters" in multi["msg"]


def test_conferences_are_call_sessions_in_the_history(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "conf")
    rule = _rule(emulator, app_id, "video")
    first = ok(emulator, "StartConference", rule_id=rule, conference_name="standup", script_custom_data="x=1")
    again = ok(emulator, "StartConference", rule_id=rule, conference_name="standup")
    other = ok(emulator, "StartConference", rule_id=rule, conference_name="retro")
    assert (
        first["call_session_history_id"]
        == again["call_session_history_id"]
        != other["call_session_history_id"]
    )
    assert first["media_session_access_secure_url"].startswith("https://")
    control(emulator, "POST", "/accounts/1/call-sessions", application_id=app_id, remote_number="12125550777")
    history = ok(
        emulator, "GetCallHistory", application_id=app_id, with_calls=True, desc_order=True, **PERIOD
    )
    assert history["total_count"] == 3 and history["timezone"] == "Etc/GMT"
    assert history["result"][0]["calls"][0]["remote_number"] == "12125550777"
    by_number = ok(emulator, "GetCallHistory", remote_number_list='["12125550777"]', **PERIOD)
    assert by_number["total_count"] == 1
    custom = ok(emulator, "GetCallHistory", call_session_history_custom_data="x=1", **PERIOD)
    assert [s["call_session_history_id"] for s in custom["result"]] == [first["call_session_history_id"]]
    assert ok(emulator, "GetCallHistoryAsync", **PERIOD)["history_report_id"] > 0
    assert ok(emulator, "GetBriefCallHistory", output="csv", **PERIOD)["result"] == 1
    wrong_rule = error(
        emulator,
        "StartConference",
        rule_id=rule,
        application_id=new_app(emulator, "other"),
        conference_name="n",
    )
    assert wrong_rule["code"] == 422


def test_invoices_and_reference_methods(emulator: LiveServer) -> None:
    invoice = control(emulator, "POST", "/accounts/1/invoices", total_amount=12.5)
    [listed] = ok(emulator, "GetAccountInvoices")["result"]
    assert listed["invoice_id"] == invoice["invoice_id"] and listed["amount"]["total_amount"] == 12.5
    pdf = httpx.post(
        f"{emulator.url}{BASE}/DownloadInvoice/", data={**DEMO, "invoice_id": invoice["invoice_id"]}
    )
    assert pdf.headers["content-type"] == "application/octet-stream" and pdf.content.startswith(b"%PDF-1.4")
    assert error(emulator, "DownloadInvoice", invoice_id=1)["code"] == 404
    assert (
        ok(emulator, "GetRecordStorages", record_storage_name="eu-storage")["result"]["record_storage_id"]
        == 2
    )
    assert len(ok(emulator, "GetRoleGroups")["result"]) == 4
    rates = ok(emulator, "GetCurrencyRate", currency="EUR;USD")["result"]
    assert rates["USD"] == 1.0 and set(rates) == {"EUR", "USD"}
    key = control(emulator, "POST", "/accounts/1/dialogflow-keys", description="old")["dialogflow_key_id"]
    ok(emulator, "SetDialogflowKey", dialogflow_key_id=key, description="  ")
    assert error(emulator, "SetDialogflowKey", dialogflow_key_id=key + 1, description="x")["code"] == 404
