from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_call_type import CallCallType
from ..models.call_status import CallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_info import AgentInfo
    from ..models.call_deflection_details_item import CallDeflectionDetailsItem
    from ..models.end_user import EndUser
    from ..models.menu import Menu
    from ..models.menu_path import MenuPath
    from ..models.offer_event import OfferEvent
    from ..models.participant import Participant
    from ..models.photo import Photo
    from ..models.transfer import Transfer
    from ..models.video import Video


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call object is created for every single call that is made into, or out of CCAI Platform. Returned by POST /calls
    with status 201. Fields required here are those present in the call-object template and in every 201 example; the
    others appear only in some of them (see x-doc-notes).

        Attributes:
            id (int): Call ID.
            lang (str): Language of the call (ISO 639-1), e.g. "en".
            call_type (CallCallType): The call_type field can only be one of the following values: 'Voice Outbound (API)' =
                Call made from Outbound Call API; 'Voice Inbound (API)' = Call made from Incoming Call API; 'Voice Scheduled
                (API)' = Call made from Scheduled Call API.
            status (CallStatus): Call status (snake_case wire form of the documentation's 'Call Status' table):
                - `selecting` (Selecting): State that occurs when an end user has called into the contact center, but is still
                navigating the menu options prior to being placed in a leaf menu.
                - `queued` (Queued): State that occurs after the end user has selected a leaf menu node and initiated a call
                request to be deltcasted or multicasted to an agent.
                - `assigned` (Assigned): State that occurs when an agent is selected to receive the end user call. This occurs
                when a call is picked up by an agent.
                - `connecting` (Connecting): State that occurs after an agent is assigned, and a connection is being established
                between the end user and the agent.
                - `connected` (Connected): State that occurs when the call has established a connection and the agent and end
                user are both placed into a call.
                - `finished` (Finished): State that occurs when a call ends after it has been connected.
                - `failed` (Failed): State that occurs when a call ends before it was successfully connected. A fail reason will
                also be provided for additional details.
                - `switching` (Switching): State that occurs when a call fails while trying to connect and CCAI Platform
                attempts to connect the call with a different VOIP provider.
                - `recovered` (Recovered): State that occurs when a failed call is called back. This new call is a child to the
                original call. Recovered notes that the call back is finished without error.
                - `scheduled` (Scheduled): State that occurs when an end user has scheduled a future call via In-Web or In-App.
                - `action_only` (Action Only): State that occurs when a call that is handled by our client's own telephony
                provider is connected to our iOS or Android SDK.
                - `action_only_finished` (Action Only Finished): State that occurs when a call that is handled by our client's
                own telephony provider is connected to our iOS or Android SDK and finishes
                - `deflected` (Deflected): State that occurs based on the configuration for overcapacity queues or after hour
                calls. Deflection options include voicemail, schedule call among others. Deflection will vary based on channel
                (In-app, IVR, In-web)
                - `voicemail` (Voicemail): State that occurs when an end user is deflected to a voicemail option, and opts to
                leave a voicemail message to listened to later. This state is present when the end user is leaving the voicemail
                - `voicemail_received` (Voicemail Received): State that occurs after an end user has left a voicemail and an
                agent has not listened to the voicemail
                - `voicemail_read` (Voicemail Read): State that occurs when an agent has opened the voicemail to listen to.
            created_at (datetime.datetime): When the call was created.
            queued_at (datetime.datetime | None): When the call was queued.
            assigned_at (datetime.datetime | None): When the call was assigned to an agent.
            connected_at (datetime.datetime | None): When the call connected.
            ends_at (datetime.datetime | None): When the call ended.
            scheduled_at (datetime.datetime | None): Scheduled time (scheduled calls).
            wait_duration (int): Wait duration (unit not documented).
            call_duration (int): Call duration (unit not documented).
            hold_duration (int): Hold duration (unit not documented).
            rating (int | None): Customer rating; null when not rated.
            has_feedback (bool): Whether the end user left feedback.
            out_ticket_id (None | str): CRM ticket ID linked to the call, e.g. "71450".
            out_ticket_url (None | str): CRM ticket URL.
            verified (bool): Whether the end user is verified.
            recording_url (None | str): Recording URL.
            recording_permission (str): Recording permission state; the documentation shows "not_asked" (no value set
                documented; note the request values are prefixed, e.g. "recording_permission_granted").
            voicemail_reason (str): Voicemail reason; the documentation shows "not_voicemail" (no value set documented).
            deflection (str): Deflection; the documentation shows "no_deflection" (no value set documented).
            disconnected_by (str): Who disconnected; the documentation shows "disconnected_by_unknown" (no value set
                documented).
            fail_details (None | str): Failure details.
            fail_reason (str): Fail reason; the documentation shows "nothing" (no value set documented).
            support_number (None | str): Support number.
            selected_menu (Menu | None): Menu the call is attributed to; null for outbound calls in the examples.
            menu_path (MenuPath | None): Path of the selected menu; null for outbound calls in the examples.
            agent_info (AgentInfo | None): Assigned agent; null for incoming/scheduled calls in the examples.
            end_user (EndUser | None): End user; null when the call was created by end_user_number and no contact is linked
                yet.
            photos (list[Photo]): Photos attached to the call.
            videos (list[Video]): Videos attached to the call.
            transfers (list[Transfer]): Transfers of the call.
            participants (list[Participant]): Call participants (agent and end-user legs).
            parent_id (int | None | Unset): ID of the parent call (e.g. the previous call a scheduled call or recovered
                call-back is linked to). Shown only in the call-object template.
            voip_provider (str | Unset): VoIP provider; the documentation shows "voip_provider_twilio" (no value set
                documented). Absent from the incoming/scheduled 201 examples.
            deflection_details (list[CallDeflectionDetailsItem] | Unset): Deflection details (only in the 201 examples,
                always empty).
            offer_type (None | str | Unset): Offer type; the examples show "cascade" or null (no value set documented).
            offer_events (list[OfferEvent] | Unset): Offer events.
            answer_type (str | Unset): Answer type; the examples show "manual" (no value set documented).
            outbound_number (str | Unset): Outbound number used for the call, e.g. "+1 339-219-5276".
    """

    id: int
    lang: str
    call_type: CallCallType
    status: CallStatus
    created_at: datetime.datetime
    queued_at: datetime.datetime | None
    assigned_at: datetime.datetime | None
    connected_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    scheduled_at: datetime.datetime | None
    wait_duration: int
    call_duration: int
    hold_duration: int
    rating: int | None
    has_feedback: bool
    out_ticket_id: None | str
    out_ticket_url: None | str
    verified: bool
    recording_url: None | str
    recording_permission: str
    voicemail_reason: str
    deflection: str
    disconnected_by: str
    fail_details: None | str
    fail_reason: str
    support_number: None | str
    selected_menu: Menu | None
    menu_path: MenuPath | None
    agent_info: AgentInfo | None
    end_user: EndUser | None
    photos: list[Photo]
    videos: list[Video]
    transfers: list[Transfer]
    participants: list[Participant]
    parent_id: int | None | Unset = UNSET
    voip_provider: str | Unset = UNSET
    deflection_details: list[CallDeflectionDetailsItem] | Unset = UNSET
    offer_type: None | str | Unset = UNSET
    offer_events: list[OfferEvent] | Unset = UNSET
    answer_type: str | Unset = UNSET
    outbound_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_info import AgentInfo  # noqa: PLC0415
        from ..models.end_user import EndUser  # noqa: PLC0415
        from ..models.menu import Menu  # noqa: PLC0415
        from ..models.menu_path import MenuPath  # noqa: PLC0415

        id = self.id

        lang = self.lang

        call_type = self.call_type.value

        status = self.status.value

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

        connected_at: None | str
        if isinstance(self.connected_at, datetime.datetime):
            connected_at = self.connected_at.isoformat()
        else:
            connected_at = self.connected_at

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        scheduled_at: None | str
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        wait_duration = self.wait_duration

        call_duration = self.call_duration

        hold_duration = self.hold_duration

        rating: int | None
        rating = self.rating

        has_feedback = self.has_feedback

        out_ticket_id: None | str
        out_ticket_id = self.out_ticket_id

        out_ticket_url: None | str
        out_ticket_url = self.out_ticket_url

        verified = self.verified

        recording_url: None | str
        recording_url = self.recording_url

        recording_permission = self.recording_permission

        voicemail_reason = self.voicemail_reason

        deflection = self.deflection

        disconnected_by = self.disconnected_by

        fail_details: None | str
        fail_details = self.fail_details

        fail_reason = self.fail_reason

        support_number: None | str
        support_number = self.support_number

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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        voip_provider = self.voip_provider

        deflection_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deflection_details, Unset):
            deflection_details = []
            for deflection_details_item_data in self.deflection_details:
                deflection_details_item = deflection_details_item_data.to_dict()
                deflection_details.append(deflection_details_item)

        offer_type: None | str | Unset
        if isinstance(self.offer_type, Unset):
            offer_type = UNSET
        else:
            offer_type = self.offer_type

        offer_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offer_events, Unset):
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
                "call_type": call_type,
                "status": status,
                "created_at": created_at,
                "queued_at": queued_at,
                "assigned_at": assigned_at,
                "connected_at": connected_at,
                "ends_at": ends_at,
                "scheduled_at": scheduled_at,
                "wait_duration": wait_duration,
                "call_duration": call_duration,
                "hold_duration": hold_duration,
                "rating": rating,
                "has_feedback": has_feedback,
                "out_ticket_id": out_ticket_id,
                "out_ticket_url": out_ticket_url,
                "verified": verified,
                "recording_url": recording_url,
                "recording_permission": recording_permission,
                "voicemail_reason": voicemail_reason,
                "deflection": deflection,
                "disconnected_by": disconnected_by,
                "fail_details": fail_details,
                "fail_reason": fail_reason,
                "support_number": support_number,
                "selected_menu": selected_menu,
                "menu_path": menu_path,
                "agent_info": agent_info,
                "end_user": end_user,
                "photos": photos,
                "videos": videos,
                "transfers": transfers,
                "participants": participants,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if voip_provider is not UNSET:
            field_dict["voip_provider"] = voip_provider
        if deflection_details is not UNSET:
            field_dict["deflection_details"] = deflection_details
        if offer_type is not UNSET:
            field_dict["offer_type"] = offer_type
        if offer_events is not UNSET:
            field_dict["offer_events"] = offer_events
        if answer_type is not UNSET:
            field_dict["answer_type"] = answer_type
        if outbound_number is not UNSET:
            field_dict["outbound_number"] = outbound_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_info import AgentInfo  # noqa: PLC0415
        from ..models.call_deflection_details_item import CallDeflectionDetailsItem  # noqa: PLC0415
        from ..models.end_user import EndUser  # noqa: PLC0415
        from ..models.menu import Menu  # noqa: PLC0415
        from ..models.menu_path import MenuPath  # noqa: PLC0415
        from ..models.offer_event import OfferEvent  # noqa: PLC0415
        from ..models.participant import Participant  # noqa: PLC0415
        from ..models.photo import Photo  # noqa: PLC0415
        from ..models.transfer import Transfer  # noqa: PLC0415
        from ..models.video import Video  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        lang = d.pop("lang")

        call_type = CallCallType(d.pop("call_type"))

        status = CallStatus(d.pop("status"))

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

        def _parse_connected_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connected_at_type_0 = datetime.datetime.fromisoformat(data)

                return connected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        connected_at = _parse_connected_at(d.pop("connected_at"))

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

        def _parse_scheduled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at"))

        wait_duration = d.pop("wait_duration")

        call_duration = d.pop("call_duration")

        hold_duration = d.pop("hold_duration")

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

        def _parse_recording_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recording_url = _parse_recording_url(d.pop("recording_url"))

        recording_permission = d.pop("recording_permission")

        voicemail_reason = d.pop("voicemail_reason")

        deflection = d.pop("deflection")

        disconnected_by = d.pop("disconnected_by")

        def _parse_fail_details(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fail_details = _parse_fail_details(d.pop("fail_details"))

        fail_reason = d.pop("fail_reason")

        def _parse_support_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        support_number = _parse_support_number(d.pop("support_number"))

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
            participants_item = Participant.from_dict(participants_item_data)

            participants.append(participants_item)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        voip_provider = d.pop("voip_provider", UNSET)

        _deflection_details = d.pop("deflection_details", UNSET)
        deflection_details: list[CallDeflectionDetailsItem] | Unset = UNSET
        if _deflection_details is not UNSET:
            deflection_details = []
            for deflection_details_item_data in _deflection_details:
                deflection_details_item = CallDeflectionDetailsItem.from_dict(deflection_details_item_data)

                deflection_details.append(deflection_details_item)

        def _parse_offer_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer_type = _parse_offer_type(d.pop("offer_type", UNSET))

        _offer_events = d.pop("offer_events", UNSET)
        offer_events: list[OfferEvent] | Unset = UNSET
        if _offer_events is not UNSET:
            offer_events = []
            for offer_events_item_data in _offer_events:
                offer_events_item = OfferEvent.from_dict(offer_events_item_data)

                offer_events.append(offer_events_item)

        answer_type = d.pop("answer_type", UNSET)

        outbound_number = d.pop("outbound_number", UNSET)

        call = cls(
            id=id,
            lang=lang,
            call_type=call_type,
            status=status,
            created_at=created_at,
            queued_at=queued_at,
            assigned_at=assigned_at,
            connected_at=connected_at,
            ends_at=ends_at,
            scheduled_at=scheduled_at,
            wait_duration=wait_duration,
            call_duration=call_duration,
            hold_duration=hold_duration,
            rating=rating,
            has_feedback=has_feedback,
            out_ticket_id=out_ticket_id,
            out_ticket_url=out_ticket_url,
            verified=verified,
            recording_url=recording_url,
            recording_permission=recording_permission,
            voicemail_reason=voicemail_reason,
            deflection=deflection,
            disconnected_by=disconnected_by,
            fail_details=fail_details,
            fail_reason=fail_reason,
            support_number=support_number,
            selected_menu=selected_menu,
            menu_path=menu_path,
            agent_info=agent_info,
            end_user=end_user,
            photos=photos,
            videos=videos,
            transfers=transfers,
            participants=participants,
            parent_id=parent_id,
            voip_provider=voip_provider,
            deflection_details=deflection_details,
            offer_type=offer_type,
            offer_events=offer_events,
            answer_type=answer_type,
            outbound_number=outbound_number,
        )

        call.additional_properties = d
        return call

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
