from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.webhook_action_params_content_type import WebhookActionParamsContentType
from ..models.webhook_action_params_method import WebhookActionParamsMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_action_params_headers import WebhookActionParamsHeaders
    from ..models.webhook_action_params_webhook_data_type_0 import WebhookActionParamsWebhookDataType0


T = TypeVar("T", bound="WebhookActionParams")


@_attrs_define
class WebhookActionParams:
    """The parameters of the action.

    Attributes:
        event_name (str): The name of the webhook event (e.g. onEnterConference).
        webhook_data (str | Unset | WebhookActionParamsWebhookDataType0): Data returned in the webhook request: an
            object, or an expression. Default: '{}'.
        url (str | Unset): The endpoint. Default: the last callback's url.
        method (WebhookActionParamsMethod | Unset): The method. Default: inherited.
        content_type (WebhookActionParamsContentType | Unset): The payload format. Default: inherited.
        headers (WebhookActionParamsHeaders | Unset): Headers to include. Default: inherited.
        await_response (bool | Unset): Block until the endpoint answers or times out (implied by on_error). Default:
            False.
        timeout (int | Unset): Seconds to wait for the response when awaiting it. Default: 30.
    """

    event_name: str
    webhook_data: str | Unset | WebhookActionParamsWebhookDataType0 = "{}"
    url: str | Unset = UNSET
    method: WebhookActionParamsMethod | Unset = UNSET
    content_type: WebhookActionParamsContentType | Unset = UNSET
    headers: WebhookActionParamsHeaders | Unset = UNSET
    await_response: bool | Unset = False
    timeout: int | Unset = 30

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_action_params_webhook_data_type_0 import WebhookActionParamsWebhookDataType0  # noqa: PLC0415

        event_name = self.event_name

        webhook_data: dict[str, Any] | str | Unset
        if isinstance(self.webhook_data, Unset):
            webhook_data = UNSET
        elif isinstance(self.webhook_data, WebhookActionParamsWebhookDataType0):
            webhook_data = self.webhook_data.to_dict()
        else:
            webhook_data = self.webhook_data

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

        await_response = self.await_response

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_name": event_name,
            }
        )
        if webhook_data is not UNSET:
            field_dict["webhook_data"] = webhook_data
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if headers is not UNSET:
            field_dict["headers"] = headers
        if await_response is not UNSET:
            field_dict["await_response"] = await_response
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_action_params_headers import WebhookActionParamsHeaders  # noqa: PLC0415
        from ..models.webhook_action_params_webhook_data_type_0 import WebhookActionParamsWebhookDataType0  # noqa: PLC0415

        d = dict(src_dict)
        event_name = d.pop("event_name")

        def _parse_webhook_data(data: object) -> str | Unset | WebhookActionParamsWebhookDataType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                webhook_data_type_0 = WebhookActionParamsWebhookDataType0.from_dict(data)

                return webhook_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WebhookActionParamsWebhookDataType0, data)

        webhook_data = _parse_webhook_data(d.pop("webhook_data", UNSET))

        url = d.pop("url", UNSET)

        _method = d.pop("method", UNSET)
        method: WebhookActionParamsMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = WebhookActionParamsMethod(_method)

        _content_type = d.pop("content_type", UNSET)
        content_type: WebhookActionParamsContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = WebhookActionParamsContentType(_content_type)

        _headers = d.pop("headers", UNSET)
        headers: WebhookActionParamsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = WebhookActionParamsHeaders.from_dict(_headers)

        await_response = d.pop("await_response", UNSET)

        timeout = d.pop("timeout", UNSET)

        webhook_action_params = cls(
            event_name=event_name,
            webhook_data=webhook_data,
            url=url,
            method=method,
            content_type=content_type,
            headers=headers,
            await_response=await_response,
            timeout=timeout,
        )

        return webhook_action_params
