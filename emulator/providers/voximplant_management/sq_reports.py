"""SmartQueue state and metrics, from the traffic the queues carried (`sq_traffic`).

Metrics count the tasks of the reported period (found by the hours they spanned, never by a scan of every
task). Times are in seconds, rates in percent. The emulator keeps no history of agents' statuses, and
models no after-call work, so the reports of status times, idle times and after-call work time are 0.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import DATETIME, Account
from .errors import RULE_VIOLATED, invalid, vox_error
from .sq_traffic import SQ_TASK, SmartQueueTraffic, hours_between

Tasks = list[dict[str, Any]]


def _waited(task: dict[str, Any], now: float) -> float:
    left = task.get("distributed_at") or task.get("ended_at") or now
    return float(left) - float(task["enqueued_at"])


def _answered(tasks: Tasks) -> Tasks:
    return [t for t in tasks if t.get("answered_at") is not None]


def _stat(values: list[float], how: str) -> float:
    if not values:
        return 0.0
    if how == "min":
        return round(min(values), 3)
    if how == "max":
        return round(max(values), 3)
    return round(sum(values) / len(values), 3)


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 3) if whole else 0.0


def _speed(task: dict[str, Any]) -> float:
    return float(task["answered_at"]) - float(task["enqueued_at"])


def _handle(task: dict[str, Any]) -> float:
    return float(task["ended_at"]) - float(task["answered_at"])


def _report(kind: str, tasks: Tasks, now: float, max_wait: int | None) -> float:
    """One report's value over the period's tasks (already narrowed to a queue or an agent)."""
    task_type = "IM" if kind.startswith("im_") else "CALL"
    mine = [t for t in tasks if t["task_type"] == task_type]
    ended = [t for t in mine if t.get("outcome")]
    handled = [t for t in ended if t["outcome"] == "handled"]
    counts: dict[str, Callable[[], float]] = {
        "count_assigned_to_queue": lambda: float(len(mine)),
        "count_blocked": lambda: float(sum(t.get("outcome") == "blocked" for t in mine)),
        "blocked_percentage": lambda: _share(sum(t.get("outcome") == "blocked" for t in mine), len(mine)),
        "count_abandonment": lambda: float(sum(t.get("outcome") == "abandoned" for t in mine)),
        "abandonment_rate": lambda: _share(sum(t.get("outcome") == "abandoned" for t in mine), len(mine)),
        "count_lost": lambda: float(sum(t.get("outcome") in ("abandoned", "timeout") for t in mine)),
        "count_handled": lambda: float(len(handled)),
        "count_agent_unanswered": lambda: float(sum(len(t["refused_by"]) for t in mine)),
        "answered_rate": lambda: _share(len(_answered(mine)), len(mine)),
        "service_level": lambda: _share(
            sum(_speed(t) <= float(max_wait or 0) for t in _answered(mine)), len(_answered(mine))
        ),
        "in_service_time": lambda: round(sum(_handle(t) for t in handled), 3),
    }
    aliases = {
        "call_count_assigned_to_queue": "count_assigned_to_queue",
        "im_count_assigned_to_queue": "count_assigned_to_queue",
        "count_blocked_calls": "count_blocked",
        "im_count_blocked_chats": "count_blocked",
        "calls_blocked_percentage": "blocked_percentage",
        "im_blocked_chats_percentage": "blocked_percentage",
        "count_abandonment_calls": "count_abandonment",
        "im_count_abandonment_chats": "count_abandonment",
        "average_abandonment_rate": "abandonment_rate",
        "im_count_lost_chats": "count_lost",
        "count_handled_calls": "count_handled",
        "count_agent_unanswered_calls": "count_agent_unanswered",
        "im_count_agent_unanswered_chats": "count_agent_unanswered",
        "im_answered_chats_rate": "answered_rate",
        "service_level": "service_level",
        "im_service_level": "service_level",
        "sum_agents_in_service_time": "in_service_time",
        "im_sum_agents_in_service_time": "in_service_time",
    }
    if kind in aliases:
        return counts[aliases[kind]]()
    if kind == "im_lost_chats_rate":
        return _share(int(counts["count_lost"]()), len(mine))
    how, _, measure = kind.removeprefix("im_").partition("_")
    measures: dict[str, Callable[[], list[float]]] = {
        "time_in_queue": lambda: [_waited(t, now) for t in mine],
        "answer_speed": lambda: [_speed(t) for t in _answered(mine)],
        "reaction_time": lambda: [_speed(t) for t in _answered(mine)],
        "handle_time": lambda: [_handle(t) for t in handled],
    }
    if how in ("min", "max", "average") and measure in measures:
        return _stat(measures[measure](), how)
    return 0.0  # status times, idle times, after-call work and utilisation: not modelled (see above)


class SmartQueueReports(SmartQueueTraffic):
    def _active(self, account: Account, queue_id: int) -> Tasks:
        return self.store.find(account.ns, SQ_TASK, "active_in", queue_id)  # what GetSQState returns

    def get_sqstate(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        queues = self.queues(account, form, app) or []
        users = {u["user_id"]: u for u in self.users_of(account, app)}
        skills = {str(s["sq_skill_id"]): s for s in self._of_app(account, "sq_skill", app)}
        now = self.clock.time()
        states = []
        for queue in queues:
            agents = []
            for agent in self._queue_agents(account, queue):
                user = users.get(agent["user_id"])
                if user is None:
                    continue
                agents.append(
                    {
                        "user_id": user["user_id"],
                        "user_name": user["user_name"],
                        "user_display_name": user["user_display_name"],
                        "sq_skills": [
                            {
                                "sq_skill_id": int(k),
                                "sq_skill_name": skills[k]["sq_skill_name"],
                                "sq_skill_level": v,
                            }
                            for k, v in agent["skills"].items()
                            if k in skills
                        ],
                        "sq_statuses": [agent["statuses"]],
                    }
                )
            tasks = []
            for task in self._active(account, queue["sq_queue_id"]):
                view: dict[str, Any] = {
                    "status": task["status"],
                    "task_type": task["task_type"],
                    "waiting_time": round(_waited(task, now) * 1000),
                    "processing_time": round((now - float(task["answered_at"])) * 1000)
                    if task.get("answered_at") is not None
                    else 0,
                    "sq_skills": [
                        {"sq_skill_name": s["sq_skill_name"], "sq_skill_level": s["sq_skill_level"]}
                        for s in task["sq_skills"]
                    ],
                    "custom_data": task["custom_data"],
                }
                if task.get("user_id") is not None:
                    view["user_id"] = task["user_id"]
                tasks.append(view)
            states.append(
                {
                    "sq_queue_id": queue["sq_queue_id"],
                    "sq_queue_name": queue["sq_queue_name"],
                    "sq_agents": agents,
                    "tasks": tasks,
                }
            )
        return self.ok(result=states)

    def _period_tasks(self, account: Account, app_id: int, start: datetime, end: datetime) -> Tasks:
        """The application's tasks that were in a queue at some time of [start, end]."""
        low, high = start.replace(tzinfo=UTC).timestamp(), end.replace(tzinfo=UTC).timestamp()
        high = min(high, self.clock.time())
        first = self.store.get(account.ns, "sq_first_task", "at")  # nothing before the first task
        if first is None or high < low:
            return []
        found: dict[int, dict[str, Any]] = {}
        for hour in hours_between(max(low, float(first["at"])), high):
            for task in self.store.find(account.ns, SQ_TASK, "hours", hour):
                ended = float(task.get("ended_at") or self.clock.time())
                if task["application_id"] == app_id and task["enqueued_at"] <= high and ended >= low:
                    found[task["sq_task_id"]] = task
        return [found[k] for k in sorted(found)]

    def _metrics(self, call: ApiCall, default_span: timedelta) -> Reply:
        account, form, app = self.app_call(call)
        queues = self.queues(account, form, app, required=False) or self._of_app(account, "sq_queue", app)
        now = self.clock.now().replace(tzinfo=None, microsecond=0)
        start = form.moment("from_date") if form.has("from_date") else now - default_span
        end = form.moment("to_date") if form.has("to_date") else now
        if end <= start:
            raise vox_error(RULE_VIOLATED, "to_date must be later than from_date")
        kinds = form.text("report_type").split(";")
        max_wait = form.integer("max_waiting_sec") if form.has("max_waiting_sec") else None
        if max_wait is None and {"service_level", "im_service_level"} & set(kinds):
            raise invalid("max_waiting_sec is required for the service_level report type")
        tasks = self._period_tasks(account, app["application_id"], start, end)
        span = {"from_date": start.strftime(DATETIME), "to_date": end.strftime(DATETIME)}
        clock = self.clock.time()
        reports = []
        for kind in kinds:
            if form.text("group_by") == "agent":
                users = self.users_of(account, app)
                if form.has("user_id") or form.has("user_name"):
                    users = self.pick_users(account, form, app)
                wanted = {q["sq_queue_id"] for q in queues}
                groups = [
                    {
                        "user_id": u["user_id"],
                        "user_name": u["user_name"],
                        "user_display_name": u["user_display_name"],
                        "values": [
                            {
                                **span,
                                "value": _report(
                                    kind,
                                    [
                                        t
                                        for t in tasks
                                        if t["sq_queue_id"] in wanted
                                        and (
                                            t.get("user_id") == u["user_id"]
                                            or u["user_id"] in t["refused_by"]
                                        )
                                    ],
                                    clock,
                                    max_wait,
                                ),
                            }
                        ],
                    }
                    for u in users
                ]
            else:
                groups = [
                    {
                        "sq_queue_id": q["sq_queue_id"],
                        "sq_queue_name": q["sq_queue_name"],
                        "values": [
                            {
                                **span,
                                "value": _report(
                                    kind,
                                    [t for t in tasks if t["sq_queue_id"] == q["sq_queue_id"]],
                                    clock,
                                    max_wait,
                                ),
                            }
                        ],
                    }
                    for q in queues
                ]
            reports.append({"report_type": kind, "groups": groups})
        return self.ok(result=reports, timezone=form.text("timezone", "Etc/GMT"))

    def get_smart_queue_realtime_metrics(self, call: ApiCall) -> Reply:
        return self._metrics(call, timedelta(minutes=30))

    def get_smart_queue_day_history(self, call: ApiCall) -> Reply:
        return self._metrics(call, timedelta(days=1))

    def request_smart_queue_history(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        self.queues(account, form, app)
        report_id = self.new_id("history_report", 1)
        self.save(
            account,
            "report",
            report_id,
            {"history_report_id": report_id, "type": "smart_queue", "created": self.now()},
        )
        return self.ok(result=1, history_report_id=report_id)
