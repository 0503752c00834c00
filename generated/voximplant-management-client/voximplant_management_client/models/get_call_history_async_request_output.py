from typing import Literal

GetCallHistoryAsyncRequestOutput = Literal["csv"]

GET_CALL_HISTORY_ASYNC_REQUEST_OUTPUT_VALUES: set[GetCallHistoryAsyncRequestOutput] = {
    "csv",
}


def check_get_call_history_async_request_output(value: str) -> GetCallHistoryAsyncRequestOutput:
    if value in GET_CALL_HISTORY_ASYNC_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CALL_HISTORY_ASYNC_REQUEST_OUTPUT_VALUES!r}")
