"""History reports listed and downloaded, call records deleted, and the audit log of the account's changes."""

from __future__ import annotations

import csv
import io

import httpx

from ..conftest import LiveServer
from .vox import BASE, DEMO, control, error, new_app, ok

PERIOD = {"from_date": "2000-01-01 00:00:00", "to_date": "2100-01-01 00:00:00"}


def _download(emulator: LiveServer, report_id: int) -> list[dict[str, str]]:
    response = httpx.post(
        f"{emulator.url}{BASE}/DownloadHistoryReport/", data={**DEMO, "history_report_id": report_id}
    )
    assert response.headers["content-type"] == "application/octet-stream"
    return list(csv.DictReader(io.StringIO(response.text), delimiter=";"))


def test_history_reports_hold_what_their_method_found(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "reports")
    for number in ("12125550101", "12125550102"):
        control(emulator, "POST", "/accounts/1/call-sessions", application_id=app_id, remote_number=number)
    calls = ok(emulator, "GetCallHistoryAsync", **PERIOD)["history_report_id"]
    money = ok(emulator, "GetTransactionHistoryAsync", **PERIOD)["history_report_id"]
    listed = ok(emulator, "GetHistoryReports", history_type="calls")
    assert [r["history_report_id"] for r in listed["result"]] == [calls]
    rows = _download(emulator, calls)
    assert len(rows) == 2 and {r["application_id"] for r in rows} == {str(app_id)}
    [report] = ok(emulator, "GetHistoryReports", history_report_id=calls)["result"]
    assert report["download_attempts"] == 1 and report["file_size"] > 0 and "last_downloaded" in report
    everything = ok(emulator, "GetHistoryReports", desc_order="true")
    assert [r["history_report_id"] for r in everything["result"]][:2] == [money, calls]
    dated = ok(
        emulator, "GetHistoryReports", created_from="2000-01-01 00:00:00", created_to="2000-01-02 00:00:00"
    )
    assert dated["total_count"] == 0
    assert error(emulator, "DownloadHistoryReport", history_report_id=424242)["code"] == 404


def test_a_deleted_record_leaves_the_history(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "records")
    session = control(emulator, "POST", "/accounts/1/call-sessions", application_id=app_id, record=True)
    [record] = session["records"]
    history = ok(emulator, "GetCallHistory", with_records="true", **PERIOD)["result"]
    assert [r["record_id"] for r in history[0]["records"]] == [record["record_id"]]
    assert ok(emulator, "DeleteRecord", record_url=record["record_url"]) == {"result": 1}
    assert ok(emulator, "GetCallHistory", with_records="true", **PERIOD)["result"][0]["records"] == []
    assert error(emulator, "DeleteRecord", record_id=record["record_id"])["code"] == 404


def test_the_audit_log_lists_changes_not_reads(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "audited")
    ok(emulator, "SetApplicationInfo", application_id=app_id, secure_record_storage="true")
    ok(emulator, "GetApplications")
    error(emulator, "AddApplication", application_name="audited")  # refused: nothing changed
    log = ok(emulator, "GetAuditLog", **PERIOD)
    assert [e["cmd"] for e in log["result"]] == ["AddApplication", "SetApplicationInfo"]
    assert log["result"][0]["affected_objects"] == f"application_id={app_id}"
    only = ok(emulator, "GetAuditLog", filtered_cmd="SetApplicationInfo", desc_order="true")["result"]
    assert [e["cmd"] for e in only] == ["SetApplicationInfo"]
    report = ok(emulator, "GetAuditLogAsync", **PERIOD)["history_report_id"]
    assert [r["cmd"] for r in _download(emulator, report)] == ["AddApplication", "SetApplicationInfo"]
    [listed] = ok(emulator, "GetHistoryReports", history_type="audit")["result"]
    assert listed["history_report_id"] == report
