"""SmartQueue agents: their queue and skill bindings, settings, listing, and custom status mappings."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account
from .errors import invalid, not_found
from .form import Form, listing
from .sq_lookups import SmartQueueBase


class SmartQueueAgents(SmartQueueBase):
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
        if form.has("handle_calls"):  # a filter: the official client never sends it
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
