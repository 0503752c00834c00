"""Call list management beyond the seed: stop and resume a list's processing, edit a waiting task, and
the list's details (its tasks) as CSV or JSON."""

from __future__ import annotations

import csv
import io
from datetime import UTC
from typing import Any

import orjson

from ...core.provider import ApiCall, Reply
from .base import Account
from .call_lists import CallLists
from .dialler import TASK, phone_of, seconds_of_day
from .errors import RULE_VIOLATED, invalid, not_found, vox_error
from .form import Form, page

STOPPED = "Stopped"
STATUS_IDS = {"New": 0, "In progress": 1, "Processed": 2, "Error": 3, "Canceled": 4}
DETAIL_FIELDS = (
    "list_id",
    "task_id",
    "task_uuid",
    "custom_data",
    "start_execution_time",
    "finish_execution_time",
    "result_data",
    "last_attempt",
    "attempts_left",
    "status_id",
    "status",
)


class CallListExtras(CallLists):
    def stop_call_list_processing(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        if call_list["status"] != "In progress":
            raise vox_error(RULE_VIOLATED, f"Call list {call_list['list_id']} is not in progress")
        # Calls already on end by themselves; no further task is dialled until the list is recovered.
        call_list["status"] = STOPPED
        self.save(account, "call_list", call_list["list_id"], call_list)
        return self.ok(result=True, msg=f"Call list {call_list['list_id']} is stopped")

    def recover_call_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        if call_list["status"] != STOPPED:
            raise vox_error(RULE_VIOLATED, f"Call list {call_list['list_id']} is not stopped")
        call_list["status"] = "In progress"
        self.save(account, "call_list", call_list["list_id"], call_list)
        self.dispatch(account, call_list)
        return self.ok(result=True, count_recovery=int(call_list.get("open_tasks", 0)))

    def edit_call_list_task(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        task = self._edited_task(account, call_list, form)
        if task["status"] != "New":
            raise vox_error(
                RULE_VIOLATED, f"Task {task['task_id']} is {task['status']}: only a waiting task is edited"
            )
        self.unschedule_task(account, task)
        data = dict(task["data"])
        if form.has("custom_data"):
            custom = form.json("custom_data")
            if not isinstance(custom, dict):
                raise invalid("custom_data must be a JSON object of the task's columns")
            data.update({str(k): "" if v is None else str(v) for k, v in custom.items()})
            task["phone"] = phone_of(data)
        for field, column in (
            ("min_execution_time", "__start_execution_time"),
            ("max_execution_time", "__end_execution_time"),
        ):
            if form.has(field):
                if seconds_of_day(form.text(field)) is None:
                    raise invalid(f"{field} must be HH:mm:ss (UTC)")
                data[column] = form.text(field)
        task["data"] = data
        for field, key in (("start_at", "start_at"), ("next_attempt_time", "next_attempt_at")):
            if form.has(field):
                task[key] = form.moment(field).replace(tzinfo=UTC).timestamp()
        if form.has("attempts_left"):
            left = form.integer("attempts_left")
            if left < 0:
                raise invalid("attempts_left must not be negative")
            task["attempts_left"] = left
            # The list's attempts are counted per task: what is left sets how many the task may still make.
            call_list_attempts = int(call_list["num_attempts"])
            task["attempts_made"] = max(0, min(int(task["attempts_made"]), call_list_attempts - left))
        for field in ("call_schedule", "user_id", "skill_id"):
            if form.has(field):
                task[field] = form.get(field)
        self.save(account, TASK, task["task_id"], task)
        if int(task["attempts_left"]) == 0:
            self.close_task(account, call_list, task, "Canceled")
        else:
            self.schedule_task(account, call_list, task)
            self.dispatch(account, call_list)
        return self.ok(result=True)

    def _edited_task(self, account: Account, call_list: dict[str, Any], form: Form) -> dict[str, Any]:
        if form.has("task_id"):
            task = self.one(account, TASK, form.integer("task_id"))
        elif form.has("task_uuid"):
            found = self.store.find(account.ns, TASK, "task_uuid", form.text("task_uuid"))
            task = found[0] if found else None
        else:
            raise invalid("task_id or task_uuid is required")
        if task is None or task["list_id"] != call_list["list_id"]:
            raise not_found("Task")
        return task

    def get_call_list_details(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        call_list = self.call_list(account, form)
        if form.has("batch_id"):  # one batch's tasks, found by its index
            tasks = self.store.find(account.ns, TASK, "batch_id", form.text("batch_id"))
            tasks = [t for t in tasks if t["list_id"] == call_list["list_id"]]
        else:
            tasks = self._tasks(account, call_list)  # the reply is the whole list
        tasks.sort(key=lambda t: t["task_id"])
        chunk, total = page(tasks, form, 100)
        views = [self._detail(call_list, t) for t in chunk]
        output = form.text("output", "csv").lower()
        if output == "json":  # times not reached yet are left out, as the client parses those it gets
            shown = [{k: v for k, v in view.items() if v != ""} for view in views]
            return self.ok(result=shown, count=len(shown), total_count=total)
        if output != "csv":
            raise invalid(f"output must be csv or json, got {form.text('output')}")
        delimiter = form.text("delimiter", ";") or ";"
        if len(delimiter) != 1:
            raise invalid("delimiter must be a single character")
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=DETAIL_FIELDS, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        writer.writerows(views)
        encoding = form.text("encoding", "utf-8") or "utf-8"
        try:
            body = text.getvalue().encode(encoding)
        except (LookupError, UnicodeEncodeError):
            raise invalid(f"encoding {encoding!r} cannot carry this list") from None
        # A file, as the official client expects one: the raw body as application/octet-stream.
        return Reply(body=body, media_type="application/octet-stream")

    def _detail(self, call_list: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]:
        status = task["status"]
        view = {
            "list_id": call_list["list_id"],
            "task_id": task["task_id"],
            "task_uuid": task["task_uuid"],
            "custom_data": orjson.dumps(task["data"]).decode(),
            "start_execution_time": task.get("start_execution_time") or "",
            "finish_execution_time": task.get("finish_execution_time") or "",
            "result_data": task.get("result_data") or "",
            "last_attempt": task.get("last_attempt") or "",
            "attempts_left": int(task.get("attempts_left", 0)),
            "status_id": STATUS_IDS.get(status, 0),
            "status": status,
        }
        return view
