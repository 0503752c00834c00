from typing import Literal

GetBriefCallHistoryRequestOutput = Literal["csv"]

GET_BRIEF_CALL_HISTORY_REQUEST_OUTPUT_VALUES: set[GetBriefCallHistoryRequestOutput] = {
    "csv",
}


def check_get_brief_call_history_request_output(value: str) -> GetBriefCallHistoryRequestOutput:
    if value in GET_BRIEF_CALL_HISTORY_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BRIEF_CALL_HISTORY_REQUEST_OUTPUT_VALUES!r}")
