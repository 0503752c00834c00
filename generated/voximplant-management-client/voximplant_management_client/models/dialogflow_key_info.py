from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_info import ApplicationInfo
    from ..models.dialogflow_key_content import DialogflowKeyContent


T = TypeVar("T", bound="DialogflowKeyInfo")


@_attrs_define
class DialogflowKeyInfo:
    """
    Attributes:
        dialogflow_key_id (int): The key's ID
        content (DialogflowKeyContent): The public part of a Dialogflow key's credentials.
        description (str | Unset): The key's description
        applications (list[ApplicationInfo] | Unset): The applications the key is bound to
    """

    dialogflow_key_id: int
    content: DialogflowKeyContent
    description: str | Unset = UNSET
    applications: list[ApplicationInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dialogflow_key_id = self.dialogflow_key_id

        content = self.content.to_dict()

        description = self.description

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dialogflow_key_id": dialogflow_key_id,
                "content": content,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if applications is not UNSET:
            field_dict["applications"] = applications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_info import ApplicationInfo  # noqa: PLC0415
        from ..models.dialogflow_key_content import DialogflowKeyContent  # noqa: PLC0415

        d = dict(src_dict)
        dialogflow_key_id = d.pop("dialogflow_key_id")

        content = DialogflowKeyContent.from_dict(d.pop("content"))

        description = d.pop("description", UNSET)

        _applications = d.pop("applications", UNSET)
        applications: list[ApplicationInfo] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = ApplicationInfo.from_dict(applications_item_data)

                applications.append(applications_item)

        dialogflow_key_info = cls(
            dialogflow_key_id=dialogflow_key_id,
            content=content,
            description=description,
            applications=applications,
        )

        dialogflow_key_info.additional_properties = d
        return dialogflow_key_info

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
