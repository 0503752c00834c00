from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.fault_rule import FaultRule
    from ..models.inspector_state_clock import InspectorStateClock
    from ..models.inspector_state_timeline import InspectorStateTimeline


T = TypeVar("T", bound="InspectorState")


@_attrs_define
class InspectorState:
    """
    Attributes:
        clock (InspectorStateClock):
        calls (list[Document]):
        timeline (InspectorStateTimeline):
        deliveries (list[Document]):
        journal (list[Document]):
        faults (list[FaultRule]):
    """

    clock: InspectorStateClock
    calls: list[Document]
    timeline: InspectorStateTimeline
    deliveries: list[Document]
    journal: list[Document]
    faults: list[FaultRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clock = self.clock.to_dict()

        calls = []
        for componentsschemas_documents_item_data in self.calls:
            componentsschemas_documents_item = componentsschemas_documents_item_data.to_dict()
            calls.append(componentsschemas_documents_item)

        timeline = self.timeline.to_dict()

        deliveries = []
        for componentsschemas_documents_item_data in self.deliveries:
            componentsschemas_documents_item = componentsschemas_documents_item_data.to_dict()
            deliveries.append(componentsschemas_documents_item)

        journal = []
        for componentsschemas_documents_item_data in self.journal:
            componentsschemas_documents_item = componentsschemas_documents_item_data.to_dict()
            journal.append(componentsschemas_documents_item)

        faults = []
        for faults_item_data in self.faults:
            faults_item = faults_item_data.to_dict()
            faults.append(faults_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clock": clock,
                "calls": calls,
                "timeline": timeline,
                "deliveries": deliveries,
                "journal": journal,
                "faults": faults,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.fault_rule import FaultRule  # noqa: PLC0415
        from ..models.inspector_state_clock import InspectorStateClock  # noqa: PLC0415
        from ..models.inspector_state_timeline import InspectorStateTimeline  # noqa: PLC0415

        d = dict(src_dict)
        clock = InspectorStateClock.from_dict(d.pop("clock"))

        calls = []
        _calls = d.pop("calls")
        for componentsschemas_documents_item_data in _calls:
            componentsschemas_documents_item = Document.from_dict(componentsschemas_documents_item_data)

            calls.append(componentsschemas_documents_item)

        timeline = InspectorStateTimeline.from_dict(d.pop("timeline"))

        deliveries = []
        _deliveries = d.pop("deliveries")
        for componentsschemas_documents_item_data in _deliveries:
            componentsschemas_documents_item = Document.from_dict(componentsschemas_documents_item_data)

            deliveries.append(componentsschemas_documents_item)

        journal = []
        _journal = d.pop("journal")
        for componentsschemas_documents_item_data in _journal:
            componentsschemas_documents_item = Document.from_dict(componentsschemas_documents_item_data)

            journal.append(componentsschemas_documents_item)

        faults = []
        _faults = d.pop("faults")
        for faults_item_data in _faults:
            faults_item = FaultRule.from_dict(faults_item_data)

            faults.append(faults_item)

        inspector_state = cls(
            clock=clock,
            calls=calls,
            timeline=timeline,
            deliveries=deliveries,
            journal=journal,
            faults=faults,
        )

        inspector_state.additional_properties = d
        return inspector_state

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
