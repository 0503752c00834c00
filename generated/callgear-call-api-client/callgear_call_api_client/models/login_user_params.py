from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class LoginUserParams:
    """Parameters of login.user.

    Attributes:
        login (str): User login
        password (str): User password
    """

    login: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["login"] = self.login
        field_dict["password"] = self.password
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        obj = cls(
            login=login,
            password=password,
        )
        return obj
