from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collect_action import CollectAction
    from ..models.conference_action import ConferenceAction
    from ..models.detect_action import DetectAction
    from ..models.dial_action import DialAction
    from ..models.foreach_action import ForeachAction
    from ..models.goto_action import GotoAction
    from ..models.hangup_action import HangupAction
    from ..models.if_action import IfAction
    from ..models.label_action import LabelAction
    from ..models.pause_action import PauseAction
    from ..models.play_action import PlayAction
    from ..models.queue_action import QueueAction
    from ..models.record_action import RecordAction
    from ..models.record_message_action import RecordMessageAction
    from ..models.redirect_action import RedirectAction
    from ..models.reject_action import RejectAction
    from ..models.say_action import SayAction
    from ..models.session_data_action import SessionDataAction
    from ..models.sms_action import SmsAction
    from ..models.stop_action import StopAction
    from ..models.transfer_action import TransferAction
    from ..models.variable_assignment import VariableAssignment
    from ..models.webhook_action import WebhookAction


T = TypeVar("T", bound="RecordMessageActionEvents")


@_attrs_define
class RecordMessageActionEvents:
    """
    Attributes:
        on_save (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
            HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
            RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
            TransferAction | VariableAssignment | WebhookAction] | Unset): Runs after a successful save.
        on_error (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
            HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
            RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
            TransferAction | VariableAssignment | WebhookAction] | Unset): Runs if any action fails.
    """

    on_save: (
        list[
            CollectAction
            | ConferenceAction
            | DetectAction
            | DialAction
            | ForeachAction
            | GotoAction
            | HangupAction
            | IfAction
            | LabelAction
            | PauseAction
            | PlayAction
            | QueueAction
            | RecordAction
            | RecordMessageAction
            | RedirectAction
            | RejectAction
            | SayAction
            | SessionDataAction
            | SmsAction
            | StopAction
            | TransferAction
            | VariableAssignment
            | WebhookAction
        ]
        | Unset
    ) = UNSET
    on_error: (
        list[
            CollectAction
            | ConferenceAction
            | DetectAction
            | DialAction
            | ForeachAction
            | GotoAction
            | HangupAction
            | IfAction
            | LabelAction
            | PauseAction
            | PlayAction
            | QueueAction
            | RecordAction
            | RecordMessageAction
            | RedirectAction
            | RejectAction
            | SayAction
            | SessionDataAction
            | SmsAction
            | StopAction
            | TransferAction
            | VariableAssignment
            | WebhookAction
        ]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.collect_action import CollectAction  # noqa: PLC0415
        from ..models.conference_action import ConferenceAction  # noqa: PLC0415
        from ..models.detect_action import DetectAction  # noqa: PLC0415
        from ..models.dial_action import DialAction  # noqa: PLC0415
        from ..models.foreach_action import ForeachAction  # noqa: PLC0415
        from ..models.goto_action import GotoAction  # noqa: PLC0415
        from ..models.hangup_action import HangupAction  # noqa: PLC0415
        from ..models.if_action import IfAction  # noqa: PLC0415
        from ..models.label_action import LabelAction  # noqa: PLC0415
        from ..models.pause_action import PauseAction  # noqa: PLC0415
        from ..models.play_action import PlayAction  # noqa: PLC0415
        from ..models.queue_action import QueueAction  # noqa: PLC0415
        from ..models.record_action import RecordAction  # noqa: PLC0415
        from ..models.record_message_action import RecordMessageAction  # noqa: PLC0415
        from ..models.redirect_action import RedirectAction  # noqa: PLC0415
        from ..models.reject_action import RejectAction  # noqa: PLC0415
        from ..models.say_action import SayAction  # noqa: PLC0415
        from ..models.session_data_action import SessionDataAction  # noqa: PLC0415
        from ..models.sms_action import SmsAction  # noqa: PLC0415
        from ..models.stop_action import StopAction  # noqa: PLC0415
        from ..models.transfer_action import TransferAction  # noqa: PLC0415
        from ..models.webhook_action import WebhookAction  # noqa: PLC0415

        on_save: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_save, Unset):
            on_save = []
            for on_save_item_data in self.on_save:
                on_save_item: dict[str, Any]
                if isinstance(on_save_item_data, CollectAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, ConferenceAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, DetectAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, DialAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, ForeachAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, GotoAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, HangupAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, IfAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, LabelAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, PauseAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, PlayAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, QueueAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, RecordAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, RecordMessageAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, RedirectAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, RejectAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, SayAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, SessionDataAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, SmsAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, StopAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, TransferAction):
                    on_save_item = on_save_item_data.to_dict()
                elif isinstance(on_save_item_data, WebhookAction):
                    on_save_item = on_save_item_data.to_dict()
                else:
                    on_save_item = on_save_item_data.to_dict()

                on_save.append(on_save_item)

        on_error: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_error, Unset):
            on_error = []
            for on_error_item_data in self.on_error:
                on_error_item: dict[str, Any]
                if isinstance(on_error_item_data, CollectAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, ConferenceAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, DetectAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, DialAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, ForeachAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, GotoAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, HangupAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, IfAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, LabelAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, PauseAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, PlayAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, QueueAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, RecordAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, RecordMessageAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, RedirectAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, RejectAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, SayAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, SessionDataAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, SmsAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, StopAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, TransferAction):
                    on_error_item = on_error_item_data.to_dict()
                elif isinstance(on_error_item_data, WebhookAction):
                    on_error_item = on_error_item_data.to_dict()
                else:
                    on_error_item = on_error_item_data.to_dict()

                on_error.append(on_error_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if on_save is not UNSET:
            field_dict["on_save"] = on_save
        if on_error is not UNSET:
            field_dict["on_error"] = on_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collect_action import CollectAction  # noqa: PLC0415
        from ..models.conference_action import ConferenceAction  # noqa: PLC0415
        from ..models.detect_action import DetectAction  # noqa: PLC0415
        from ..models.dial_action import DialAction  # noqa: PLC0415
        from ..models.foreach_action import ForeachAction  # noqa: PLC0415
        from ..models.goto_action import GotoAction  # noqa: PLC0415
        from ..models.hangup_action import HangupAction  # noqa: PLC0415
        from ..models.if_action import IfAction  # noqa: PLC0415
        from ..models.label_action import LabelAction  # noqa: PLC0415
        from ..models.pause_action import PauseAction  # noqa: PLC0415
        from ..models.play_action import PlayAction  # noqa: PLC0415
        from ..models.queue_action import QueueAction  # noqa: PLC0415
        from ..models.record_action import RecordAction  # noqa: PLC0415
        from ..models.record_message_action import RecordMessageAction  # noqa: PLC0415
        from ..models.redirect_action import RedirectAction  # noqa: PLC0415
        from ..models.reject_action import RejectAction  # noqa: PLC0415
        from ..models.say_action import SayAction  # noqa: PLC0415
        from ..models.session_data_action import SessionDataAction  # noqa: PLC0415
        from ..models.sms_action import SmsAction  # noqa: PLC0415
        from ..models.stop_action import StopAction  # noqa: PLC0415
        from ..models.transfer_action import TransferAction  # noqa: PLC0415
        from ..models.variable_assignment import VariableAssignment  # noqa: PLC0415
        from ..models.webhook_action import WebhookAction  # noqa: PLC0415

        d = dict(src_dict)
        _on_save = d.pop("on_save", UNSET)
        on_save: (
            list[
                CollectAction
                | ConferenceAction
                | DetectAction
                | DialAction
                | ForeachAction
                | GotoAction
                | HangupAction
                | IfAction
                | LabelAction
                | PauseAction
                | PlayAction
                | QueueAction
                | RecordAction
                | RecordMessageAction
                | RedirectAction
                | RejectAction
                | SayAction
                | SessionDataAction
                | SmsAction
                | StopAction
                | TransferAction
                | VariableAssignment
                | WebhookAction
            ]
            | Unset
        ) = UNSET
        if _on_save is not UNSET:
            on_save = []
            for on_save_item_data in _on_save:

                def _parse_on_save_item(
                    data: object,
                ) -> (
                    CollectAction
                    | ConferenceAction
                    | DetectAction
                    | DialAction
                    | ForeachAction
                    | GotoAction
                    | HangupAction
                    | IfAction
                    | LabelAction
                    | PauseAction
                    | PlayAction
                    | QueueAction
                    | RecordAction
                    | RecordMessageAction
                    | RedirectAction
                    | RejectAction
                    | SayAction
                    | SessionDataAction
                    | SmsAction
                    | StopAction
                    | TransferAction
                    | VariableAssignment
                    | WebhookAction
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_0 = CollectAction.from_dict(data)

                        return componentsschemas_typed_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_1 = ConferenceAction.from_dict(data)

                        return componentsschemas_typed_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_2 = DetectAction.from_dict(data)

                        return componentsschemas_typed_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_3 = DialAction.from_dict(data)

                        return componentsschemas_typed_action_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_4 = ForeachAction.from_dict(data)

                        return componentsschemas_typed_action_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_5 = GotoAction.from_dict(data)

                        return componentsschemas_typed_action_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_6 = HangupAction.from_dict(data)

                        return componentsschemas_typed_action_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_7 = IfAction.from_dict(data)

                        return componentsschemas_typed_action_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_8 = LabelAction.from_dict(data)

                        return componentsschemas_typed_action_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_9 = PauseAction.from_dict(data)

                        return componentsschemas_typed_action_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_10 = PlayAction.from_dict(data)

                        return componentsschemas_typed_action_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_11 = QueueAction.from_dict(data)

                        return componentsschemas_typed_action_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_12 = RecordAction.from_dict(data)

                        return componentsschemas_typed_action_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_13 = RecordMessageAction.from_dict(data)

                        return componentsschemas_typed_action_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_14 = RedirectAction.from_dict(data)

                        return componentsschemas_typed_action_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_15 = RejectAction.from_dict(data)

                        return componentsschemas_typed_action_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_16 = SayAction.from_dict(data)

                        return componentsschemas_typed_action_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_17 = SessionDataAction.from_dict(data)

                        return componentsschemas_typed_action_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_18 = SmsAction.from_dict(data)

                        return componentsschemas_typed_action_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_19 = StopAction.from_dict(data)

                        return componentsschemas_typed_action_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_20 = TransferAction.from_dict(data)

                        return componentsschemas_typed_action_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_21 = WebhookAction.from_dict(data)

                        return componentsschemas_typed_action_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_type_1 = VariableAssignment.from_dict(data)

                    return componentsschemas_action_type_1

                on_save_item = _parse_on_save_item(on_save_item_data)

                on_save.append(on_save_item)

        _on_error = d.pop("on_error", UNSET)
        on_error: (
            list[
                CollectAction
                | ConferenceAction
                | DetectAction
                | DialAction
                | ForeachAction
                | GotoAction
                | HangupAction
                | IfAction
                | LabelAction
                | PauseAction
                | PlayAction
                | QueueAction
                | RecordAction
                | RecordMessageAction
                | RedirectAction
                | RejectAction
                | SayAction
                | SessionDataAction
                | SmsAction
                | StopAction
                | TransferAction
                | VariableAssignment
                | WebhookAction
            ]
            | Unset
        ) = UNSET
        if _on_error is not UNSET:
            on_error = []
            for on_error_item_data in _on_error:

                def _parse_on_error_item(
                    data: object,
                ) -> (
                    CollectAction
                    | ConferenceAction
                    | DetectAction
                    | DialAction
                    | ForeachAction
                    | GotoAction
                    | HangupAction
                    | IfAction
                    | LabelAction
                    | PauseAction
                    | PlayAction
                    | QueueAction
                    | RecordAction
                    | RecordMessageAction
                    | RedirectAction
                    | RejectAction
                    | SayAction
                    | SessionDataAction
                    | SmsAction
                    | StopAction
                    | TransferAction
                    | VariableAssignment
                    | WebhookAction
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_0 = CollectAction.from_dict(data)

                        return componentsschemas_typed_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_1 = ConferenceAction.from_dict(data)

                        return componentsschemas_typed_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_2 = DetectAction.from_dict(data)

                        return componentsschemas_typed_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_3 = DialAction.from_dict(data)

                        return componentsschemas_typed_action_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_4 = ForeachAction.from_dict(data)

                        return componentsschemas_typed_action_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_5 = GotoAction.from_dict(data)

                        return componentsschemas_typed_action_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_6 = HangupAction.from_dict(data)

                        return componentsschemas_typed_action_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_7 = IfAction.from_dict(data)

                        return componentsschemas_typed_action_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_8 = LabelAction.from_dict(data)

                        return componentsschemas_typed_action_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_9 = PauseAction.from_dict(data)

                        return componentsschemas_typed_action_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_10 = PlayAction.from_dict(data)

                        return componentsschemas_typed_action_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_11 = QueueAction.from_dict(data)

                        return componentsschemas_typed_action_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_12 = RecordAction.from_dict(data)

                        return componentsschemas_typed_action_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_13 = RecordMessageAction.from_dict(data)

                        return componentsschemas_typed_action_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_14 = RedirectAction.from_dict(data)

                        return componentsschemas_typed_action_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_15 = RejectAction.from_dict(data)

                        return componentsschemas_typed_action_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_16 = SayAction.from_dict(data)

                        return componentsschemas_typed_action_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_17 = SessionDataAction.from_dict(data)

                        return componentsschemas_typed_action_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_18 = SmsAction.from_dict(data)

                        return componentsschemas_typed_action_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_19 = StopAction.from_dict(data)

                        return componentsschemas_typed_action_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_20 = TransferAction.from_dict(data)

                        return componentsschemas_typed_action_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_typed_action_type_21 = WebhookAction.from_dict(data)

                        return componentsschemas_typed_action_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_type_1 = VariableAssignment.from_dict(data)

                    return componentsschemas_action_type_1

                on_error_item = _parse_on_error_item(on_error_item_data)

                on_error.append(on_error_item)

        record_message_action_events = cls(
            on_save=on_save,
            on_error=on_error,
        )

        return record_message_action_events
