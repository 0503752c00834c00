from typing import Literal

SQAddQueueRequestImTaskSelection = Literal["MAX_PRIORITY", "MAX_WAITING_TIME"]

SQ_ADD_QUEUE_REQUEST_IM_TASK_SELECTION_VALUES: set[SQAddQueueRequestImTaskSelection] = {
    "MAX_PRIORITY",
    "MAX_WAITING_TIME",
}


def check_sq_add_queue_request_im_task_selection(value: str) -> SQAddQueueRequestImTaskSelection:
    if value in SQ_ADD_QUEUE_REQUEST_IM_TASK_SELECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SQ_ADD_QUEUE_REQUEST_IM_TASK_SELECTION_VALUES!r}")
