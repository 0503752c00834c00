"""Call lists: CSV campaigns processed by a rule; their tasks, batches and priorities (dialled by
`dialler.Dialler` on the emulator clock)."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from typing import Any

import orjson

from ...core.provider import ApiCall, Reply
from .base import DATETIME, Account
from .dialler import OPEN, TASK, Dialler, phone_of
from .errors import CALL_LIST_NOT_FOUND, RULE_VIOLATED, invalid, not_found, vox_error
from .form import Form, listing, matches

LIST_FIELDS = (
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
SERVICE_COLUMNS = ("__start_execution_time", "__end_execution_time", "__start_at", "__task_uuid")


class CallLists(Dialler):
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
            named = self.store.find(account.ns, "call_list", "list_name", form.text("list_name"))
            found = named[0] if named else None
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
        """The rows become New tasks, each waiting for its moment or ready to be dialled."""
        batch_id = str(self.new_id("call_list_batch", 1001))
        tasks = []
        for row in rows:
            data = {k: v for k, v in row.items() if k is not None}
            start_at = str(data.get("__start_at") or "").strip()
            if start_at and not start_at.isdigit():
                raise invalid(f"__start_at must be a UNIX timestamp, got {start_at!r}")
            task_id = self.new_id("call_list_task", 1)
            task = {
                "task_id": task_id,
                "list_id": call_list["list_id"],
                "batch_id": batch_id,
                "task_uuid": row.get("__task_uuid") or str(uuid.uuid4()),
                "priority": 0,
                "status": "New",
                "phone": phone_of(data),
                "start_at": int(start_at) if start_at else None,
                "attempts_made": 0,
                "attempts_left": int(call_list["num_attempts"]),
                "attempts": [],
                "data": data,
            }
            tasks.append(self.save(account, TASK, task_id, task))
        call_list["open_tasks"] = int(call_list.get("open_tasks", 0)) + len(tasks)
        if tasks and call_list["status"] == "Completed":  # new tasks reopen a finished list
            call_list["status"] = "In progress"
            call_list.pop("dt_complete", None)
        self.save(account, "call_list", call_list["list_id"], call_list)
        for task in tasks:
            self.schedule_task(account, call_list, task)
        self.dispatch(account, call_list)
        return batch_id

    def _tasks(self, account: Account, call_list: dict[str, Any]) -> list[dict[str, Any]]:
        return self.store.find(account.ns, TASK, "list_id", call_list["list_id"])

    def _cancel(self, account: Account, call_list: dict[str, Any], tasks: list[dict[str, Any]]) -> None:
        """Open tasks stop waiting; a call already on ends by itself, and the task stays cancelled."""
        for task in tasks:
            if task["status"] in OPEN:
                self.unschedule_task(account, task)
                self.close_task(account, call_list, task, "Canceled")

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
        call_list["open_tasks"] = 0
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
        for batch_id in dict.fromkeys(form.text("batch_ids").split(";")):
            batch = self.store.find(account.ns, TASK, "batch_id", batch_id)
            self._cancel(account, call_list, [t for t in batch if t["list_id"] == call_list["list_id"]])
        return self.ok(result=True)

    def cancel_call_list_task(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if form.text("account_id") != str(account.account_id):
            raise not_found(f"Account {form.text('account_id')}")
        call_list = self.call_list(account, form)
        picked = self._named_tasks(account, call_list, form)
        if len(picked) > 1000:
            raise vox_error(RULE_VIOLATED, "At most 1000 tasks can be cancelled at once")
        if not picked:
            raise not_found("Call list task")
        self._cancel(account, call_list, picked)
        first = picked[0]
        return self.ok(result=True, error_msg="", task_id=first["task_id"], task_uuid=first["task_uuid"])

    def _named_tasks(self, account: Account, call_list: dict[str, Any], form: Form) -> list[dict[str, Any]]:
        """The list's tasks `tasks_ids` or `tasks_uuids` name, each looked up by its key or index."""
        if form.has("tasks_ids"):
            ids = [part for part in form.text("tasks_ids").split(";") if part]
            if not all(part.isdigit() for part in ids):
                raise invalid("tasks_ids must be task IDs separated by semicolons")
            found = [self.one(account, TASK, part) for part in dict.fromkeys(ids)]
        else:
            uuids = [part for part in form.text("tasks_uuids").split(";") if part]
            found = [
                t for u in dict.fromkeys(uuids) for t in self.store.find(account.ns, TASK, "task_uuid", u)
            ]
        return [t for t in found if t is not None and t["list_id"] == call_list["list_id"]]

    def delete_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        # account_id is optional (the official client sends list_id alone); when sent it must be the caller's.
        if form.has("account_id") and form.integer("account_id") != account.account_id:
            raise not_found(f"Account {form.integer('account_id')}")
        call_list = self.call_list(account, form)
        for task in self._tasks(account, call_list):  # deleting the list reads each of its tasks once
            self.unschedule_task(account, task)
            self.drop(account, TASK, task["task_id"])
        self.env.timeline.cancel(
            "voximplant-management.call_list.dispatch", f"{account.account_id}:list-{call_list['list_id']}"
        )
        ns = self.queue_ns(account, call_list["list_id"])
        for live in self.store.list(ns, "live"):  # at most max_simultaneous: their calls end unrecorded
            self.store.delete(ns, "live", str(live["task_id"]))
        self.drop(account, "call_list", call_list["list_id"])
        return self.ok(result=True, msg=f"Call list {call_list['list_id']} is deleted")

    def edit_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        if form.has("start_at"):
            try:
                datetime.strptime(form.text("start_at"), DATETIME)
            except ValueError:
                raise invalid(
                    f"start_at is not a valid yyyy-MM-dd HH:mm:ss time: {form.text('start_at')}"
                ) from None
        if form.has("max_simultaneous") and form.integer("max_simultaneous") < 1:
            raise invalid("max_simultaneous cannot be less than 1")
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
        self.dispatch(account, call_list)  # more slots, or a new start time, take effect now
        return self.ok(result=True)

    def edit_call_list_tasks_priority(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        results = []
        for entry in form.json("tasks"):
            candidates: list[dict[str, Any] | None]
            if "task_id" in entry:
                candidates = [self.one(account, TASK, entry["task_id"])]
            else:
                candidates = [*self.store.find(account.ns, TASK, "task_uuid", entry.get("task_uuid", ""))]
            task = next((t for t in candidates if t and t["list_id"] == call_list["list_id"]), None)
            outcome = {k: entry[k] for k in ("task_id", "task_uuid") if k in entry}
            if task is None:
                outcome.update(result=False, error_msg="The task does not exist")
            else:
                task["priority"] = entry["task_priority"]
                self.save(account, TASK, task["task_id"], task)
                outcome["result"] = True
            results.append(outcome)
        return self.ok(results=orjson.dumps(results).decode())

    def get_call_lists(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        filters = ("list_id", "application_id", "name", "is_active", "from_date", "to_date", "type_list")
        if not any(form.has(f) for f in filters):  # one page of the account's lists
            offset, count = form.integer("offset", 0), form.integer("count", 20)
            chunk = self.store.page(account.ns, "call_list", offset, count)
            total = self.store.count(account.ns, "call_list")
            return self.ok(result=[self._list_view(c) for c in chunk], count=len(chunk), total_count=total)
        ids = form.ids("list_id")
        if isinstance(ids, list):
            lists = [c for c in (self.one(account, "call_list", i) for i in dict.fromkeys(ids)) if c]
        else:
            lists = self.all_of(account, "call_list")  # filtered by what only a scan can tell
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
        return self.ok(**listing([self._list_view(c) for c in lists], form))

    @staticmethod
    def _list_view(call_list: dict[str, Any]) -> dict[str, Any]:
        return {k: call_list[k] for k in LIST_FIELDS if k in call_list}
