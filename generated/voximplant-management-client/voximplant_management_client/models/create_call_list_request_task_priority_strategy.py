from typing import Literal

CreateCallListRequestTaskPriorityStrategy = Literal["first_attempts", "repeated_attempts"]

CREATE_CALL_LIST_REQUEST_TASK_PRIORITY_STRATEGY_VALUES: set[CreateCallListRequestTaskPriorityStrategy] = {
    "first_attempts",
    "repeated_attempts",
}


def check_create_call_list_request_task_priority_strategy(value: str) -> CreateCallListRequestTaskPriorityStrategy:
    if value in CREATE_CALL_LIST_REQUEST_TASK_PRIORITY_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CALL_LIST_REQUEST_TASK_PRIORITY_STRATEGY_VALUES!r}"
    )
