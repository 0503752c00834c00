from typing import Literal

GetSmartQueueRealtimeMetricsRequestGroupBy = Literal["agent", "queue"]

GET_SMART_QUEUE_REALTIME_METRICS_REQUEST_GROUP_BY_VALUES: set[GetSmartQueueRealtimeMetricsRequestGroupBy] = {
    "agent",
    "queue",
}


def check_get_smart_queue_realtime_metrics_request_group_by(value: str) -> GetSmartQueueRealtimeMetricsRequestGroupBy:
    if value in GET_SMART_QUEUE_REALTIME_METRICS_REQUEST_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SMART_QUEUE_REALTIME_METRICS_REQUEST_GROUP_BY_VALUES!r}"
    )
