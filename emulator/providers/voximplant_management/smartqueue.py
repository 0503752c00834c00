"""SmartQueue (ACD v2): queues, skills, agents (the application's users) with their bindings and statuses,
status mappings, state and metrics.

The emulator routes no SmartQueue traffic, so queues hold no tasks and every metric value is 0.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import DATETIME, Account
from .errors import RULE_VIOLATED, already_exists, invalid, not_found, vox_error
from .form import ALL, Form, listing, only
from .users import Users

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


class SmartQueue(Users):
    # --- lookups ------------------------------------------------------------------------------

    def _of_app(self, account: Account, kind: str, app: dict[str, Any]) -> list[dict[str, Any]]:
        return [d for d in self.all_of(account, kind) if d["application_id"] == app["application_id"]]

    def _pick(
        self,
        account: Account,
        form: Form,
        app: dict[str, Any],
        kind: str,
        id_field: str,
        name_field: str,
        what: str,
        *,
        required: bool = True,
    ) -> list[dict[str, Any]] | None:
        docs = self._of_app(account, kind, app)
        ids = form.ids(id_field)
        names = form.names(name_field) if ids is None else None
        if ids == ALL or names == ALL:
            return docs
        key, wanted = (id_field, ids) if ids is not None else (name_field, names)
        if wanted is None:
            if required:
                raise invalid(f"{id_field} or {name_field} is required")
            return None
        found = {d[key]: d for d in docs}
        missing = [w for w in wanted if w not in found]
        if missing:
            raise not_found(f"{what} {', '.join(map(str, missing))}")
        return [found[w] for w in dict.fromkeys(wanted)]

    def queues(
        self, account: Account, form: Form, app: dict[str, Any], *, required: bool = True
    ) -> list[dict[str, Any]] | None:
        return self._pick(
            account, form, app, "sq_queue", "sq_queue_id", "sq_queue_name", "SmartQueue", required=required
        )

    def skills(
        self, account: Account, form: Form, app: dict[str, Any], *, required: bool = True
    ) -> list[dict[str, Any]] | None:
        return self._pick(
            account,
            form,
            app,
            "sq_skill",
            "sq_skill_id",
            "sq_skill_name",
            "SmartQueue skill",
            required=required,
        )

    def agent(self, account: Account, user: dict[str, Any]) -> dict[str, Any]:
        """The SmartQueue side of a user, created on first use."""
        doc = self.one(account, "sq_agent", user["user_id"])
        if doc is None:
            since = self.now()
            doc = {
                "user_id": user["user_id"],
                "application_id": user["application_id"],
                "handle_calls": True,
                "max_simultaneous_conversations": 1,
                "queues": [],
                "skills": {},
                "statuses": {
                    kind: {"sq_status_name": "OFFLINE", "from_date": since} for kind in ("CALL", "IM")
                },
            }
        return doc

    def save_agent(self, account: Account, agent: dict[str, Any]) -> None:
        self.save(account, "sq_agent", agent["user_id"], agent)

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

    # --- agents -------------------------------------------------------------------------------

    def _agents_for(self, account: Account, form: Form, app: dict[str, Any]) -> list[dict[str, Any]]:
        return [self.agent(account, user) for user in self.pick_users(account, form, app)]

    def sq_bind_agent(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        queues = [q["sq_queue_id"] for q in self.queues(account, form, app) or []]
        overwrite = form.text("bind_mode").upper() == "OVERWRITE"
        for agent in self._agents_for(account, form, app):
            agent["queues"] = queues if overwrite else list(dict.fromkeys(agent["queues"] + queues))
            self.save_agent(account, agent)
        return self.ok(result=1)

    def sq_unbind_agent(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        queues = {q["sq_queue_id"] for q in self.queues(account, form, app) or []}
        for agent in self._agents_for(account, form, app):
            agent["queues"] = [q for q in agent["queues"] if q not in queues]
            self.save_agent(account, agent)
        return self.ok(result=1)

    def sq_bind_skill(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        by_id = {s["sq_skill_id"]: s for s in self._of_app(account, "sq_skill", app)}
        by_name = {s["sq_skill_name"]: s for s in by_id.values()}
        levels: dict[str, int] = {}
        for entry in form.json("sq_skills") or []:
            if "sq_skill_id" in entry:
                skill = by_id.get(entry["sq_skill_id"])
            elif "sq_skill_name" in entry:
                skill = by_name.get(entry["sq_skill_name"])
            else:
                raise invalid("sq_skills: every entry needs sq_skill_id or sq_skill_name")
            if skill is None:
                raise not_found(f"SmartQueue skill {entry.get('sq_skill_id', entry.get('sq_skill_name'))}")
            levels[str(skill["sq_skill_id"])] = int(entry["sq_skill_level"])
        overwrite = form.text("bind_mode").upper() == "OVERWRITE"
        for agent in self._agents_for(account, form, app):
            agent["skills"] = dict(levels) if overwrite else {**agent["skills"], **levels}
            self.save_agent(account, agent)
        return self.ok(result=1)

    def sq_unbind_skill(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        skills = {str(s["sq_skill_id"]) for s in self.skills(account, form, app) or []}
        for agent in self._agents_for(account, form, app):
            agent["skills"] = {k: v for k, v in agent["skills"].items() if k not in skills}
            self.save_agent(account, agent)
        return self.ok(result=1)

    def sq_set_agent_info(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        for agent in self._agents_for(account, form, app):
            agent["handle_calls"] = form.flag("handle_calls")
            if form.has("max_simultaneous_conversations"):
                agent["max_simultaneous_conversations"] = form.integer("max_simultaneous_conversations")
            self.save_agent(account, agent)
        return self.ok(result=1)

    def sq_get_agents(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        users = self.users_of(account, app)
        if form.has("user_id") or form.has("user_name"):
            users = self.pick_users(account, form, app)
        if form.has("user_name_template"):
            users = [u for u in users if form.text("user_name_template") in u["user_name"]]
        agents = [(u, self.agent(account, u)) for u in users]
        agents = [(u, a) for u, a in agents if a["handle_calls"] == form.flag("handle_calls")]
        queues = self.queues(account, form, app, required=False)
        if queues is not None:
            wanted = {q["sq_queue_id"] for q in queues}
            agents = [(u, a) for u, a in agents if wanted & set(a["queues"])]
        excluded = self._pick(
            account,
            Form(
                {
                    k.removeprefix("excluded_"): v
                    for k, v in form.data.items()
                    if k.startswith("excluded_sq_queue")
                }
            ),
            app,
            "sq_queue",
            "sq_queue_id",
            "sq_queue_name",
            "SmartQueue",
            required=False,
        )
        if excluded is not None:
            unwanted = {q["sq_queue_id"] for q in excluded}
            agents = [(u, a) for u, a in agents if not unwanted & set(a["queues"])]
        skills = {str(s["sq_skill_id"]): s for s in self._of_app(account, "sq_skill", app)}
        for entry in form.json("sq_skills") or []:
            wanted_id = str(
                entry.get("sq_skill_id")
                or next(
                    (k for k, s in skills.items() if s["sq_skill_name"] == entry.get("sq_skill_name")), ""
                )
            )
            low, high = entry.get("min_sq_skill_level", 1), entry.get("max_sq_skill_level", 5)
            agents = [(u, a) for u, a in agents if low <= a["skills"].get(wanted_id, 0) <= high]
        for entry in form.json("sq_statuses") or []:
            agents = [
                (u, a)
                for u, a in agents
                if a["statuses"][entry["sq_status_type"]]["sq_status_name"] == entry["sq_status_name"]
            ]
        sq_queues = {q["sq_queue_id"]: q for q in self._of_app(account, "sq_queue", app)}
        views = []
        for user, agent in agents:
            view: dict[str, Any] = {
                "user_id": user["user_id"],
                "user_name": user["user_name"],
                "user_display_name": user["user_display_name"],
                "max_simultaneous_conversations": agent["max_simultaneous_conversations"],
            }
            if form.flag("with_sq_queues"):
                view["sq_queues"] = [
                    {"sq_queue_id": q, "sq_queue_name": sq_queues[q]["sq_queue_name"]}
                    for q in agent["queues"]
                    if q in sq_queues
                ]
            if form.flag("with_sq_skills"):
                view["sq_skills"] = [
                    {"sq_skill_id": int(k), "sq_skill_name": skills[k]["sq_skill_name"], "sq_skill_level": v}
                    for k, v in agent["skills"].items()
                    if k in skills
                ]
            if form.flag("with_sq_statuses"):
                view["sq_statuses"] = [agent["statuses"]]
            views.append(view)
        return self.ok(result=listing(views, form)["result"])

    # --- status mappings ----------------------------------------------------------------------

    def sq_set_agent_custom_status_mapping(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        status = form.text("sq_status_name")
        self.save(
            account,
            "sq_status_mapping",
            f"{app['application_id']}:{status}",
            {
                "application_id": app["application_id"],
                "sq_status_name": status,
                "custom_status_name": form.text("custom_status_name"),
            },
        )
        return self.ok(result=1)

    def sq_get_agent_custom_status_mapping(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        mappings = self.all_of(account, "sq_status_mapping")
        if form.has("application_id"):
            mappings = [m for m in mappings if m["application_id"] == form.integer("application_id")]
        if not mappings:
            raise not_found("Custom status mapping")
        latest = mappings[-1]
        return self.ok(
            sq_status_name=latest["sq_status_name"], custom_status_name=latest["custom_status_name"]
        )

    def sq_delete_agent_custom_status_mapping(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        for mapping in self._of_app(account, "sq_status_mapping", app):
            if not form.has("sq_status_name") or mapping["sq_status_name"] == form.text("sq_status_name"):
                self.drop(account, "sq_status_mapping", mapping["_key"])
        return self.ok(result=1)

    # --- state and metrics --------------------------------------------------------------------

    def get_sqstate(self, call: ApiCall) -> Reply:
        account, form, app = self.app_call(call)
        queues = self.queues(account, form, app) or []
        users = {u["user_id"]: u for u in self.users_of(account, app)}
        skills = {str(s["sq_skill_id"]): s for s in self._of_app(account, "sq_skill", app)}
        states = []
        for queue in queues:
            agents = []
            for agent in self._of_app(account, "sq_agent", app):
                user = users.get(agent["user_id"])
                if user is None or queue["sq_queue_id"] not in agent["queues"]:
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
            states.append(
                {
                    "sq_queue_id": queue["sq_queue_id"],
                    "sq_queue_name": queue["sq_queue_name"],
                    "sq_agents": agents,
                    "tasks": [],
                }
            )
        return self.ok(result=states)

    def _metrics(self, call: ApiCall, default_span: timedelta) -> Reply:
        account, form, app = self.app_call(call)
        queues = self.queues(account, form, app, required=False) or self._of_app(account, "sq_queue", app)
        now = self.clock.now().replace(tzinfo=None, microsecond=0)
        start = form.moment("from_date") if form.has("from_date") else now - default_span
        end = form.moment("to_date") if form.has("to_date") else now
        if end <= start:
            raise vox_error(RULE_VIOLATED, "to_date must be later than from_date")
        values = [{"from_date": start.strftime(DATETIME), "to_date": end.strftime(DATETIME), "value": 0.0}]
        if form.text("group_by") == "agent":
            users = self.users_of(account, app)
            if form.has("user_id") or form.has("user_name"):
                users = self.pick_users(account, form, app)
            groups = [
                {
                    "user_id": u["user_id"],
                    "user_name": u["user_name"],
                    "user_display_name": u["user_display_name"],
                    "values": values,
                }
                for u in users
            ]
        else:
            groups = [
                {"sq_queue_id": q["sq_queue_id"], "sq_queue_name": q["sq_queue_name"], "values": values}
                for q in queues
            ]
        reports = [{"report_type": kind, "groups": groups} for kind in form.text("report_type").split(";")]
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
