"""Reports: export queues a snapshot, status says when it is built, download gives the file."""

from __future__ import annotations

import csv
import io
import zipfile

from ..conftest import LiveServer
from .kit import advance, api, finish_calls, run_scenario


def test_calls_history_report_is_built_then_downloaded_as_csv(emulator: LiveServer) -> None:
    with api(emulator) as client:
        run_scenario(client, "12025550123").raise_for_status()
        finish_calls(emulator)
        queued = client.post(
            "/v3/history/exportCallsHistoryReport", data={"format": "csv", "call_direction": "outgoing"}
        )
        report_id = queued.json()["result"]["report_id"]
        pending = client.post("/v3/report/getReportStatus", data={"report_id": report_id}).json()
        early = client.post("/v3/report/downloadReport", data={"report_id": report_id})
        run_scenario(client, "12025550124").raise_for_status()  # after the export: not in the snapshot
        finish_calls(emulator)
        done = client.post("/v3/report/getReportStatus", data={"report_id": report_id}).json()
        download = client.post("/v3/report/downloadReport", data={"report_id": report_id})
    assert pending == {"success": True, "result": {"report_id": report_id, "processed": False}}
    assert early.status_code == 422
    assert early.json()["result"] == {"error": f"Report {report_id} is not processed yet", "code": 422}
    assert done["result"]["processed"] is True
    assert download.headers["content-type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert [(r["phone_b"], r["completion_code"]) for r in rows] == [("12025550123", "Call_Answered")]


def test_history_report_downloads_as_xlsx_and_only_through_its_own_methods(emulator: LiveServer) -> None:
    with api(emulator) as client:
        report_id = client.post(
            "/v3/calls/exportHistoryReport", params={"from": "2000-01-01 00:00:00"}
        ).json()["result"]["report_id"]
        advance(emulator, 5)
        status = client.post("/v3/calls/getHistoryReportStatus", params={"report_id": report_id}).json()[
            "result"
        ]
        download = client.post("/v3/calls/downloadHistoryReport", params={"report_id": report_id})
        wrong_kind = client.post("/v3/attempt/getStatReportStatus", params={"report_id": report_id})
        unknown = client.post("/v3/report/getReportStatus", data={"report_id": 424242})
    assert status == {"report_id": report_id, "processed": True}
    assert (
        download.headers["content-type"]
        == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    with zipfile.ZipFile(io.BytesIO(download.content)) as workbook:
        assert "xl/worksheets/sheet1.xml" in workbook.namelist()
        assert b"completion_code" in workbook.read("xl/sharedStrings.xml")
    assert wrong_kind.status_code == 404 and unknown.status_code == 404


def test_attempts_report_speaks_the_requested_language(emulator: LiveServer) -> None:
    with api(emulator) as client:
        query = {"campaign_id": 31, "locale": "ru", "format": "csv"}
        report_id = client.post("/v3/attempt/exportStatReport", params=query).json()["result"]["report_id"]
        advance(emulator, 2)
        download = client.get("/v3/attempt/downloadStatReport", params={"report_id": report_id})
        no_locale = client.post("/v3/attempt/exportStatReport", params={"campaign_id": 31})
    assert download.text.splitlines()[0].startswith("ID,ID кампании")
    assert no_locale.status_code == 400 and no_locale.json()["result"]["error"] == "locale is required"
