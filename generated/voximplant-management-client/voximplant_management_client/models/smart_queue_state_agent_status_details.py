from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmartQueueStateAgentStatusDetails")


@_attrs_define
class SmartQueueStateAgentStatusDetails:
    """
    Attributes:
        from_date (str): Time in 24-h format: YYYY-MM-DD HH:mm:ss
        sq_status_name (str): The status name
    """

    from_date: str
    sq_status_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        sq_status_name = self.sq_status_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "sq_status_name": sq_status_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_date = d.pop("from_date")

        sq_status_name = d.pop("sq_status_name")

        smart_queue_state_agent_status_details = cls(
            from_date=from_date,
            sq_status_name=sq_status_name,
        )

        smart_queue_state_agent_status_details.additional_properties = d
        return smart_queue_state_agent_status_details

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
