from typing import Literal

AccountVerificationsStatus = Literal["IN_PROGRESS", "REQUIRED", "VERIFIED"]

ACCOUNT_VERIFICATIONS_STATUS_VALUES: set[AccountVerificationsStatus] = {
    "IN_PROGRESS",
    "REQUIRED",
    "VERIFIED",
}


def check_account_verifications_status(value: str) -> AccountVerificationsStatus:
    if value in ACCOUNT_VERIFICATIONS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_VERIFICATIONS_STATUS_VALUES!r}")
