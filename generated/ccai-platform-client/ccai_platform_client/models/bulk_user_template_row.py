from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_user_template_row_max_chat_limit_enabled import BulkUserTemplateRowMaxChatLimitEnabled
from ..models.bulk_user_template_row_status import BulkUserTemplateRowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_user_assignment import BulkUserAssignment


T = TypeVar("T", bound="BulkUserTemplateRow")


@_attrs_define
class BulkUserTemplateRow:
    """One user row of the bulk JSON file (as returned by the Template API and uploaded through the Upload API).

    Attributes:
        email (str): String(Email), required. Must be a valid email. Must be unique within the file within Email column
            (no duplicates). so only 1 update per email address per file
        first_name (str): String, required. Non-empty string.
        last_name (str): String, required. Non-empty string.
        new_email (str | Unset): String(Email), optional. Must be a valid email. Must be unique within the file within
            New Email column (no duplicates). so only 1 update per email address per file
        agent_number (str | Unset): String, optional. A string with no validation.
        status (BulkUserTemplateRowStatus | Unset): Active, Inactive, Empty; optional. Must be "Active", "Inactive", or
            empty.
        location (None | str | Unset): A string that is a location name, Empty, Null; optional. Must exactly match one
            of the existing locations (case-insensitive), or Null, or empty. (The template example uses the string "null".)
        max_chat_limit (str | Unset): 1 to X (where X is configured value), Empty; optional. Must be 1 to X
            (inclusively), or empty. Sent as a string in the template ("2", "1", "").
        max_chat_limit_enabled (BulkUserTemplateRowMaxChatLimitEnabled | Unset): 0, 1, Empty; optional. Must be 0, 1 or
            empty. Sent as a string in the template ("0", "1", "").
        roles (list[BulkUserAssignment] | Unset): Roles: name = Role name / value = 0, 1, Empty; optional. Must be 0, 1
            or empty.
        teams (list[BulkUserAssignment] | Unset): Teams: name = Team name / value = 0, 1, Empty; optional. Must be 0, 1
            or empty.
    """

    email: str
    first_name: str
    last_name: str
    new_email: str | Unset = UNSET
    agent_number: str | Unset = UNSET
    status: BulkUserTemplateRowStatus | Unset = UNSET
    location: None | str | Unset = UNSET
    max_chat_limit: str | Unset = UNSET
    max_chat_limit_enabled: BulkUserTemplateRowMaxChatLimitEnabled | Unset = UNSET
    roles: list[BulkUserAssignment] | Unset = UNSET
    teams: list[BulkUserAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        new_email = self.new_email

        agent_number = self.agent_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        max_chat_limit = self.max_chat_limit

        max_chat_limit_enabled: str | Unset = UNSET
        if not isinstance(self.max_chat_limit_enabled, Unset):
            max_chat_limit_enabled = self.max_chat_limit_enabled.value

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if new_email is not UNSET:
            field_dict["new_email"] = new_email
        if agent_number is not UNSET:
            field_dict["agent_number"] = agent_number
        if status is not UNSET:
            field_dict["status"] = status
        if location is not UNSET:
            field_dict["location"] = location
        if max_chat_limit is not UNSET:
            field_dict["max_chat_limit"] = max_chat_limit
        if max_chat_limit_enabled is not UNSET:
            field_dict["max_chat_limit_enabled"] = max_chat_limit_enabled
        if roles is not UNSET:
            field_dict["roles"] = roles
        if teams is not UNSET:
            field_dict["teams"] = teams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_user_assignment import BulkUserAssignment  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        new_email = d.pop("new_email", UNSET)

        agent_number = d.pop("agent_number", UNSET)

        _status = d.pop("status", UNSET)
        status: BulkUserTemplateRowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BulkUserTemplateRowStatus(_status)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        max_chat_limit = d.pop("max_chat_limit", UNSET)

        _max_chat_limit_enabled = d.pop("max_chat_limit_enabled", UNSET)
        max_chat_limit_enabled: BulkUserTemplateRowMaxChatLimitEnabled | Unset
        if isinstance(_max_chat_limit_enabled, Unset):
            max_chat_limit_enabled = UNSET
        else:
            max_chat_limit_enabled = BulkUserTemplateRowMaxChatLimitEnabled(_max_chat_limit_enabled)

        _roles = d.pop("roles", UNSET)
        roles: list[BulkUserAssignment] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = BulkUserAssignment.from_dict(roles_item_data)

                roles.append(roles_item)

        _teams = d.pop("teams", UNSET)
        teams: list[BulkUserAssignment] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = BulkUserAssignment.from_dict(teams_item_data)

                teams.append(teams_item)

        bulk_user_template_row = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            new_email=new_email,
            agent_number=agent_number,
            status=status,
            location=location,
            max_chat_limit=max_chat_limit,
            max_chat_limit_enabled=max_chat_limit_enabled,
            roles=roles,
            teams=teams,
        )

        bulk_user_template_row.additional_properties = d
        return bulk_user_template_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
