"""The role system's roles: the catalogue keys and sub-users are given, and what each role permits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...core.operations import Operation
from ...core.provider import ApiCall, Reply
from .base import Base
from .errors import invalid, not_found
from .form import ALL, Form


@dataclass(frozen=True, slots=True)
class Role:
    role_id: int
    role_name: str
    group_name: str
    parent_role_id: int | None
    # What the role may call: every method (but those of excluded_tags, which it only reads), every read
    # method, every method of `tags`, the read methods of `read_tags`.
    everything: bool = False
    reads: bool = False
    tags: frozenset[str] = frozenset()
    read_tags: frozenset[str] = frozenset()
    excluded_tags: frozenset[str] = frozenset()


# The emulator's model of the documented service-account roles (see GetRoles in the spec).
ROLES = (
    Role(1, "Owner", "Administration", None, everything=True),
    Role(2, "Admin", "Administration", 1, everything=True),
    Role(
        3,
        "Developer",
        "Applications",
        2,
        everything=True,
        excluded_tags=frozenset({"RoleSystem", "Invoices"}),
    ),
    Role(
        4,
        "Supervisor",
        "Telephony",
        2,
        reads=True,
        tags=frozenset({"Queues", "Skills", "SmartQueue", "Users"}),
    ),
    Role(5, "Accountant", "Billing", 2, read_tags=frozenset({"Accounts", "Invoices", "History"})),
    Role(6, "Support", "Telephony", 2, reads=True),
)
OWNER = 1
BY_ID = {role.role_id: role for role in ROLES}
BY_NAME = {role.role_name: role for role in ROLES}
READ_METHOD = re.compile(r"^(A2P|SQ_)?(Get|Is|Check|Download)")


def included(role_ids: list[int]) -> list[int]:
    """The roles and every role they include (the roles below them), in catalogue order."""
    found = set(role_ids)
    grew = True
    while grew:
        below = {r.role_id for r in ROLES if r.parent_role_id in found}
        grew = not below <= found
        found |= below
    return [r.role_id for r in ROLES if r.role_id in found]


def _permits(role: Role, operation: Operation) -> bool:
    tags = set(operation.tags)
    reading = READ_METHOD.match(operation.operation_id) is not None
    if role.everything:
        return reading or not tags & role.excluded_tags
    if tags & role.tags:
        return True
    return reading and (role.reads or bool(tags & role.read_tags))


def permitted(role_ids: list[int], operation: Operation | None) -> bool:
    """Whether any of the roles (with the roles they include) lets its holder call the operation."""
    if operation is None:
        return True
    return any(_permits(BY_ID[i], operation) for i in included(role_ids) if i in BY_ID)


def role_view(role: Role) -> dict[str, Any]:
    view: dict[str, Any] = {
        "role_id": role.role_id,
        "role_name": role.role_name,
        "group_name": role.group_name,
    }
    if role.parent_role_id is not None:
        view["parent_role_id"] = role.parent_role_id
    return view


def role_views(role_ids: list[int], expanded: bool) -> list[dict[str, Any]]:
    ids = included(role_ids) if expanded else [i for i in BY_ID if i in role_ids]
    return [role_view(BY_ID[i]) for i in ids]


def pick_roles(form: Form, *, required: bool = True) -> list[int]:
    """The role ids a request names by role_id or role_name (`;`-lists, or all)."""
    ids, names = form.ids("role_id"), form.names("role_name")
    if ids == ALL or names == ALL:
        return [r.role_id for r in ROLES]
    if ids is not None:
        missing = [str(i) for i in ids if i not in BY_ID]
        if missing:
            raise not_found(f"Role {', '.join(missing)}")
        return list(dict.fromkeys(ids))
    if names is not None:
        missing = [n for n in names if n not in BY_NAME]
        if missing:
            raise not_found(f"Role '{', '.join(missing)}'")
        return list(dict.fromkeys(BY_NAME[n].role_id for n in names))
    if required:
        raise invalid("role_id or role_name is required")
    return []


class Roles(Base):
    def get_roles(self, call: ApiCall) -> Reply:
        form = self.form(call)
        roles = list(ROLES)
        if form.has("group_name"):
            roles = [r for r in roles if r.group_name == form.text("group_name")]
        return self.ok(result=[role_view(r) for r in roles])
