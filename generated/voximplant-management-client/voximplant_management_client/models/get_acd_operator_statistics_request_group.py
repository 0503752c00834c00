from typing import Literal

GetACDOperatorStatisticsRequestGroup = Literal["queue", "user"]

GET_ACD_OPERATOR_STATISTICS_REQUEST_GROUP_VALUES: set[GetACDOperatorStatisticsRequestGroup] = {
    "queue",
    "user",
}


def check_get_acd_operator_statistics_request_group(value: str) -> GetACDOperatorStatisticsRequestGroup:
    if value in GET_ACD_OPERATOR_STATISTICS_REQUEST_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ACD_OPERATOR_STATISTICS_REQUEST_GROUP_VALUES!r}")
