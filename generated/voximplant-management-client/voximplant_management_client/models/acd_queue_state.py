from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.acd_after_service_operator_state import ACDAfterServiceOperatorState
    from ..models.acd_locked_operator_state import ACDLockedOperatorState
    from ..models.acd_ready_operator_state import ACDReadyOperatorState
    from ..models.acd_servicing_call_state import ACDServicingCallState
    from ..models.acd_waiting_call_state import ACDWaitingCallState


T = TypeVar("T", bound="ACDQueueState")


@_attrs_define
class ACDQueueState:
    """
    Attributes:
        acd_queue_id (int): The ACD queue ID
        after_service_operator_count (int): Number of operators with the ‘AFTER SERVICE’ state
        after_service_operators (list[ACDAfterServiceOperatorState]): List of operators with the ‘AFTER_SERVICE’ state.
            This state is set right after a call is ended to indicate a call postprocessing
        locked_operators (list[ACDLockedOperatorState]): List of operators with the ‘READY’ state that cannot accept a
            call from this queue. Operator cannot accept a call if they are temporarily banned, or they are servicing a call
            right now
        locked_operators_count (int): Number of locked operators
        ready_operators (list[ACDReadyOperatorState]): List of operators with the ‘READY’ state that can accept a call
            from this queue
        ready_operators_count (int): Number of ready operators
        servicing_calls (list[ACDServicingCallState]): List of calls enqueued into this queue that are being serviced
            right now by operators
        waiting_calls (list[ACDWaitingCallState]): List of calls enqueued into this queue that are not yet serviced by
            operators
    """

    acd_queue_id: int
    after_service_operator_count: int
    after_service_operators: list[ACDAfterServiceOperatorState]
    locked_operators: list[ACDLockedOperatorState]
    locked_operators_count: int
    ready_operators: list[ACDReadyOperatorState]
    ready_operators_count: int
    servicing_calls: list[ACDServicingCallState]
    waiting_calls: list[ACDWaitingCallState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        after_service_operator_count = self.after_service_operator_count

        after_service_operators = []
        for after_service_operators_item_data in self.after_service_operators:
            after_service_operators_item = after_service_operators_item_data.to_dict()
            after_service_operators.append(after_service_operators_item)

        locked_operators = []
        for locked_operators_item_data in self.locked_operators:
            locked_operators_item = locked_operators_item_data.to_dict()
            locked_operators.append(locked_operators_item)

        locked_operators_count = self.locked_operators_count

        ready_operators = []
        for ready_operators_item_data in self.ready_operators:
            ready_operators_item = ready_operators_item_data.to_dict()
            ready_operators.append(ready_operators_item)

        ready_operators_count = self.ready_operators_count

        servicing_calls = []
        for servicing_calls_item_data in self.servicing_calls:
            servicing_calls_item = servicing_calls_item_data.to_dict()
            servicing_calls.append(servicing_calls_item)

        waiting_calls = []
        for waiting_calls_item_data in self.waiting_calls:
            waiting_calls_item = waiting_calls_item_data.to_dict()
            waiting_calls.append(waiting_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
                "after_service_operator_count": after_service_operator_count,
                "after_service_operators": after_service_operators,
                "locked_operators": locked_operators,
                "locked_operators_count": locked_operators_count,
                "ready_operators": ready_operators,
                "ready_operators_count": ready_operators_count,
                "servicing_calls": servicing_calls,
                "waiting_calls": waiting_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_after_service_operator_state import ACDAfterServiceOperatorState  # noqa: PLC0415
        from ..models.acd_locked_operator_state import ACDLockedOperatorState  # noqa: PLC0415
        from ..models.acd_ready_operator_state import ACDReadyOperatorState  # noqa: PLC0415
        from ..models.acd_servicing_call_state import ACDServicingCallState  # noqa: PLC0415
        from ..models.acd_waiting_call_state import ACDWaitingCallState  # noqa: PLC0415

        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        after_service_operator_count = d.pop("after_service_operator_count")

        after_service_operators = []
        _after_service_operators = d.pop("after_service_operators")
        for after_service_operators_item_data in _after_service_operators:
            after_service_operators_item = ACDAfterServiceOperatorState.from_dict(after_service_operators_item_data)

            after_service_operators.append(after_service_operators_item)

        locked_operators = []
        _locked_operators = d.pop("locked_operators")
        for locked_operators_item_data in _locked_operators:
            locked_operators_item = ACDLockedOperatorState.from_dict(locked_operators_item_data)

            locked_operators.append(locked_operators_item)

        locked_operators_count = d.pop("locked_operators_count")

        ready_operators = []
        _ready_operators = d.pop("ready_operators")
        for ready_operators_item_data in _ready_operators:
            ready_operators_item = ACDReadyOperatorState.from_dict(ready_operators_item_data)

            ready_operators.append(ready_operators_item)

        ready_operators_count = d.pop("ready_operators_count")

        servicing_calls = []
        _servicing_calls = d.pop("servicing_calls")
        for servicing_calls_item_data in _servicing_calls:
            servicing_calls_item = ACDServicingCallState.from_dict(servicing_calls_item_data)

            servicing_calls.append(servicing_calls_item)

        waiting_calls = []
        _waiting_calls = d.pop("waiting_calls")
        for waiting_calls_item_data in _waiting_calls:
            waiting_calls_item = ACDWaitingCallState.from_dict(waiting_calls_item_data)

            waiting_calls.append(waiting_calls_item)

        acd_queue_state = cls(
            acd_queue_id=acd_queue_id,
            after_service_operator_count=after_service_operator_count,
            after_service_operators=after_service_operators,
            locked_operators=locked_operators,
            locked_operators_count=locked_operators_count,
            ready_operators=ready_operators,
            ready_operators_count=ready_operators_count,
            servicing_calls=servicing_calls,
            waiting_calls=waiting_calls,
        )

        acd_queue_state.additional_properties = d
        return acd_queue_state

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
