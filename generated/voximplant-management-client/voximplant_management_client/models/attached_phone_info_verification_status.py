from typing import Literal

AttachedPhoneInfoVerificationStatus = Literal["IN_PROGRESS", "REQUIRED", "VERIFIED"]

ATTACHED_PHONE_INFO_VERIFICATION_STATUS_VALUES: set[AttachedPhoneInfoVerificationStatus] = {
    "IN_PROGRESS",
    "REQUIRED",
    "VERIFIED",
}


def check_attached_phone_info_verification_status(value: str) -> AttachedPhoneInfoVerificationStatus:
    if value in ATTACHED_PHONE_INFO_VERIFICATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTACHED_PHONE_INFO_VERIFICATION_STATUS_VALUES!r}")
