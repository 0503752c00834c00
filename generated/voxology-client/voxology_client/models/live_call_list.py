from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_duration import CallDuration
    from ..models.live_call import LiveCall


T = TypeVar("T", bound="LiveCallList")


@_attrs_define
class LiveCallList:
    """
    Attributes:
        calls (list[LiveCall]):
        total_calls (int): The number of calls retrieved.
        longest_call (CallDuration | None | Unset):
        shortest_call (CallDuration | None | Unset):
    """

    calls: list[LiveCall]
    total_calls: int
    longest_call: CallDuration | None | Unset = UNSET
    shortest_call: CallDuration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_duration import CallDuration  # noqa: PLC0415

        calls = []
        for calls_item_data in self.calls:
            calls_item = calls_item_data.to_dict()
            calls.append(calls_item)

        total_calls = self.total_calls

        longest_call: dict[str, Any] | None | Unset
        if isinstance(self.longest_call, Unset):
            longest_call = UNSET
        elif isinstance(self.longest_call, CallDuration):
            longest_call = self.longest_call.to_dict()
        else:
            longest_call = self.longest_call

        shortest_call: dict[str, Any] | None | Unset
        if isinstance(self.shortest_call, Unset):
            shortest_call = UNSET
        elif isinstance(self.shortest_call, CallDuration):
            shortest_call = self.shortest_call.to_dict()
        else:
            shortest_call = self.shortest_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls": calls,
                "total_calls": total_calls,
            }
        )
        if longest_call is not UNSET:
            field_dict["longest_call"] = longest_call
        if shortest_call is not UNSET:
            field_dict["shortest_call"] = shortest_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_duration import CallDuration  # noqa: PLC0415
        from ..models.live_call import LiveCall  # noqa: PLC0415

        d = dict(src_dict)
        calls = []
        _calls = d.pop("calls")
        for calls_item_data in _calls:
            calls_item = LiveCall.from_dict(calls_item_data)

            calls.append(calls_item)

        total_calls = d.pop("total_calls")

        def _parse_longest_call(data: object) -> CallDuration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                longest_call_type_0 = CallDuration.from_dict(data)

                return longest_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDuration | None | Unset, data)

        longest_call = _parse_longest_call(d.pop("longest_call", UNSET))

        def _parse_shortest_call(data: object) -> CallDuration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shortest_call_type_0 = CallDuration.from_dict(data)

                return shortest_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDuration | None | Unset, data)

        shortest_call = _parse_shortest_call(d.pop("shortest_call", UNSET))

        live_call_list = cls(
            calls=calls,
            total_calls=total_calls,
            longest_call=longest_call,
            shortest_call=shortest_call,
        )

        live_call_list.additional_properties = d
        return live_call_list

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
