"""Seed entries made through a vendor's own API rather than a control route: what that API creates
itself, so a seeded one is exactly what a customer's request would have made (same ids, same checks).

Voximplant Management: an account's `applications` (AddApplication) and their `users` (AddUser), sent
with the account's own account_id and api_key. Voxology: an application's `call_flows` (PUT
/v1/CallFlows/Configurations/Default or .../PhoneNumbers/{number}), sent with its API key, after its
numbers exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import quote

FieldPath = tuple[str | int, ...]


class Vendor(Protocol):
    """Requests to the vendor APIs of the emulator being seeded; a refusal is a SeedError at `at`."""

    def form(self, at: FieldPath, path: str, fields: dict[str, Any]) -> dict[str, Any]: ...

    def json(self, at: FieldPath, method: str, path: str, body: Any, headers: dict[str, str]) -> Any: ...


def management_applications(
    vendor: Vendor, at: FieldPath, entry: dict[str, Any], account: dict[str, Any]
) -> None:
    auth = {"account_id": account["account_id"], "api_key": account["api_key"]}
    for index, application in enumerate(entry.get("applications", [])):
        where = (*at, "applications", index)
        form = {name: value for name, value in application.items() if name != "users"}
        created = vendor.form(where, "/platform_api/AddApplication/", {**auth, **form})
        for user_index, user in enumerate(application.get("users", [])):
            fields = {**auth, "application_id": created["application_id"], **user}
            vendor.form((*where, "users", user_index), "/platform_api/AddUser/", fields)


def voxology_call_flows(vendor: Vendor, at: FieldPath, entry: dict[str, Any], reply: Any) -> None:
    headers = {"X-API-Key": entry["api_key"]}
    for target, configuration in entry.get("call_flows", {}).items():
        tail = "Default" if target == "default" else f"PhoneNumbers/{quote(target)}"
        path = f"/v1/CallFlows/Configurations/{tail}"
        vendor.json((*at, "call_flows", target), "PUT", path, configuration, headers)


# Per API: what runs once a tenant entry and its control-route children exist (given the create reply).
VENDOR_STEPS: dict[str, Callable[[Vendor, FieldPath, dict[str, Any], Any], None]] = {
    "voximplant-management": management_applications,
    "voxology": voxology_call_flows,
}
