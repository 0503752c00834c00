from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cti_transfer_form_direction_type import CtiTransferFormDirectionType
from ..models.cti_transfer_form_transfer_type import CtiTransferFormTransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CtiTransferForm")


@_attrs_define
class CtiTransferForm:
    """transferCall parameters.

    Attributes:
        user_id (int): Agent doing the transfer.
        call_id (str): Call to transfer (type not recorded).
        transfer_type (CtiTransferFormTransferType): Transfer style.
        direction_type (CtiTransferFormDirectionType): Target kind.
        extension_transfer_data (str | Unset): {extension_number}. JSON text of an object.
        pstn_transfer_data (str | Unset): {number, caller_id}. JSON text of an object.
        sip_transfer_data (str | Unset): {to, from} SIP URIs. JSON text of an object.
    """

    user_id: int
    call_id: str
    transfer_type: CtiTransferFormTransferType
    direction_type: CtiTransferFormDirectionType
    extension_transfer_data: str | Unset = UNSET
    pstn_transfer_data: str | Unset = UNSET
    sip_transfer_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        call_id = self.call_id

        transfer_type = self.transfer_type.value

        direction_type = self.direction_type.value

        extension_transfer_data = self.extension_transfer_data

        pstn_transfer_data = self.pstn_transfer_data

        sip_transfer_data = self.sip_transfer_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "call_id": call_id,
                "transfer_type": transfer_type,
                "direction_type": direction_type,
            }
        )
        if extension_transfer_data is not UNSET:
            field_dict["extension_transfer_data"] = extension_transfer_data
        if pstn_transfer_data is not UNSET:
            field_dict["pstn_transfer_data"] = pstn_transfer_data
        if sip_transfer_data is not UNSET:
            field_dict["sip_transfer_data"] = sip_transfer_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        call_id = d.pop("call_id")

        transfer_type = CtiTransferFormTransferType(d.pop("transfer_type"))

        direction_type = CtiTransferFormDirectionType(d.pop("direction_type"))

        extension_transfer_data = d.pop("extension_transfer_data", UNSET)

        pstn_transfer_data = d.pop("pstn_transfer_data", UNSET)

        sip_transfer_data = d.pop("sip_transfer_data", UNSET)

        cti_transfer_form = cls(
            user_id=user_id,
            call_id=call_id,
            transfer_type=transfer_type,
            direction_type=direction_type,
            extension_transfer_data=extension_transfer_data,
            pstn_transfer_data=pstn_transfer_data,
            sip_transfer_data=sip_transfer_data,
        )

        cti_transfer_form.additional_properties = d
        return cti_transfer_form

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
