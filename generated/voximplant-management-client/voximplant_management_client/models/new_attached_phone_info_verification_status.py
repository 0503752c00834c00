from typing import Literal

NewAttachedPhoneInfoVerificationStatus = Literal["IN_PROGRESS", "REQUIRED", "VERIFIED"]

NEW_ATTACHED_PHONE_INFO_VERIFICATION_STATUS_VALUES: set[NewAttachedPhoneInfoVerificationStatus] = {
    "IN_PROGRESS",
    "REQUIRED",
    "VERIFIED",
}


def check_new_attached_phone_info_verification_status(value: str) -> NewAttachedPhoneInfoVerificationStatus:
    if value in NEW_ATTACHED_PHONE_INFO_VERIFICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_ATTACHED_PHONE_INFO_VERIFICATION_STATUS_VALUES!r}"
    )
