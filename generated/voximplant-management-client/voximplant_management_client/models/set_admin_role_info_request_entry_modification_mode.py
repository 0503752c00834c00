from typing import Literal

SetAdminRoleInfoRequestEntryModificationMode = Literal["add", "del", "set"]

SET_ADMIN_ROLE_INFO_REQUEST_ENTRY_MODIFICATION_MODE_VALUES: set[SetAdminRoleInfoRequestEntryModificationMode] = {
    "add",
    "del",
    "set",
}


def check_set_admin_role_info_request_entry_modification_mode(
    value: str,
) -> SetAdminRoleInfoRequestEntryModificationMode:
    if value in SET_ADMIN_ROLE_INFO_REQUEST_ENTRY_MODIFICATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ADMIN_ROLE_INFO_REQUEST_ENTRY_MODIFICATION_MODE_VALUES!r}"
    )
