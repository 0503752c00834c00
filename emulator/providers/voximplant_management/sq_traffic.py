"""SmartQueue traffic on the emulator clock: calls and chats wait in a queue, READY agents take them by the
far-end model (party: the agent's user id, else its user name, else the account's default rule).

A task is IN_QUEUE until an agent is picked (the queue's agent selection), DISTRIBUTED while that agent's
far end rings, IN_PROCESSING once it answers, and ends after the agent's talk; an agent that does not
answer is skipped for that task. A call keeps its agent busy (`occupy` / `release`); chats fill an agent's
`max_simultaneous_conversations`. A freed agent takes the next waiting task of its queues (the queue's
task selection). Queues refuse tasks beyond their max size, or when no agent is active and the queue
does not hold tasks then; callers may give up while waiting, and a task waits at most the queue's max
waiting time. Ended tasks stay, indexed by the hours they spanned, for the metrics.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ...core.control import ControlError
from ...core.environment import Environment
from ...core.farend import FarEnd
from ...core.store import Event
from .base import DATETIME, Account
from .sq_lookups import SmartQueueBase

SQ_TASK = "sq_task"
TOPIC_ANSWERED = "voximplant-management.sq.answered"
TOPIC_UNANSWERED = "voximplant-management.sq.unanswered"
TOPIC_ENDED = "voximplant-management.sq.ended"
TOPIC_ABANDONED = "voximplant-management.sq.abandoned"
TOPIC_TIMEOUT = "voximplant-management.sq.timeout"
AGENT_TALK_S = {"CALL": 30.0, "IM": 120.0}  # when the far-end rule leaves the talk open
RING_TIMEOUT_S = 20.0  # how long an agent's phone rings unanswered before the task goes back
INACTIVE = ("OFFLINE", "DND", "BANNED")


def hour_of(moment: float) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H")


def hours_between(start: float, end: float) -> list[str]:
    """The hour buckets ('YYYY-MM-DD HH') a span touches."""
    first = datetime.fromtimestamp(start, tz=UTC).replace(minute=0, second=0, microsecond=0)
    hours, moment = [], first
    while moment.timestamp() <= end:
        hours.append(moment.strftime("%Y-%m-%d %H"))
        moment += timedelta(hours=1)
    return hours


class SmartQueueTraffic(SmartQueueBase):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index("sq_agent", "queues")
        self.store.index(SQ_TASK, "waiting_in", "active_in", "hours")
        for topic, handler in (
            (TOPIC_ANSWERED, self._on_sq_answered),
            (TOPIC_UNANSWERED, self._on_sq_unanswered),
            (TOPIC_ENDED, self._on_sq_ended),
            (TOPIC_ABANDONED, self._on_sq_abandoned),
            (TOPIC_TIMEOUT, self._on_sq_timeout),
        ):
            env.timeline.on(topic, handler)

    # --- entering a queue -------------------------------------------------------------------------

    def enqueue_sq_task(self, account: Account, spec: dict[str, Any]) -> dict[str, Any]:
        app = self.one(account, "application", spec["application_id"])
        if app is None:
            raise ControlError(
                404, f"no application {spec['application_id']} on account {account.account_id}"
            )
        queue = self._queue_named(account, app, spec)
        kind = spec["task_type"]
        skills = self._task_skills(account, app, spec["sq_skills"])
        now = self.clock.time()
        task_id = self.new_id("sq_task", 1)
        task: dict[str, Any] = {
            "sq_task_id": task_id,
            "application_id": app["application_id"],
            "sq_queue_id": queue["sq_queue_id"],
            "task_type": kind,
            "priority": spec["priority"],
            "custom_data": spec["custom_data"],
            "caller": spec["caller"],
            "sq_skills": skills,
            "status": "IN_QUEUE",
            "enqueued_at": now,
            "refused_by": [],
            "hours": [hour_of(now)],
        }
        prefix = "call" if kind == "CALL" else "im"
        max_size = queue.get(f"{prefix}_max_queue_size")
        if max_size is not None and len(self._waiting(account, queue["sq_queue_id"], kind)) >= int(max_size):
            return self.end_sq_task(account, task, "blocked", reason="the queue is full")
        hold = queue.get(f"hold_{'calls' if kind == 'CALL' else 'im'}_if_inactive_agents", True)
        if not hold and not any(
            a["statuses"][kind]["sq_status_name"] not in INACTIVE for a in self._queue_agents(account, queue)
        ):
            return self.end_sq_task(account, task, "blocked", reason="no agent of the queue is active")
        task.update(waiting_in=queue["sq_queue_id"], active_in=queue["sq_queue_id"])
        self.save(account, SQ_TASK, task_id, task)
        if self.store.get(account.ns, "sq_first_task", "at") is None:  # where the metrics' hours begin
            self.store.put(account.ns, "sq_first_task", "at", {"at": now})
        key = self._sq_key(account, task_id)
        if spec.get("abandon_after_s") is not None:
            self.env.timeline.after(
                float(spec["abandon_after_s"]), TOPIC_ABANDONED, self._sq_ref(account, task), key=key
            )
        self._arm_timeout(account, task, queue)
        self._sq_distribute(account, task, queue)
        return self.sq_task_view(self.one(account, SQ_TASK, task_id) or task)

    def _queue_named(self, account: Account, app: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        for queue in self._of_app(account, "sq_queue", app):
            if queue["sq_queue_id"] == spec["sq_queue_id"] or queue["sq_queue_name"] == spec["sq_queue_name"]:
                return queue
        raise ControlError(
            404, f"no SmartQueue {spec['sq_queue_id'] or spec['sq_queue_name']!r} in the application"
        )

    def _task_skills(
        self, account: Account, app: dict[str, Any], wanted: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        known = self._of_app(account, "sq_skill", app)  # an application's handful of skills
        skills = []
        for entry in wanted:
            skill = next(
                (
                    s
                    for s in known
                    if s["sq_skill_id"] == entry.get("sq_skill_id")
                    or s["sq_skill_name"] == entry.get("sq_skill_name")
                ),
                None,
            )
            if skill is None:
                raise ControlError(
                    404, f"no SmartQueue skill {entry.get('sq_skill_id', entry.get('sq_skill_name'))!r}"
                )
            level = entry.get("sq_skill_level", 1)
            if not isinstance(level, int) or not 1 <= level <= 5:
                raise ControlError(400, "sq_skill_level must be an integer from 1 to 5")
            skills.append(
                {
                    "sq_skill_id": skill["sq_skill_id"],
                    "sq_skill_name": skill["sq_skill_name"],
                    "sq_skill_level": level,
                }
            )
        return skills

    # --- picking agents and tasks -----------------------------------------------------------------

    @staticmethod
    def _sq_key(account: Account, task_id: object) -> str:
        return f"sq:{account.account_id}:{task_id}"

    @staticmethod
    def _sq_ref(account: Account, task: dict[str, Any]) -> dict[str, Any]:
        return {"account_id": account.account_id, "sq_task_id": task["sq_task_id"]}

    def _queue_agents(self, account: Account, queue: dict[str, Any]) -> list[dict[str, Any]]:
        return self.store.find(account.ns, "sq_agent", "queues", queue["sq_queue_id"])  # bound to the queue

    def _waiting(self, account: Account, queue_id: int, kind: str) -> list[dict[str, Any]]:
        # At most the queue's max size (its configuration) wait at once.
        return [
            t for t in self.store.find(account.ns, SQ_TASK, "waiting_in", queue_id) if t["task_type"] == kind
        ]

    def _can_take(self, account: Account, agent: dict[str, Any], task: dict[str, Any]) -> bool:
        kind = task["task_type"]
        status = agent["statuses"][kind]["sq_status_name"]
        if agent["user_id"] in task["refused_by"]:
            return False
        if kind == "CALL":
            party = str(agent["user_id"])
            free = self.env.farend.busy_with(self.api_id, str(account.account_id), party) is None
            return bool(agent["handle_calls"]) and status == "READY" and free
        load = int(agent.get("im_load", 0))
        return status in ("READY", "IN_SERVICE") and load < int(agent["max_simultaneous_conversations"])

    @staticmethod
    def _qualification(agent: dict[str, Any], task: dict[str, Any]) -> int | None:
        """The sum of the agent's levels in the task's skills; None when it lacks one of them."""
        total = 0
        for skill in task["sq_skills"]:
            level = int(agent["skills"].get(str(skill["sq_skill_id"]), 0))
            if level < int(skill["sq_skill_level"]):
                return None
            total += level
        return total

    def _sq_distribute(self, account: Account, task: dict[str, Any], queue: dict[str, Any]) -> bool:
        """Hand a waiting task to the agent the queue's agent selection picks, if one can take it."""
        candidates = []
        for agent in self._queue_agents(account, queue):
            score = self._qualification(agent, task)
            if score is not None and self._can_take(account, agent, task):
                candidates.append((score, agent))
        if not candidates:
            return False
        kind = task["task_type"]
        strategy = queue.get(
            "call_agent_selection" if kind == "CALL" else "im_agent_selection", "MAX_WAITING_TIME"
        )

        def waited(agent: dict[str, Any]) -> str:
            return str(agent["statuses"][kind]["from_date"])

        if strategy == "MOST_QUALIFIED":
            candidates.sort(key=lambda c: (-c[0], waited(c[1]), c[1]["user_id"]))
        elif strategy == "LEAST_QUALIFIED":
            candidates.sort(key=lambda c: (c[0], waited(c[1]), c[1]["user_id"]))
        else:
            candidates.sort(key=lambda c: (waited(c[1]), c[1]["user_id"]))
        self._sq_offer(account, task, candidates[0][1])
        return True

    def _far_end(self, account: Account, agent: dict[str, Any]) -> FarEnd:
        tenant = str(account.account_id)
        user = self.one(account, "user", agent["user_id"]) or {}
        for party in (str(agent["user_id"]), str(user.get("user_name", ""))):
            own = self.env.farend.own_rule(self.api_id, tenant, party) if party else None
            if own is not None:
                return own
        return self.env.farend.rule(self.api_id, tenant, str(agent["user_id"]))

    def _sq_offer(self, account: Account, task: dict[str, Any], agent: dict[str, Any]) -> None:
        if task["task_type"] == "CALL":
            self.env.farend.occupy(
                self.api_id,
                str(account.account_id),
                str(agent["user_id"]),
                self._sq_key(account, task["sq_task_id"]),
            )
        else:
            agent["im_load"] = int(agent.get("im_load", 0)) + 1
            self.save_agent(account, agent)
        self.env.timeline.cancel(TOPIC_TIMEOUT, self._sq_key(account, task["sq_task_id"]))
        task.update(
            status="DISTRIBUTED", user_id=agent["user_id"], distributed_at=self.clock.time(), waiting_in=None
        )
        task["hours"] = sorted({*task["hours"], hour_of(self.clock.time())})
        self.save(account, SQ_TASK, task["sq_task_id"], task)
        far_end = self._far_end(account, agent)
        ref, key = self._sq_ref(account, task), self._sq_key(account, task["sq_task_id"])
        if far_end.answers:
            self.env.timeline.after(far_end.answer_after_s, TOPIC_ANSWERED, ref, key=key)
        else:
            ring = RING_TIMEOUT_S if far_end.outcome == "no_answer" else far_end.answer_after_s
            self.env.timeline.after(ring, TOPIC_UNANSWERED, ref, key=key)

    def agent_available(self, account: Account, agent: dict[str, Any]) -> None:
        """A free agent takes the next waiting task of its queues, by each queue's task selection."""
        for _ in range(int(agent["max_simultaneous_conversations"]) + 1):
            best: tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]] | None = None
            for queue_id in agent["queues"]:
                queue = self.one(account, "sq_queue", queue_id)
                if queue is None:
                    continue
                for task in self.store.find(account.ns, SQ_TASK, "waiting_in", queue_id):
                    if self._qualification(agent, task) is None or not self._can_take(account, agent, task):
                        continue
                    selection = queue.get(
                        "call_task_selection" if task["task_type"] == "CALL" else "im_task_selection"
                    )
                    rank: tuple[Any, ...] = (
                        -int(queue.get("priority") or 0),
                        task["enqueued_at"],
                        task["sq_task_id"],
                    )
                    if selection == "MAX_PRIORITY":
                        rank = (-int(task["priority"]), *rank)
                    if best is None or rank < best[0]:
                        best = (rank, task, agent)
            if best is None:
                return
            self._sq_offer(account, best[1], agent)
            agent = self.one(account, "sq_agent", agent["user_id"]) or agent

    # --- the task's course ------------------------------------------------------------------------

    def _sq_event_task(self, event: Event) -> tuple[Account, dict[str, Any]] | None:
        account = Account(int(event.payload["account_id"]))
        task = self.one(account, SQ_TASK, event.payload["sq_task_id"])
        return None if task is None or task.get("outcome") else (account, task)

    def _set_status(self, account: Account, user_id: int, kind: str, status: str) -> dict[str, Any] | None:
        agent = self.one(account, "sq_agent", user_id)
        if agent is not None and agent["statuses"][kind]["sq_status_name"] != status:
            agent["statuses"][kind] = {"sq_status_name": status, "from_date": self.now()}
            self.save_agent(account, agent)
        return agent

    def _free_agent(self, account: Account, task: dict[str, Any]) -> dict[str, Any] | None:
        """The task's agent lets go of it; None when it had none."""
        if task.get("user_id") is None:
            return None
        agent = self.one(account, "sq_agent", task["user_id"])
        if agent is None:
            return None
        if task["task_type"] == "CALL":
            self.env.farend.release(
                self.api_id,
                str(account.account_id),
                str(agent["user_id"]),
                self._sq_key(account, task["sq_task_id"]),
            )
            if agent["statuses"]["CALL"]["sq_status_name"] == "IN_SERVICE":
                agent = self._set_status(account, agent["user_id"], "CALL", "READY") or agent
        else:
            agent["im_load"] = max(0, int(agent.get("im_load", 0)) - 1)
            if agent["im_load"] == 0 and agent["statuses"]["IM"]["sq_status_name"] == "IN_SERVICE":
                agent["statuses"]["IM"] = {"sq_status_name": "READY", "from_date": self.now()}
            self.save_agent(account, agent)
        return agent

    def _on_sq_answered(self, event: Event) -> None:
        found = self._sq_event_task(event)
        if found is None:
            return
        account, task = found
        agent = self._set_status(account, task["user_id"], task["task_type"], "IN_SERVICE")
        task.update(status="IN_PROCESSING", answered_at=self.clock.time())
        task["hours"] = sorted({*task["hours"], hour_of(self.clock.time())})
        self.save(account, SQ_TASK, task["sq_task_id"], task)
        key = self._sq_key(account, task["sq_task_id"])
        self.env.timeline.cancel(TOPIC_ABANDONED, key)  # the customer is talking to the agent now
        far_end = self._far_end(account, agent) if agent else FarEnd()
        talk = AGENT_TALK_S[task["task_type"]] if far_end.talk_s is None else far_end.talk_s
        self.env.timeline.after(talk, TOPIC_ENDED, self._sq_ref(account, task), key=key)

    def _on_sq_unanswered(self, event: Event) -> None:
        found = self._sq_event_task(event)
        if found is None:
            return
        account, task = found
        agent = self._free_agent(account, task)
        task["refused_by"] = [*task["refused_by"], task["user_id"]]
        task.update(status="IN_QUEUE", user_id=None, waiting_in=task["sq_queue_id"])
        self.save(account, SQ_TASK, task["sq_task_id"], task)
        queue = self.one(account, "sq_queue", task["sq_queue_id"])
        if queue is not None:
            self._arm_timeout(account, task, queue)
            self._sq_distribute(account, task, queue)
        if agent is not None:
            self.agent_available(account, agent)

    def _on_sq_ended(self, event: Event) -> None:
        found = self._sq_event_task(event)
        if found is not None:
            self.end_sq_task(found[0], found[1], "handled")

    def _on_sq_abandoned(self, event: Event) -> None:
        found = self._sq_event_task(event)
        if found is not None and found[1]["status"] != "IN_PROCESSING":
            self.end_sq_task(found[0], found[1], "abandoned", reason="the customer hung up while waiting")

    def _on_sq_timeout(self, event: Event) -> None:
        found = self._sq_event_task(event)
        if found is not None and found[1]["status"] == "IN_QUEUE":
            self.end_sq_task(found[0], found[1], "timeout", reason="the queue's max waiting time passed")

    def _arm_timeout(self, account: Account, task: dict[str, Any], queue: dict[str, Any]) -> None:
        limit = queue.get(
            "call_max_waiting_time_in_seconds"
            if task["task_type"] == "CALL"
            else "im_max_waiting_time_in_seconds"
        )
        if limit is not None:
            key = self._sq_key(account, task["sq_task_id"])
            self.env.timeline.cancel(TOPIC_TIMEOUT, key)
            moment = max(self.clock.time(), float(task["enqueued_at"]) + float(limit))
            self.env.timeline.at(moment, TOPIC_TIMEOUT, self._sq_ref(account, task), key=key)

    def end_sq_task(
        self, account: Account, task: dict[str, Any], outcome: str, reason: str = ""
    ) -> dict[str, Any]:
        now = self.clock.time()
        key = self._sq_key(account, task["sq_task_id"])
        for topic in (TOPIC_ANSWERED, TOPIC_UNANSWERED, TOPIC_ENDED, TOPIC_ABANDONED, TOPIC_TIMEOUT):
            self.env.timeline.cancel(topic, key)
        agent = self._free_agent(account, task) if outcome != "blocked" else None
        task.update(
            outcome=outcome,
            reason=reason,
            ended_at=now,
            waiting_in=None,
            active_in=None,
            hours=hours_between(float(task["enqueued_at"]), now),
            ended=datetime.fromtimestamp(now, tz=UTC).strftime(DATETIME),
        )
        self.save(account, SQ_TASK, task["sq_task_id"], task)
        if agent is not None:
            self.agent_available(account, agent)
        return self.sq_task_view(task)

    def sq_task_view(self, task: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in task.items() if k not in ("_key", "hours", "waiting_in", "active_in")}
