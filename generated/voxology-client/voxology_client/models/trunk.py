from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_direction import TrunkDirection
from ..models.trunk_status import TrunkStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_inbound import TrunkInbound
    from ..models.trunk_outbound import TrunkOutbound
    from ..models.trunk_recording import TrunkRecording


T = TypeVar("T", bound="Trunk")


@_attrs_define
class Trunk:
    """
    Attributes:
        trunk_id (str):
        app_id (str):
        direction (TrunkDirection):
        status (TrunkStatus | Unset):
        created_on (str | Unset):
        modified_on (str | Unset):
        updated_on (str | Unset):
        subaccount_id (int | None | str | Unset):
        simultaneous_call_limit (int | Unset):
        description (None | str | Unset):
        recording (TrunkRecording | Unset):
        inbound (TrunkInbound | Unset):
        outbound (TrunkOutbound | Unset):
    """

    trunk_id: str
    app_id: str
    direction: TrunkDirection
    status: TrunkStatus | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    simultaneous_call_limit: int | Unset = UNSET
    description: None | str | Unset = UNSET
    recording: TrunkRecording | Unset = UNSET
    inbound: TrunkInbound | Unset = UNSET
    outbound: TrunkOutbound | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trunk_id = self.trunk_id

        app_id = self.app_id

        direction = self.direction.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_on = self.created_on

        modified_on = self.modified_on

        updated_on = self.updated_on

        subaccount_id: int | None | str | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        simultaneous_call_limit = self.simultaneous_call_limit

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
                "trunk_id": trunk_id,
                "app_id": app_id,
                "direction": direction,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if simultaneous_call_limit is not UNSET:
            field_dict["simultaneous_call_limit"] = simultaneous_call_limit
        if description is not UNSET:
            field_dict["description"] = description
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
        trunk_id = d.pop("trunk_id")

        app_id = d.pop("app_id")

        direction = TrunkDirection(d.pop("direction"))

        _status = d.pop("status", UNSET)
        status: TrunkStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TrunkStatus(_status)

        created_on = d.pop("created_on", UNSET)

        modified_on = d.pop("modified_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        def _parse_subaccount_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        subaccount_id = _parse_subaccount_id(d.pop("subaccount_id", UNSET))

        simultaneous_call_limit = d.pop("simultaneous_call_limit", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        trunk = cls(
            trunk_id=trunk_id,
            app_id=app_id,
            direction=direction,
            status=status,
            created_on=created_on,
            modified_on=modified_on,
            updated_on=updated_on,
            subaccount_id=subaccount_id,
            simultaneous_call_limit=simultaneous_call_limit,
            description=description,
            recording=recording,
            inbound=inbound,
            outbound=outbound,
        )

        trunk.additional_properties = d
        return trunk

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
