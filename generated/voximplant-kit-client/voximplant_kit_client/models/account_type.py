from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_domain_type import AccountDomainType
    from ..models.account_profile_type import AccountProfileType
    from ..models.account_user_type import AccountUserType


T = TypeVar("T", bound="AccountType")


@_attrs_define
class AccountType:
    """Account information.

    Attributes:
        domain (AccountDomainType): The account (domain).
        user (AccountUserType): The user the API token belongs to.
        profile (AccountProfileType | Unset): Account profile; the vendor's client declares no properties (free-form).
    """

    domain: AccountDomainType
    user: AccountUserType
    profile: AccountProfileType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain.to_dict()

        user = self.user.to_dict()

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "user": user,
            }
        )
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_domain_type import AccountDomainType  # noqa: PLC0415
        from ..models.account_profile_type import AccountProfileType  # noqa: PLC0415
        from ..models.account_user_type import AccountUserType  # noqa: PLC0415

        d = dict(src_dict)
        domain = AccountDomainType.from_dict(d.pop("domain"))

        user = AccountUserType.from_dict(d.pop("user"))

        _profile = d.pop("profile", UNSET)
        profile: AccountProfileType | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = AccountProfileType.from_dict(_profile)

        account_type = cls(
            domain=domain,
            user=user,
            profile=profile,
        )

        account_type.additional_properties = d
        return account_type

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
