from typing import Literal

SmsHistoryStatusId = Literal["1", "2", "3"]

SMS_HISTORY_STATUS_ID_VALUES: set[SmsHistoryStatusId] = {
    "1",
    "2",
    "3",
}


def check_sms_history_status_id(value: str) -> SmsHistoryStatusId:
    if value in SMS_HISTORY_STATUS_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_HISTORY_STATUS_ID_VALUES!r}")
