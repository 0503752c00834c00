from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.watson_credentials_text_to_speech import WatsonCredentialsTextToSpeech


T = TypeVar("T", bound="WatsonCredentials")


@_attrs_define
class WatsonCredentials:
    """
    Attributes:
        text_to_speech (WatsonCredentialsTextToSpeech):
    """

    text_to_speech: WatsonCredentialsTextToSpeech
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_to_speech = self.text_to_speech.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text_to_speech": text_to_speech,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watson_credentials_text_to_speech import WatsonCredentialsTextToSpeech  # noqa: PLC0415

        d = dict(src_dict)
        text_to_speech = WatsonCredentialsTextToSpeech.from_dict(d.pop("text_to_speech"))

        watson_credentials = cls(
            text_to_speech=text_to_speech,
        )

        watson_credentials.additional_properties = d
        return watson_credentials

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
