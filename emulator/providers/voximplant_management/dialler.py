"""Call lists dial themselves on the emulator clock: each task's call goes through the far-end model.

A list places at most `max_simultaneous` calls at once. A task waits for its own start (`__start_at`), its
daily window (`__start_execution_time` / `__end_execution_time`, UTC) and the list's `start_at`; an
answered call is the scenario succeeding after its talk, any other outcome a failed attempt retried after
`interval_seconds` until `num_attempts` run out. Every attempt leaves a call session in the history.

Tasks ready to be dialled wait in a queue per list and attempt number (namespace `<account>/call_list/<id>`,
kinds `ready0`, `ready1`, ...; live calls under kind `live`), so a dispatch reads one page per free slot
instead of scanning the list.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from ...core.environment import Environment
from ...core.farend import FarEnd
from ...core.store import Event
from .base import DATETIME, Account, Base

TASK = "call_list_task"
TOPIC_DISPATCH = "voximplant-management.call_list.dispatch"
TOPIC_READY = "voximplant-management.call_list.task_ready"
TOPIC_ANSWERED = "voximplant-management.call_list.answered"
TOPIC_ENDED = "voximplant-management.call_list.ended"
SCENARIO_TALK_S = 8.0  # an answered call the far end does not hang up: the list's scenario ends it then
RING_TIMEOUT_S = 30.0  # how long the scenario lets an unanswered call ring before giving up
PRICE_PER_MINUTE = 0.01  # USD per started minute of a connected call (the emulator's own tariff)
MAX_ATTEMPTS = 5  # the documented maximum of num_attempts
PHONE_COLUMNS = ("phone_number", "phone", "number")
OPEN = ("New", "In progress")
# SIP answers behind the failed outcomes, unless the far-end rule's details name another.
END_REASONS = {
    "busy": (486, "Busy Here"),
    "no_answer": (408, "Request Timeout"),
    "failed": (500, "Server Internal Error"),
    "rejected": (603, "Decline"),
}


def phone_of(row: dict[str, Any]) -> str:
    """The number a task dials: its phone column, else the first value that looks like a number."""
    for column in PHONE_COLUMNS:
        if row.get(column):
            return str(row[column]).strip().lstrip("+")
    for column, value in row.items():
        digits = str(value or "").strip().lstrip("+")
        if not column.startswith("__") and digits.isdigit() and len(digits) >= 5:
            return digits
    return ""


def seconds_of_day(text: str) -> int | None:
    """'HH:mm:ss' as seconds after midnight; None for anything else."""
    try:
        moment = datetime.strptime(text.strip(), "%H:%M:%S")
    except ValueError:
        return None
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def window_opens(start: int, end: int, now: float) -> float:
    """`now` if it lies in the daily UTC window [start, end) (wrapping midnight when end < start), else
    the moment the window next opens."""
    midnight = datetime.fromtimestamp(now, tz=UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    second = now - midnight.timestamp()
    inside = start <= second < end if start < end else (second >= start or second < end)
    if start == end or inside:
        return now
    day = midnight if second < start else midnight + timedelta(days=1)
    return day.timestamp() + start


class Dialler(Base):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index(TASK, "list_id", "batch_id", "task_uuid")
        self.store.index("call_list", "list_name")
        timeline = env.timeline
        timeline.on(TOPIC_DISPATCH, self._on_dispatch)
        timeline.on(TOPIC_READY, self._on_task_ready)
        timeline.on(TOPIC_ANSWERED, self._on_answered)
        timeline.on(TOPIC_ENDED, self._on_ended)

    # --- where things are -------------------------------------------------------------------------

    @staticmethod
    def queue_ns(account: Account, list_id: int) -> str:
        return f"{account.ns}/call_list/{list_id}"

    @staticmethod
    def _key(account: Account, doc_id: object) -> str:
        return f"{account.account_id}:{doc_id}"

    def live_calls(self, account: Account, list_id: int) -> int:
        return self.store.count(self.queue_ns(account, list_id), "live")

    # --- tasks enter the list ---------------------------------------------------------------------

    def schedule_task(self, account: Account, call_list: dict[str, Any], task: dict[str, Any]) -> None:
        """A New task waits for its moment, or joins the ready queue of its attempt now."""
        due = max(float(task.get("next_attempt_at") or 0), float(task.get("start_at") or 0))
        if due > self.clock.time():
            payload = {"account_id": account.account_id, "task_id": task["task_id"]}
            self.env.timeline.at(due, TOPIC_READY, payload, key=self._key(account, task["task_id"]))
            return
        ns = self.queue_ns(account, call_list["list_id"])
        self.store.put(
            ns, f"ready{task['attempts_made']}", str(task["task_id"]), {"task_id": task["task_id"]}
        )

    def unschedule_task(self, account: Account, task: dict[str, Any]) -> None:
        self.env.timeline.cancel(TOPIC_READY, self._key(account, task["task_id"]))
        ns = self.queue_ns(account, task["list_id"])
        self.store.delete(ns, f"ready{task['attempts_made']}", str(task["task_id"]))

    def close_task(
        self, account: Account, call_list: dict[str, Any], task: dict[str, Any], status: str
    ) -> None:
        """A task reaches its last status; the list completes with its last open task."""
        was_open = task["status"] in OPEN
        task["status"] = status
        task["finish_execution_time"] = self.now()
        self.save(account, TASK, task["task_id"], task)
        if not was_open:
            return
        call_list["open_tasks"] = max(0, int(call_list.get("open_tasks", 0)) - 1)
        counter = f"tasks_{status.lower()}"
        call_list[counter] = int(call_list.get(counter, 0)) + 1
        if call_list["open_tasks"] == 0 and call_list["status"] == "In progress":
            done = int(call_list.get("tasks_processed", 0)) + int(call_list.get("tasks_error", 0))
            call_list["status"] = "Completed" if done else "Canceled"
            call_list["dt_complete"] = self.now()
        self.save(account, "call_list", call_list["list_id"], call_list)

    # --- dispatching ------------------------------------------------------------------------------

    def dispatch(self, account: Account, call_list: dict[str, Any]) -> None:
        """Fill the list's free call slots with ready tasks, first (or repeated) attempts first."""
        if call_list["status"] != "In progress":
            return
        list_id = call_list["list_id"]
        if float(self.account_doc(account)["balance"]) < 1.0:  # documented: below 1 USD the list stops
            call_list.update(status="Canceled", dt_complete=self.now())
            self.save(account, "call_list", list_id, call_list)
            return
        starts = call_list.get("start_at")
        if starts:
            moment = datetime.strptime(str(starts), DATETIME).replace(tzinfo=UTC).timestamp()
            if moment > self.clock.time():
                key = self._key(account, f"list-{list_id}")
                self.env.timeline.cancel(TOPIC_DISPATCH, key)
                payload = {"account_id": account.account_id, "list_id": list_id}
                self.env.timeline.at(moment, TOPIC_DISPATCH, payload, key=key)
                return
        ns = self.queue_ns(account, list_id)
        free = int(call_list["max_simultaneous"]) - self.live_calls(account, list_id)
        rounds = list(range(MAX_ATTEMPTS))  # every round, should num_attempts have been lowered meanwhile
        if call_list.get("task_priority_strategy") == "repeated_attempts":
            rounds.reverse()
        for attempt in rounds:
            while free > 0:
                entries = self.store.page(ns, f"ready{attempt}", 0, 1)
                if not entries:
                    break
                task_id = entries[0]["task_id"]
                self.store.delete(ns, f"ready{attempt}", str(task_id))
                task = self.one(account, TASK, task_id)
                if task is None or task["status"] != "New":
                    continue
                if int(task["attempts_made"]) >= int(call_list["num_attempts"]):
                    self.close_task(account, call_list, task, "Error")
                    continue
                if self._outside_window(account, task):
                    continue
                self._dial(account, call_list, task)
                free -= 1

    def _outside_window(self, account: Account, task: dict[str, Any]) -> bool:
        start = seconds_of_day(str(task["data"].get("__start_execution_time") or ""))
        end = seconds_of_day(str(task["data"].get("__end_execution_time") or ""))
        if start is None or end is None:
            return False
        opens = window_opens(start, end, self.clock.time())
        if opens <= self.clock.time():
            return False
        payload = {"account_id": account.account_id, "task_id": task["task_id"]}
        self.env.timeline.at(opens, TOPIC_READY, payload, key=self._key(account, task["task_id"]))
        return True

    def _dial(self, account: Account, call_list: dict[str, Any], task: dict[str, Any]) -> None:
        # A row without a number gives the scenario nothing to call: the attempt fails at once.
        far_end = self.far_end(account, task) if task["phone"] else FarEnd("failed", answer_after_s=0.0)
        attempt = int(task["attempts_made"]) + 1
        now = self.now()
        task.update(
            status="In progress",
            attempts_made=attempt,
            attempts_left=max(0, int(call_list["num_attempts"]) - attempt),
            last_attempt=now,
            attempt_started=self.clock.time(),
        )
        task["start_execution_time"] = task.get("start_execution_time") or now
        self.save(account, TASK, task["task_id"], task)
        ns = self.queue_ns(account, call_list["list_id"])
        self.store.put(ns, "live", str(task["task_id"]), {"task_id": task["task_id"], "since": now})
        payload: dict[str, Any] = {
            "account_id": account.account_id,
            "task_id": task["task_id"],
            "attempt": attempt,
        }
        key = self._key(account, task["task_id"])
        if far_end.answers:
            self.env.timeline.after(far_end.answer_after_s, TOPIC_ANSWERED, payload, key=key)
            return
        ring = RING_TIMEOUT_S if far_end.outcome == "no_answer" else far_end.answer_after_s
        self.env.timeline.after(ring, TOPIC_ENDED, {**payload, "outcome": far_end.outcome}, key=key)

    # --- timeline handlers ------------------------------------------------------------------------

    def _event_task(self, event: Event) -> tuple[Account, dict[str, Any], dict[str, Any]] | None:
        account = Account(int(event.payload["account_id"]))
        task = self.one(account, TASK, event.payload["task_id"])
        if task is None:  # the list was deleted meanwhile
            return None
        call_list = self.one(account, "call_list", task["list_id"])
        return None if call_list is None else (account, call_list, task)

    def _on_dispatch(self, event: Event) -> None:
        account = Account(int(event.payload["account_id"]))
        call_list = self.one(account, "call_list", event.payload["list_id"])
        if call_list is not None:
            self.dispatch(account, call_list)

    def _on_task_ready(self, event: Event) -> None:
        found = self._event_task(event)
        if found is None or found[2]["status"] != "New":
            return
        account, call_list, task = found
        ns = self.queue_ns(account, call_list["list_id"])
        self.store.put(
            ns, f"ready{task['attempts_made']}", str(task["task_id"]), {"task_id": task["task_id"]}
        )
        self.dispatch(account, call_list)

    def _on_answered(self, event: Event) -> None:
        found = self._event_task(event)
        if found is None:
            return
        account, _, task = found
        far_end = self.far_end(account, task)
        talk = SCENARIO_TALK_S if far_end.talk_s is None else far_end.talk_s
        payload = {**event.payload, "outcome": far_end.outcome, "answered_at": self.clock.time()}
        self.env.timeline.after(talk, TOPIC_ENDED, payload, key=self._key(account, task["task_id"]))

    def _on_ended(self, event: Event) -> None:
        found = self._event_task(event)
        outcome = str(event.payload["outcome"])
        answered_at = event.payload.get("answered_at")
        if found is None:
            return
        account, call_list, task = found
        self.store.delete(self.queue_ns(account, call_list["list_id"]), "live", str(task["task_id"]))
        session_id = self._record_attempt(account, call_list, task, outcome, answered_at)
        attempt = {
            "attempt": event.payload["attempt"],
            "outcome": outcome,
            "started": datetime.fromtimestamp(float(task["attempt_started"]), tz=UTC).strftime(DATETIME),
            "ended": self.now(),
            "call_session_history_id": session_id,
        }
        task["attempts"] = [*task.get("attempts", []), attempt]
        if task["status"] == "Canceled":  # cancelled while its call was on: the call still ended here
            self.save(account, TASK, task["task_id"], task)
        elif answered_at is not None:
            talk = round(self.clock.time() - float(answered_at))
            task["result_data"] = orjson.dumps({"result": outcome, "duration": talk}).decode()
            self.close_task(account, call_list, task, "Processed")
        elif int(call_list["num_attempts"]) > int(task["attempts_made"]):
            task["status"] = "New"
            task["next_attempt_at"] = self.clock.time() + float(call_list.get("interval_seconds") or 0)
            self.save(account, TASK, task["task_id"], task)
            self.schedule_task(account, call_list, task)
        else:
            task["result_data"] = orjson.dumps({"result": outcome}).decode()
            self.close_task(account, call_list, task, "Error")
        call_list = self.one(account, "call_list", call_list["list_id"]) or call_list
        self.dispatch(account, call_list)

    def _record_attempt(
        self,
        account: Account,
        call_list: dict[str, Any],
        task: dict[str, Any],
        outcome: str,
        answered_at: Any,
    ) -> int:
        """The attempt's JS session in the call history, with its one outgoing call."""
        app = self.one(account, "application", call_list["application_id"]) or {}
        rule = self.one(account, "rule", call_list["rule_id"]) or {}
        started = datetime.fromtimestamp(float(task["attempt_started"]), tz=UTC).strftime(DATETIME)
        duration = round(self.clock.time() - float(task["attempt_started"]))
        talk = 0 if answered_at is None else round(self.clock.time() - float(answered_at))
        far_end = self.far_end(account, task)
        session_id = self.new_id("call_session", 900001)
        call: dict[str, Any] = {
            "call_id": self.new_id("call", 1),
            "start_time": started,
            "duration": talk,
            "local_number": str(task["data"].get("caller_id") or ""),
            "remote_number": task["phone"],
            "remote_number_type": "pstn",
            "incoming": False,
            "successful": answered_at is not None,
            "media_server_address": "127.0.0.1",
            "cost": 0.0,
            "custom_data": orjson.dumps(task["data"]).decode(),
        }
        if answered_at is not None:  # a connected call is charged per started minute
            call["cost"] = round(PRICE_PER_MINUTE * max(1, -(-talk // 60)), 4)
            call["transaction_id"] = self.record_charge(
                account, call["cost"], f"Call {call['local_number'] or 'call list'} -> {task['phone']}"
            )
        else:  # nothing to charge; the history still names a transaction, as every call has one
            call["transaction_id"] = self.new_id("transaction", 70001)
            code, text = END_REASONS.get(outcome, (500, "Server Internal Error"))
            sip = far_end.details.get("sip_code")
            call["end_reason"] = {"code": int(sip) if isinstance(sip, int) else code, "description": text}
        session = {
            "call_session_history_id": session_id,
            "account_id": account.account_id,
            "application_id": call_list["application_id"],
            "application_name": app.get("application_name", ""),
            "user_id": 0,
            "rule_name": rule.get("rule_name", ""),
            "start_date": started,
            "duration": duration,
            "initiator_address": "127.0.0.1",
            "media_server_address": "127.0.0.1",
            "audio_quality": "HD",
            "log_file_url": f"https://example.invalid/logs/{session_id}.log",
            "finish_reason": "Normal termination",
            "custom_data": orjson.dumps(task["data"]).decode(),
            "call_list_id": call_list["list_id"],
            "calls": [call],
            "records": [],
            "other_resource_usage": [],
        }
        self.save_dated(account, "call_session", session_id, session, started)
        return session_id

    def far_end(self, account: Account, task: dict[str, Any]) -> FarEnd:
        return self.env.farend.rule(self.api_id, str(account.account_id), task["phone"] or "default")
