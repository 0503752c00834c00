"""Seed entries made through a vendor's own API rather than a control route: what that API creates
itself, so a seeded one is exactly what a customer's request would have made (same ids, same checks).

Voximplant Management: an account's `applications` (AddApplication) and their `users` (AddUser), sent
with the account's own account_id and api_key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FieldPath = tuple[str | int, ...]
# (where in the file, method name, form fields) -> the method's JSON result
SendVendor = Callable[[FieldPath, str, dict[str, Any]], dict[str, Any]]


def management_applications(
    send: SendVendor, at: FieldPath, entry: dict[str, Any], account: dict[str, Any]
) -> None:
    auth = {"account_id": account["account_id"], "api_key": account["api_key"]}
    for index, application in enumerate(entry.get("applications", [])):
        where = (*at, "applications", index)
        form = {name: value for name, value in application.items() if name != "users"}
        created = send(where, "AddApplication", {**auth, **form})
        for user_index, user in enumerate(application.get("users", [])):
            fields = {**auth, "application_id": created["application_id"], **user}
            send((*where, "users", user_index), "AddUser", fields)


# Per API: what runs once a tenant entry and its control-route children exist (given the create reply).
VENDOR_STEPS: dict[str, Callable[[SendVendor, FieldPath, dict[str, Any], dict[str, Any]], None]] = {
    "voximplant-management": management_applications,
}
