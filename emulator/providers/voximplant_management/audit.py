"""The audit log: every change an account's API calls make (methods that only read are not logged),
listed by GetAuditLog or as a history report by GetAuditLogAsync."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Handler, Reply
from .base import Account
from .errors import RULE_VIOLATED, vox_error
from .form import ALL, Form, listing, matches
from .history_reports import EARLIEST, LATEST, HistoryReports

READ_ONLY = ("Get", "SQ_Get", "A2PGet", "Download", "Is", "Check")
AUDIT_FIELDS = ("audit_log_id", "account_id", "admin_user_id", "requested", "ip", "cmd", "affected_objects")


class AuditLog(HistoryReports):
    def handler_for(self, operation_id: str) -> Handler | None:
        handler = super().handler_for(operation_id)
        if handler is None or operation_id.startswith(READ_ONLY):
            return handler
        changing: Handler = handler

        def audited(call: ApiCall) -> Reply:
            reply = changing(call)
            if isinstance(reply.body, dict) and "error" not in reply.body:
                self.record_change(call, reply.body)
            return reply

        return audited

    def record_change(self, call: ApiCall, result: dict[str, Any]) -> None:
        account = self.account(call)
        affected = [f"{k}={v}" for k, v in result.items() if k.endswith("_id") and isinstance(v, int)]
        if isinstance(call.body, dict):
            affected += [f"{k}={v}" for k, v in call.body.items() if k.endswith("_id") and k != "account_id"]
        entry_id = self.new_id("audit", 1)
        requested = self.now()
        entry: dict[str, Any] = {
            "audit_log_id": entry_id,
            "account_id": account.account_id,
            "admin_user_id": 0,  # the account itself (its API key or service account)
            "requested": requested,
            "ip": call.headers.get("x-forwarded-for", "127.0.0.1").split(",")[0].strip(),
            "cmd": call.operation.operation_id,
            "affected_objects": ";".join(dict.fromkeys(affected)),
        }
        self.save_dated(account, "audit", entry_id, entry, requested)

    def _audit_entries(self, account: Account, form: Form) -> list[dict[str, Any]]:
        low, high = form.text("from_date", EARLIEST), form.text("to_date", LATEST)
        if form.has("from_date") and form.has("to_date") and high < low:
            raise vox_error(RULE_VIOLATED, "to_date must not be earlier than from_date")
        entries = self.dated(account, "audit", low, high, "requested")
        entries = [e for e in entries if matches(e["audit_log_id"], form.ids("audit_log_id"))]
        entries = [e for e in entries if matches(e["admin_user_id"], form.ids("filtered_admin_user_id"))]
        for field, key in (("filtered_ip", "ip"), ("filtered_cmd", "cmd")):
            wanted = form.names(field)
            if wanted is not None and wanted != ALL:
                entries = [e for e in entries if e[key] in wanted]
        if form.has("advanced_filters"):
            needle = form.text("advanced_filters")
            entries = [e for e in entries if needle in e["affected_objects"]]
        entries.sort(key=lambda e: e["audit_log_id"], reverse=form.flag("desc_order"))
        return entries

    def get_audit_log(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.flag("is_async"):
            return self.get_audit_log_async(call)
        views = [{k: e[k] for k in AUDIT_FIELDS} for e in self._audit_entries(account, form)]
        return self.ok(**listing(views, form, 1000), timezone="Etc/GMT")

    def get_audit_log_async(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rows = [{k: e[k] for k in AUDIT_FIELDS} for e in self._audit_entries(account, form)]
        return self.ok(result=1, history_report_id=self.new_report(account, "audit", rows))
