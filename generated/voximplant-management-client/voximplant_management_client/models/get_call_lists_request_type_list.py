from typing import Literal

GetCallListsRequestTypeList = Literal["AUTOMATIC", "MANUAL"]

GET_CALL_LISTS_REQUEST_TYPE_LIST_VALUES: set[GetCallListsRequestTypeList] = {
    "AUTOMATIC",
    "MANUAL",
}


def check_get_call_lists_request_type_list(value: str) -> GetCallListsRequestTypeList:
    if value in GET_CALL_LISTS_REQUEST_TYPE_LIST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CALL_LISTS_REQUEST_TYPE_LIST_VALUES!r}")
