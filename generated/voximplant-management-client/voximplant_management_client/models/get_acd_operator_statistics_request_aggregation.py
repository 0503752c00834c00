from typing import Literal

GetACDOperatorStatisticsRequestAggregation = Literal["day", "hour", "month", "none", "week", "year"]

GET_ACD_OPERATOR_STATISTICS_REQUEST_AGGREGATION_VALUES: set[GetACDOperatorStatisticsRequestAggregation] = {
    "day",
    "hour",
    "month",
    "none",
    "week",
    "year",
}


def check_get_acd_operator_statistics_request_aggregation(value: str) -> GetACDOperatorStatisticsRequestAggregation:
    if value in GET_ACD_OPERATOR_STATISTICS_REQUEST_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACD_OPERATOR_STATISTICS_REQUEST_AGGREGATION_VALUES!r}"
    )
