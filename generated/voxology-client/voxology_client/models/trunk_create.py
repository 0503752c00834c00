from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_create_direction import TrunkCreateDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_inbound import TrunkInbound
    from ..models.trunk_outbound import TrunkOutbound
    from ..models.trunk_recording import TrunkRecording


T = TypeVar("T", bound="TrunkCreate")


@_attrs_define
class TrunkCreate:
    """
    Attributes:
        direction (TrunkCreateDirection):
        description (None | str | Unset):
        simultaneous_call_limit (int | Unset):
        recording (TrunkRecording | Unset):
        inbound (TrunkInbound | Unset):
        outbound (TrunkOutbound | Unset):
    """

    direction: TrunkCreateDirection
    description: None | str | Unset = UNSET
    simultaneous_call_limit: int | Unset = UNSET
    recording: TrunkRecording | Unset = UNSET
    inbound: TrunkInbound | Unset = UNSET
    outbound: TrunkOutbound | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        simultaneous_call_limit = self.simultaneous_call_limit

        recording: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording, Unset):
            recording = self.recording.to_dict()

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

        outbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound, Unset):
            outbound = self.outbound.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if simultaneous_call_limit is not UNSET:
            field_dict["simultaneous_call_limit"] = simultaneous_call_limit
        if recording is not UNSET:
            field_dict["recording"] = recording
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk_inbound import TrunkInbound  # noqa: PLC0415
        from ..models.trunk_outbound import TrunkOutbound  # noqa: PLC0415
        from ..models.trunk_recording import TrunkRecording  # noqa: PLC0415

        d = dict(src_dict)
        direction = TrunkCreateDirection(d.pop("direction"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        simultaneous_call_limit = d.pop("simultaneous_call_limit", UNSET)

        _recording = d.pop("recording", UNSET)
        recording: TrunkRecording | Unset
        if isinstance(_recording, Unset):
            recording = UNSET
        else:
            recording = TrunkRecording.from_dict(_recording)

        _inbound = d.pop("inbound", UNSET)
        inbound: TrunkInbound | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = TrunkInbound.from_dict(_inbound)

        _outbound = d.pop("outbound", UNSET)
        outbound: TrunkOutbound | Unset
        if isinstance(_outbound, Unset):
            outbound = UNSET
        else:
            outbound = TrunkOutbound.from_dict(_outbound)

        trunk_create = cls(
            direction=direction,
            description=description,
            simultaneous_call_limit=simultaneous_call_limit,
            recording=recording,
            inbound=inbound,
            outbound=outbound,
        )

        trunk_create.additional_properties = d
        return trunk_create

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
