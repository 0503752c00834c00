from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.failed_sms import FailedSms
    from ..models.sms_transaction import SmsTransaction


T = TypeVar("T", bound="A2PSendSmsResponse")


@_attrs_define
class A2PSendSmsResponse:
    """
    Attributes:
        failed (list[FailedSms]):
        fragments_count (int): The number of fragments the message is divided into
        result (list[SmsTransaction]):
    """

    failed: list[FailedSms]
    fragments_count: int
    result: list[SmsTransaction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        fragments_count = self.fragments_count

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failed": failed,
                "fragments_count": fragments_count,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_sms import FailedSms  # noqa: PLC0415
        from ..models.sms_transaction import SmsTransaction  # noqa: PLC0415

        d = dict(src_dict)
        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = FailedSms.from_dict(failed_item_data)

            failed.append(failed_item)

        fragments_count = d.pop("fragments_count")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = SmsTransaction.from_dict(result_item_data)

            result.append(result_item)

        a2p_send_sms_response = cls(
            failed=failed,
            fragments_count=fragments_count,
            result=result,
        )

        a2p_send_sms_response.additional_properties = d
        return a2p_send_sms_response

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
