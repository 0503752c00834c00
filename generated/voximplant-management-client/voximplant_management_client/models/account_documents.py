from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_verification import AccountVerification


T = TypeVar("T", bound="AccountDocuments")


@_attrs_define
class AccountDocuments:
    """
    Attributes:
        account_id (int): The account id
        verifications (list[AccountVerification]): The account's verifications
    """

    account_id: int
    verifications: list[AccountVerification]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        verifications = []
        for verifications_item_data in self.verifications:
            verifications_item = verifications_item_data.to_dict()
            verifications.append(verifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "verifications": verifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_verification import AccountVerification  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        verifications = []
        _verifications = d.pop("verifications")
        for verifications_item_data in _verifications:
            verifications_item = AccountVerification.from_dict(verifications_item_data)

            verifications.append(verifications_item)

        account_documents = cls(
            account_id=account_id,
            verifications=verifications,
        )

        account_documents.additional_properties = d
        return account_documents

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
