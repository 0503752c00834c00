from typing import Literal

GetSmsHistoryRequestDirection = Literal["IN", "in", "OUT", "out"]

GET_SMS_HISTORY_REQUEST_DIRECTION_VALUES: set[GetSmsHistoryRequestDirection] = {
    "IN",
    "in",
    "OUT",
    "out",
}


def check_get_sms_history_request_direction(value: str) -> GetSmsHistoryRequestDirection:
    if value in GET_SMS_HISTORY_REQUEST_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SMS_HISTORY_REQUEST_DIRECTION_VALUES!r}")
