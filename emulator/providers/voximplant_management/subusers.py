"""Sub-users of the account: logins with roles, the role system's people (keys are in api_keys.py).

A sub-user's key (the control panel's service account of a sub-user, see the control API) signs JWTs
that may call what the sub-user's roles permit."""

from __future__ import annotations

from typing import Any

from ...core.auth import secrets_match
from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import RULE_VIOLATED, already_exists, not_found, vox_error
from .form import Form
from .roles import pick_roles, role_views
from .users import check_password

SUBUSER = "subuser"


class SubUsers(Base):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.store.index(SUBUSER, "subuser_name")

    def subuser(self, account: Account, form: Form) -> dict[str, Any]:
        doc = self.one(account, SUBUSER, form.integer("subuser_id"))
        if doc is None:
            raise not_found(f"Sub-user {form.integer('subuser_id')}")
        return doc

    @staticmethod
    def _subuser_view(doc: dict[str, Any], with_roles: bool) -> dict[str, Any]:
        view = {"subuser_id": doc["subuser_id"], "subuser_name": doc["subuser_name"]}
        if doc.get("description"):
            view["description"] = doc["description"]
        if with_roles:
            view["roles"] = role_views(doc["roles"], expanded=False)
        return view

    def add_sub_user(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        name = form.text("new_subuser_name")
        if self.store.find(account.ns, SUBUSER, "subuser_name", name):
            raise already_exists(f"Sub-user '{name}'")
        check_password(form.text("new_subuser_password"))
        doc = {
            "subuser_id": self.new_id(SUBUSER, 1),
            "subuser_name": name,
            "password": form.text("new_subuser_password"),
            "description": form.text("description"),
            "roles": pick_roles(form, required=False),
            "created": self.now(),
        }
        self.save(account, SUBUSER, doc["subuser_id"], doc)
        return self.ok(result={"subuser_id": doc["subuser_id"]})

    def get_sub_users(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        with_roles = form.flag("with_roles")
        if form.has("subuser_id"):
            found = self.one(account, SUBUSER, form.integer("subuser_id"))
            docs, total = (
                ([found] if found and form.integer("offset", 0) == 0 else []),
                int(found is not None),
            )
        else:
            docs = self.store.page(account.ns, SUBUSER, form.integer("offset", 0), form.integer("count", 20))
            total = self.store.count(account.ns, SUBUSER)
        views = [self._subuser_view(d, with_roles) for d in docs]
        return self.ok(result=views, count=len(views), total_count=total)

    def set_sub_user_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.subuser(account, form)
        if form.has("new_subuser_password"):
            if not secrets_match(form.text("old_subuser_password"), doc["password"]):
                raise vox_error(RULE_VIOLATED, "old_subuser_password does not match the sub-user's password")
            check_password(form.text("new_subuser_password"))
            doc["password"] = form.text("new_subuser_password")
        if form.has("description"):
            doc["description"] = form.text("description")
        self.save(account, SUBUSER, doc["subuser_id"], doc)
        return self.ok(result=1)

    def del_sub_user(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.subuser(account, form)
        self.drop(account, SUBUSER, doc["subuser_id"])
        return self.ok(result=1)

    def get_sub_user_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.subuser(account, form)
        return self.ok(result=role_views(doc["roles"], expanded=form.flag("with_expanded_roles")))

    def set_sub_user_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.subuser(account, form)
        doc["roles"] += [r for r in pick_roles(form) if r not in doc["roles"]]
        self.save(account, SUBUSER, doc["subuser_id"], doc)
        return self.ok(result=1)

    def remove_sub_user_roles(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        doc = self.subuser(account, form)
        removed = set(pick_roles(form))
        remaining = [r for r in doc["roles"] if r not in removed]
        if doc["roles"] and not remaining and not form.flag("force"):
            raise vox_error(
                RULE_VIOLATED, "The sub-user would have no role left: pass force=true to remove them all"
            )
        doc["roles"] = remaining
        self.save(account, SUBUSER, doc["subuser_id"], doc)
        return self.ok(result=1)
