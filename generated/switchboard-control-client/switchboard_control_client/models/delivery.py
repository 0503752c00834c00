from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_state import DeliveryState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_attempts_item import DeliveryAttemptsItem
    from ..models.delivery_headers import DeliveryHeaders
    from ..models.delivery_query import DeliveryQuery
    from ..models.delivery_refs import DeliveryRefs


T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    """
    Attributes:
        id (int):
        api (str):
        tenant (str):
        kind (str):
        url (str):
        method (str):
        state (DeliveryState):
        attempts (list[DeliveryAttemptsItem]):
        scope (str | Unset):
        headers (DeliveryHeaders | Unset):
        content_type (None | str | Unset):
        body (None | str | Unset):
        query (DeliveryQuery | Unset):
        payload (Any | Unset):
        timeout_s (float | Unset):
        retry_delays (list[float] | Unset):
        max_response_bytes (int | None | Unset):
        reply_topic (None | str | Unset):
        refs (DeliveryRefs | Unset):
        created_at (float | Unset):
        response_status (int | None | Unset):
        response_body (None | str | Unset):
        error (None | str | Unset):
    """

    id: int
    api: str
    tenant: str
    kind: str
    url: str
    method: str
    state: DeliveryState
    attempts: list[DeliveryAttemptsItem]
    scope: str | Unset = UNSET
    headers: DeliveryHeaders | Unset = UNSET
    content_type: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    query: DeliveryQuery | Unset = UNSET
    payload: Any | Unset = UNSET
    timeout_s: float | Unset = UNSET
    retry_delays: list[float] | Unset = UNSET
    max_response_bytes: int | None | Unset = UNSET
    reply_topic: None | str | Unset = UNSET
    refs: DeliveryRefs | Unset = UNSET
    created_at: float | Unset = UNSET
    response_status: int | None | Unset = UNSET
    response_body: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api = self.api

        tenant = self.tenant

        kind = self.kind

        url = self.url

        method = self.method

        state = self.state.value

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        scope = self.scope

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        payload = self.payload

        timeout_s = self.timeout_s

        retry_delays: list[float] | Unset = UNSET
        if not isinstance(self.retry_delays, Unset):
            retry_delays = self.retry_delays

        max_response_bytes: int | None | Unset
        if isinstance(self.max_response_bytes, Unset):
            max_response_bytes = UNSET
        else:
            max_response_bytes = self.max_response_bytes

        reply_topic: None | str | Unset
        if isinstance(self.reply_topic, Unset):
            reply_topic = UNSET
        else:
            reply_topic = self.reply_topic

        refs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refs, Unset):
            refs = self.refs.to_dict()

        created_at = self.created_at

        response_status: int | None | Unset
        if isinstance(self.response_status, Unset):
            response_status = UNSET
        else:
            response_status = self.response_status

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "api": api,
                "tenant": tenant,
                "kind": kind,
                "url": url,
                "method": method,
                "state": state,
                "attempts": attempts,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if headers is not UNSET:
            field_dict["headers"] = headers
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if body is not UNSET:
            field_dict["body"] = body
        if query is not UNSET:
            field_dict["query"] = query
        if payload is not UNSET:
            field_dict["payload"] = payload
        if timeout_s is not UNSET:
            field_dict["timeout_s"] = timeout_s
        if retry_delays is not UNSET:
            field_dict["retry_delays"] = retry_delays
        if max_response_bytes is not UNSET:
            field_dict["max_response_bytes"] = max_response_bytes
        if reply_topic is not UNSET:
            field_dict["reply_topic"] = reply_topic
        if refs is not UNSET:
            field_dict["refs"] = refs
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if response_status is not UNSET:
            field_dict["response_status"] = response_status
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_attempts_item import DeliveryAttemptsItem  # noqa: PLC0415
        from ..models.delivery_headers import DeliveryHeaders  # noqa: PLC0415
        from ..models.delivery_query import DeliveryQuery  # noqa: PLC0415
        from ..models.delivery_refs import DeliveryRefs  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        api = d.pop("api")

        tenant = d.pop("tenant")

        kind = d.pop("kind")

        url = d.pop("url")

        method = d.pop("method")

        state = DeliveryState(d.pop("state"))

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = DeliveryAttemptsItem.from_dict(attempts_item_data)

            attempts.append(attempts_item)

        scope = d.pop("scope", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: DeliveryHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = DeliveryHeaders.from_dict(_headers)

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        _query = d.pop("query", UNSET)
        query: DeliveryQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DeliveryQuery.from_dict(_query)

        payload = d.pop("payload", UNSET)

        timeout_s = d.pop("timeout_s", UNSET)

        retry_delays = cast(list[float], d.pop("retry_delays", UNSET))

        def _parse_max_response_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_response_bytes = _parse_max_response_bytes(d.pop("max_response_bytes", UNSET))

        def _parse_reply_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_topic = _parse_reply_topic(d.pop("reply_topic", UNSET))

        _refs = d.pop("refs", UNSET)
        refs: DeliveryRefs | Unset
        if isinstance(_refs, Unset):
            refs = UNSET
        else:
            refs = DeliveryRefs.from_dict(_refs)

        created_at = d.pop("created_at", UNSET)

        def _parse_response_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_status = _parse_response_status(d.pop("response_status", UNSET))

        def _parse_response_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_body = _parse_response_body(d.pop("response_body", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        delivery = cls(
            id=id,
            api=api,
            tenant=tenant,
            kind=kind,
            url=url,
            method=method,
            state=state,
            attempts=attempts,
            scope=scope,
            headers=headers,
            content_type=content_type,
            body=body,
            query=query,
            payload=payload,
            timeout_s=timeout_s,
            retry_delays=retry_delays,
            max_response_bytes=max_response_bytes,
            reply_topic=reply_topic,
            refs=refs,
            created_at=created_at,
            response_status=response_status,
            response_body=response_body,
            error=error,
        )

        delivery.additional_properties = d
        return delivery

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
