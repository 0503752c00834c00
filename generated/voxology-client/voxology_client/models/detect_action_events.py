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


T = TypeVar("T", bound="DetectActionEvents")


@_attrs_define
class DetectActionEvents:
    """
    Attributes:
        on_live_person (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
            HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
            RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
            TransferAction | VariableAssignment | WebhookAction]): Runs when a live person is detected (or
            trigger_live_in_ms is reached).
        on_voicemail (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
            HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
            RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
            TransferAction | VariableAssignment | WebhookAction]): Runs when a voicemail system is ready to record (after
            the beep).
        on_voicemail_early (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction |
            GotoAction | HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
            RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
            TransferAction | VariableAssignment | WebhookAction] | Unset): Runs as soon as a voicemail system is detected.
    """

    on_live_person: list[
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
    on_voicemail: list[
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
    on_voicemail_early: (
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

        on_live_person = []
        for on_live_person_item_data in self.on_live_person:
            on_live_person_item: dict[str, Any]
            if isinstance(on_live_person_item_data, CollectAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, ConferenceAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, DetectAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, DialAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, ForeachAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, GotoAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, HangupAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, IfAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, LabelAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, PauseAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, PlayAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, QueueAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, RecordAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, RecordMessageAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, RedirectAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, RejectAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, SayAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, SessionDataAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, SmsAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, StopAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, TransferAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            elif isinstance(on_live_person_item_data, WebhookAction):
                on_live_person_item = on_live_person_item_data.to_dict()
            else:
                on_live_person_item = on_live_person_item_data.to_dict()

            on_live_person.append(on_live_person_item)

        on_voicemail = []
        for on_voicemail_item_data in self.on_voicemail:
            on_voicemail_item: dict[str, Any]
            if isinstance(on_voicemail_item_data, CollectAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, ConferenceAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, DetectAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, DialAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, ForeachAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, GotoAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, HangupAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, IfAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, LabelAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, PauseAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, PlayAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, QueueAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, RecordAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, RecordMessageAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, RedirectAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, RejectAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, SayAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, SessionDataAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, SmsAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, StopAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, TransferAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            elif isinstance(on_voicemail_item_data, WebhookAction):
                on_voicemail_item = on_voicemail_item_data.to_dict()
            else:
                on_voicemail_item = on_voicemail_item_data.to_dict()

            on_voicemail.append(on_voicemail_item)

        on_voicemail_early: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_voicemail_early, Unset):
            on_voicemail_early = []
            for on_voicemail_early_item_data in self.on_voicemail_early:
                on_voicemail_early_item: dict[str, Any]
                if isinstance(on_voicemail_early_item_data, CollectAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, ConferenceAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, DetectAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, DialAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, ForeachAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, GotoAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, HangupAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, IfAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, LabelAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, PauseAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, PlayAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, QueueAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, RecordAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, RecordMessageAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, RedirectAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, RejectAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, SayAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, SessionDataAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, SmsAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, StopAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, TransferAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                elif isinstance(on_voicemail_early_item_data, WebhookAction):
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()
                else:
                    on_voicemail_early_item = on_voicemail_early_item_data.to_dict()

                on_voicemail_early.append(on_voicemail_early_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on_live_person": on_live_person,
                "on_voicemail": on_voicemail,
            }
        )
        if on_voicemail_early is not UNSET:
            field_dict["on_voicemail_early"] = on_voicemail_early

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
        on_live_person = []
        _on_live_person = d.pop("on_live_person")
        for on_live_person_item_data in _on_live_person:

            def _parse_on_live_person_item(
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

            on_live_person_item = _parse_on_live_person_item(on_live_person_item_data)

            on_live_person.append(on_live_person_item)

        on_voicemail = []
        _on_voicemail = d.pop("on_voicemail")
        for on_voicemail_item_data in _on_voicemail:

            def _parse_on_voicemail_item(
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

            on_voicemail_item = _parse_on_voicemail_item(on_voicemail_item_data)

            on_voicemail.append(on_voicemail_item)

        _on_voicemail_early = d.pop("on_voicemail_early", UNSET)
        on_voicemail_early: (
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
        if _on_voicemail_early is not UNSET:
            on_voicemail_early = []
            for on_voicemail_early_item_data in _on_voicemail_early:

                def _parse_on_voicemail_early_item(
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

                on_voicemail_early_item = _parse_on_voicemail_early_item(on_voicemail_early_item_data)

                on_voicemail_early.append(on_voicemail_early_item)

        detect_action_events = cls(
            on_live_person=on_live_person,
            on_voicemail=on_voicemail,
            on_voicemail_early=on_voicemail_early,
        )

        return detect_action_events
