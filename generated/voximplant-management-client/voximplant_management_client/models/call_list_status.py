from typing import Literal

CallListStatus = Literal["Canceled", "Completed", "In progress"]

CALL_LIST_STATUS_VALUES: set[CallListStatus] = {
    "Canceled",
    "Completed",
    "In progress",
}


def check_call_list_status(value: str) -> CallListStatus:
    if value in CALL_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_LIST_STATUS_VALUES!r}")
