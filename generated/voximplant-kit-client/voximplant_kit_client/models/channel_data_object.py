from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_data_object_variables import ChannelDataObjectVariables
    from ..models.message_payload_item import MessagePayloadItem


T = TypeVar("T", bound="ChannelDataObject")


@_attrs_define
class ChannelDataObject:
    """A bot reply to a conversation.

    Attributes:
        text (str | Unset): Reply text.
        payload (list[MessagePayloadItem] | Unset):
        variables (ChannelDataObjectVariables | Unset):
    """

    text: str | Unset = UNSET
    payload: list[MessagePayloadItem] | Unset = UNSET
    variables: ChannelDataObjectVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        payload: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = []
            for payload_item_data in self.payload:
                payload_item = payload_item_data.to_dict()
                payload.append(payload_item)

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if payload is not UNSET:
            field_dict["payload"] = payload
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_data_object_variables import ChannelDataObjectVariables  # noqa: PLC0415
        from ..models.message_payload_item import MessagePayloadItem  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: list[MessagePayloadItem] | Unset = UNSET
        if _payload is not UNSET:
            payload = []
            for payload_item_data in _payload:
                payload_item = MessagePayloadItem.from_dict(payload_item_data)

                payload.append(payload_item)

        _variables = d.pop("variables", UNSET)
        variables: ChannelDataObjectVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = ChannelDataObjectVariables.from_dict(_variables)

        channel_data_object = cls(
            text=text,
            payload=payload,
            variables=variables,
        )

        channel_data_object.additional_properties = d
        return channel_data_object

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
