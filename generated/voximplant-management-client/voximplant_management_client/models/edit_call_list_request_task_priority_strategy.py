from typing import Literal

EditCallListRequestTaskPriorityStrategy = Literal["first_attempts", "repeated_attempts"]

EDIT_CALL_LIST_REQUEST_TASK_PRIORITY_STRATEGY_VALUES: set[EditCallListRequestTaskPriorityStrategy] = {
    "first_attempts",
    "repeated_attempts",
}


def check_edit_call_list_request_task_priority_strategy(value: str) -> EditCallListRequestTaskPriorityStrategy:
    if value in EDIT_CALL_LIST_REQUEST_TASK_PRIORITY_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_CALL_LIST_REQUEST_TASK_PRIORITY_STRATEGY_VALUES!r}"
    )
