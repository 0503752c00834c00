from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_info import ApplicationInfo
    from ..models.push_credential_content import PushCredentialContent


T = TypeVar("T", bound="PushCredentialInfo")


@_attrs_define
class PushCredentialInfo:
    """
    Attributes:
        push_credential_id (int): The credentials' ID
        push_provider_id (int): The push provider's ID
        push_provider_name (str): The push provider: APPLE, APPLE_VOIP, GOOGLE or HUAWEI
        credential_bundle (str | Unset): The bundle (package) name
        content (list[PushCredentialContent] | Unset): The credentials' settings
        applications (list[ApplicationInfo] | Unset): The applications the credentials are bound to
    """

    push_credential_id: int
    push_provider_id: int
    push_provider_name: str
    credential_bundle: str | Unset = UNSET
    content: list[PushCredentialContent] | Unset = UNSET
    applications: list[ApplicationInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push_credential_id = self.push_credential_id

        push_provider_id = self.push_provider_id

        push_provider_name = self.push_provider_name

        credential_bundle = self.credential_bundle

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

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
                "push_credential_id": push_credential_id,
                "push_provider_id": push_provider_id,
                "push_provider_name": push_provider_name,
            }
        )
        if credential_bundle is not UNSET:
            field_dict["credential_bundle"] = credential_bundle
        if content is not UNSET:
            field_dict["content"] = content
        if applications is not UNSET:
            field_dict["applications"] = applications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_info import ApplicationInfo  # noqa: PLC0415
        from ..models.push_credential_content import PushCredentialContent  # noqa: PLC0415

        d = dict(src_dict)
        push_credential_id = d.pop("push_credential_id")

        push_provider_id = d.pop("push_provider_id")

        push_provider_name = d.pop("push_provider_name")

        credential_bundle = d.pop("credential_bundle", UNSET)

        _content = d.pop("content", UNSET)
        content: list[PushCredentialContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = PushCredentialContent.from_dict(content_item_data)

                content.append(content_item)

        _applications = d.pop("applications", UNSET)
        applications: list[ApplicationInfo] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = ApplicationInfo.from_dict(applications_item_data)

                applications.append(applications_item)

        push_credential_info = cls(
            push_credential_id=push_credential_id,
            push_provider_id=push_provider_id,
            push_provider_name=push_provider_name,
            credential_bundle=credential_bundle,
            content=content,
            applications=applications,
        )

        push_credential_info.additional_properties = d
        return push_credential_info

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
