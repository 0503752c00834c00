from typing import Literal

GetSmartQueueDayHistoryRequestGroupBy = Literal["agent", "queue"]

GET_SMART_QUEUE_DAY_HISTORY_REQUEST_GROUP_BY_VALUES: set[GetSmartQueueDayHistoryRequestGroupBy] = {
    "agent",
    "queue",
}


def check_get_smart_queue_day_history_request_group_by(value: str) -> GetSmartQueueDayHistoryRequestGroupBy:
    if value in GET_SMART_QUEUE_DAY_HISTORY_REQUEST_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SMART_QUEUE_DAY_HISTORY_REQUEST_GROUP_BY_VALUES!r}"
    )
