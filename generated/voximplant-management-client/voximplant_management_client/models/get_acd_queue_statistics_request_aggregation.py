from typing import Literal

GetACDQueueStatisticsRequestAggregation = Literal["day", "hour", "month", "none", "week", "year"]

GET_ACD_QUEUE_STATISTICS_REQUEST_AGGREGATION_VALUES: set[GetACDQueueStatisticsRequestAggregation] = {
    "day",
    "hour",
    "month",
    "none",
    "week",
    "year",
}


def check_get_acd_queue_statistics_request_aggregation(value: str) -> GetACDQueueStatisticsRequestAggregation:
    if value in GET_ACD_QUEUE_STATISTICS_REQUEST_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACD_QUEUE_STATISTICS_REQUEST_AGGREGATION_VALUES!r}"
    )
