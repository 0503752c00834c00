from typing import Literal

CreateCallListMultipartRequestTaskPriorityStrategy = Literal["first_attempts", "repeated_attempts"]

CREATE_CALL_LIST_MULTIPART_REQUEST_TASK_PRIORITY_STRATEGY_VALUES: set[
    CreateCallListMultipartRequestTaskPriorityStrategy
] = {
    "first_attempts",
    "repeated_attempts",
}


def check_create_call_list_multipart_request_task_priority_strategy(
    value: str,
) -> CreateCallListMultipartRequestTaskPriorityStrategy:
    if value in CREATE_CALL_LIST_MULTIPART_REQUEST_TASK_PRIORITY_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CALL_LIST_MULTIPART_REQUEST_TASK_PRIORITY_STRATEGY_VALUES!r}"
    )
