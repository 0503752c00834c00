from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_info import AgentInfo
    from ..models.menu_path import MenuPath


T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """Transfer of a call between menus and/or agents (shown only in the call-object template).

    Attributes:
        id (int): Transfer ID.
        status (str): Transfer status; the documentation only shows "transferring" (no value set documented).
        fail_reason (str): Transfer fail reason; the documentation only shows "nothing".
        created_at (datetime.datetime): When the transfer was created.
        from_menu (MenuPath | None): Menu the call was transferred from (null allowed: a transfer may be agent-to-agent;
            not shown in the documentation).
        to_menu (MenuPath | None): Menu the call was transferred to (null allowed; not shown in the documentation).
        from_agent (AgentInfo | None): Agent the call was transferred from (null allowed; not shown in the
            documentation).
        to_agent (AgentInfo | None): Agent the call was transferred to (null allowed; not shown in the documentation).
    """

    id: int
    status: str
    fail_reason: str
    created_at: datetime.datetime
    from_menu: MenuPath | None
    to_menu: MenuPath | None
    from_agent: AgentInfo | None
    to_agent: AgentInfo | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_info import AgentInfo  # noqa: PLC0415
        from ..models.menu_path import MenuPath  # noqa: PLC0415

        id = self.id

        status = self.status

        fail_reason = self.fail_reason

        created_at = self.created_at.isoformat()

        from_menu: dict[str, Any] | None
        if isinstance(self.from_menu, MenuPath):
            from_menu = self.from_menu.to_dict()
        else:
            from_menu = self.from_menu

        to_menu: dict[str, Any] | None
        if isinstance(self.to_menu, MenuPath):
            to_menu = self.to_menu.to_dict()
        else:
            to_menu = self.to_menu

        from_agent: dict[str, Any] | None
        if isinstance(self.from_agent, AgentInfo):
            from_agent = self.from_agent.to_dict()
        else:
            from_agent = self.from_agent

        to_agent: dict[str, Any] | None
        if isinstance(self.to_agent, AgentInfo):
            to_agent = self.to_agent.to_dict()
        else:
            to_agent = self.to_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "fail_reason": fail_reason,
                "created_at": created_at,
                "from_menu": from_menu,
                "to_menu": to_menu,
                "from_agent": from_agent,
                "to_agent": to_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_info import AgentInfo  # noqa: PLC0415
        from ..models.menu_path import MenuPath  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        fail_reason = d.pop("fail_reason")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_from_menu(data: object) -> MenuPath | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_menu_type_0 = MenuPath.from_dict(data)

                return from_menu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MenuPath | None, data)

        from_menu = _parse_from_menu(d.pop("from_menu"))

        def _parse_to_menu(data: object) -> MenuPath | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_menu_type_0 = MenuPath.from_dict(data)

                return to_menu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MenuPath | None, data)

        to_menu = _parse_to_menu(d.pop("to_menu"))

        def _parse_from_agent(data: object) -> AgentInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_agent_type_0 = AgentInfo.from_dict(data)

                return from_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentInfo | None, data)

        from_agent = _parse_from_agent(d.pop("from_agent"))

        def _parse_to_agent(data: object) -> AgentInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_agent_type_0 = AgentInfo.from_dict(data)

                return to_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentInfo | None, data)

        to_agent = _parse_to_agent(d.pop("to_agent"))

        transfer = cls(
            id=id,
            status=status,
            fail_reason=fail_reason,
            created_at=created_at,
            from_menu=from_menu,
            to_menu=to_menu,
            from_agent=from_agent,
            to_agent=to_agent,
        )

        transfer.additional_properties = d
        return transfer

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
