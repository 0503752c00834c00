from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_event import CallbackEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackSubscription")


@_attrs_define
class CallbackSubscription:
    """A callback (webhook) subscription.

    Attributes:
        id (int): Subscription ID.
        name (str): Name.
        url (str): Receiver URL.
        callbacks (list[CallbackEvent]):
        is_enabled (bool): Active.
        salt (str | Unset): Secret mixed into the event hash.
    """

    id: int
    name: str
    url: str
    callbacks: list[CallbackEvent]
    is_enabled: bool
    salt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        callbacks = []
        for callbacks_item_data in self.callbacks:
            callbacks_item = callbacks_item_data.value
            callbacks.append(callbacks_item)

        is_enabled = self.is_enabled

        salt = self.salt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "callbacks": callbacks,
                "is_enabled": is_enabled,
            }
        )
        if salt is not UNSET:
            field_dict["salt"] = salt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        callbacks = []
        _callbacks = d.pop("callbacks")
        for callbacks_item_data in _callbacks:
            callbacks_item = CallbackEvent(callbacks_item_data)

            callbacks.append(callbacks_item)

        is_enabled = d.pop("is_enabled")

        salt = d.pop("salt", UNSET)

        callback_subscription = cls(
            id=id,
            name=name,
            url=url,
            callbacks=callbacks,
            is_enabled=is_enabled,
            salt=salt,
        )

        callback_subscription.additional_properties = d
        return callback_subscription

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
