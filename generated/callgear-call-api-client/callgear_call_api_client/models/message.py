from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.message_type import MessageType


@_attrs_define
class Message:
    """A message to play: a media file (type media, value = the file ID, a system or user file) or a Text-
    to-Speech text (type tts, value = the text; its length is limited by the service plan).

    Attributes:
        type_ (MessageType): media - a media file; tts - a text for Text-to-Speech.
        value (str): The media file ID (media) or the text to speak (tts).
    """

    type_: MessageType
    value: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_.value
        field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type")
        type_ = MessageType(_type_)

        value = d.pop("value")

        obj = cls(
            type_=type_,
            value=value,
        )
        return obj
