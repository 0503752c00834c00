from typing import Literal

GetSmsHistoryRequestOutput = Literal["csv", "json", "xls"]

GET_SMS_HISTORY_REQUEST_OUTPUT_VALUES: set[GetSmsHistoryRequestOutput] = {
    "csv",
    "json",
    "xls",
}


def check_get_sms_history_request_output(value: str) -> GetSmsHistoryRequestOutput:
    if value in GET_SMS_HISTORY_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SMS_HISTORY_REQUEST_OUTPUT_VALUES!r}")
