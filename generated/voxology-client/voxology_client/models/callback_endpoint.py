from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_endpoint_content_type import CallbackEndpointContentType
from ..models.callback_endpoint_method import CallbackEndpointMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_endpoint_headers import CallbackEndpointHeaders


T = TypeVar("T", bound="CallbackEndpoint")


@_attrs_define
class CallbackEndpoint:
    """Where and how Voxology sends Callback Requests.

    Attributes:
        url (str): The endpoint URL where the request is sent.
        method (CallbackEndpointMethod | Unset): The request method. Default: CallbackEndpointMethod.POST.
        content_type (CallbackEndpointContentType | Unset): The payload format. Default:
            CallbackEndpointContentType.APPLICATIONJSON.
        headers (CallbackEndpointHeaders | Unset): Header names and values to include in every request.
        timeout (float | Unset): Seconds to wait for a response. Default: 5.0.
    """

    url: str
    method: CallbackEndpointMethod | Unset = CallbackEndpointMethod.POST
    content_type: CallbackEndpointContentType | Unset = CallbackEndpointContentType.APPLICATIONJSON
    headers: CallbackEndpointHeaders | Unset = UNSET
    timeout: float | Unset = 5.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if headers is not UNSET:
            field_dict["headers"] = headers
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_endpoint_headers import CallbackEndpointHeaders  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        _method = d.pop("method", UNSET)
        method: CallbackEndpointMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = CallbackEndpointMethod(_method)

        _content_type = d.pop("content_type", UNSET)
        content_type: CallbackEndpointContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = CallbackEndpointContentType(_content_type)

        _headers = d.pop("headers", UNSET)
        headers: CallbackEndpointHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CallbackEndpointHeaders.from_dict(_headers)

        timeout = d.pop("timeout", UNSET)

        callback_endpoint = cls(
            url=url,
            method=method,
            content_type=content_type,
            headers=headers,
            timeout=timeout,
        )

        callback_endpoint.additional_properties = d
        return callback_endpoint

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
