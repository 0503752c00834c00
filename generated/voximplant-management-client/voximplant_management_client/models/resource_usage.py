from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceUsage")


@_attrs_define
class ResourceUsage:
    """
    Attributes:
        resource_type (str): The resource type. The possible values are CALLSESSION, VIDEOCALL, VIDEORECORD,
            VOICEMAILDETECTION, YANDEXASR, ASR, TRANSCRIPTION, TTS_TEXT_GOOGLE, TTS_YANDEX, AUDIOHDCONFERENCE
        resource_usage_id (int): The resource usage ID
        transaction_id (int): The transaction ID
        used_at (str): The start resource using time in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        cost (float | Unset): The resource cost
        description (str | Unset): The description
        ref_call_id (int | Unset): The reference to call
        resource_quantity (float | Unset): The resource quantity
        unit (str | Unset): The resource unit
    """

    resource_type: str
    resource_usage_id: int
    transaction_id: int
    used_at: str
    cost: float | Unset = UNSET
    description: str | Unset = UNSET
    ref_call_id: int | Unset = UNSET
    resource_quantity: float | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        resource_usage_id = self.resource_usage_id

        transaction_id = self.transaction_id

        used_at = self.used_at

        cost = self.cost

        description = self.description

        ref_call_id = self.ref_call_id

        resource_quantity = self.resource_quantity

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "resource_usage_id": resource_usage_id,
                "transaction_id": transaction_id,
                "used_at": used_at,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if description is not UNSET:
            field_dict["description"] = description
        if ref_call_id is not UNSET:
            field_dict["ref_call_id"] = ref_call_id
        if resource_quantity is not UNSET:
            field_dict["resource_quantity"] = resource_quantity
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = d.pop("resource_type")

        resource_usage_id = d.pop("resource_usage_id")

        transaction_id = d.pop("transaction_id")

        used_at = d.pop("used_at")

        cost = d.pop("cost", UNSET)

        description = d.pop("description", UNSET)

        ref_call_id = d.pop("ref_call_id", UNSET)

        resource_quantity = d.pop("resource_quantity", UNSET)

        unit = d.pop("unit", UNSET)

        resource_usage = cls(
            resource_type=resource_type,
            resource_usage_id=resource_usage_id,
            transaction_id=transaction_id,
            used_at=used_at,
            cost=cost,
            description=description,
            ref_call_id=ref_call_id,
            resource_quantity=resource_quantity,
            unit=unit,
        )

        resource_usage.additional_properties = d
        return resource_usage

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
