from typing import Literal

AttachAdminRoleRequestMode = Literal["add", "del", "set"]

ATTACH_ADMIN_ROLE_REQUEST_MODE_VALUES: set[AttachAdminRoleRequestMode] = {
    "add",
    "del",
    "set",
}


def check_attach_admin_role_request_mode(value: str) -> AttachAdminRoleRequestMode:
    if value in ATTACH_ADMIN_ROLE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTACH_ADMIN_ROLE_REQUEST_MODE_VALUES!r}")
