from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallbackCreateForm")


@_attrs_define
class CallbackCreateForm:
    """create parameters.

    Attributes:
        name (str): Subscription name.
        url (str): Receiver URL.
        salt (str): Secret mixed into the event hash.
        callbacks (str): Event types to send. JSON text of an array.
        is_enabled (bool): Active flag.
    """

    name: str
    url: str
    salt: str
    callbacks: str
    is_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        salt = self.salt

        callbacks = self.callbacks

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
                "salt": salt,
                "callbacks": callbacks,
                "is_enabled": is_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        salt = d.pop("salt")

        callbacks = d.pop("callbacks")

        is_enabled = d.pop("is_enabled")

        callback_create_form = cls(
            name=name,
            url=url,
            salt=salt,
            callbacks=callbacks,
            is_enabled=is_enabled,
        )

        callback_create_form.additional_properties = d
        return callback_create_form

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
