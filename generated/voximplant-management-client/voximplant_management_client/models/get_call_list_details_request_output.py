from typing import Literal

GetCallListDetailsRequestOutput = Literal["csv", "json"]

GET_CALL_LIST_DETAILS_REQUEST_OUTPUT_VALUES: set[GetCallListDetailsRequestOutput] = {
    "csv",
    "json",
}


def check_get_call_list_details_request_output(value: str) -> GetCallListDetailsRequestOutput:
    if value in GET_CALL_LIST_DETAILS_REQUEST_OUTPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CALL_LIST_DETAILS_REQUEST_OUTPUT_VALUES!r}")
