from typing import Literal

SmsHistoryDirection = Literal["IN", "OUT"]

SMS_HISTORY_DIRECTION_VALUES: set[SmsHistoryDirection] = {
    "IN",
    "OUT",
}


def check_sms_history_direction(value: str) -> SmsHistoryDirection:
    if value in SMS_HISTORY_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_HISTORY_DIRECTION_VALUES!r}")
