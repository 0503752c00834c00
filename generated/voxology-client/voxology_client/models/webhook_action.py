from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_action_events import WebhookActionEvents
    from ..models.webhook_action_params import WebhookActionParams


T = TypeVar("T", bound="WebhookAction")


@_attrs_define
class WebhookAction:
    """Sends an HTTP request from anywhere in the call flow (a Webhook Request, see `webhooks`).

    Attributes:
        type_ (Literal['WEBHOOK']): The action type.
        params (WebhookActionParams): The parameters of the action.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
        events (WebhookActionEvents | Unset):
    """

    type_: Literal["WEBHOOK"]
    params: WebhookActionParams
    name: str | Unset = UNSET
    comments: str | Unset = UNSET
    events: WebhookActionEvents | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        name = self.name

        comments = self.comments

        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_action_events import WebhookActionEvents  # noqa: PLC0415
        from ..models.webhook_action_params import WebhookActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["WEBHOOK"], d.pop("type"))
        if type_ != "WEBHOOK":
            raise ValueError(f"type must match const 'WEBHOOK', got '{type_}'")

        params = WebhookActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        _events = d.pop("events", UNSET)
        events: WebhookActionEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = WebhookActionEvents.from_dict(_events)

        webhook_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
            events=events,
        )

        return webhook_action
