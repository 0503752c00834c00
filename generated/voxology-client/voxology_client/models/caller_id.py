from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caller_id_capabilities_item import CallerIdCapabilitiesItem
from ..models.caller_id_status import CallerIdStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallerId")


@_attrs_define
class CallerId:
    """
    Attributes:
        no (str): The Caller ID in E.164 format.
        formatted (str): The Caller ID in human-friendly format.
        capabilities (list[CallerIdCapabilitiesItem]): Only/always voice_outbound.
        status (CallerIdStatus): The status.
        usage (int): The count of all-time calls from this Caller ID.
        description (None | str | Unset): The description.
        created_on (str | Unset): An ISO 8601 date/time.
        updated_on (str | Unset): An ISO 8601 date/time.
    """

    no: str
    formatted: str
    capabilities: list[CallerIdCapabilitiesItem]
    status: CallerIdStatus
    usage: int
    description: None | str | Unset = UNSET
    created_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no = self.no

        formatted = self.formatted

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.value
            capabilities.append(capabilities_item)

        status = self.status.value

        usage = self.usage

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_on = self.created_on

        updated_on = self.updated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no": no,
                "formatted": formatted,
                "capabilities": capabilities,
                "status": status,
                "usage": usage,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no = d.pop("no")

        formatted = d.pop("formatted")

        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:
            capabilities_item = CallerIdCapabilitiesItem(capabilities_item_data)

            capabilities.append(capabilities_item)

        status = CallerIdStatus(d.pop("status"))

        usage = d.pop("usage")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        created_on = d.pop("created_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        caller_id = cls(
            no=no,
            formatted=formatted,
            capabilities=capabilities,
            status=status,
            usage=usage,
            description=description,
            created_on=created_on,
            updated_on=updated_on,
        )

        caller_id.additional_properties = d
        return caller_id

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
