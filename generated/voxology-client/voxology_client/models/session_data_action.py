from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_data_action_session_data import SessionDataActionSessionData


T = TypeVar("T", bound="SessionDataAction")


@_attrs_define
class SessionDataAction:
    """Sets the call's session_data.

    Attributes:
        type_ (Literal['SESSIONDATA']): The action type.
        session_data (SessionDataActionSessionData): The new session data: any JSON object.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["SESSIONDATA"]
    session_data: SessionDataActionSessionData
    name: str | Unset = UNSET
    comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        session_data = self.session_data.to_dict()

        name = self.name

        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "session_data": session_data,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_data_action_session_data import SessionDataActionSessionData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["SESSIONDATA"], d.pop("type"))
        if type_ != "SESSIONDATA":
            raise ValueError(f"type must match const 'SESSIONDATA', got '{type_}'")

        session_data = SessionDataActionSessionData.from_dict(d.pop("session_data"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        session_data_action = cls(
            type_=type_,
            session_data=session_data,
            name=name,
            comments=comments,
        )

        return session_data_action
