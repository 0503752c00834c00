"""SmartQueue queues and skills of an application: add, edit, delete (ending what a queue holds), list."""

from __future__ import annotations

import math
from typing import Any

from ...core.provider import ApiCall, Reply
from .errors import already_exists, not_found
from .form import Form, listing, only
from .sq_traffic import SQ_TASK, SmartQueueTraffic

QUEUE_FIELDS = (
    "call_agent_selection",
    "im_agent_selection",
    "call_task_selection",
    "im_task_selection",
    "call_max_queue_size",
    "im_max_queue_size",
    "hold_calls_if_inactive_agents",
    "hold_im_if_inactive_agents",
    "priority",
    "description",
    "fallback_agent_selection",
)
WAITING = (
    ("call_max_waiting_time", "call_max_waiting_time_in_seconds"),
    ("im_max_waiting_time", "im_max_waiting_time_in_seconds"),
)


class SmartQueueQueues(SmartQueueTraffic):
    # --- queues -------------------------------------------------------------------------------

    def _apply_queue_settings(self, queue: dict[str, Any], form: Form) -> None:
        for key in QUEUE_FIELDS:
            if form.has(key):
                queue[key] = form.get(key)
        for minutes, seconds in WAITING:
            if form.has(minutes):
                queue[minutes] = form.integer(minutes)
                queue[seconds] = form.integer(minutes) * 60
            elif form.has(seconds):
                queue[seconds] = form.integer(seconds)
                queue[minutes] = math.ceil(form.integer(seconds) / 60)

    def sq_add_queue(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        name = form.text("sq_queue_name")
        if any(q["sq_queue_name"] == name for q in self._of_app(account, "sq_queue", app)):
            raise already_exists(f"SmartQueue '{name}'")
        now = self.now()
        queue: dict[str, Any] = {
            "sq_queue_id": self.new_id("sq_queue", 801),
            "application_id": app["application_id"],
            "sq_queue_name": name,
            "created": now,
            "modified": now,
        }
        self._apply_queue_settings(queue, form)
        queue.setdefault("im_agent_selection", queue["call_agent_selection"])
        queue.setdefault("im_task_selection", queue["call_task_selection"])
        self.save(account, "sq_queue", queue["sq_queue_id"], queue)
        return self.ok(result={"sq_queue_id": queue["sq_queue_id"]})

    def sq_set_queue_info(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        queue = only(self.queues(account, form, app) or [], "SmartQueue")
        if form.has("new_sq_queue_name"):
            new = form.text("new_sq_queue_name")
            if any(
                q["sq_queue_name"] == new and q["sq_queue_id"] != queue["sq_queue_id"]
                for q in self._of_app(account, "sq_queue", app)
            ):
                raise already_exists(f"SmartQueue '{new}'")
            queue["sq_queue_name"] = new
        self._apply_queue_settings(queue, form)
        queue["modified"] = self.now()
        self.save(account, "sq_queue", queue["sq_queue_id"], queue)
        return self.ok(result=1)

    def sq_del_queue(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        doomed = {q["sq_queue_id"] for q in self.queues(account, form, app) or []}
        for queue_id in doomed:
            self.drop(account, "sq_queue", queue_id)
        for agent in self._of_app(account, "sq_agent", app):
            if doomed & set(agent["queues"]):
                agent["queues"] = [q for q in agent["queues"] if q not in doomed]
                self.save_agent(account, agent)
        for queue_id in doomed:  # the tasks the queues still held end; their agents are free again
            for held in self.store.find(account.ns, SQ_TASK, "active_in", queue_id):
                self.end_sq_task(account, held, "abandoned", reason="the queue was deleted")
        return self.ok(result=1)

    def sq_get_queues(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        queues = self.queues(account, form, app, required=False)
        if queues is None:
            queues = self._of_app(account, "sq_queue", app)
        if form.has("sq_queue_name_template"):
            queues = [
                q for q in queues if form.text("sq_queue_name_template").lower() in q["sq_queue_name"].lower()
            ]
        agents = self._of_app(account, "sq_agent", app)
        users = {u["user_id"]: u for u in self.users_of(account, app)}
        for field, keep in (("user", True), ("excluded_user", False)):
            user_id = self._user_filter(form, field, users)
            if user_id is not None:
                bound = {q for a in agents if a["user_id"] == user_id for q in a["queues"]}
                queues = [q for q in queues if (q["sq_queue_id"] in bound) == keep]
        views = []
        for queue in queues:
            view = {
                "sq_queue_id": queue["sq_queue_id"],
                "sq_queue_name": queue["sq_queue_name"],
                "agent_selection": queue["call_agent_selection"],
                "task_selection": queue["call_task_selection"],
            }
            for key in (
                "call_max_queue_size",
                "im_max_queue_size",
                "hold_calls_if_inactive_agents",
                "hold_im_if_inactive_agents",
                "description",
                "created",
                "modified",
                "call_max_waiting_time",
                "call_max_waiting_time_in_seconds",
                "im_max_waiting_time",
                "im_max_waiting_time_in_seconds",
            ):
                if key in queue:
                    view[key] = queue[key]
            if form.flag("with_agentcount"):
                view["agentcount"] = sum(queue["sq_queue_id"] in a["queues"] for a in agents)
            views.append(view)
        return self.ok(result=listing(views, form)["result"])

    @staticmethod
    def _user_filter(form: Form, prefix: str, users: dict[int, dict[str, Any]]) -> int | None:
        if form.has(f"{prefix}_id"):
            return form.integer(f"{prefix}_id")
        if form.has(f"{prefix}_name"):
            name = form.text(f"{prefix}_name")
            found = [uid for uid, u in users.items() if u["user_name"] == name]
            if not found:
                raise not_found(f"User '{name}'")
            return found[0]
        return None

    # --- skills -------------------------------------------------------------------------------

    def sq_add_skill(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        name = form.text("sq_skill_name")
        if any(s["sq_skill_name"] == name for s in self._of_app(account, "sq_skill", app)):
            raise already_exists(f"SmartQueue skill '{name}'")
        now = self.now()
        skill = {
            "sq_skill_id": self.new_id("sq_skill", 851),
            "application_id": app["application_id"],
            "sq_skill_name": name,
            "description": form.text("description"),
            "created": now,
            "modified": now,
        }
        self.save(account, "sq_skill", skill["sq_skill_id"], skill)
        return self.ok(result={"sq_skill_id": skill["sq_skill_id"]})

    def sq_set_skill_info(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        skill = only(self.skills(account, form, app) or [], "SmartQueue skill")
        if form.has("new_sq_skill_name"):
            new = form.text("new_sq_skill_name")
            if any(
                s["sq_skill_name"] == new and s["sq_skill_id"] != skill["sq_skill_id"]
                for s in self._of_app(account, "sq_skill", app)
            ):
                raise already_exists(f"SmartQueue skill '{new}'")
            skill["sq_skill_name"] = new
        if form.has("description"):
            skill["description"] = form.text("description")
        skill["modified"] = self.now()
        self.save(account, "sq_skill", skill["sq_skill_id"], skill)
        return self.ok(result=1)

    def sq_del_skill(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        doomed = {str(s["sq_skill_id"]) for s in self.skills(account, form, app) or []}
        for skill_id in doomed:
            self.drop(account, "sq_skill", skill_id)
        for agent in self._of_app(account, "sq_agent", app):
            if doomed & set(agent["skills"]):
                agent["skills"] = {k: v for k, v in agent["skills"].items() if k not in doomed}
                self.save_agent(account, agent)
        return self.ok(result=1)

    def sq_get_skills(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        skills = self.skills(account, form, app, required=False)
        if skills is None:
            skills = self._of_app(account, "sq_skill", app)
        if form.has("sq_skill_name_template"):
            part = form.text("sq_skill_name_template").lower()
            skills = [s for s in skills if part in s["sq_skill_name"].lower()]
        agents = self._of_app(account, "sq_agent", app)
        if form.has("user_id") or form.has("user_name"):
            users = self.pick_users(account, form, app)
            held = {k for a in agents if a["user_id"] in {u["user_id"] for u in users} for k in a["skills"]}
            skills = [s for s in skills if str(s["sq_skill_id"]) in held]
        excluded = self._user_filter(
            form, "excluded_user", {u["user_id"]: u for u in self.users_of(account, app)}
        )
        if excluded is not None:
            held = {k for a in agents if a["user_id"] == excluded for k in a["skills"]}
            skills = [s for s in skills if str(s["sq_skill_id"]) not in held]
        views = []
        for skill in skills:
            view = {k: skill[k] for k in ("sq_skill_id", "sq_skill_name", "created", "modified")}
            if skill.get("description"):
                view["description"] = skill["description"]
            views.append(view)
        return self.ok(result=listing(views, form)["result"])
