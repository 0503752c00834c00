from typing import Literal

UserInfoAcdStatus = Literal["AFTER_SERVICE", "BANNED", "DND", "IN_SERVICE", "OFFLINE", "ONLINE", "READY", "TIMEOUT"]

USER_INFO_ACD_STATUS_VALUES: set[UserInfoAcdStatus] = {
    "AFTER_SERVICE",
    "BANNED",
    "DND",
    "IN_SERVICE",
    "OFFLINE",
    "ONLINE",
    "READY",
    "TIMEOUT",
}


def check_user_info_acd_status(value: str) -> UserInfoAcdStatus:
    if value in USER_INFO_ACD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_INFO_ACD_STATUS_VALUES!r}")
