"""Call lists: CSV campaigns processed by a rule; their tasks, batches and priorities."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import orjson

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import CALL_LIST_NOT_FOUND, RULE_VIOLATED, invalid, not_found, vox_error
from .form import Form, listing, matches

SERVICE_COLUMNS = ("__start_execution_time", "__end_execution_time", "__start_at", "__task_uuid")


class CallLists(Base):
    def rule_by_id(self, account: Account, rule_id: int) -> dict[str, Any]:
        rule = self.one(account, "rule", rule_id)
        if rule is None:
            raise not_found(f"Rule {rule_id}")
        return rule

    def call_list(self, account: Account, form: Form, id_field: str = "list_id") -> dict[str, Any]:
        if form.has(id_field):
            text = form.text(id_field)
            found = self.one(account, "call_list", text) if text.isdigit() else None
        else:
            name = form.text("list_name")
            found = next((c for c in self.all_of(account, "call_list") if c["list_name"] == name), None)
        if found is None:
            raise vox_error(CALL_LIST_NOT_FOUND, "The call list does not exist")
        return found

    def _rows(self, form: Form) -> list[dict[str, str]]:
        delimiter = form.text("delimiter", ";") or ";"
        escape = form.text("escape") or None
        if len(delimiter) != 1 or (escape is not None and len(escape) != 1):
            raise invalid("delimiter and escape must be single characters")
        text = form.text("file_content")
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter, escapechar=escape)
        try:
            rows = [dict(row) for row in reader]
        except csv.Error as error:
            raise invalid(f"file_content is not valid CSV: {error}") from None
        if not reader.fieldnames:
            raise invalid("file_content has no header row")
        return rows

    def _store_tasks(self, account: Account, call_list: dict[str, Any], rows: list[dict[str, str]]) -> str:
        batch_id = str(self.new_id("call_list_batch", 1001))
        for row in rows:
            task_id = self.new_id("call_list_task", 1)
            self.save(
                account,
                "call_list_task",
                task_id,
                {
                    "task_id": task_id,
                    "list_id": call_list["list_id"],
                    "batch_id": batch_id,
                    "task_uuid": row.get("__task_uuid") or str(uuid.uuid4()),
                    "priority": 0,
                    "status": "New",
                    "data": {k: v for k, v in row.items() if k is not None},
                },
            )
        return batch_id

    def _tasks(self, account: Account, call_list: dict[str, Any]) -> list[dict[str, Any]]:
        return [t for t in self.all_of(account, "call_list_task") if t["list_id"] == call_list["list_id"]]

    def create_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rule = self.rule_by_id(account, form.integer("rule_id"))
        rows = self._rows(form)
        funded = float(self.account_doc(account)["balance"]) >= 1.0  # below 1 USD the list does not start
        call_list = {
            "list_id": self.new_id("call_list", 1),
            "list_name": form.text("name"),
            "rule_id": rule["rule_id"],
            "priority": form.integer("priority"),
            "max_simultaneous": form.integer("max_simultaneous"),
            "num_attempts": form.integer("num_attempts"),
            "interval_seconds": form.integer("interval_seconds", 0),
            "task_priority_strategy": form.text("task_priority_strategy", "first_attempts"),
            "status": "In progress" if funded else "Canceled",
            "dt_submit": self.now(),
            "application_id": rule["application_id"],
        }
        if not funded:
            call_list["dt_complete"] = self.now()
        self.save(account, "call_list", call_list["list_id"], call_list)
        batch_id = self._store_tasks(account, call_list, rows)
        return self.ok(result=True, count=len(rows), list_id=call_list["list_id"], batch_id=batch_id)

    def append_to_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        rows = self._rows(form)
        batch_id = self._store_tasks(account, call_list, rows)
        return self.ok(result=True, count=len(rows), list_id=call_list["list_id"], batch_id=int(batch_id))

    def cancel_call_list_batch(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        batches = set(form.text("batch_ids").split(";"))
        for task in self._tasks(account, call_list):
            if task["batch_id"] in batches and task["status"] == "New":
                task["status"] = "Canceled"
                self.save(account, "call_list_task", task["task_id"], task)
        return self.ok(result=True)

    def cancel_call_list_task(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.text("account_id") != str(account.account_id):
            raise not_found(f"Account {form.text('account_id')}")
        call_list = self.call_list(account, form)
        tasks = self._tasks(account, call_list)
        if form.has("tasks_ids"):
            wanted = [int(t) for t in form.text("tasks_ids").split(";")]
            picked = [t for t in tasks if t["task_id"] in wanted]
        else:
            uuids = form.text("tasks_uuids").split(";")
            picked = [t for t in tasks if t["task_uuid"] in uuids]
        if len(picked) > 1000:
            raise vox_error(RULE_VIOLATED, "At most 1000 tasks can be cancelled at once")
        if not picked:
            raise not_found("Call list task")
        for task in picked:
            task["status"] = "Canceled"
            self.save(account, "call_list_task", task["task_id"], task)
        first = picked[0]
        return self.ok(result=True, error_msg="", task_id=first["task_id"], task_uuid=first["task_uuid"])

    def delete_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.integer("account_id") != account.account_id:
            raise not_found(f"Account {form.integer('account_id')}")
        call_list = self.call_list(account, form)
        for task in self._tasks(account, call_list):
            self.drop(account, "call_list_task", task["task_id"])
        self.drop(account, "call_list", call_list["list_id"])
        return self.ok(result=True, msg=f"Call list {call_list['list_id']} is deleted")

    def edit_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        for field, key in (
            ("name", "list_name"),
            ("priority", "priority"),
            ("max_simultaneous", "max_simultaneous"),
            ("num_attempts", "num_attempts"),
            ("interval_seconds", "interval_seconds"),
            ("task_priority_strategy", "task_priority_strategy"),
            ("start_at", "start_at"),
            ("server_location", "server_location"),
            ("ip_address", "ip_address"),
        ):
            if form.has(field):
                call_list[key] = form.get(field)
        self.save(account, "call_list", call_list["list_id"], call_list)
        return self.ok(result=True)

    def edit_call_list_tasks_priority(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        tasks = self._tasks(account, call_list)
        by_id = {t["task_id"]: t for t in tasks}
        by_uuid = {t["task_uuid"]: t for t in tasks}
        results = []
        for entry in form.json("tasks"):
            task = (
                by_id.get(entry["task_id"]) if "task_id" in entry else by_uuid.get(entry.get("task_uuid", ""))
            )
            outcome = {k: entry[k] for k in ("task_id", "task_uuid") if k in entry}
            if task is None:
                outcome.update(result=False, error_msg="The task does not exist")
            else:
                task["priority"] = entry["task_priority"]
                self.save(account, "call_list_task", task["task_id"], task)
                outcome["result"] = True
            results.append(outcome)
        return self.ok(results=orjson.dumps(results).decode())

    def get_call_lists(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        lists = self.all_of(account, "call_list")
        lists = [c for c in lists if matches(c["list_id"], form.ids("list_id"))]
        lists = [c for c in lists if matches(c.get("application_id"), form.ids("application_id"))]
        if form.has("name"):
            lists = [c for c in lists if form.text("name") in c["list_name"]]
        if form.has("is_active"):
            lists = [c for c in lists if (c["status"] == "In progress") == form.flag("is_active")]
        if form.has("from_date"):
            lists = [c for c in lists if c["dt_submit"] >= form.text("from_date")]
        if form.has("to_date"):
            lists = [c for c in lists if c["dt_submit"] <= form.text("to_date")]
        if form.has("type_list"):
            lists = [
                c for c in lists if form.text("type_list") == "AUTOMATIC"
            ]  # every list here is automatic
        keys = (
            "list_id",
            "list_name",
            "rule_id",
            "priority",
            "max_simultaneous",
            "num_attempts",
            "interval_seconds",
            "task_priority_strategy",
            "status",
            "dt_submit",
            "dt_complete",
        )
        return self.ok(**listing([{k: c[k] for k in keys if k in c} for c in lists], form))
