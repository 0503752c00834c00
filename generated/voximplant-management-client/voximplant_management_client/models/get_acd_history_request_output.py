from typing import Literal

GetACDHistoryRequestOutput = Literal["json"]

GET_ACD_HISTORY_REQUEST_OUTPUT_VALUES: set[GetACDHistoryRequestOutput] = {
    "json",
}


def check_get_acd_history_request_output(value: str) -> GetACDHistoryRequestOutput:
    if value in GET_ACD_HISTORY_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ACD_HISTORY_REQUEST_OUTPUT_VALUES!r}")
