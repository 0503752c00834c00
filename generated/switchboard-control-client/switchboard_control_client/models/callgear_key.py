from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallgearKey")


@_attrs_define
class CallgearKey:
    """
    Attributes:
        token (str):
        login (str):
        account_id (int):
        kind (str):
        expires_at (float | None):
        revoked (bool):
        blocked (bool):
    """

    token: str
    login: str
    account_id: int
    kind: str
    expires_at: float | None
    revoked: bool
    blocked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        login = self.login

        account_id = self.account_id

        kind = self.kind

        expires_at: float | None
        expires_at = self.expires_at

        revoked = self.revoked

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "login": login,
                "account_id": account_id,
                "kind": kind,
                "expires_at": expires_at,
                "revoked": revoked,
                "blocked": blocked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        login = d.pop("login")

        account_id = d.pop("account_id")

        kind = d.pop("kind")

        def _parse_expires_at(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        revoked = d.pop("revoked")

        blocked = d.pop("blocked")

        callgear_key = cls(
            token=token,
            login=login,
            account_id=account_id,
            kind=kind,
            expires_at=expires_at,
            revoked=revoked,
            blocked=blocked,
        )

        callgear_key.additional_properties = d
        return callgear_key

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
