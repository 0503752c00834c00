"""SmartQueue (ACD v2) lookups every SmartQueue method shares: an application's queues, skills and
agents (the application's users, with their SmartQueue side created on first use)."""

from __future__ import annotations

from typing import Any

from .base import Account
from .errors import invalid, not_found
from .form import ALL, Form
from .users import Users


class SmartQueueBase(Users):
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
