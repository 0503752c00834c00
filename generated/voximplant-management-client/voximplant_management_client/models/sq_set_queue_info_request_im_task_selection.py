from typing import Literal

SQSetQueueInfoRequestImTaskSelection = Literal["MAX_PRIORITY", "MAX_WAITING_TIME"]

SQ_SET_QUEUE_INFO_REQUEST_IM_TASK_SELECTION_VALUES: set[SQSetQueueInfoRequestImTaskSelection] = {
    "MAX_PRIORITY",
    "MAX_WAITING_TIME",
}


def check_sq_set_queue_info_request_im_task_selection(value: str) -> SQSetQueueInfoRequestImTaskSelection:
    if value in SQ_SET_QUEUE_INFO_REQUEST_IM_TASK_SELECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SQ_SET_QUEUE_INFO_REQUEST_IM_TASK_SELECTION_VALUES!r}"
    )
