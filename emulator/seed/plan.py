"""How each section of a seed file becomes control-API requests: the routes that create a tenant and
what it owns. The seed loader drives these routes themselves, so a seeded tenant is made exactly as one
created by a test through the control API (same checks, same defaults, same errors)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Child:
    """A field of a tenant entry sent to a route of its own once the tenant exists.

    shape "list": each item is POSTed; "object": the whole value is sent once; "map": each value is
    sent to the path with its key (e.g. Kit's outcome per number)."""

    path: str  # below the tenant's prefix
    method: str = "POST"
    shape: str = "list"


@dataclass(frozen=True, slots=True)
class ApiPlan:
    create: str  # route that creates the tenant (POST), relative to /_emulator
    create_fields: tuple[str, ...]  # fields of the entry sent to it
    key_from: tuple[str, str]  # ("entry" | "reply", field): the tenant key in `prefix`
    prefix: str  # the tenant's control routes, "{key}" replaced
    children: dict[str, Child] = field(default_factory=dict)


PLANS: dict[str, ApiPlan] = {
    "ccai-platform": ApiPlan(
        create="/ccai-platform/customers",
        create_fields=("subdomain", "token", "api_user_name", "settings", "outbound_number"),
        key_from=("entry", "subdomain"),
        prefix="/ccai-platform/customers/{key}",
        children={
            "agents": Child("/agents"),
            "menus": Child("/menus"),
            "outbound_numbers": Child("/outbound_numbers"),
            "tickets": Child("/tickets"),
        },
    ),
    "callgear-call-api": ApiPlan(
        create="/callgear-call-api/accounts",
        create_fields=("id", "name", "settings"),
        key_from=("reply", "id"),
        prefix="/callgear-call-api/accounts/{key}",
        children={
            "users": Child("/users"),
            "keys": Child("/keys"),
            "virtual_numbers": Child("/virtual_numbers"),
            "employees": Child("/employees"),
            "scenarios": Child("/scenarios"),
            "media": Child("/media"),
            "tags": Child("/tags"),
            "talk_options": Child("/talk_options"),
        },
    ),
    "voximplant-kit": ApiPlan(
        create="/voximplant-kit/accounts",
        create_fields=("domain", "access_token", "settings"),
        key_from=("entry", "domain"),
        prefix="/voximplant-kit/accounts/{key}",
        children={
            "tokens": Child("/tokens"),
            "scenarios": Child("/scenarios"),
            "users": Child("/users"),
            "queues": Child("/queues"),
            "numbers": Child("/numbers"),
            "caller_ids": Child("/caller_ids"),
            "tags": Child("/tags"),
            "dnc_lists": Child("/dnc_lists"),
            "channels": Child("/channels"),
            "outcomes": Child("/outcomes/{item}", method="PUT", shape="map"),
        },
    ),
    "voxology": ApiPlan(
        create="/voxology/tenants",
        create_fields=("account_id", "username", "password", "app_id", "api_key", "balance"),
        key_from=("entry", "api_key"),
        prefix="/voxology/apps/{key}",
        children={
            "settings": Child("/settings", method="PATCH", shape="object"),
            "numbers": Child("/numbers"),
        },
    ),
    "voximplant-management": ApiPlan(
        create="/voximplant-management/accounts",
        create_fields=(
            "account_id",
            "account_name",
            "account_email",
            "api_key",
            "balance",
            "currency",
            "account_first_name",
            "account_last_name",
            "a2p_sms_enabled",
        ),
        key_from=("reply", "account_id"),
        prefix="/voximplant-management/accounts/{key}",
        children={
            "phone_numbers": Child("/phone-numbers"),
            "regulation_addresses": Child("/regulation-addresses"),
            "caller_ids": Child("/caller-ids"),
            "sip_registrations": Child("/sip-registrations"),
            "wab_phone_numbers": Child("/wab-phone-numbers"),
            "dialogflow_keys": Child("/dialogflow-keys"),
            "invoices": Child("/invoices"),
            "rules": Child("/rules"),
            "call_sessions": Child("/call-sessions"),
        },
    ),
}
