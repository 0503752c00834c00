from typing import Literal

CallListTaskPriorityStrategy = Literal["first_attempts", "repeated_attempts"]

CALL_LIST_TASK_PRIORITY_STRATEGY_VALUES: set[CallListTaskPriorityStrategy] = {
    "first_attempts",
    "repeated_attempts",
}


def check_call_list_task_priority_strategy(value: str) -> CallListTaskPriorityStrategy:
    if value in CALL_LIST_TASK_PRIORITY_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_LIST_TASK_PRIORITY_STRATEGY_VALUES!r}")
