from typing import Literal

A2PGetSmsHistoryRequestOutput = Literal["csv", "json", "xls"]

A2P_GET_SMS_HISTORY_REQUEST_OUTPUT_VALUES: set[A2PGetSmsHistoryRequestOutput] = {
    "csv",
    "json",
    "xls",
}


def check_a2p_get_sms_history_request_output(value: str) -> A2PGetSmsHistoryRequestOutput:
    if value in A2P_GET_SMS_HISTORY_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A2P_GET_SMS_HISTORY_REQUEST_OUTPUT_VALUES!r}")
