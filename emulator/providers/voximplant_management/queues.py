"""ACD (v1) queues and operator skills, and the bindings between queues, skills and users."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account
from .errors import already_exists, invalid, not_found
from .form import ALL, Form, listing, only
from .users import Users

QUEUE_SETTINGS = (
    "acd_queue_priority",
    "auto_binding",
    "average_service_time",
    "max_queue_size",
    "max_waiting_time",
    "service_probability",
)


class Queues(Users):
    # --- queues -------------------------------------------------------------------------------

    def pick_queues(self, account: Account, form: Form, app: dict[str, Any] | None) -> list[dict[str, Any]]:
        queues = self.all_of(account, "acd_queue")
        if app is not None:
            queues = [q for q in queues if q["application_id"] == app["application_id"]]
        ids = form.ids("acd_queue_id")
        names = form.names("acd_queue_name") if ids is None else None
        if ids == ALL or names == ALL:
            return queues
        key, wanted = ("acd_queue_id", ids) if ids is not None else ("acd_queue_name", names)
        if wanted is None:
            raise invalid("acd_queue_id or acd_queue_name is required")
        found = {q[key]: q for q in queues}
        missing = [w for w in wanted if w not in found]
        if missing:
            raise not_found(f"ACD queue {', '.join(map(str, missing))}")
        return [found[w] for w in dict.fromkeys(wanted)]

    def queue_info(self, account: Account, queue: dict[str, Any], form: Form) -> dict[str, Any]:
        info = {
            key: queue[key]
            for key in ("acd_queue_id", "acd_queue_name", "application_id", "created", "modified")
        }
        for key in QUEUE_SETTINGS:
            if key in queue:
                info[key] = queue[key]
        bound = [
            u for u in self.all_of(account, "user") if str(queue["acd_queue_id"]) in u.get("acd_queues", {})
        ]
        info["users"] = [{"user_id": u["user_id"]} for u in bound]
        if form.flag("with_operatorcount"):
            info["operatorcount"] = len(bound)
        if form.flag("with_skills"):
            skills = [s for s in (self.one(account, "acd_skill", i) for i in queue.get("skills", [])) if s]
            if form.has("showing_skill_id"):
                skills = [s for s in skills if s["skill_id"] == form.integer("showing_skill_id")]
            info["skills"] = [{"skill_id": s["skill_id"], "skill_name": s["skill_name"]} for s in skills]
        return info

    def add_queue(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form)
        assert app is not None
        name = form.text("acd_queue_name")
        if any(
            q["acd_queue_name"] == name
            for q in self.all_of(account, "acd_queue")
            if q["application_id"] == app["application_id"]
        ):
            raise already_exists(f"ACD queue '{name}'")
        now = self.now()
        queue: dict[str, Any] = {
            "acd_queue_id": self.new_id("acd_queue", 301),
            "application_id": app["application_id"],
            "acd_queue_name": name,
            "acd_queue_priority": 0,
            "auto_binding": False,
            "service_probability": 1.0,
            "created": now,
            "modified": now,
            "skills": [],
        }
        for key in QUEUE_SETTINGS:
            if form.has(key):
                queue[key] = form.get(key)
        self.save(account, "acd_queue", queue["acd_queue_id"], queue)
        return self.ok(result=1, acd_queue_id=queue["acd_queue_id"])

    def set_queue_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        queue = only(self.pick_queues(account, form, None), "ACD queue")
        if form.has("application_id"):
            app = self.one(account, "application", form.integer("application_id"))
            if app is None:
                raise not_found(f"Application {form.integer('application_id')}")
            queue["application_id"] = app["application_id"]
        if form.has("new_acd_queue_name"):
            queue["acd_queue_name"] = form.text("new_acd_queue_name")
        for key in QUEUE_SETTINGS:
            if form.has(key):
                queue[key] = form.get(key)
        queue["modified"] = self.now()
        self.save(account, "acd_queue", queue["acd_queue_id"], queue)
        return self.ok(result=1)

    def del_queue(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        for queue in self.pick_queues(account, form, None):
            self.drop(account, "acd_queue", queue["acd_queue_id"])
            for user in self.all_of(account, "user"):
                if user.get("acd_queues", {}).pop(str(queue["acd_queue_id"]), None) is not None:
                    self.save(account, "user", user["user_id"], user)
        return self.ok(result=1)

    def get_queues(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        queues = self.all_of(account, "acd_queue")
        if form.has("acd_queue_id"):
            queues = [q for q in queues if q["acd_queue_id"] == form.integer("acd_queue_id")]
        if form.has("acd_queue_name"):
            queues = [q for q in queues if form.text("acd_queue_name") in q["acd_queue_name"]]
        if form.has("application_id"):
            queues = [q for q in queues if q["application_id"] == form.integer("application_id")]
        if form.has("skill_id"):
            queues = [q for q in queues if form.integer("skill_id") in q.get("skills", [])]
        if form.has("excluded_skill_id"):
            queues = [q for q in queues if form.integer("excluded_skill_id") not in q.get("skills", [])]
        return self.ok(**listing([self.queue_info(account, q, form) for q in queues], form))

    def bind_user_to_queue(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form)
        users = self.pick_users(account, form, app)
        queues = self.pick_queues(account, form, app)
        bind = form.flag("bind")
        for user in users:
            links = user.setdefault("acd_queues", {})
            for queue in queues:
                if bind:
                    links[str(queue["acd_queue_id"])] = False
                else:
                    links.pop(str(queue["acd_queue_id"]), None)
            self.save(account, "user", user["user_id"], user)
        return self.ok(result=1)

    def get_acdstate(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        queues = self.all_of(account, "acd_queue")
        wanted = form.ids("acd_queue_id")
        if wanted is not None and wanted != ALL:
            queues = [q for q in queues if q["acd_queue_id"] in wanted]
        now = self.clock.time()
        states = []
        for queue in queues:
            bound = [
                u
                for u in self.all_of(account, "user")
                if str(queue["acd_queue_id"]) in u.get("acd_queues", {})
            ]

            def person(user: dict[str, Any]) -> dict[str, Any]:
                return {
                    "user_id": user["user_id"],
                    "user_name": user["user_name"],
                    "user_display_name": user["user_display_name"],
                }

            ready = [
                {**person(u), "idle_duration": int(now - u.get("acd_status_since", now))}
                for u in bound
                if u["acd_status"] == "READY"
            ]
            after = [
                {**person(u), "status": "AFTER_SERVICE"} for u in bound if u["acd_status"] == "AFTER_SERVICE"
            ]
            locked = [{**person(u), "status": "BANNED"} for u in bound if u["acd_status"] == "BANNED"]
            states.append(
                {
                    "acd_queue_id": queue["acd_queue_id"],
                    "ready_operators": ready,
                    "ready_operators_count": len(ready),
                    "after_service_operators": after,
                    "after_service_operator_count": len(after),
                    "locked_operators": locked,
                    "locked_operators_count": len(locked),
                    "servicing_calls": [],
                    "waiting_calls": [],
                }
            )
        return self.ok(result={"acd_queues": states})

    # --- skills -------------------------------------------------------------------------------

    def pick_skills(self, account: Account, form: Form) -> list[dict[str, Any]]:
        skills = self.all_of(account, "acd_skill")
        ids = form.ids("skill_id")
        names = form.names("skill_name") if ids is None else None
        if ids == ALL or names == ALL:
            return skills
        key, wanted = ("skill_id", ids) if ids is not None else ("skill_name", names)
        if wanted is None:
            raise invalid("skill_id or skill_name is required")
        found = {s[key]: s for s in skills}
        missing = [w for w in wanted if w not in found]
        if missing:
            raise not_found(f"Skill {', '.join(map(str, missing))}")
        return [found[w] for w in dict.fromkeys(wanted)]

    def add_skill(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        name = form.text("skill_name")
        if any(s["skill_name"] == name for s in self.all_of(account, "acd_skill")):
            raise already_exists(f"Skill '{name}'")
        skill = {"skill_id": self.new_id("acd_skill", 501), "skill_name": name}
        self.save(account, "acd_skill", skill["skill_id"], skill)
        return self.ok(result=1, skill_id=skill["skill_id"])

    def set_skill_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        skill = only(self.pick_skills(account, form), "skill")
        new = form.text("new_skill_name")
        if any(
            s["skill_name"] == new and s["skill_id"] != skill["skill_id"]
            for s in self.all_of(account, "acd_skill")
        ):
            raise already_exists(f"Skill '{new}'")
        skill["skill_name"] = new
        self.save(account, "acd_skill", skill["skill_id"], skill)
        return self.ok(result=1)

    def del_skill(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        skill = only(self.pick_skills(account, form), "skill")
        self.drop(account, "acd_skill", skill["skill_id"])
        for kind, key in (("user", "user_id"), ("acd_queue", "acd_queue_id")):
            for doc in self.all_of(account, kind):
                if skill["skill_id"] in doc.get("skills", []):
                    doc["skills"].remove(skill["skill_id"])
                    self.save(account, kind, doc[key], doc)
        return self.ok(result=1)

    def get_skills(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        skills = self.all_of(account, "acd_skill")
        if form.has("skill_id"):
            skills = [s for s in skills if s["skill_id"] == form.integer("skill_id")]
        if form.has("skill_name"):
            skills = [s for s in skills if form.text("skill_name") in s["skill_name"]]
        return self.ok(
            **listing([{"skill_id": s["skill_id"], "skill_name": s["skill_name"]} for s in skills], form)
        )

    def bind_skill(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        skills = self.pick_skills(account, form)
        app = self.application(account, form, required=False)
        users = self.pick_users(account, form, app)
        queues = self.pick_queues(account, form, app)
        bind = form.flag("bind", True)
        for kind, key, docs in (("user", "user_id", users), ("acd_queue", "acd_queue_id", queues)):
            for doc in docs:
                current = doc.setdefault("skills", [])
                for skill in skills:
                    if bind and skill["skill_id"] not in current:
                        current.append(skill["skill_id"])
                    if not bind and skill["skill_id"] in current:
                        current.remove(skill["skill_id"])
                self.save(account, kind, doc[key], doc)
        return self.ok(result=1)
