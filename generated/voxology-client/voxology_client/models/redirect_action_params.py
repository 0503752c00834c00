from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.redirect_action_params_content_type import RedirectActionParamsContentType
from ..models.redirect_action_params_method import RedirectActionParamsMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.redirect_action_params_headers import RedirectActionParamsHeaders


T = TypeVar("T", bound="RedirectActionParams")


@_attrs_define
class RedirectActionParams:
    """The parameters of the action.

    Attributes:
        url (str): The new callback url; relative URLs resolve against the current one.
        method (RedirectActionParamsMethod | Unset): The new method.
        headers (RedirectActionParamsHeaders | Unset): The new headers (name -> value).
        content_type (RedirectActionParamsContentType | Unset): The format of the callback payload.
    """

    url: str
    method: RedirectActionParamsMethod | Unset = UNSET
    headers: RedirectActionParamsHeaders | Unset = UNSET
    content_type: RedirectActionParamsContentType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redirect_action_params_headers import RedirectActionParamsHeaders  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        _method = d.pop("method", UNSET)
        method: RedirectActionParamsMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = RedirectActionParamsMethod(_method)

        _headers = d.pop("headers", UNSET)
        headers: RedirectActionParamsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = RedirectActionParamsHeaders.from_dict(_headers)

        _content_type = d.pop("content_type", UNSET)
        content_type: RedirectActionParamsContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = RedirectActionParamsContentType(_content_type)

        redirect_action_params = cls(
            url=url,
            method=method,
            headers=headers,
            content_type=content_type,
        )

        return redirect_action_params
