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


T = TypeVar("T", bound="CallFlowResponse")


@_attrs_define
class CallFlowResponse:
    """What a customer server answers to a Callback Request: the Call Flow actions to run, in order. The response may be
    JSON (`application/json`) or CCML (`application/xml`); a 204 or any non-2xx status ends the call (after trying
    `callback_failover`).

        Attributes:
            actions (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
                HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
                RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
                TransferAction | VariableAssignment | WebhookAction]): An array of Action objects, executed in the order given.
            name (str | Unset): An optional name to help identify the response. Example: MainMenu.
            comments (str | Unset): Optional comments to help document this response.
    """

    actions: list[
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
    name: str | Unset = UNSET
    comments: str | Unset = UNSET

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

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if isinstance(actions_item_data, CollectAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, ConferenceAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, DetectAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, DialAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, ForeachAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, GotoAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, HangupAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, IfAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, LabelAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, PauseAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, PlayAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, QueueAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, RecordAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, RecordMessageAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, RedirectAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, RejectAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, SayAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, SessionDataAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, SmsAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, StopAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, TransferAction):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, WebhookAction):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        name = self.name

        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments

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
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:

            def _parse_actions_item(
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

            actions_item = _parse_actions_item(actions_item_data)

            actions.append(actions_item)

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        call_flow_response = cls(
            actions=actions,
            name=name,
            comments=comments,
        )

        return call_flow_response
