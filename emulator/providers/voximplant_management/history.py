"""Call and transaction history, history reports, and conferences (the call sessions history shows)."""

from __future__ import annotations

import csv
import io
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import RULE_VIOLATED, not_found, vox_error
from .form import ALL, Form, listing, matches

SESSION_FIELDS = (
    "call_session_history_id",
    "account_id",
    "application_id",
    "application_name",
    "user_id",
    "rule_name",
    "start_date",
    "duration",
    "initiator_address",
    "media_server_address",
    "log_file_url",
    "audio_quality",
    "custom_data",
    "finish_reason",
)


def csv_text(rows: list[dict[str, Any]]) -> str:
    """Rows as a CSV file (`;`-separated, a header of every column any row has)."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, delimiter=";", lineterminator="\n")
    if columns:
        writer.writeheader()
    writer.writerows(rows)
    return text.getvalue()


class History(Base):
    def _period(self, account: Account, kind: str, form: Form, key: str) -> list[dict[str, Any]]:
        start, end = form.moment("from_date"), form.moment("to_date")
        if end < start:
            raise vox_error(RULE_VIOLATED, "to_date must not be earlier than from_date")
        return self.dated(account, kind, form.text("from_date"), form.text("to_date"), key)

    def new_report(self, account: Account, kind: str, rows: list[dict[str, Any]] | None = None) -> int:
        """A history report, ready at once: its CSV file holds `rows` (dated by when it was made)."""
        report_id = self.new_id("history_report", 1)
        created = self.now()
        doc: dict[str, Any] = {
            "history_report_id": report_id,
            "type": kind,
            "created": created,
            "content": csv_text(rows or []),
        }
        self.save_dated(account, "report", report_id, doc, created)
        return report_id

    def _sessions(self, account: Account, form: Form) -> list[dict[str, Any]]:
        sessions = self._period(account, "call_session", form, "start_date")
        app = self.application(account, form, required=False)
        if app is not None:
            sessions = [s for s in sessions if s["application_id"] == app["application_id"]]
            if form.has("rule_name"):
                sessions = [s for s in sessions if s["rule_name"] == form.text("rule_name")]
        sessions = [
            s for s in sessions if matches(s["call_session_history_id"], form.ids("call_session_history_id"))
        ]
        sessions = [s for s in sessions if matches(s["user_id"], form.ids("user_id"))]
        if form.has("call_session_history_custom_data"):
            sessions = [
                s for s in sessions if s.get("custom_data") == form.text("call_session_history_custom_data")
            ]
        remote = form.json("remote_number_list") if form.has("remote_number_list") else None
        if not remote:
            names = form.names("remote_number")
            remote = None if names is None or names == ALL else names
        if remote:
            sessions = [s for s in sessions if any(c["remote_number"] in remote for c in s.get("calls", []))]
        local = form.names("local_number")
        if local is not None and local != ALL:
            sessions = [s for s in sessions if any(c["local_number"] in local for c in s.get("calls", []))]
        if form.flag("children_calls_only"):
            sessions = []  # the emulator's accounts have no child accounts
        sessions.sort(key=lambda s: s["call_session_history_id"], reverse=form.flag("desc_order"))
        return sessions

    def get_call_history(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        views = []
        for session in self._sessions(account, form):
            view = {k: session[k] for k in SESSION_FIELDS if session.get(k) is not None}
            if form.flag("with_calls"):
                view["calls"] = session.get("calls", [])
            if form.flag("with_records"):
                view["records"] = session.get("records", [])
            if form.flag("with_other_resources"):
                view["other_resource_usage"] = session.get("other_resource_usage", [])
            views.append(view)
        return self.ok(**listing(views, form, 1000), timezone=form.text("timezone", "Etc/GMT"))

    def get_call_history_async(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rows = [{k: v for k, v in s.items() if k in SESSION_FIELDS} for s in self._sessions(account, form)]
        return self.ok(result=1, history_report_id=self.new_report(account, "calls", rows))

    def get_brief_call_history(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rows = [{k: v for k, v in s.items() if k in SESSION_FIELDS} for s in self._sessions(account, form)]
        return self.ok(result=1, history_report_id=self.new_report(account, "brief_calls", rows))

    def _transactions(self, account: Account, form: Form) -> list[dict[str, Any]]:
        items = self._period(account, "transaction", form, "performed_at")
        items = [t for t in items if matches(t["transaction_id"], form.ids("transaction_id"))]
        types = form.names("transaction_type")
        if types is not None and types != ALL:
            items = [t for t in items if t["transaction_type"] in types]
        if (
            form.has("user_id")
            or form.flag("users_transactions_only")
            or form.flag("children_transactions_only")
        ):
            items = []  # every transaction here is the account's own
        items.sort(key=lambda t: t["transaction_id"], reverse=form.flag("desc_order"))
        return items

    def get_transaction_history(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        keys = (
            "transaction_id",
            "account_id",
            "amount",
            "currency",
            "performed_at",
            "transaction_type",
            "transaction_description",
        )
        views = [{k: t[k] for k in keys if k in t} for t in self._transactions(account, form)]
        return self.ok(**listing(views, form, 1000), timezone=form.text("timezone", "Etc/GMT"))

    def get_transaction_history_async(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rows = [
            {k: v for k, v in t.items() if not k.startswith("_")} for t in self._transactions(account, form)
        ]
        return self.ok(result=1, history_report_id=self.new_report(account, "transactions", rows))


class Scenarios(Base):
    def start_conference(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rule = self.one(account, "rule", form.integer("rule_id"))
        if rule is None:
            raise not_found(f"Rule {form.integer('rule_id')}")
        app = self.application(account, form, required=False)
        if app is not None and app["application_id"] != rule["application_id"]:
            raise vox_error(
                RULE_VIOLATED,
                f"Rule {rule['rule_id']} does not belong to application {app['application_id']}",
            )
        app = self.one(account, "application", rule["application_id"])
        if app is None:
            raise not_found(f"Application {rule['application_id']}")
        user = self.named_user(account, form, app)
        user_id = user["user_id"] if user else 0
        name = form.text("conference_name")
        # Later calls with the same conference name join the running session instead of starting one.
        session = self.one(account, "conference", name)
        if session is None:
            endpoint = (call.base_url.split("://", 1)[0], call.headers.get("host", "api.voximplant.com"))
            initiator = call.headers.get("x-forwarded-for", "127.0.0.1")
            custom = form.text("script_custom_data")
            session = self.new_call_session(account, app, rule, user_id, custom, endpoint, initiator)
            session_id = session["call_session_history_id"]
            session["conference_name"] = name
            self.save(account, "conference", name, session)
            self.save_dated(account, "call_session", session_id, session, session["start_date"])
        return self.ok(
            result=1,
            call_session_history_id=session["call_session_history_id"],
            media_session_access_url=session["media_session_access_url"],
            media_session_access_secure_url=session["media_session_access_secure_url"],
        )
