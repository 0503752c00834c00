from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_info import AgentInfo
    from ..models.chat_participant import ChatParticipant
    from ..models.end_user import EndUser
    from ..models.menu import Menu
    from ..models.menu_path import MenuPath
    from ..models.offer_event import OfferEvent
    from ..models.photo import Photo
    from ..models.transfer import Transfer
    from ..models.video import Video


T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
    """Chat object returned by POST /sms (an SMS chat session).

    Attributes:
        id (int): Chat ID.
        lang (str): Language, e.g. "en".
        chat_type (str): Chat type; the examples show "Messaging (SMS)".
        status (str): Chat status; the examples show "selecting" (chat status values are not documented).
        created_at (datetime.datetime): When the chat was created.
        queued_at (datetime.datetime | None): When the chat was queued.
        assigned_at (datetime.datetime | None): When the chat was assigned to an agent.
        ends_at (datetime.datetime | None): When the chat ended.
        wait_duration (int): Wait duration (unit not documented).
        chat_duration (int): Chat duration (unit not documented).
        rating (int | None): Customer rating.
        has_feedback (bool): Whether the end user left feedback.
        out_ticket_id (None | str): CRM ticket ID linked to the chat (null in the examples even though ticket_id was
            sent).
        out_ticket_url (None | str): CRM ticket URL.
        verified (bool): Whether the end user is verified.
        disconnected_by (str): Who disconnected; the examples show "disconnected_by_unknown".
        fail_reason (None | str): Fail reason; null in the examples.
        selected_menu (Menu | None): Selected menu; null in the examples.
        menu_path (MenuPath | None): Menu path; null in the examples.
        agent_info (AgentInfo | None): Assigned agent; null in the examples.
        end_user (EndUser | None): End user.
        photos (list[Photo]): Photos.
        videos (list[Video]): Videos.
        transfers (list[Transfer]): Transfers.
        participants (list[ChatParticipant]): Chat participants.
        offer_type (None | str): Offer type; null in the examples.
        offer_events (list[OfferEvent]): Offer events.
        answer_type (str): Answer type; the examples show "manual".
        outbound_number (str): Outbound number, returned normalized (e.g. "+16285550199" for a request with "+1
            628-555-0199").
    """

    id: int
    lang: str
    chat_type: str
    status: str
    created_at: datetime.datetime
    queued_at: datetime.datetime | None
    assigned_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    wait_duration: int
    chat_duration: int
    rating: int | None
    has_feedback: bool
    out_ticket_id: None | str
    out_ticket_url: None | str
    verified: bool
    disconnected_by: str
    fail_reason: None | str
    selected_menu: Menu | None
    menu_path: MenuPath | None
    agent_info: AgentInfo | None
    end_user: EndUser | None
    photos: list[Photo]
    videos: list[Video]
    transfers: list[Transfer]
    participants: list[ChatParticipant]
    offer_type: None | str
    offer_events: list[OfferEvent]
    answer_type: str
    outbound_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_info import AgentInfo  # noqa: PLC0415
        from ..models.end_user import EndUser  # noqa: PLC0415
        from ..models.menu import Menu  # noqa: PLC0415
        from ..models.menu_path import MenuPath  # noqa: PLC0415

        id = self.id

        lang = self.lang

        chat_type = self.chat_type

        status = self.status

        created_at = self.created_at.isoformat()

        queued_at: None | str
        if isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        assigned_at: None | str
        if isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        wait_duration = self.wait_duration

        chat_duration = self.chat_duration

        rating: int | None
        rating = self.rating

        has_feedback = self.has_feedback

        out_ticket_id: None | str
        out_ticket_id = self.out_ticket_id

        out_ticket_url: None | str
        out_ticket_url = self.out_ticket_url

        verified = self.verified

        disconnected_by = self.disconnected_by

        fail_reason: None | str
        fail_reason = self.fail_reason

        selected_menu: dict[str, Any] | None
        if isinstance(self.selected_menu, Menu):
            selected_menu = self.selected_menu.to_dict()
        else:
            selected_menu = self.selected_menu

        menu_path: dict[str, Any] | None
        if isinstance(self.menu_path, MenuPath):
            menu_path = self.menu_path.to_dict()
        else:
            menu_path = self.menu_path

        agent_info: dict[str, Any] | None
        if isinstance(self.agent_info, AgentInfo):
            agent_info = self.agent_info.to_dict()
        else:
            agent_info = self.agent_info

        end_user: dict[str, Any] | None
        if isinstance(self.end_user, EndUser):
            end_user = self.end_user.to_dict()
        else:
            end_user = self.end_user

        photos = []
        for photos_item_data in self.photos:
            photos_item = photos_item_data.to_dict()
            photos.append(photos_item)

        videos = []
        for videos_item_data in self.videos:
            videos_item = videos_item_data.to_dict()
            videos.append(videos_item)

        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        offer_type: None | str
        offer_type = self.offer_type

        offer_events = []
        for offer_events_item_data in self.offer_events:
            offer_events_item = offer_events_item_data.to_dict()
            offer_events.append(offer_events_item)

        answer_type = self.answer_type

        outbound_number = self.outbound_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lang": lang,
                "chat_type": chat_type,
                "status": status,
                "created_at": created_at,
                "queued_at": queued_at,
                "assigned_at": assigned_at,
                "ends_at": ends_at,
                "wait_duration": wait_duration,
                "chat_duration": chat_duration,
                "rating": rating,
                "has_feedback": has_feedback,
                "out_ticket_id": out_ticket_id,
                "out_ticket_url": out_ticket_url,
                "verified": verified,
                "disconnected_by": disconnected_by,
                "fail_reason": fail_reason,
                "selected_menu": selected_menu,
                "menu_path": menu_path,
                "agent_info": agent_info,
                "end_user": end_user,
                "photos": photos,
                "videos": videos,
                "transfers": transfers,
                "participants": participants,
                "offer_type": offer_type,
                "offer_events": offer_events,
                "answer_type": answer_type,
                "outbound_number": outbound_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_info import AgentInfo  # noqa: PLC0415
        from ..models.chat_participant import ChatParticipant  # noqa: PLC0415
        from ..models.end_user import EndUser  # noqa: PLC0415
        from ..models.menu import Menu  # noqa: PLC0415
        from ..models.menu_path import MenuPath  # noqa: PLC0415
        from ..models.offer_event import OfferEvent  # noqa: PLC0415
        from ..models.photo import Photo  # noqa: PLC0415
        from ..models.transfer import Transfer  # noqa: PLC0415
        from ..models.video import Video  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        lang = d.pop("lang")

        chat_type = d.pop("chat_type")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_queued_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_at_type_0 = datetime.datetime.fromisoformat(data)

                return queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        queued_at = _parse_queued_at(d.pop("queued_at"))

        def _parse_assigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_at_type_0 = datetime.datetime.fromisoformat(data)

                return assigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        assigned_at = _parse_assigned_at(d.pop("assigned_at"))

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        wait_duration = d.pop("wait_duration")

        chat_duration = d.pop("chat_duration")

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))

        has_feedback = d.pop("has_feedback")

        def _parse_out_ticket_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        out_ticket_id = _parse_out_ticket_id(d.pop("out_ticket_id"))

        def _parse_out_ticket_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        out_ticket_url = _parse_out_ticket_url(d.pop("out_ticket_url"))

        verified = d.pop("verified")

        disconnected_by = d.pop("disconnected_by")

        def _parse_fail_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason"))

        def _parse_selected_menu(data: object) -> Menu | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_menu_type_0 = Menu.from_dict(data)

                return selected_menu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Menu | None, data)

        selected_menu = _parse_selected_menu(d.pop("selected_menu"))

        def _parse_menu_path(data: object) -> MenuPath | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                menu_path_type_0 = MenuPath.from_dict(data)

                return menu_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MenuPath | None, data)

        menu_path = _parse_menu_path(d.pop("menu_path"))

        def _parse_agent_info(data: object) -> AgentInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_info_type_0 = AgentInfo.from_dict(data)

                return agent_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentInfo | None, data)

        agent_info = _parse_agent_info(d.pop("agent_info"))

        def _parse_end_user(data: object) -> EndUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_user_type_0 = EndUser.from_dict(data)

                return end_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndUser | None, data)

        end_user = _parse_end_user(d.pop("end_user"))

        photos = []
        _photos = d.pop("photos")
        for photos_item_data in _photos:
            photos_item = Photo.from_dict(photos_item_data)

            photos.append(photos_item)

        videos = []
        _videos = d.pop("videos")
        for videos_item_data in _videos:
            videos_item = Video.from_dict(videos_item_data)

            videos.append(videos_item)

        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in _transfers:
            transfers_item = Transfer.from_dict(transfers_item_data)

            transfers.append(transfers_item)

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ChatParticipant.from_dict(participants_item_data)

            participants.append(participants_item)

        def _parse_offer_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        offer_type = _parse_offer_type(d.pop("offer_type"))

        offer_events = []
        _offer_events = d.pop("offer_events")
        for offer_events_item_data in _offer_events:
            offer_events_item = OfferEvent.from_dict(offer_events_item_data)

            offer_events.append(offer_events_item)

        answer_type = d.pop("answer_type")

        outbound_number = d.pop("outbound_number")

        chat = cls(
            id=id,
            lang=lang,
            chat_type=chat_type,
            status=status,
            created_at=created_at,
            queued_at=queued_at,
            assigned_at=assigned_at,
            ends_at=ends_at,
            wait_duration=wait_duration,
            chat_duration=chat_duration,
            rating=rating,
            has_feedback=has_feedback,
            out_ticket_id=out_ticket_id,
            out_ticket_url=out_ticket_url,
            verified=verified,
            disconnected_by=disconnected_by,
            fail_reason=fail_reason,
            selected_menu=selected_menu,
            menu_path=menu_path,
            agent_info=agent_info,
            end_user=end_user,
            photos=photos,
            videos=videos,
            transfers=transfers,
            participants=participants,
            offer_type=offer_type,
            offer_events=offer_events,
            answer_type=answer_type,
            outbound_number=outbound_number,
        )

        chat.additional_properties = d
        return chat

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
