from typing import Literal

SQSetQueueInfoRequestCallTaskSelection = Literal["MAX_PRIORITY", "MAX_WAITING_TIME"]

SQ_SET_QUEUE_INFO_REQUEST_CALL_TASK_SELECTION_VALUES: set[SQSetQueueInfoRequestCallTaskSelection] = {
    "MAX_PRIORITY",
    "MAX_WAITING_TIME",
}


def check_sq_set_queue_info_request_call_task_selection(value: str) -> SQSetQueueInfoRequestCallTaskSelection:
    if value in SQ_SET_QUEUE_INFO_REQUEST_CALL_TASK_SELECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SQ_SET_QUEUE_INFO_REQUEST_CALL_TASK_SELECTION_VALUES!r}"
    )
