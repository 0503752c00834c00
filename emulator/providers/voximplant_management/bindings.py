"""Credentials bound to several applications (push credentials, Dialogflow keys): naming and showing them."""

from __future__ import annotations

from typing import Any

from .base import Account, Base
from .errors import not_found
from .form import ALL, Form


class AppBindings(Base):
    def application_ids(self, account: Account, form: Form) -> list[int]:
        """The applications an id list (or all) names; each must exist."""
        wanted = form.ids("application_id")
        if wanted == ALL:
            return [a["application_id"] for a in self.all_of(account, "application")]
        assert wanted is not None
        for app_id in wanted:
            if self.one(account, "application", app_id) is None:
                raise not_found(f"Application {app_id}")
        return list(dict.fromkeys(wanted))

    def bound_applications(self, account: Account, app_ids: list[int]) -> list[dict[str, Any]]:
        """ApplicationInfo of the bound applications that still exist."""
        apps = [self.one(account, "application", a) for a in app_ids]
        return [
            {k: a[k] for k in ("application_id", "application_name", "modified", "secure_record_storage")}
            for a in apps
            if a is not None
        ]
