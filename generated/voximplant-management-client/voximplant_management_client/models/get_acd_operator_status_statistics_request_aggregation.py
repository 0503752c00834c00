from typing import Literal

GetACDOperatorStatusStatisticsRequestAggregation = Literal["day", "hour", "month", "none", "week", "year"]

GET_ACD_OPERATOR_STATUS_STATISTICS_REQUEST_AGGREGATION_VALUES: set[GetACDOperatorStatusStatisticsRequestAggregation] = {
    "day",
    "hour",
    "month",
    "none",
    "week",
    "year",
}


def check_get_acd_operator_status_statistics_request_aggregation(
    value: str,
) -> GetACDOperatorStatusStatisticsRequestAggregation:
    if value in GET_ACD_OPERATOR_STATUS_STATISTICS_REQUEST_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACD_OPERATOR_STATUS_STATISTICS_REQUEST_AGGREGATION_VALUES!r}"
    )
