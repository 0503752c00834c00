"""The official Python client through the call list extras, history reports, records and the audit log."""

from __future__ import annotations

from datetime import datetime

from voximplant.apiclient import VoximplantAPI

from ..conftest import LiveServer
from .test_voximplant_official_client import official  # noqa: F401 - the fixture

CSV = "phone_number;name\n12125550101;Ann\n12125550102;Ben\n"
FROM, TO = datetime(2000, 1, 1), datetime(2100, 1, 1)


def test_call_list_extras_with_the_official_client(
    official: tuple[VoximplantAPI, int],  # noqa: F811
    tls_server: LiveServer,
) -> None:
    api, _ = official
    app_id = api.add_application("lists")["application_id"]
    rule_id = api.add_rule("out", ".*", application_id=app_id)["rule_id"]
    list_id = api.create_call_list(rule_id, 1, 1, 2, "spring", CSV)["list_id"]
    assert api.stop_call_list_processing(list_id)["result"] is True
    details = api.get_call_list_details(list_id, output="json")["result"]
    waiting = next(d for d in details if d["status"] == "New")
    edited = api.edit_call_list_task(list_id, task_id=waiting["task_id"], attempts_left=1)
    assert edited["result"] is True
    recovered = api.recover_call_list(list_id)
    assert recovered["result"] is True and recovered["count_recovery"] >= 1
    as_csv = api.get_call_list_details(list_id)  # CSV by default: the client hands back the file
    assert as_csv["file_content"].startswith("list_id;task_id")
    assert api.delete_call_list(list_id=list_id)["result"] is True


def test_reports_records_and_audit_with_the_official_client(
    official: tuple[VoximplantAPI, int],  # noqa: F811
    tls_server: LiveServer,
) -> None:
    api, account_id = official
    app_id = api.add_application("audited")["application_id"]
    with tls_server.control() as control:
        session = control.post(
            f"/voximplant-management/accounts/{account_id}/call-sessions",
            json={"application_id": app_id, "record": True},
        ).json()
    [record] = session["records"]
    assert api.delete_record(record_id=record["record_id"])["result"] == 1

    log = api.get_audit_log(from_date=FROM, to_date=TO)
    assert [e["cmd"] for e in log["result"]] == ["AddApplication", "DeleteRecord"]
    assert isinstance(log["result"][0]["requested"], datetime)  # the client parsed the documented format
    report_id = api.get_audit_log_async(from_date=FROM, to_date=TO)["history_report_id"]
    [report] = api.get_history_reports(history_report_id=report_id)["result"]
    assert report["history_type"] == "audit" and isinstance(report["created"], datetime)
    downloaded = api.download_history_report(report_id)
    assert downloaded["file_content"].splitlines()[0].startswith("audit_log_id;")
