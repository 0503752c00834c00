from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smart_queue_state_agent_status_details import SmartQueueStateAgentStatusDetails


T = TypeVar("T", bound="SmartQueueStateAgentStatus")


@_attrs_define
class SmartQueueStateAgentStatus:
    """
    Attributes:
        call (SmartQueueStateAgentStatusDetails):
        im (SmartQueueStateAgentStatusDetails):
    """

    call: SmartQueueStateAgentStatusDetails
    im: SmartQueueStateAgentStatusDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call = self.call.to_dict()

        im = self.im.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CALL": call,
                "IM": im,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_queue_state_agent_status_details import SmartQueueStateAgentStatusDetails  # noqa: PLC0415

        d = dict(src_dict)
        call = SmartQueueStateAgentStatusDetails.from_dict(d.pop("CALL"))

        im = SmartQueueStateAgentStatusDetails.from_dict(d.pop("IM"))

        smart_queue_state_agent_status = cls(
            call=call,
            im=im,
        )

        smart_queue_state_agent_status.additional_properties = d
        return smart_queue_state_agent_status

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
