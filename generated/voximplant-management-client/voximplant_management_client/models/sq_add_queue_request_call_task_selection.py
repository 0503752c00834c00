from typing import Literal

SQAddQueueRequestCallTaskSelection = Literal["MAX_PRIORITY", "MAX_WAITING_TIME"]

SQ_ADD_QUEUE_REQUEST_CALL_TASK_SELECTION_VALUES: set[SQAddQueueRequestCallTaskSelection] = {
    "MAX_PRIORITY",
    "MAX_WAITING_TIME",
}


def check_sq_add_queue_request_call_task_selection(value: str) -> SQAddQueueRequestCallTaskSelection:
    if value in SQ_ADD_QUEUE_REQUEST_CALL_TASK_SELECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SQ_ADD_QUEUE_REQUEST_CALL_TASK_SELECTION_VALUES!r}")
