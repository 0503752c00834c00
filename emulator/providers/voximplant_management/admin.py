"""Admin roles (sets of allowed and denied API methods) and admin users holding them."""

from __future__ import annotations

import secrets
from typing import Any, Literal

from ...core.provider import ApiCall, Reply
from ...core.specs import load_spec
from .base import Account, Base
from .errors import RULE_VIOLATED, already_exists, invalid, not_found, vox_error
from .form import ALL, Form, listing, only

# Roles every account has; they cannot be edited or deleted.
SYSTEM_ROLES = (
    {"admin_role_id": 1, "admin_role_name": "Owner", "admin_role_active": True, "system_role": True},
    {"admin_role_id": 2, "admin_role_name": "Developer", "admin_role_active": True, "system_role": True},
    {"admin_role_id": 3, "admin_role_name": "Accountant", "admin_role_active": True, "system_role": True},
)


class AdminRoles(Base):
    def entries(self) -> list[str]:
        """The access entries: the names of the API methods."""
        spec = load_spec(self.api_id)
        return sorted(op["operationId"] for item in spec["paths"].values() for op in item.values())

    def roles(self, account: Account, *, with_system: bool = True) -> list[dict[str, Any]]:
        own = self.all_of(account, "admin_role")
        system = [
            {**role, "allowed_entries": [], "denied_entries": [], "modified": "2020-01-01 00:00:00"}
            for role in SYSTEM_ROLES
        ]
        return (system if with_system else []) + own

    def pick_roles(
        self, account: Account, form: Form, id_field: str, name_field: str, *, required: bool = True
    ) -> list[dict[str, Any]]:
        roles = self.roles(account)
        ids = form.ids(id_field)
        names = form.names(name_field) if ids is None else None
        if ids == ALL or names == ALL:
            return roles
        key, wanted = ("admin_role_id", ids) if ids is not None else ("admin_role_name", names)
        if wanted is None:
            if required:
                raise invalid(f"{id_field} or {name_field} is required")
            return []
        found = {r[key]: r for r in roles}
        missing = [w for w in wanted if w not in found]
        if missing:
            raise not_found(f"Admin role {', '.join(map(str, missing))}")
        return [found[w] for w in dict.fromkeys(wanted)]

    def entry_list(self, form: Form, name: str) -> list[str]:
        values = form.names(name)
        if values is None:
            return []
        known = set(self.entries())
        if values == ALL:
            return sorted(known)
        unknown = [v for v in values if v not in known]
        if unknown:
            raise not_found(f"Access entries {', '.join(unknown)} (in {name})")
        return list(dict.fromkeys(values))

    @staticmethod
    def merged(current: list[str], change: list[str], mode: str) -> list[str]:
        if mode == "set":
            return change
        if mode == "del":
            return [e for e in current if e not in change]
        return list(dict.fromkeys(current + change))

    def role_view(self, role: dict[str, Any], *, with_entries: bool) -> dict[str, Any]:
        view = {
            key: role[key]
            for key in ("admin_role_id", "admin_role_name", "admin_role_active", "modified", "system_role")
        }
        if with_entries:
            view["allowed_entries"] = role["allowed_entries"]
            view["denied_entries"] = role["denied_entries"]
        return view

    def add_admin_role(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        name = form.text("admin_role_name")
        if any(r["admin_role_name"] == name for r in self.roles(account)):
            raise already_exists(f"Admin role '{name}'")
        allowed, denied = self.entry_list(form, "allowed_entries"), self.entry_list(form, "denied_entries")
        for like in self.pick_roles(
            account, form, "like_admin_role_id", "like_admin_role_name", required=False
        ):
            allowed = self.merged(allowed, like["allowed_entries"], "add")
            denied = self.merged(denied, like["denied_entries"], "add")
        role = {
            "admin_role_id": self.new_id("admin_role", 1001),
            "admin_role_name": name,
            "admin_role_active": form.flag("admin_role_active", True),
            "allowed_entries": allowed,
            "denied_entries": denied,
            "system_role": False,
            "modified": self.now(),
        }
        self.save(account, "admin_role", role["admin_role_id"], role)
        return self.ok(result=1, admin_role_id=role["admin_role_id"])

    def editable_role(self, account: Account, form: Form) -> dict[str, Any]:
        role = only(self.pick_roles(account, form, "admin_role_id", "admin_role_name"), "admin role")
        if role["system_role"]:
            raise vox_error(RULE_VIOLATED, f"The system role '{role['admin_role_name']}' cannot be changed")
        return role

    def set_admin_role_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        role = self.editable_role(account, form)
        mode = form.text("entry_modification_mode", "set")
        if form.has("new_admin_role_name"):
            new = form.text("new_admin_role_name")
            if any(
                r["admin_role_name"] == new and r["admin_role_id"] != role["admin_role_id"]
                for r in self.roles(account)
            ):
                raise already_exists(f"Admin role '{new}'")
            role["admin_role_name"] = new
        if form.has("admin_role_active"):
            role["admin_role_active"] = form.flag("admin_role_active")
        if form.has("allowed_entries"):
            role["allowed_entries"] = self.merged(
                role["allowed_entries"], self.entry_list(form, "allowed_entries"), mode
            )
        if form.has("denied_entries"):
            role["denied_entries"] = self.merged(
                role["denied_entries"], self.entry_list(form, "denied_entries"), mode
            )
        for like in self.pick_roles(
            account, form, "like_admin_role_id", "like_admin_role_name", required=False
        ):
            role["allowed_entries"] = self.merged(role["allowed_entries"], like["allowed_entries"], "add")
            role["denied_entries"] = self.merged(role["denied_entries"], like["denied_entries"], "add")
        role["modified"] = self.now()
        self.save(account, "admin_role", role["admin_role_id"], role)
        return self.ok(result=1)

    def del_admin_role(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doomed = [
            r
            for r in self.pick_roles(account, form, "admin_role_id", "admin_role_name")
            if not r["system_role"]
        ]
        for role in doomed:
            self.drop(account, "admin_role", role["admin_role_id"])
            for user in self.all_of(account, "admin_user"):
                if role["admin_role_id"] in user["roles"]:
                    user["roles"].remove(role["admin_role_id"])
                    self.save(account, "admin_user", user["admin_user_id"], user)
        return self.ok(result=1)

    def get_admin_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        roles = self.roles(account, with_system=form.flag("with_system_roles", True))
        if form.has("admin_role_id"):
            roles = [r for r in roles if r["admin_role_id"] == form.integer("admin_role_id")]
        if form.has("admin_role_name"):
            roles = [r for r in roles if form.text("admin_role_name") in r["admin_role_name"]]
        if form.has("admin_role_active"):
            roles = [r for r in roles if r["admin_role_active"] == form.flag("admin_role_active")]
        users = self.all_of(account, "admin_user")
        included = self._user_ids(users, form.ids("included_admin_user_id"))
        if included is not None:
            held = {rid for u in users if u["admin_user_id"] in included for rid in u["roles"]}
            roles = [r for r in roles if r["admin_role_id"] in held]
        excluded = self._user_ids(users, form.ids("excluded_admin_user_id"))
        if excluded is not None:
            held = {rid for u in users if u["admin_user_id"] in excluded for rid in u["roles"]}
            roles = [r for r in roles if r["admin_role_id"] not in held]
        views = [self.role_view(r, with_entries=form.flag("with_entries")) for r in roles]
        return self.ok(**listing(views, form))

    @staticmethod
    def _user_ids(users: list[dict[str, Any]], wanted: list[int] | Literal["all"] | None) -> set[int] | None:
        if wanted is None:
            return None
        return {u["admin_user_id"] for u in users} if wanted == ALL else set(wanted)

    def get_available_admin_role_entries(self, call: ApiCall) -> Reply:
        return self.ok(result=self.entries())


class AdminUsers(AdminRoles):
    def pick_admin_users(self, account: Account, form: Form) -> list[dict[str, Any]]:
        users = self.all_of(account, "admin_user")
        ids = form.ids("required_admin_user_id")
        names = form.names("required_admin_user_name") if ids is None else None
        if ids == ALL or names == ALL:
            return users
        key, wanted = ("admin_user_id", ids) if ids is not None else ("admin_user_name", names)
        if wanted is None:
            raise invalid("required_admin_user_id or required_admin_user_name is required")
        found = {u[key]: u for u in users}
        missing = [w for w in wanted if w not in found]
        if missing:
            raise not_found(f"Admin user {', '.join(map(str, missing))}")
        return [found[w] for w in dict.fromkeys(wanted)]

    def add_admin_user(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        name = form.text("new_admin_user_name")
        if any(u["admin_user_name"] == name for u in self.all_of(account, "admin_user")):
            raise already_exists(f"Admin user '{name}'")
        roles = self.pick_roles(account, form, "admin_role_id", "admin_role_name", required=False)
        user = {
            "admin_user_id": self.new_id("admin_user", 901),
            "admin_user_name": name,
            "admin_user_display_name": form.text("admin_user_display_name"),
            "admin_user_password": form.text("new_admin_user_password"),
            "admin_user_active": form.flag("admin_user_active", True),
            "admin_user_api_key": secrets.token_hex(16),
            "roles": [r["admin_role_id"] for r in roles],
            "modified": self.now(),
        }
        self.save(account, "admin_user", user["admin_user_id"], user)
        return self.ok(
            result=1, admin_user_id=user["admin_user_id"], admin_user_api_key=user["admin_user_api_key"]
        )

    def set_admin_user_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        user = only(self.pick_admin_users(account, form), "admin user")
        if form.has("new_admin_user_name"):
            new = form.text("new_admin_user_name")
            if any(
                u["admin_user_name"] == new and u["admin_user_id"] != user["admin_user_id"]
                for u in self.all_of(account, "admin_user")
            ):
                raise already_exists(f"Admin user '{new}'")
            user["admin_user_name"] = new
        if form.has("admin_user_display_name"):
            user["admin_user_display_name"] = form.text("admin_user_display_name")
        if form.has("new_admin_user_password"):
            user["admin_user_password"] = form.text("new_admin_user_password")
        if form.has("admin_user_active"):
            user["admin_user_active"] = form.flag("admin_user_active")
        user["modified"] = self.now()
        self.save(account, "admin_user", user["admin_user_id"], user)
        return self.ok(result=1)

    def del_admin_user(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        for user in self.pick_admin_users(account, form):
            self.drop(account, "admin_user", user["admin_user_id"])
        return self.ok(result=1)

    def attach_admin_role(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        users = self.pick_admin_users(account, form)
        roles = [
            r["admin_role_id"] for r in self.pick_roles(account, form, "admin_role_id", "admin_role_name")
        ]
        mode = form.text("mode", "add")
        for user in users:
            user["roles"] = self.merged(user["roles"], roles, mode)
            user["modified"] = self.now()
            self.save(account, "admin_user", user["admin_user_id"], user)
        return self.ok(result=1)

    def get_admin_users(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        users = self.all_of(account, "admin_user")
        if form.has("required_admin_user_id"):
            users = [u for u in users if u["admin_user_id"] == form.integer("required_admin_user_id")]
        if form.has("required_admin_user_name"):
            users = [u for u in users if form.text("required_admin_user_name") in u["admin_user_name"]]
        if form.has("admin_user_display_name"):
            users = [u for u in users if form.text("admin_user_display_name") in u["admin_user_display_name"]]
        if form.has("admin_user_active"):
            users = [u for u in users if u["admin_user_active"] == form.flag("admin_user_active")]
        roles = {r["admin_role_id"]: r for r in self.roles(account)}
        views = []
        for user in users:
            view = {
                key: user[key]
                for key in (
                    "admin_user_id",
                    "admin_user_name",
                    "admin_user_display_name",
                    "admin_user_active",
                    "modified",
                )
            }
            held = [roles[i] for i in user["roles"] if i in roles]
            if form.flag("with_roles"):
                view["admin_roles"] = [self.role_view(r, with_entries=False) for r in held]
            if form.flag("with_access_entries"):
                allowed = {e for r in held if r["admin_role_active"] for e in r["allowed_entries"]}
                denied = {e for r in held if r["admin_role_active"] for e in r["denied_entries"]}
                view["access_entries"] = sorted(allowed - denied)
            views.append(view)
        return self.ok(**listing(views, form))
