from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackUpdateForm")


@_attrs_define
class CallbackUpdateForm:
    """update parameters.

    Attributes:
        id (int): Subscription id.
        name (str | Unset): Subscription name.
        url (str | Unset): Receiver URL.
        salt (str | Unset): Hash secret.
        callbacks (str | Unset): Event types. JSON text of an array.
        is_enabled (bool | Unset): Active flag.
    """

    id: int
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    salt: str | Unset = UNSET
    callbacks: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        salt = self.salt

        callbacks = self.callbacks

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if salt is not UNSET:
            field_dict["salt"] = salt
        if callbacks is not UNSET:
            field_dict["callbacks"] = callbacks
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        salt = d.pop("salt", UNSET)

        callbacks = d.pop("callbacks", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        callback_update_form = cls(
            id=id,
            name=name,
            url=url,
            salt=salt,
            callbacks=callbacks,
            is_enabled=is_enabled,
        )

        callback_update_form.additional_properties = d
        return callback_update_form

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
