"""Applications: add, edit, delete and list; deleting one removes everything bound to it."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import INVALID_APPLICATION_NAME, already_exists, not_found, vox_error
from .form import listing

# Documents that belong to one application and go with it.
APPLICATION_SCOPED = (
    "rule",
    "scenario",  # an application's own (shared scenarios have none)
    "user",
    "acd_queue",
    "kv",
    "secret",
    "sq_queue",
    "sq_skill",
    "sq_agent",
    "sq_status_mapping",
)


class Applications(Base):
    def full_application_name(self, account: Account, short: str) -> str:
        return f"{short}.{self.account_doc(account)['account_name']}.n1.voximplant.com"

    def application_info(self, app: dict[str, Any]) -> dict[str, Any]:
        return {
            "application_id": app["application_id"],
            "application_name": app["application_name"],
            "modified": app["modified"],
            "secure_record_storage": app["secure_record_storage"],
        }

    def add_application(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        short = form.text("application_name")
        full = self.full_application_name(account, short)
        if self.application_by_name(account, short) is not None:
            raise vox_error(INVALID_APPLICATION_NAME, f"Application '{full}' already exists")
        app = {
            "application_id": self.new_id("application", 10001),
            "application_name": full,
            "short_name": short,
            "secure_record_storage": form.flag("secure_record_storage"),
            "modified": self.now(),
        }
        self.save(account, "application", app["application_id"], app)
        return self.ok(
            result=1,
            application_id=app["application_id"],
            application_name=full,
            secure_record_storage=app["secure_record_storage"],
        )

    def set_application_info(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        app = self.application(account, form, name_field="required_application_name")
        assert app is not None
        if form.has("application_name"):
            short = form.text("application_name")
            other = self.application_by_name(account, short)
            if other is not None and other["application_id"] != app["application_id"]:
                raise already_exists(f"Application '{short}'")
            app["short_name"] = short
            app["application_name"] = self.full_application_name(account, short)
        if form.has("secure_record_storage"):
            app["secure_record_storage"] = form.flag("secure_record_storage")
        app["modified"] = self.now()
        self.save(account, "application", app["application_id"], app)
        return self.ok(
            result=1,
            application_name=app["application_name"],
            secure_record_storage=app["secure_record_storage"],
        )

    def del_application(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        ids, names = form.ids("application_id"), form.names("application_name")
        every = self.all_of(account, "application")
        if ids == "all" or (ids is None and names == "all"):
            apps = every
        elif ids is not None:
            by_id = {a["application_id"]: a for a in every}
            missing = [i for i in ids if i not in by_id]
            if missing:
                raise not_found(f"Application {', '.join(map(str, missing))}")
            apps = [by_id[i] for i in dict.fromkeys(ids)]
        else:
            apps = []
            for name in names or []:
                app = self.application_by_name(account, name)
                if app is None:
                    raise not_found(f"Application '{name}'")
                apps.append(app)
        for app in apps:
            for kind in APPLICATION_SCOPED:
                if kind in ("user", "kv"):  # indexed by application: only this application's are read
                    docs = self.store.find(account.ns, kind, "application_id", app["application_id"])
                else:
                    docs = [
                        d
                        for d in self.all_of(account, kind)
                        if d.get("application_id") == app["application_id"]
                    ]
                for doc in docs:
                    self.drop(account, kind, doc["_key"])
            self.drop(account, "application", app["application_id"])
        return self.ok(result=1)

    def get_applications(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        apps = self.all_of(account, "application")
        if form.has("application_id"):
            apps = [a for a in apps if a["application_id"] == form.integer("application_id")]
        if form.has("application_name"):
            part = form.text("application_name")
            apps = [a for a in apps if part in a["application_name"]]
        return self.ok(**listing([self.application_info(a) for a in apps], form))
