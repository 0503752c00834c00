from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.callback_subscription import CallbackSubscription


T = TypeVar("T", bound="CallbackSubscriptionResponse")


@_attrs_define
class CallbackSubscriptionResponse:
    """A callback subscription.

    Attributes:
        success (bool): true for a successful request.
        result (CallbackSubscription): A callback (webhook) subscription.
    """

    success: bool
    result: CallbackSubscription
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_subscription import CallbackSubscription  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        result = CallbackSubscription.from_dict(d.pop("result"))

        callback_subscription_response = cls(
            success=success,
            result=result,
        )

        callback_subscription_response.additional_properties = d
        return callback_subscription_response

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
