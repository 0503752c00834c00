from typing import Literal

RequestSmartQueueHistoryRequestGroupBy = Literal["agent", "queue"]

REQUEST_SMART_QUEUE_HISTORY_REQUEST_GROUP_BY_VALUES: set[RequestSmartQueueHistoryRequestGroupBy] = {
    "agent",
    "queue",
}


def check_request_smart_queue_history_request_group_by(value: str) -> RequestSmartQueueHistoryRequestGroupBy:
    if value in REQUEST_SMART_QUEUE_HISTORY_REQUEST_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_SMART_QUEUE_HISTORY_REQUEST_GROUP_BY_VALUES!r}"
    )
