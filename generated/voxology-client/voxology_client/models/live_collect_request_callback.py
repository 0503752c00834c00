from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_collect_request_callback_method import LiveCollectRequestCallbackMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveCollectRequestCallback")


@_attrs_define
class LiveCollectRequestCallback:
    """
    Attributes:
        url (str): The url the key presses are sent to.
        method (LiveCollectRequestCallbackMethod | Unset): The method of the request. Default:
            LiveCollectRequestCallbackMethod.POST.
    """

    url: str
    method: LiveCollectRequestCallbackMethod | Unset = LiveCollectRequestCallbackMethod.POST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _method = d.pop("method", UNSET)
        method: LiveCollectRequestCallbackMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = LiveCollectRequestCallbackMethod(_method)

        live_collect_request_callback = cls(
            url=url,
            method=method,
        )

        live_collect_request_callback.additional_properties = d
        return live_collect_request_callback

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
