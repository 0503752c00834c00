from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="VmListSentSmsResponse200")


@_attrs_define
class VmListSentSmsResponse200:
    """
    Attributes:
        sms (list[Document]):
        a2p_sms (list[Document]):
    """

    sms: list[Document]
    a2p_sms: list[Document]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms = []
        for componentsschemas_documents_item_data in self.sms:
            componentsschemas_documents_item = componentsschemas_documents_item_data.to_dict()
            sms.append(componentsschemas_documents_item)

        a2p_sms = []
        for componentsschemas_documents_item_data in self.a2p_sms:
            componentsschemas_documents_item = componentsschemas_documents_item_data.to_dict()
            a2p_sms.append(componentsschemas_documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms": sms,
                "a2p_sms": a2p_sms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        sms = []
        _sms = d.pop("sms")
        for componentsschemas_documents_item_data in _sms:
            componentsschemas_documents_item = Document.from_dict(componentsschemas_documents_item_data)

            sms.append(componentsschemas_documents_item)

        a2p_sms = []
        _a2p_sms = d.pop("a2p_sms")
        for componentsschemas_documents_item_data in _a2p_sms:
            componentsschemas_documents_item = Document.from_dict(componentsschemas_documents_item_data)

            a2p_sms.append(componentsschemas_documents_item)

        vm_list_sent_sms_response_200 = cls(
            sms=sms,
            a2p_sms=a2p_sms,
        )

        vm_list_sent_sms_response_200.additional_properties = d
        return vm_list_sent_sms_response_200

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
