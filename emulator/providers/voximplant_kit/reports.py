"""Asynchronous reports: export queues a snapshot, status says when it is built, download renders it."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]

from ...core.errors import ApiError
from ...core.store import Document, Store

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"

CALL_COLUMNS = [
    "id",
    "datetime_start",
    "phone_a",
    "phone_b",
    "is_incoming",
    "scenario_id",
    "campaign_id",
    "duration",
    "call_cost",
    "completion_code",
]
ATTEMPT_COLUMNS = [
    "id",
    "campaign_id",
    "calllist_item_id",
    "attempt_num",
    "datetime_start",
    "datetime_end",
    "duration",
    "attempt_cost",
    "completion_code",
]
# Header labels of attempt reports in the report languages the emulator knows (others: English).
RUSSIAN = {
    "id": "ID",
    "campaign_id": "ID кампании",
    "calllist_item_id": "ID строки",
    "attempt_num": "Номер попытки",
    "datetime_start": "Начало",
    "datetime_end": "Конец",
    "duration": "Длительность",
    "attempt_cost": "Стоимость",
    "completion_code": "Код завершения",
}


def export(
    store: Store,
    ns: str,
    account: Document,
    kind: str,
    rows: list[Document],
    columns: list[str],
    file_format: str,
    now: datetime,
    labels: dict[str, str] | None = None,
) -> Document:
    report_id = store.next_id(ns, "report", start=7001)
    report: Document = {
        "id": report_id,
        "kind": kind,
        "format": file_format,
        "ready_at": now.timestamp() + float(account["report_delay_seconds"]),
        "header": [(labels or {}).get(c, c) for c in columns],
        "rows": [[row.get(c) for c in columns] for row in rows],
    }
    store.put(ns, "report", str(report_id), report)
    return report


def find(store: Store, ns: str, report_id: Any, kinds: tuple[str, ...] | None = None) -> Document:
    report = store.get(ns, "report", str(report_id))
    if report is None or (kinds is not None and report["kind"] not in kinds):
        raise ApiError(404, f"Report {report_id} not found")
    return report


def processed(report: Document, now: datetime) -> bool:
    return now.timestamp() >= float(report["ready_at"])


def render(report: Document, now: datetime) -> tuple[bytes, str]:
    if not processed(report, now):
        raise ApiError(422, f"Report {report['id']} is not processed yet")
    if report["format"] == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(report["header"])
        writer.writerows([["" if v is None else v for v in row] for row in report["rows"]])
        return text.getvalue().encode("utf-8"), CSV
    data = io.BytesIO()
    workbook = xlsxwriter.Workbook(data, {"in_memory": True})
    sheet = workbook.add_worksheet("Report")
    sheet.write_row(0, 0, report["header"])
    for index, row in enumerate(report["rows"], start=1):
        sheet.write_row(index, 0, ["" if v is None else v for v in row])
    workbook.close()
    return data.getvalue(), XLSX
