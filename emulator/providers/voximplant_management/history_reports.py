"""History reports (what the asynchronous history methods made) listed and downloaded, and call records
deleted."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from .base import DATE, DATETIME
from .errors import not_found
from .form import page
from .history import History

KEPT_DAYS = 7  # how long a report stays downloadable (the emulator's own figure)
EARLIEST, LATEST = "1970-01-01 00:00:00", "9999-12-31 23:59:59"


class HistoryReports(History):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index("report", "type")
        self.store.index("call_session", "_record_ids")

    def report_view(self, doc: dict[str, Any]) -> dict[str, Any]:
        size = len(str(doc.get("content", "")).encode())
        created = datetime.strptime(doc["created"], DATETIME)
        view = {
            "history_report_id": doc["history_report_id"],
            "history_type": doc["type"],
            "created": doc["created"],
            "format": "csv",
            "completed": doc["created"],  # the emulator's reports are ready at once
            "file_name": f"{doc['type']}_{doc['history_report_id']}.csv",
            "file_size": size,
            "download_size": size,
            "download_attempts": int(doc.get("download_attempts", 0)),
            "store_until": (created + timedelta(days=KEPT_DAYS)).strftime(DATE),
        }
        if doc.get("last_downloaded"):
            view["last_downloaded"] = doc["last_downloaded"]
        return view

    def get_history_reports(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        ids, types = form.ids("history_report_id"), form.names("history_type")
        dated = form.has("created_from") or form.has("created_to")
        if isinstance(ids, list):
            reports = [r for r in (self.one(account, "report", i) for i in dict.fromkeys(ids)) if r]
        elif isinstance(types, list):
            reports = [
                r for t in dict.fromkeys(types) for r in self.store.find(account.ns, "report", "type", t)
            ]
        elif dated:
            low, high = form.text("created_from", EARLIEST), form.text("created_to", LATEST)
            reports = self.dated(account, "report", low, high, "created")
        elif not form.has("is_completed"):  # one page of every report
            offset, count = form.integer("offset", 0), form.integer("count", 20)
            desc = form.flag("desc_order")
            chunk = self.store.page(account.ns, "report", offset, count, newest_first=desc)
            total = self.store.count(account.ns, "report")
            views = [self.report_view(r) for r in chunk]
            return self.ok(result=views, count=len(views), total_count=total)
        else:
            reports = self.dated(account, "report", EARLIEST, LATEST, "created")
        if dated:
            low, high = form.text("created_from", EARLIEST), form.text("created_to", LATEST)
            reports = [r for r in reports if low <= r["created"] <= high]
        if form.has("is_completed") and not form.flag("is_completed"):
            reports = []  # every report is completed when it is made
        reports.sort(key=lambda r: r["history_report_id"], reverse=form.flag("desc_order"))
        chunk, total = page(reports, form, 20)
        views = [self.report_view(r) for r in chunk]
        return self.ok(result=views, count=len(views), total_count=total)

    def download_history_report(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        report = self.one(account, "report", form.integer("history_report_id"))
        if report is None:
            raise not_found(f"History report {form.integer('history_report_id')}")
        report["download_attempts"] = int(report.get("download_attempts", 0)) + 1
        report["last_downloaded"] = self.now()
        self.save(account, "report", report["history_report_id"], report)
        content = str(report.get("content", "")).encode()
        return Reply(body=content, media_type="application/octet-stream")

    def delete_record(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.has("record_id"):
            record_id = form.integer("record_id")
        else:  # a record's URL ends with its id: .../records/<id>.mp3
            tail = form.text("record_url").rsplit("/", 1)[-1].split(".", 1)[0]
            record_id = int(tail) if tail.isdigit() else -1
        sessions = self.store.find(account.ns, "call_session", "_record_ids", record_id)
        if not sessions:
            raise not_found(f"Record {form.text('record_id') or form.text('record_url')}")
        session = sessions[0]
        session["records"] = [r for r in session.get("records", []) if r["record_id"] != record_id]
        session["_record_ids"] = [r for r in session.get("_record_ids", []) if r != record_id]
        self.save(account, "call_session", session["call_session_history_id"], session)
        return self.ok(result=1)
