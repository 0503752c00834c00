from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ccai_create_menu_body_menu_type import CcaiCreateMenuBodyMenuType
from ..models.ccai_create_menu_body_state import CcaiCreateMenuBodyState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ccai_create_menu_body_wait_times import CcaiCreateMenuBodyWaitTimes


T = TypeVar("T", bound="CcaiCreateMenuBody")


@_attrs_define
class CcaiCreateMenuBody:
    """
    Attributes:
        name (str):
        menu_type (CcaiCreateMenuBodyMenuType):
        id (int | Unset): Default the next free id from 1000.
        parent_id (int | None | Unset):
        state (CcaiCreateMenuBodyState | Unset):
        languages (list[str] | Unset):
        wait_times (CcaiCreateMenuBodyWaitTimes | Unset):
    """

    name: str
    menu_type: CcaiCreateMenuBodyMenuType
    id: int | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    state: CcaiCreateMenuBodyState | Unset = UNSET
    languages: list[str] | Unset = UNSET
    wait_times: CcaiCreateMenuBodyWaitTimes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        menu_type = self.menu_type.value

        id = self.id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        wait_times: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wait_times, Unset):
            wait_times = self.wait_times.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "menu_type": menu_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if state is not UNSET:
            field_dict["state"] = state
        if languages is not UNSET:
            field_dict["languages"] = languages
        if wait_times is not UNSET:
            field_dict["wait_times"] = wait_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ccai_create_menu_body_wait_times import CcaiCreateMenuBodyWaitTimes  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        menu_type = CcaiCreateMenuBodyMenuType(d.pop("menu_type"))

        id = d.pop("id", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        _state = d.pop("state", UNSET)
        state: CcaiCreateMenuBodyState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CcaiCreateMenuBodyState(_state)

        languages = cast(list[str], d.pop("languages", UNSET))

        _wait_times = d.pop("wait_times", UNSET)
        wait_times: CcaiCreateMenuBodyWaitTimes | Unset
        if isinstance(_wait_times, Unset):
            wait_times = UNSET
        else:
            wait_times = CcaiCreateMenuBodyWaitTimes.from_dict(_wait_times)

        ccai_create_menu_body = cls(
            name=name,
            menu_type=menu_type,
            id=id,
            parent_id=parent_id,
            state=state,
            languages=languages,
            wait_times=wait_times,
        )

        ccai_create_menu_body.additional_properties = d
        return ccai_create_menu_body

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
