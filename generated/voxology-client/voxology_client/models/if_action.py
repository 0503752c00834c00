from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

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


T = TypeVar("T", bound="IfAction")


@_attrs_define
class IfAction:
    """If-then-else: `condition` is evaluated as JavaScript over the Native Constants and user-defined variables (prefixed
    with `$`).

        Attributes:
            type_ (Literal['IF']): The action type.
            condition (str): The JavaScript statement to evaluate for truthfulness.
            then (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
                HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
                RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
                TransferAction | VariableAssignment | WebhookAction]): The actions to run when the condition is true.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
            or_else (list[CollectAction | ConferenceAction | DetectAction | DialAction | ForeachAction | GotoAction |
                HangupAction | IfAction | LabelAction | PauseAction | PlayAction | QueueAction | RecordAction |
                RecordMessageAction | RedirectAction | RejectAction | SayAction | SessionDataAction | SmsAction | StopAction |
                TransferAction | VariableAssignment | WebhookAction] | Unset): The actions to run when the condition is false.
    """

    type_: Literal["IF"]
    condition: str
    then: list[
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
    or_else: (
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

        type_ = self.type_

        condition = self.condition

        then = []
        for then_item_data in self.then:
            then_item: dict[str, Any]
            if isinstance(then_item_data, CollectAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, ConferenceAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, DetectAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, DialAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, ForeachAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, GotoAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, HangupAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, IfAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, LabelAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, PauseAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, PlayAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, QueueAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, RecordAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, RecordMessageAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, RedirectAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, RejectAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, SayAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, SessionDataAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, SmsAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, StopAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, TransferAction):
                then_item = then_item_data.to_dict()
            elif isinstance(then_item_data, WebhookAction):
                then_item = then_item_data.to_dict()
            else:
                then_item = then_item_data.to_dict()

            then.append(then_item)

        name = self.name

        comments = self.comments

        or_else: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_else, Unset):
            or_else = []
            for or_else_item_data in self.or_else:
                or_else_item: dict[str, Any]
                if isinstance(or_else_item_data, CollectAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, ConferenceAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, DetectAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, DialAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, ForeachAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, GotoAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, HangupAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, IfAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, LabelAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, PauseAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, PlayAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, QueueAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, RecordAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, RecordMessageAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, RedirectAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, RejectAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, SayAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, SessionDataAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, SmsAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, StopAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, TransferAction):
                    or_else_item = or_else_item_data.to_dict()
                elif isinstance(or_else_item_data, WebhookAction):
                    or_else_item = or_else_item_data.to_dict()
                else:
                    or_else_item = or_else_item_data.to_dict()

                or_else.append(or_else_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "condition": condition,
                "then": then,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments
        if or_else is not UNSET:
            field_dict["orElse"] = or_else

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
        type_ = cast(Literal["IF"], d.pop("type"))
        if type_ != "IF":
            raise ValueError(f"type must match const 'IF', got '{type_}'")

        condition = d.pop("condition")

        then = []
        _then = d.pop("then")
        for then_item_data in _then:

            def _parse_then_item(
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

            then_item = _parse_then_item(then_item_data)

            then.append(then_item)

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        _or_else = d.pop("orElse", UNSET)
        or_else: (
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
        if _or_else is not UNSET:
            or_else = []
            for or_else_item_data in _or_else:

                def _parse_or_else_item(
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

                or_else_item = _parse_or_else_item(or_else_item_data)

                or_else.append(or_else_item)

        if_action = cls(
            type_=type_,
            condition=condition,
            then=then,
            name=name,
            comments=comments,
            or_else=or_else,
        )

        return if_action
