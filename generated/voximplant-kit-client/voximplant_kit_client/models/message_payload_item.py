from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_payload_item_buttons_item import MessagePayloadItemButtonsItem
    from ..models.message_payload_item_contract import MessagePayloadItemContract
    from ..models.message_payload_item_location import MessagePayloadItemLocation
    from ..models.message_payload_item_queue import MessagePayloadItemQueue
    from ..models.message_payload_item_skills_item import MessagePayloadItemSkillsItem
    from ..models.message_payload_item_user import MessagePayloadItemUser


T = TypeVar("T", bound="MessagePayloadItem")


@_attrs_define
class MessagePayloadItem:
    """One payload item of a reply (the functions SDK's MessagePayloadItem; all fields but type optional).

    Attributes:
        type_ (str): Item kind, e.g. text, file, buttons, transfer_to_queue, tags.
        tags (list[int] | Unset):
        message_type (str | Unset): Message type.
        name (str | Unset): Name.
        queue (MessagePayloadItemQueue | Unset):
        skills (list[MessagePayloadItemSkillsItem] | Unset):
        priority (int | Unset): Priority.
        text (str | Unset): Text.
        url (str | Unset): URL.
        latitude (float | Unset): Latitude.
        longitude (float | Unset): Longitude.
        address (str | Unset): Address.
        keys (Any | Unset): Keys (any JSON value).
        file_name (str | Unset): File name.
        file_size (int | Unset): File size.
        replace (bool | Unset): Replace.
        data (str | Unset): Data.
        user (MessagePayloadItemUser | Unset):
        buttons (list[MessagePayloadItemButtonsItem] | Unset):
        button_data (str | Unset): Button data.
        location (MessagePayloadItemLocation | Unset):
        contract (MessagePayloadItemContract | Unset): A contact card (sic: the functions SDK names the field
            'contract').
    """

    type_: str
    tags: list[int] | Unset = UNSET
    message_type: str | Unset = UNSET
    name: str | Unset = UNSET
    queue: MessagePayloadItemQueue | Unset = UNSET
    skills: list[MessagePayloadItemSkillsItem] | Unset = UNSET
    priority: int | Unset = UNSET
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    address: str | Unset = UNSET
    keys: Any | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    replace: bool | Unset = UNSET
    data: str | Unset = UNSET
    user: MessagePayloadItemUser | Unset = UNSET
    buttons: list[MessagePayloadItemButtonsItem] | Unset = UNSET
    button_data: str | Unset = UNSET
    location: MessagePayloadItemLocation | Unset = UNSET
    contract: MessagePayloadItemContract | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        message_type = self.message_type

        name = self.name

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        priority = self.priority

        text = self.text

        url = self.url

        latitude = self.latitude

        longitude = self.longitude

        address = self.address

        keys = self.keys

        file_name = self.file_name

        file_size = self.file_size

        replace = self.replace

        data = self.data

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        button_data = self.button_data

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = self.contract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if name is not UNSET:
            field_dict["name"] = name
        if queue is not UNSET:
            field_dict["queue"] = queue
        if skills is not UNSET:
            field_dict["skills"] = skills
        if priority is not UNSET:
            field_dict["priority"] = priority
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if address is not UNSET:
            field_dict["address"] = address
        if keys is not UNSET:
            field_dict["keys"] = keys
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if replace is not UNSET:
            field_dict["replace"] = replace
        if data is not UNSET:
            field_dict["data"] = data
        if user is not UNSET:
            field_dict["user"] = user
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if button_data is not UNSET:
            field_dict["button_data"] = button_data
        if location is not UNSET:
            field_dict["location"] = location
        if contract is not UNSET:
            field_dict["contract"] = contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_payload_item_buttons_item import MessagePayloadItemButtonsItem  # noqa: PLC0415
        from ..models.message_payload_item_contract import MessagePayloadItemContract  # noqa: PLC0415
        from ..models.message_payload_item_location import MessagePayloadItemLocation  # noqa: PLC0415
        from ..models.message_payload_item_queue import MessagePayloadItemQueue  # noqa: PLC0415
        from ..models.message_payload_item_skills_item import MessagePayloadItemSkillsItem  # noqa: PLC0415
        from ..models.message_payload_item_user import MessagePayloadItemUser  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        tags = cast(list[int], d.pop("tags", UNSET))

        message_type = d.pop("message_type", UNSET)

        name = d.pop("name", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: MessagePayloadItemQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = MessagePayloadItemQueue.from_dict(_queue)

        _skills = d.pop("skills", UNSET)
        skills: list[MessagePayloadItemSkillsItem] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = MessagePayloadItemSkillsItem.from_dict(skills_item_data)

                skills.append(skills_item)

        priority = d.pop("priority", UNSET)

        text = d.pop("text", UNSET)

        url = d.pop("url", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        address = d.pop("address", UNSET)

        keys = d.pop("keys", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        replace = d.pop("replace", UNSET)

        data = d.pop("data", UNSET)

        _user = d.pop("user", UNSET)
        user: MessagePayloadItemUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = MessagePayloadItemUser.from_dict(_user)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[MessagePayloadItemButtonsItem] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = MessagePayloadItemButtonsItem.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        button_data = d.pop("button_data", UNSET)

        _location = d.pop("location", UNSET)
        location: MessagePayloadItemLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = MessagePayloadItemLocation.from_dict(_location)

        _contract = d.pop("contract", UNSET)
        contract: MessagePayloadItemContract | Unset
        if isinstance(_contract, Unset):
            contract = UNSET
        else:
            contract = MessagePayloadItemContract.from_dict(_contract)

        message_payload_item = cls(
            type_=type_,
            tags=tags,
            message_type=message_type,
            name=name,
            queue=queue,
            skills=skills,
            priority=priority,
            text=text,
            url=url,
            latitude=latitude,
            longitude=longitude,
            address=address,
            keys=keys,
            file_name=file_name,
            file_size=file_size,
            replace=replace,
            data=data,
            user=user,
            buttons=buttons,
            button_data=button_data,
            location=location,
            contract=contract,
        )

        message_payload_item.additional_properties = d
        return message_payload_item

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
