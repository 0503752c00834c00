"""Users: add, edit, delete and list the users of an application (ACD operators and SmartQueue agents)."""

from __future__ import annotations

import re
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import RULE_VIOLATED, already_exists, invalid, not_found, vox_error
from .form import ALL, Form, listing, only

_PASSWORD_RULES = (
    (r".{8,}", "at least 8 characters long"),
    (r"[A-Z]", "an uppercase letter"),
    (r"[a-z]", "a lowercase letter"),
    (r"[0-9]", "a number"),
    (r"[^A-Za-z0-9]", "a special character"),
)


def check_password(password: str) -> None:
    broken = [rule for pattern, rule in _PASSWORD_RULES if not re.search(pattern, password)]
    if broken:
        raise vox_error(
            RULE_VIOLATED,
            "The user password must be at least 8 characters long and contain at least one uppercase and "
            f"lowercase letter, one number, and one special character (missing: {', '.join(broken)})",
        )


class Users(Base):
    def users_of(self, account: Account, app: dict[str, Any] | None) -> list[dict[str, Any]]:
        if app is None:
            return self.all_of(account, "user")  # the account's users: what the request lists
        return self.store.find(account.ns, "user", "application_id", app["application_id"])

    def pick_users(
        self,
        account: Account,
        form: Form,
        app: dict[str, Any] | None,
        id_field: str = "user_id",
        name_field: str = "user_name",
    ) -> list[dict[str, Any]]:
        """The users a `user_id` list (or `all`) or a `user_name` list picks, within `app` when given."""
        users = self.users_of(account, app)
        ids = form.ids(id_field)
        names = form.names(name_field) if ids is None else None
        if ids == ALL or names == ALL:
            return users
        if ids is not None:
            by_id = {u["user_id"]: u for u in users}
            missing = [i for i in ids if i not in by_id]
            if missing:
                raise not_found(f"User {', '.join(map(str, missing))}")
            return [by_id[i] for i in dict.fromkeys(ids)]
        if names is not None:
            if app is None:
                raise invalid(f"application_id or application_name is required with {name_field}")
            by_name = {u["user_name"]: u for u in users}
            missing_names = [n for n in names if n not in by_name]
            if missing_names:
                raise not_found(f"User {', '.join(missing_names)}")
            return [by_name[n] for n in dict.fromkeys(names)]
        raise invalid(f"{id_field} or {name_field} is required")

    def user_info(self, account: Account, user: dict[str, Any], form: Form) -> dict[str, Any]:
        info: dict[str, Any] = {
            key: user[key]
            for key in (
                "user_id",
                "user_name",
                "user_display_name",
                "user_active",
                "parent_accounting",
                "created",
                "modified",
                "acd_status",
                "acd_status_change_time",
            )
        }
        info["balance"] = info["live_balance"] = info["fixed_balance"] = user.get("balance", 0.0)
        if "user_custom_data" in user:
            info["user_custom_data"] = user["user_custom_data"]
        app = self.one(account, "application", user["application_id"])
        if app is not None:
            info["applications"] = [
                {
                    key: app[key]
                    for key in ("application_id", "application_name", "modified", "secure_record_storage")
                }
            ]
        if form.flag("with_queues"):
            info["acd_queues"] = []
            for queue_id, auto in user.get("acd_queues", {}).items():
                queue = self.one(account, "acd_queue", queue_id)
                if queue is not None:
                    info["acd_queues"].append(
                        {
                            "acd_queue_id": queue["acd_queue_id"],
                            "acd_queue_name": queue["acd_queue_name"],
                            "auto_link": auto,
                        }
                    )
        if form.flag("with_skills"):
            skills = [self.one(account, "acd_skill", s) for s in user.get("skills", [])]
            shown = [s for s in skills if s is not None]
            if form.has("showing_skill_id"):
                shown = [s for s in shown if s["skill_id"] == form.integer("showing_skill_id")]
            info["skills"] = [{"skill_id": s["skill_id"], "skill_name": s["skill_name"]} for s in shown]
        return info

    def add_user(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form)
        assert app is not None
        name = form.text("user_name")
        if any(u["user_name"] == name for u in self.users_of(account, app)):
            raise already_exists(f"User '{name}' in application {app['application_name']}")
        check_password(form.text("user_password"))
        now = self.now()
        user: dict[str, Any] = {
            "user_id": self.new_id("user", 2001),
            "application_id": app["application_id"],
            "user_name": name,
            "user_display_name": form.text("user_display_name"),
            "user_password": form.text("user_password"),
            "user_active": form.flag("user_active", True),
            "parent_accounting": form.flag("parent_accounting", True),
            "balance": 0.0,
            "created": now,
            "modified": now,
            "acd_status": "OFFLINE",
            "acd_status_change_time": now,
            "acd_queues": {},
            "skills": [],
        }
        for key in ("user_custom_data", "mobile_phone"):
            if form.has(key):
                user[key] = form.text(key)
        self.save(account, "user", user["user_id"], user)
        return self.ok(result=1, user_id=user["user_id"])

    def set_user_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form, required=False)
        user = only(self.pick_users(account, form, app), "user")
        if form.has("new_user_name"):
            new = form.text("new_user_name")
            if any(
                u["user_name"] == new and u["user_id"] != user["user_id"] for u in self.users_of(account, app)
            ):
                raise already_exists(f"User '{new}'")
            user["user_name"] = new
        if form.has("user_password"):
            check_password(form.text("user_password"))
            user["user_password"] = form.text("user_password")
        for key in ("user_display_name", "user_custom_data", "mobile_phone"):
            if form.has(key):
                user[key] = form.text(key)
        for key in ("user_active", "parent_accounting"):
            if form.has(key):
                user[key] = form.flag(key)
        user["modified"] = self.now()
        self.save(account, "user", user["user_id"], user)
        return self.ok(result=1)

    def del_user(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form, required=False)
        for user in self.pick_users(account, form, app):
            self.drop(account, "user", user["user_id"])
            self.drop(account, "sq_agent", user["user_id"])
        return self.ok(result=1)

    def get_users(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form)
        users = self.users_of(account, app)
        if form.has("user_id"):
            users = [u for u in users if u["user_id"] == form.integer("user_id")]
        if form.has("user_name"):
            users = [u for u in users if form.text("user_name") in u["user_name"]]
        if form.has("user_display_name"):
            users = [u for u in users if form.text("user_display_name") in u["user_display_name"]]
        if form.has("user_active"):
            users = [u for u in users if u["user_active"] == form.flag("user_active")]
        statuses = form.names("acd_status")
        if statuses is not None and statuses != ALL:
            users = [u for u in users if u["acd_status"] in statuses]
        if form.has("acd_queue_id"):
            users = [u for u in users if str(form.integer("acd_queue_id")) in u.get("acd_queues", {})]
        if form.has("excluded_acd_queue_id"):
            users = [
                u for u in users if str(form.integer("excluded_acd_queue_id")) not in u.get("acd_queues", {})
            ]
        if form.has("skill_id"):
            users = [u for u in users if form.integer("skill_id") in u.get("skills", [])]
        if form.has("excluded_skill_id"):
            users = [u for u in users if form.integer("excluded_skill_id") not in u.get("skills", [])]
        order = form.text("order_by", "user_id")
        users.sort(key=lambda u: (u[order], u["user_id"]))
        return self.ok(**listing([self.user_info(account, u, form) for u in users], form))
