from typing import Literal

A2PSmsHistoryStatusId = Literal["1", "2", "3"]

A2P_SMS_HISTORY_STATUS_ID_VALUES: set[A2PSmsHistoryStatusId] = {
    "1",
    "2",
    "3",
}


def check_a2p_sms_history_status_id(value: str) -> A2PSmsHistoryStatusId:
    if value in A2P_SMS_HISTORY_STATUS_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A2P_SMS_HISTORY_STATUS_ID_VALUES!r}")
