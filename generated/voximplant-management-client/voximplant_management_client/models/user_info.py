from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_info_acd_status import UserInfoAcdStatus, check_user_info_acd_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_queue_operator_info import ACDQueueOperatorInfo
    from ..models.application_info import ApplicationInfo
    from ..models.skill_info import SkillInfo


T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """
    Attributes:
        acd_status_change_time (str): The ACD status changing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        balance (float): The current user’s money in the currency specified for the account. The value is the number
            rounded to 4 decimal places. The parameter is the alias to live_balance by default. But there is a possibility
            to make the alias to fixed_balance: just to pass return_live_balance=false into the GetAccountInfo method
        created (str): The user editing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        fixed_balance (float): The last committed balance which has been approved by billing’s transaction
        live_balance (float): The current user’s money in the currency specified for the account. The value is the
            number rounded to 4 decimal places, and it changes during the calls, transcribing, purchases etc
        modified (str): The user editing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        parent_accounting (bool): Whether the user uses the parent account’s money, ‘false’ if the user has a separate
            balance
        user_active (bool): Whether the user is active. Inactive users cannot log in to applications
        user_display_name (str): The display user name
        user_id (int): The user ID
        user_name (str): The user name
        acd_queues (list[ACDQueueOperatorInfo] | Unset): The bound ACD queues
        acd_status (UserInfoAcdStatus | Unset): The ACD operator status. The following values are possible: OFFLINE,
            ONLINE, READY, BANNED, IN_SERVICE, AFTER_SERVICE, TIMEOUT, DND
        applications (list[ApplicationInfo] | Unset): The bound applications
        skills (list[SkillInfo] | Unset): The bound skills
        user_custom_data (str | Unset): The custom data
    """

    acd_status_change_time: str
    balance: float
    created: str
    fixed_balance: float
    live_balance: float
    modified: str
    parent_accounting: bool
    user_active: bool
    user_display_name: str
    user_id: int
    user_name: str
    acd_queues: list[ACDQueueOperatorInfo] | Unset = UNSET
    acd_status: UserInfoAcdStatus | Unset = UNSET
    applications: list[ApplicationInfo] | Unset = UNSET
    skills: list[SkillInfo] | Unset = UNSET
    user_custom_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_status_change_time = self.acd_status_change_time

        balance = self.balance

        created = self.created

        fixed_balance = self.fixed_balance

        live_balance = self.live_balance

        modified = self.modified

        parent_accounting = self.parent_accounting

        user_active = self.user_active

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        acd_queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acd_queues, Unset):
            acd_queues = []
            for acd_queues_item_data in self.acd_queues:
                acd_queues_item = acd_queues_item_data.to_dict()
                acd_queues.append(acd_queues_item)

        acd_status: str | Unset = UNSET
        if not isinstance(self.acd_status, Unset):
            acd_status = self.acd_status

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        user_custom_data = self.user_custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_status_change_time": acd_status_change_time,
                "balance": balance,
                "created": created,
                "fixed_balance": fixed_balance,
                "live_balance": live_balance,
                "modified": modified,
                "parent_accounting": parent_accounting,
                "user_active": user_active,
                "user_display_name": user_display_name,
                "user_id": user_id,
                "user_name": user_name,
            }
        )
        if acd_queues is not UNSET:
            field_dict["acd_queues"] = acd_queues
        if acd_status is not UNSET:
            field_dict["acd_status"] = acd_status
        if applications is not UNSET:
            field_dict["applications"] = applications
        if skills is not UNSET:
            field_dict["skills"] = skills
        if user_custom_data is not UNSET:
            field_dict["user_custom_data"] = user_custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_queue_operator_info import ACDQueueOperatorInfo  # noqa: PLC0415
        from ..models.application_info import ApplicationInfo  # noqa: PLC0415
        from ..models.skill_info import SkillInfo  # noqa: PLC0415

        d = dict(src_dict)
        acd_status_change_time = d.pop("acd_status_change_time")

        balance = d.pop("balance")

        created = d.pop("created")

        fixed_balance = d.pop("fixed_balance")

        live_balance = d.pop("live_balance")

        modified = d.pop("modified")

        parent_accounting = d.pop("parent_accounting")

        user_active = d.pop("user_active")

        user_display_name = d.pop("user_display_name")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        _acd_queues = d.pop("acd_queues", UNSET)
        acd_queues: list[ACDQueueOperatorInfo] | Unset = UNSET
        if _acd_queues is not UNSET:
            acd_queues = []
            for acd_queues_item_data in _acd_queues:
                acd_queues_item = ACDQueueOperatorInfo.from_dict(acd_queues_item_data)

                acd_queues.append(acd_queues_item)

        _acd_status = d.pop("acd_status", UNSET)
        acd_status: UserInfoAcdStatus | Unset
        if isinstance(_acd_status, Unset):
            acd_status = UNSET
        else:
            acd_status = check_user_info_acd_status(_acd_status)

        _applications = d.pop("applications", UNSET)
        applications: list[ApplicationInfo] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = ApplicationInfo.from_dict(applications_item_data)

                applications.append(applications_item)

        _skills = d.pop("skills", UNSET)
        skills: list[SkillInfo] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = SkillInfo.from_dict(skills_item_data)

                skills.append(skills_item)

        user_custom_data = d.pop("user_custom_data", UNSET)

        user_info = cls(
            acd_status_change_time=acd_status_change_time,
            balance=balance,
            created=created,
            fixed_balance=fixed_balance,
            live_balance=live_balance,
            modified=modified,
            parent_accounting=parent_accounting,
            user_active=user_active,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
            acd_queues=acd_queues,
            acd_status=acd_status,
            applications=applications,
            skills=skills,
            user_custom_data=user_custom_data,
        )

        user_info.additional_properties = d
        return user_info

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
