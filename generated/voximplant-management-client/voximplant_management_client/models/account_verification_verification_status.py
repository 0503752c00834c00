from typing import Literal

AccountVerificationVerificationStatus = Literal["IN_PROGRESS", "REQUIRED", "VERIFIED"]

ACCOUNT_VERIFICATION_VERIFICATION_STATUS_VALUES: set[AccountVerificationVerificationStatus] = {
    "IN_PROGRESS",
    "REQUIRED",
    "VERIFIED",
}


def check_account_verification_verification_status(value: str) -> AccountVerificationVerificationStatus:
    if value in ACCOUNT_VERIFICATION_VERIFICATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_VERIFICATION_VERIFICATION_STATUS_VALUES!r}")
